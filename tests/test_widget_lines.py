"""Widget labels read by their words (IF05, ``cleanser.analysis.widgets``): labels composed
of a widget's words that no list of whole lines holds, above the title, between paragraphs
and after the story; and the lines with the same words that must stay (a sentence, a
sub-heading with a word of its own, one word alone). Labels are drawn from the word lists'
grammar: one word only a widget uses, with filler words before and after it.
"""

from __future__ import annotations

import itertools

import pytest

import cleanser
from cleanser import lexicon
from cleanser.analysis import widgets

TITLE = "Pemkot Tambah Delapan Bus Pengumpan untuk Jam Sibuk Pagi"
STORY = [
    "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan.",
    "Menurut kepala dinas, tambahan armada itu dibiayai dari anggaran perubahan tahun ini.",
    "Warga di tiga kecamatan menyambut baik rencana itu karena selama ini harus menunggu lama di halte.",
]

LABELS = [
    "Dengarkan artikel ini",
    "Ukuran Font",
    "Lanjutkan membaca artikel di bawah ini",
    "Artikel berlanjut di bawah ini",
    "Video Pilihan",
    "Pilihan Redaksi",
    "Topik Menarik",
    "Laporkan Konten",
    "KONTEN PROMOSI",
    "Ringkasan Berita",
    "Bagikan: Facebook WhatsApp Telegram Salin Tautan",
    "Komentari Artikel Ini",
    "Share this article",
    "Cetak Berita",
]


def _document(label: str, where: str) -> str:
    if where == "top":
        return "\n".join([label, TITLE, *STORY])
    if where == "middle":
        return "\n".join([TITLE, STORY[0], label, *STORY[1:]])
    return "\n".join([TITLE, *STORY, label])


@pytest.mark.parametrize(("label", "where"), list(itertools.product(LABELS, ["top", "middle", "end"])))
def test_a_widget_label_goes_and_the_story_stays(label: str, where: str) -> None:
    result = cleanser.clean(_document(label, where))
    assert label not in result.text
    assert any(label in r.text for r in result.removals)
    for paragraph in STORY:
        assert paragraph in result.text
    assert result.title == TITLE


ANCHORS = sorted(widgets.WIDGET_WORDS)
FILLER = sorted(lexicon.word_set("widget_filler"))


@pytest.mark.parametrize("anchor", ANCHORS)
def test_every_widget_word_with_filler_makes_a_label(anchor: str) -> None:
    """Each word of the list, between filler words, is a label; alone, or in a sentence, not."""
    for before, after in [("", FILLER[0]), (FILLER[1], ""), ("artikel", "ini")]:
        words = [w for w in (before, anchor.capitalize(), after) if w]
        label = " ".join(words)
        assert widgets.is_widget_line(label, [w.casefold() for w in words]), label
        assert not widgets.is_widget_line(label + ".", [w.casefold() for w in words]), label
    assert not widgets.is_widget_line(anchor, [anchor])


KEPT = [
    "Link Streaming",  # a sub-heading: 'streaming' is no widget's word
    "Rekomendasi",  # one word
    "Bagikan artikel ini kepada keluarga Anda.",  # a sentence
    "Video Viral Warga Menolong Kucing",  # a sub-heading with words of its own
    "Facebook Instagram",  # platform names only: no widget's word
    "Berita dan video",  # a conjunction: a phrase of prose
]


def test_filler_words_alone_make_no_label() -> None:
    """'Foto Asli' is a fact-check's sub-heading: filler words alone are no widget's label."""
    for words in (["foto", "asli"], ["artikel", "ini"], ["video", "terbaru"], ["berita", "hari", "ini"]):
        assert not widgets.is_widget_line(" ".join(words).title(), words)


@pytest.mark.parametrize("line", KEPT)
def test_lines_with_a_word_of_their_own_stay(line: str) -> None:
    text = "\n".join([TITLE, STORY[0], line, *STORY[1:]])
    result = cleanser.clean(text)
    assert not any(r.code == "IF05" for r in result.removals)
    assert line in result.text


@pytest.mark.parametrize("label", ["Video Pilihan", "Pilihan Redaksi", "Berita Terkait"])
def test_a_blocks_header_stays_its_blocks(label: str) -> None:
    """A label heading a list of links is that list's header: the block's rule takes it."""
    links = [
        "Warga Keluhkan Jalan Rusak di Kecamatan Timur Jelang Musim Hujan",
        "Harga Cabai Rawit Turun Jelang Akhir Pekan di Pasar Induk Kota",
        "Dinas Kesehatan Buka Posko Layanan Gratis di Terminal Bus Antarkota",
    ]
    result = cleanser.clean("\n".join([TITLE, *STORY, label, *links]))
    codes = {r.code for r in result.removals if label in r.text}
    assert codes and "IF05" not in codes


def test_a_label_closed_by_a_colon_introduces_what_follows() -> None:
    """'Link Video:' before an address the story gives: not IF05's (what follows may be body)."""
    text = "\n".join([TITLE, STORY[0], "Link Video:", "https://video.kabarkita.com/bus-pengumpan", *STORY[1:]])
    result = cleanser.clean(text)
    assert not any(r.code == "IF05" for r in result.removals)
