"""Interface lines of outlets with no site pack, drawn from their grammar: advertisement
markers dressed in dashes or followed by a scroll prompt, "story continues below",
pagination rows, "(bersambung)", a thank-you for reading, login prompts. Each goes whole
between paragraphs or after the story; the same words inside a sentence stay.
"""

from __future__ import annotations

import itertools

import pytest

import cleanser

TITLE = "Pemkot Tambah Delapan Bus Pengumpan untuk Jam Sibuk Pagi"
STORY = [
    "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan.",
    "Menurut kepala dinas, tambahan armada itu dibiayai dari anggaran perubahan tahun ini.",
    "Warga di tiga kecamatan menyambut baik rencana itu karena selama ini harus menunggu lama di halte.",
]

MARKERS = ["Advertisement", "ADVERTISEMENT", "Iklan", "Sponsored", "ADVERTORIAL", "Konten Berbayar"]
DRESS = ["{}", "- {} -", "--- {} ---", "== {} ==", "· {} ·"]
PROMPTS = ["", " - Scroll untuk melanjutkan", " Scroll to continue reading", " | Gulir ke bawah untuk lanjut membaca"]


@pytest.mark.parametrize(("marker", "dress", "prompt"), list(itertools.product(MARKERS, DRESS, PROMPTS)))
def test_a_dressed_advertisement_marker_goes(marker: str, dress: str, prompt: str) -> None:
    line = dress.format(marker) + prompt
    result = cleanser.clean("\n".join([TITLE, STORY[0], line, *STORY[1:]]))
    assert line.strip() not in result.text
    assert all(p in result.text for p in STORY)


OTHERS = [
    "Story continues below",
    "Article continues below advertisement",
    "Halaman: 1 2 3",
    "Halaman 1 2 3 4 Selanjutnya",
    "(bersambung)",
    "Bersambung ke halaman berikutnya",
    "Terima kasih telah membaca Kabar Kita",
    "Terima kasih sudah membaca artikel ini",
    "Anda sedang membaca berita dari Kabar Kita",
    "Sudah punya akun? Masuk",
    "Belum punya akun? Daftar di sini",
    "Masukkan email Anda",
    "Next Article",
    "Embed from Getty Images",
]


@pytest.mark.parametrize(("line", "where"), list(itertools.product(OTHERS, ["middle", "end"])))
def test_an_interface_line_goes(line: str, where: str) -> None:
    lines = [TITLE, STORY[0], line, *STORY[1:]] if where == "middle" else [TITLE, *STORY, line]
    result = cleanser.clean("\n".join(lines))
    assert line not in result.text
    assert all(p in result.text for p in STORY)


@pytest.mark.parametrize("sentence", [
    "Iklan itu ditayangkan selama dua pekan di televisi nasional dan menuai protes warga.",
    "Terima kasih telah membaca buku ini sampai habis, tulis penulisnya di halaman terakhir.",
    "Kisah itu bersambung ke pengadilan setelah kedua pihak gagal berdamai pekan lalu.",
    "Halaman 1 2 3 laporan itu memuat daftar nama penerima bantuan dari dinas sosial.",
])
def test_the_same_words_in_a_sentence_stay(sentence: str) -> None:
    result = cleanser.clean("\n".join([TITLE, STORY[0], sentence, *STORY[1:]]))
    assert sentence in result.text


@pytest.mark.parametrize("line", [
    "Terima kasih sudah membaca, kata dia kepada para pendukungnya.",
    "Terima kasih telah membaca surat saya, tulis warga itu.",
])
def test_a_thank_you_in_the_story_stays(line: str) -> None:
    result = cleanser.clean("\n".join([TITLE, STORY[0], line, *STORY[1:]]))
    assert line in result.text
