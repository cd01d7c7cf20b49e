"""Rows of the story's own tables read as the page's chrome: a match's date among the rows of
its fact box (MD01 took it as the page's publication date) and a table's sub-heading right
after a related headline (RL03 took it as the last headline of a run). Both families are drawn
from their grammar (labels, date forms, a time row or none, table headers, figure rows), with
story paragraphs written for these tests; each test also holds a control that must still go.
"""

from __future__ import annotations

import itertools

import pytest

import cleanser

STORY = [
    "Tim tamu datang dengan kepercayaan diri tinggi setelah menang tiga kali berturut-turut di liga.",
    "Pelatih mengatakan para pemain sudah pulih dan siap tampil penuh sejak menit pertama pertandingan.",
]
CLOSING = "Laga ini menjadi ujian berat bagi kedua tim yang sama-sama mengincar posisi puncak klasemen."

FIRST_ROWS = [
    "Pertandingan: Arema FC vs Persija Jakarta",
    "Venue: Stadion Kanjuruhan",
    "Laga: Bali United vs Borneo FC",
    "Acara: Final Piala Presiden",
]
LAST_ROWS = [
    "Siaran langsung: Indosiar",
    "Live streaming: Vidio",
    "Lokasi: Stadion Gelora Bung Tomo, Surabaya",
    "Harga tiket: Rp75 ribu",
]
DATES = ["Sabtu, 8 November 2025", "Minggu, 14 Des 2025", "Rabu, 03/12/2025"]
TIMES = ["19:15 WIB", "15.30 WIB", None]


def _schedule(first: str, date: str, time: str | None, last: str) -> str:
    rows = [first, date, *([time] if time else []), last]
    return "\n".join([*STORY, "Jadwal pertandingan:", *rows, CLOSING])


@pytest.mark.parametrize(
    ("first", "date", "time", "last"), list(itertools.product(FIRST_ROWS, DATES, TIMES, LAST_ROWS))
)
def test_a_date_among_an_events_rows_stays(first: str, date: str, time: str | None, last: str) -> None:
    result = cleanser.clean(_schedule(first, date, time, last))
    assert date in result.text.splitlines()
    assert not any(date in r.text for r in result.removals)
    assert any(s.code == "MD01" and date in s.text for s in result.suspicions)
    for paragraph in (*STORY, CLOSING):
        assert paragraph in result.text


@pytest.mark.parametrize(("label", "date"), list(itertools.product(
    ["Penulis: Rina Wulandari", "Editor: Agus Salim", "Reporter: Dimas Pratama", "Sumber: Antara"], DATES)))
def test_a_date_beside_the_pages_own_rows_still_goes(label: str, date: str) -> None:
    """Byline and source rows are the page's, not an event's: the date beside them is the page's."""
    text = "\n".join([*STORY, CLOSING, label, date])
    result = cleanser.clean(text)
    assert any(r.code == "MD01" and date in r.text for r in result.removals)


HEADLINES = [
    "Pelatih Baru Umumkan Daftar Pemain untuk Laga Tandang di Surabaya",
    "Bek Muda Timnas Perpanjang Kontrak hingga 2028 demi Kejar Gelar Juara",
]
SUB_HEADINGS = [
    "Head to head Arema FC vs Persija Jakarta dalam Lima Laga",
    "Rekor Pertemuan Bali United dan Borneo FC Musim Lalu",
    "Catatan lima laga terakhir Persib Bandung di kandang",
]
TABLE_HEADERS = ["Pertemuan sebelumnya", "Lima laga terakhir", None]
ROWS = [
    ["23/10/25 Arema FC 2-0 Persija", "12/04/25 Persija 1-1 Arema FC"],
    ["Bali United 3-1 Borneo FC (2025)", "Borneo FC 0-2 Bali United (2024)"],
]


@pytest.mark.parametrize(
    ("heading", "header", "rows"), list(itertools.product(SUB_HEADINGS, TABLE_HEADERS, ROWS))
)
def test_a_tables_sub_heading_after_related_headlines_stays(
    heading: str, header: str | None, rows: list[str]
) -> None:
    lines = [*STORY, *HEADLINES, heading, *([header] if header else []), *rows, CLOSING]
    result = cleanser.clean("\n".join(lines))
    assert heading in result.text.splitlines()
    for paragraph in (*STORY, CLOSING):
        assert paragraph in result.text


@pytest.mark.parametrize("heading", SUB_HEADINGS[:2])
def test_the_last_of_a_run_of_headlines_before_prose_still_goes(heading: str) -> None:
    """The control: the same line closing a run of headlines, with the story after it, goes."""
    lines = [*STORY, *HEADLINES, heading, CLOSING, "Kedua tim akan bertemu lagi pada putaran kedua musim depan."]
    result = cleanser.clean("\n".join(lines))
    assert any(r.code == "RL03" and heading in r.text for r in result.removals)
