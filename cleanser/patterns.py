"""Patterns shared by several rules and by the title finder, compiled once."""

from __future__ import annotations

import regex

from cleanser import lexicon

_FLAGS = regex.IGNORECASE | regex.VERSION1

MONTH = (
    r"(?:Jan(?:uari|uary)?|Feb(?:ruari|ruary)?|Mar(?:et|ch)?|Apr(?:il)?|Mei|May|"
    r"Jun(?:i|e)?|Jul(?:i|y)?|Agu(?:stus)?|Agt|Aug(?:ust)?|Sep(?:tember)?|Sept|"
    r"Okt(?:ober)?|Oct(?:ober)?|Nov(?:ember)?|Des(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad|"
    r"Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)
_DATE = (
    rf"(?:\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT|GMT(?:\+\d+)?|UTC|[AP]M)?)"
_LEAD = (
    r"(?:(?:Dipublikasikan|Diterbitkan|Diperbarui|Terbit|Tayang|Update|Updated|Published|"
    r"Posted|Diunggah|Pada)\s*(?:pada|on)?\s*:?\s*)?"
)

DATE_LINE = regex.compile(
    rf"^\s*{_LEAD}(?:{WEEKDAY}\s*,?\s*)?{_DATE}"
    rf"(?:\s*(?:[-|,•·–]|pukul|jam|at)?\s*{_TIME})?"
    r"(?:\s*[-|,•·–]\s*(?:\d+\s+menit\s+baca|\d+\s+min(?:ute)?s?\s+read))?\s*$",
    _FLAGS,
)
"""A line holding only a publication date/time ("Jum'at, 25 Oktober 2024 - 15:40 WIB")."""

RELATIVE_TIME = regex.compile(
    r"^\s*(?:\d+|se|satu|beberapa|an?)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|"
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)\s*$"
    r"|^\s*(?:baru saja|kemarin|just now|yesterday)\s*$",
    _FLAGS,
)
"""A feed item's timestamp ("1 jam yang lalu", "3 hours ago")."""

PHOTO_CREDIT = regex.compile(
    r"(?:"
    r"\((?:\s*(?:Foto|Photo|Gambar|Dok(?:umentasi)?\.?|Ilustrasi|Sumber(?:\s+foto)?|"
    r"ANTARA(?:\s+FOTO)?|Istimewa|Image|Credit|Kredit|Tangkapan\s+layar|Screenshot|Repro)\b[^()]{0,80}"
    r"|\s*Istimewa\s*)\)"
    r"|\b(?:Foto|Photo|Gambar|Pict|Image|Kredit|Credit)\s*(?:by\s*|oleh\s*)?[:/]\s*\S[^.]{0,60}"
    r"|\bPict\s+by\s+\S[^.]{0,60}"
    r"|\bANTARA\s+FOTO\s*/\s*\S[^.]{0,60}"
    r"|\(\s*(?-i:\p{Lu})[\p{L}\d.]*(?:\s+[\p{L}\d.]+){0,3}\s*/\s*[^()/\n]{2,50}\)"
    r")\s*\.?\s*$",
    _FLAGS,
)
"""A photo credit closing a line ("Foto/youtube", "(dok Istimewa)", "Gambar : AFPpix")."""


CREDIT_TAIL_CHARS = 160


def photo_credit(text: str) -> regex.Match[str] | None:
    """The photo credit closing ``text``, if any (only the line's end is searched)."""
    return PHOTO_CREDIT.search(text, max(0, len(text) - CREDIT_TAIL_CHARS))


def feed_header() -> regex.Pattern[str]:
    return lexicon.whole_line("feed_headers")


def related_header() -> regex.Pattern[str]:
    return lexicon.whole_line("related_headers")
