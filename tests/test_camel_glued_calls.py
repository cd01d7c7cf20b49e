"""Calls to action whose words a scraper glued together at a link's edges ("Cek berita lain
diGoogle NewsdanWA Channel": the spaces around the links lost), drawn from the family's grammar
(call phrasings x channels x where the call stands x stories; sentences written for these
tests), and the call broken over two lines inside its channel's name ("... lain diGoogle" and
"            NewsdanWA Channel" on the next line). The call goes, the rest of a broken call
with it, and the story stays whole. Brand names with inner capitals ("iPhone", "YouTube",
"PlayStation") do not make story sentences read as calls.
"""

from __future__ import annotations

import itertools

import pytest

import cleanser
from cleanser.analysis import promo
from tests.invariants import assert_report_accounts_for_input

STORIES = {
    "short": [
        "Pemerintah kota menambah armada bus listrik untuk rute pinggiran mulai bulan depan.",
        "Kepala dinas perhubungan mengatakan tarif tidak akan berubah selama masa uji coba.",
    ],
    "long-last": [
        "Balai besar wilayah sungai mulai mengeruk endapan lumpur di hilir kali sejak Senin pagi.",
        "Menurut kepala balai, pengerukan sepanjang dua kilometer itu ditargetkan selesai sebelum puncak"
        " musim hujan tiba, sehingga air kiriman dari hulu tidak lagi meluap ke permukiman warga di tiga"
        " kelurahan yang selama lima tahun terakhir selalu tergenang setiap Februari.",
    ],
    "flattened": [
        "Dinas pertanian menyalurkan bantuan benih padi unggul kepada kelompok tani di dua belas desa"
        " pekan ini. Kepala dinas menyebut benih itu tahan wereng dan bisa dipanen dalam sembilan puluh"
        " hari, lebih cepat dari varietas lama. Para petani diminta menanam serentak agar hama tidak"
        " berpindah dari satu petak ke petak lain. Penyuluh akan mendampingi petani hingga masa panen,"
        " termasuk memeriksa saluran irigasi yang rusak akibat banjir tahun lalu, kata kepala dinas"
        " kepada wartawan di kantornya pada Rabu siang.",
    ],
}
CALLS = [
    "Cek berita dan artikel menarik lainnya di{channel}",
    "Ikuti kabar terbaru kami di{channel}",
    "Yuk, ikuti{channel}",
    "Jangan lewatkan berita terkini, gabung di{channel}",
    "Dapatkan info terbaru setiap hari lewat{channel}",
    "Jangan lupa ikuti{channel} untuk kabar terkini",
]
CHANNELS = [  # "|": where a page may break the line inside the channel's name
    "Google|NewsdanWA Channel",
    "WhatsApp|Channel",
    "Google|News",
    "Telegram|dan Instagram",
]
PLACEMENTS = {"own line": "\n", "after a blank line": "\n\n", "after a space": " "}
BREAK = "\n            "


def _variants() -> list[tuple[str, str, str, str, bool]]:
    return list(itertools.product(STORIES, CALLS, CHANNELS, PLACEMENTS, [False, True]))


@pytest.mark.parametrize(("story", "call", "channel", "placement", "broken"), _variants())
def test_a_glued_call_goes_and_the_story_stays(story: str, call: str, channel: str, placement: str,
                                               broken: bool) -> None:
    paragraphs = STORIES[story]
    printed = call.format(channel=channel.replace("|", BREAK if broken else " "))
    text = "\n\n".join(paragraphs) + PLACEMENTS[placement] + printed + "\n"
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    # the story whole, its last sentence too, and nothing of the call
    assert result.text.split() == " ".join(paragraphs).split(), removed
    assert cleanser.clean(result.text).text == result.text
    assert_report_accounts_for_input(result)


BRAND_STORIES = [
    # an action's word and a brand with inner capitals in sentences of the story
    "Harga iPhone terbaru sudah bisa dicek, dan daftar lengkapnya dirilis distributor resmi pekan ini.",
    "Gerai McDonald di Jalan Merdeka ikut mendaftar program daur ulang kemasan milik pemerintah kota.",
    "Pembeli konsol PlayStation generasi baru diminta mendaftar lebih dulu di toko resmi mulai Senin.",
    "Sekolah itu mengunggah video wisuda ke kanal YouTube dan akun TikTok miliknya agar orang tua bisa menonton.",
    "Warga bisa mengikuti siaran langsung sidang itu lewat YouTube, kata juru bicara pengadilan negeri.",
    "Panitia mengajak warga ikut lomba foto, dan pemenangnya diumumkan lewat akun Instagram dinas pariwisata.",
]


@pytest.mark.parametrize("sentence", BRAND_STORIES)
@pytest.mark.parametrize("where", ["first", "last", "alone"])
def test_brand_names_with_inner_capitals_keep_story_sentences(sentence: str, where: str) -> None:
    other = "Pemerintah kota menambah armada bus listrik untuk rute pinggiran mulai bulan depan."
    paragraphs = {"first": [sentence, other], "last": [other, sentence], "alone": [sentence]}[where]
    result = cleanser.clean("\n\n".join(paragraphs) + "\n")
    assert result.text.split() == " ".join(paragraphs).split(), [(r.code, r.text) for r in result.removals]


@pytest.mark.parametrize("sentence", BRAND_STORIES)
def test_brand_names_in_a_story_line_with_a_glued_call_after_it(sentence: str) -> None:
    """The story sentence stays whole when a call glued at a link's edge follows it on its
    line, and the glued call is read as the same call printed with its spaces."""
    other = "Pemerintah kota menambah armada bus listrik untuk rute pinggiran mulai bulan depan."
    glued = "Ikuti kabar terbaru kami diGoogle NewsdanWA Channel"
    spaced = "Ikuti kabar terbaru kami di Google News dan WA Channel"
    result = cleanser.clean(f"{other}\n\n{sentence} {glued}\n")
    assert other in result.text and sentence in result.text, [(r.code, r.text) for r in result.removals]
    assert (glued in result.text) == (spaced in cleanser.clean(f"{other}\n\n{sentence} {spaced}\n").text)


@pytest.mark.parametrize(("printed", "read"), [
    ("Cek berita lain diGoogle NewsdanWA Channel", "Cek berita lain di Google News dan WA Channel"),
    ("Yuk, ikutiInstagram kami", "Yuk, ikuti Instagram kami"),
    ("Gabung diWhatsApp Channel", "Gabung di WhatsApp Channel"),
    ("Follow kami diInstagramatauTikTok", "Follow kami di Instagram atau TikTok"),
    ("unduh lewatPlay Store", "unduh lewat Play Store"),
])
def test_glued_words_are_read_apart_before_an_action_or_a_channel(printed: str, read: str) -> None:
    assert promo.unglue(printed) == read


@pytest.mark.parametrize("printed", ["iPhone", "YouTube", "McDonald", "PlayStation", "TikTok", "WhatsApp",
                                     "LinkedIn", "eKTP", "diunggah keYouTube"])
def test_brand_names_are_read_as_printed(printed: str) -> None:
    """Split only before an action's or a channel's first word: the brand itself is never cut
    ("keYouTube" loses its glued "ke", the brand stays whole)."""
    read = promo.unglue(printed)
    assert read is None or read.split()[-1] == printed.split()[-1].removeprefix("ke")
