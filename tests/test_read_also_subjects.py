"""Where a read-also title glued inside a paragraph ends when the story resumes with its
subject, drawn from the family's grammar (sentences written for these tests):

    <story sentence> <lead-in> <Title Case headline> <subject> <verb> <rest of the sentence>

A subject opened by a title or rank ("Gubernur Sulawesi Selatan Andi Mappasena", "Kapolsek
Tanjung Baru AKP Rudi Saragih") is the story's, whole: before, only its last word or two were
left (a body loss on the devset). A run of spaces where the scraper joined two blocks ends
the title too. Each test asserts both sides: the headline goes, the story's sentence stays
whole, and a second cleaning changes nothing.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import cleanser
from tests.property_settings import fixed_or_explore

BEFORE = [
    "Produksi beras di lumbung utama provinsi itu turun tajam akibat kemarau panjang, kata petugas.",
    "Jenazah korban dibawa ke rumah sakit daerah untuk diperiksa lebih lanjut, ujar seorang warga.",
    '"Kami sudah melapor sejak pekan lalu tetapi belum ada tanggapan," kata Sari.',
]
LEAD_INS = ["Baca Juga: ", "Baca juga: ", "BACA JUGA: ", "Baca juga:", "Simak Juga: "]
HEADLINES = [
    "Harga Pupuk Subsidi Naik Jelang Musim Tanam",
    "Lima Tanda Tubuh Kekurangan Cairan saat Cuaca Panas",
    "Cara Menyimpan Sayur agar Tetap Segar Berhari-hari",
    "Dolar Menguat di Akhir Pekan, Dipicu Meredanya Ketegangan Dagang",
    "Waspada! Modus Penipuan Baru Catut Nama Bank Daerah",
    "Ini Daftar Rute Bus yang Dialihkan Selama Perbaikan Jembatan",
]
SUBJECTS = [
    "Gubernur Sulawesi Selatan Andi Mappasena",
    "Kapolsek Tanjung Baru AKP Rudi Saragih",
    "Kepala Dinas Perhubungan Kota Tegal Rahmat Hidayat",
    "Menteri Pertanian Budi Santosa",
    "Wali Kota Pekalongan Siti Aminah",
    "Juru Bicara Kejaksaan Agung Harli Sembiring",
    "Direktur Utama Bank Daerah Yusuf Maulana",
]
REST = [
    "mengatakan cadangan beras masih cukup hingga akhir tahun.",
    "menjelaskan tidak ditemukan tanda kekerasan pada tubuh korban.",
    "menyebut perbaikan jalan itu selesai bulan depan.",
]


@fixed_or_explore(150)
@given(
    st.sampled_from(BEFORE),
    st.sampled_from(LEAD_INS),
    st.sampled_from(HEADLINES),
    st.sampled_from(SUBJECTS),
    st.sampled_from(REST),
    st.sampled_from([" ", "    "]),
)
def test_a_titled_subject_after_a_glued_read_also_title_stays_whole(
    before: str, lead_in: str, headline: str, subject: str, rest: str, gap: str
) -> None:
    sentence = f"{subject} {rest}"
    text = f"{before} {lead_in}{headline}{gap}{sentence}"
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    assert before in result.text, removed
    assert result.text.endswith(sentence), removed  # the subject and its sentence, whole
    assert headline not in result.text and lead_in.strip() not in result.text, removed
    assert cleanser.clean(result.text).text == result.text


def test_a_title_that_names_an_office_at_its_end_keeps_the_story_s_subject() -> None:
    """A headline ending with an office ("... Lantik Kapolda Baru") before a subject without
    one: the subject is the story's, the office stays in the headline."""
    text = (f"{BEFORE[0]} Baca Juga: Presiden Lantik Kapolda Baru di Istana Negara "
            "Warga setempat mengatakan antrean beras sudah terjadi sejak Senin.")
    result = cleanser.clean(text)
    assert result.text == f"{BEFORE[0]} Warga setempat mengatakan antrean beras sudah terjadi sejak Senin.", [
        (r.code, r.text) for r in result.removals
    ]
