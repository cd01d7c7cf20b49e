"""Header lines of outlets with no site pack, drawn from their grammar: a byline that runs on
into the date ("Oleh Nama pada 3 Nov 2025, 10:15 WIB"), label-name pairs closed by the date
("Reporter: Nama | Editor: Nama | Senin, 3 November 2025") and read counters ("Dibaca 1.234
kali"). Each goes whole above the story, which stays whole; the same words inside a sentence
stay.
"""

from __future__ import annotations

import itertools

import pytest

import cleanser

TITLE = "Pemkot Tambah Delapan Bus Pengumpan untuk Jam Sibuk Pagi"
STORY = [
    "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan.",
    "Menurut kepala dinas, tambahan armada itu dibiayai dari anggaran perubahan tahun ini.",
]
NAMES = ["Rudi Hartono", "Sinta Dewi Lestari", "A. Hakim"]
DATES = ["3 Nov 2025, 10:15 WIB", "Senin, 3 November 2025 10.15 WIB", "03/11/2025 10:15", "Nov 3, 2025"]


def _cleaned(line: str) -> cleanser.Result:
    return cleanser.clean("\n".join([TITLE, line, *STORY]))


def _gone_whole(result: cleanser.Result, line: str) -> bool:
    return line not in result.text and all(p in result.text for p in STORY) and result.title == TITLE


@pytest.mark.parametrize(("label", "name", "joint", "date"), list(itertools.product(
    ["Oleh ", "Oleh: ", "By ", "Penulis: ", ""], NAMES, [" pada ", " - ", " | "], DATES)))
def test_a_byline_running_on_into_the_date_goes(label: str, name: str, joint: str, date: str) -> None:
    line = f"{label}{name}{joint}{date}"
    result = _cleaned(line)
    assert _gone_whole(result, line), [(r.code, r.text) for r in result.removals]


@pytest.mark.parametrize(("pairs", "date"), list(itertools.product(
    ["Reporter: Rudi Hartono | Editor: Sinta Dewi", "Penulis: Rudi Hartono", "Editor: Sinta Dewi | Reporter: A. Hakim"],
    ["Senin, 3 November 2025", "03/11/2025 10:15 WIB", "3 Nov 2025"])))
def test_label_name_pairs_closed_by_the_date_go(pairs: str, date: str) -> None:
    line = f"{pairs} | {date}"
    result = _cleaned(line)
    assert _gone_whole(result, line)
    assert all(r.category == "metadata" for r in result.removals if r.text.strip() in line)


@pytest.mark.parametrize("line", [
    "Dibaca 1.234 kali", "Dibaca: 1234", "1.234 views", "Dilihat 560 kali", "2.048 kali dibaca", "Views: 1,204",
])
def test_a_read_counter_goes(line: str) -> None:
    assert _gone_whole(_cleaned(line), line)


@pytest.mark.parametrize("sentence", [
    "Oleh karena itu pada 3 Nov 2025 rapat kembali digelar di balai kota bersama warga.",
    "Buku itu sudah dibaca 1.234 kali oleh pengunjung perpustakaan kota sejak dibuka.",
    "Video itu ditonton 1.234 views dalam sehari menurut pengelola akun resmi pemkot.",
])
def test_the_same_words_in_a_sentence_stay(sentence: str) -> None:
    result = cleanser.clean("\n".join([TITLE, *STORY, sentence]))
    assert sentence in result.text


@pytest.mark.parametrize("name", ["Rudi Hartono", "A. Hakim", "Rudi Hartono | Kabar Kita", "Made Sukma"])
def test_a_bare_name_between_the_headline_and_the_story_goes(name: str) -> None:
    """Two words: a name of three or four is title-shaped, and a headline followed by another
    heading is no confirmed title (the title finder's rule), so MD06 has no headline to read."""
    result = _cleaned(name)
    assert _gone_whole(result, name)
    assert any(r.code == "MD06" for r in result.removals) or any(r.code == "MD01" for r in result.removals)


@pytest.mark.parametrize("name", ["Rudi Hartono", "Sinta Dewi Lestari"])
def test_a_name_line_inside_the_story_stays(name: str) -> None:
    """Past the story's first paragraph a short capitalised line is no byline (a sub-heading,
    a list item): MD06 reads only the line between the headline and the story."""
    result = cleanser.clean("\n".join([TITLE, STORY[0], name, STORY[1]]))
    assert not any(r.code == "MD06" for r in result.removals)


@pytest.mark.parametrize(("opening", "name"), list(itertools.product(
    ["Artikel ini ditulis oleh", "Tulisan ini disusun oleh", "Artikel ini telah ditulis oleh",
     "This article was written by"],
    ["Rudi Hartono", "Sinta Dewi dan A. Hakim"])))
def test_a_sentence_that_only_credits_the_writer_goes(opening: str, name: str) -> None:
    line = f"{opening} {name}."
    result = cleanser.clean("\n".join([TITLE, *STORY, line]))
    assert line not in result.text and all(p in result.text for p in STORY)
    assert any(r.code == "MD02" and r.text.strip() == line for r in result.removals)


@pytest.mark.parametrize("sentence", [
    "Artikel ini ditulis oleh Rudi Hartono, dosen ilmu komunikasi di Bandung, untuk rubrik opini.",
    "Buku ini ditulis oleh Rudi Hartono selama tiga tahun penelitian di pedalaman Papua.",
    "Artikel ini ditulis oleh wartawan kami yang meliput langsung di lokasi.",
])
def test_a_sentence_about_a_writer_stays_for_md02(sentence: str) -> None:
    result = cleanser.clean("\n".join([TITLE, *STORY, sentence]))
    assert not any(r.code == "MD02" for r in result.removals)


@pytest.mark.parametrize(("role", "outlet", "name"), list(itertools.product(
    ["Kontributor", "Wartawan", "Koresponden", "Pewarta"], ["Kabar Kita", "Harian Nusantara Pos"],
    ["Rudi Hartono", "A. Hakim"])))
def test_a_reporter_line_without_laporan_goes(role: str, outlet: str, name: str) -> None:
    line = f"{role} {outlet}, {name}"
    result = _cleaned(line)
    assert _gone_whole(result, line)
    assert any(r.code == "MD02" for r in result.removals if line in r.text)


def test_a_sentence_opening_with_a_reporter_stays() -> None:
    sentence = "Wartawan Senior Kompas, Budi Santoso, mengatakan hal itu kepada warga di balai kota."
    result = cleanser.clean("\n".join([TITLE, *STORY, sentence]))
    assert sentence in result.text
