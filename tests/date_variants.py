"""Date lines as Indonesian news sites print them, generated with the ISO 8601 value each
one must give (for tests/test_metadata.py and benchmarks/date_parsing.py)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

DAYS = (("Senin",), ("Selasa",), ("Rabu",), ("Kamis",), ("Jumat", "Jum'at", "JUMAT"), ("Sabtu",), ("Minggu", "Ahad"))
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    ("Januari",), ("Februari", "Pebruari"), ("Maret",), ("April",), ("Mei",), ("Juni",), ("Juli",),
    ("Agustus",), ("September",), ("Oktober",), ("November", "Nopember"), ("Desember",),
)
MONTHS_SHORT = (("Jan",), ("Feb", "Peb"), ("Mar",), ("Apr",), ("Mei",), ("Jun",), ("Jul",), ("Agu", "Agt", "Ags"),
                ("Sep", "Sept"), ("Okt",), ("Nov", "Nop"), ("Des",))
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
ZONES = (("WIB", 7), ("WITA", 8), ("WIT", 9))

Format = Callable[[datetime, random.Random], tuple[str, str]]


def _zone(moment: datetime, rnd: random.Random) -> tuple[str, datetime]:
    name, hours = rnd.choice(ZONES)
    return name, moment.replace(tzinfo=timezone(timedelta(hours=hours)))


def _day(m: datetime, rnd: random.Random) -> str:
    return rnd.choice(DAYS[m.weekday()])


def _month(m: datetime, rnd: random.Random) -> str:
    return rnd.choice(MONTHS[m.month - 1])


def _short(m: datetime, rnd: random.Random) -> str:
    return rnd.choice(MONTHS_SHORT[m.month - 1])


def _with_zone(render: Callable[[datetime, random.Random, str], str]) -> Format:
    def fmt(m: datetime, rnd: random.Random) -> tuple[str, str]:
        name, zoned = _zone(m, rnd)
        return render(m, rnd, name), zoned.isoformat()
    return fmt


FORMATS: dict[str, Format] = {
    "day, d Month yyyy - hh:mm zone": _with_zone(
        lambda m, r, z: f"{_day(m, r)}, {m.day} {_month(m, r)} {m.year} - {m:%H:%M} {z}"),
    "day, dd Mon yyyy hh:mm zone": _with_zone(
        lambda m, r, z: f"{_day(m, r)}, {m:%d} {_short(m, r)} {m.year} {m:%H:%M} {z}"),
    "dd/mm/yyyy, hh:mm zone": _with_zone(lambda m, r, z: f"{m:%d/%m/%Y}, {m:%H:%M} {z}"),
    "day d Month yyyy pukul hh.mm zone": _with_zone(
        lambda m, r, z: f"{_day(m, r)} {m.day} {_month(m, r)} {m.year} pukul {m:%H.%M} {z}"),
    "Diperbarui day, d Mon yyyy | hh:mm zone": _with_zone(
        lambda m, r, z: f"Diperbarui {_day(m, r)}, {m.day} {_short(m, r)} {m.year} | {m:%H:%M} {z}"),
    "hh:mm zone, d Month yyyy": _with_zone(lambda m, r, z: f"{m:%H:%M} {z}, {m.day} {_month(m, r)} {m.year}"),
    "dd.mm.yyyy hh.mm zone": _with_zone(lambda m, r, z: f"{m:%d.%m.%Y} {m:%H.%M} {z}"),
    "day, d Month yyyy hh:mm:ss zone": lambda m, r: (
        f"{_day(m, r)}, {m.day} {_month(m, r)} {m.year} {m:%H:%M:%S} GMT+7",
        m.replace(tzinfo=timezone(timedelta(hours=7))).isoformat()),
    "English: Published Month d, yyyy hh:mm zone": _with_zone(
        lambda m, r, z: f"Published: {MONTHS_EN[m.month - 1]} {m.day}, {m.year} {m:%H:%M} {z}"),
    "English: Day, d Month yyyy": lambda m, r: (
        f"{DAYS_EN[m.weekday()]}, {m.day} {MONTHS_EN[m.month - 1]} {m.year}", m.date().isoformat()),
    "ISO with offset": lambda m, r: (m.replace(tzinfo=timezone(timedelta(hours=7))).isoformat(),
                                     m.replace(tzinfo=timezone(timedelta(hours=7))).isoformat()),
    "d Month yyyy (date alone)": lambda m, r: (f"{m.day} {_month(m, r)} {m.year}", m.date().isoformat()),
    "day (dd/mm/yyyy) (date alone)": lambda m, r: (f"{_day(m, r)} ({m:%d/%m/%Y})", m.date().isoformat()),
    "dd-mm-yyyy hh:mm (no zone: none guessed)": lambda m, r: (f"{m:%d-%m-%Y %H:%M}", m.isoformat()),
}


def variants(count_per_format: int = 40, seed: int = 13) -> Iterator[tuple[str, str, str]]:
    """(format name, date line, expected ISO 8601) for random moments of 2019-2026."""
    rnd = random.Random(seed)
    start = datetime(2019, 1, 1)
    for name, fmt in FORMATS.items():
        for _ in range(count_per_format):
            moment = start + timedelta(minutes=rnd.randrange(8 * 365 * 24 * 60))
            if name != "day, d Month yyyy hh:mm:ss zone":
                moment = moment.replace(second=0)
            else:
                moment = moment.replace(second=rnd.randrange(60))
            text, expected = fmt(moment, rnd)
            yield name, text, expected
