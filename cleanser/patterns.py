"""Patterns shared by several rules and by the title finder, compiled once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

import regex

from cleanser import lexicon

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
DATE_TIME = rf"(?:{WEEKDAY}\s*,?\s*)?{_DATE}(?:\s*(?:[-|,•·–]|pukul|jam|at)?\s*{_TIME})?"
"""A date, perhaps after its weekday and before its time ("Senin, 3 November 2025 | 10.15 WIB"),
for patterns that end a line with one."""
_LEAD = (
    r"(?:(?:Dipublikasikan|Diterbitkan|Diperbarui|Terbit|Tayang|Update|Updated|Published|"
    r"Posted|Diunggah|Pada|On)\s*(?:pada|on)?\s*:?\s*)?"
)

_BYLINE_OR_PLACE = (
    r"(?P<lead>(?:(?:Oleh|By|Penulis|Reporter|Ditulis\s+oleh)\s*+:?\s*+)?"
    r"(?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,3}\s*(?:[|•·●–]|\s-|\s(?:pada|on)(?=\s))\s*"
    r"|(?!{WEEKDAY}\b)(?-i:\p{Lu})\p{L}+(?:\s+(?-i:\p{Lu})\p{L}+)?\s*,\s*(?={WEEKDAY}|\d))?"
).replace("{WEEKDAY}", WEEKDAY)

DATE_LINE = lexicon.lazy_caseless(
    rf"^\s*(?P<bullet>[-–•·*]\s+)?{_BYLINE_OR_PLACE}{_LEAD}(?:{WEEKDAY}\s*,?\s*)?{_DATE}"
    rf"(?:\s*(?:[-|,•·–]|pukul|jam|at)?\s*{_TIME})?"
    r"(?:\s*[-|,•·–]\s*(?:\d+\s+menit\s+baca|\d+\s+min(?:ute)?s?\s+read))?\s*$",
)
"""A line holding only a publication date/time ("Jum'at, 25 Oktober 2024 - 15:40 WIB", or as a
list item, "- Selasa, 23/02/2016 16:10 WIB"), possibly after the author's name or the place
("Nama Penulis | Sabtu, 21 Juni 2025 | 08.30 WIB", "Jakarta ● Fri, June 20, 2025"), the name
perhaps behind a byline label and before "pada" ("Oleh Nama Penulis pada 3 Nov 2025, 10:15 WIB")."""

_DATE_HINT = regex.compile(r"\d{4}|\d[/.-]\d")
"""Text every ``_DATE`` holds: a four-digit year (the month forms end with one, an ISO date
starts with one) or two digits joined by '/', '.' or '-'."""


_DATE_LINE_ENDS = frozenset("0123456789BATCMDbatcmd")
"""The last characters of a ``DATE_LINE`` match besides other digits: a date or a time
ends with a digit, a time zone with "B", "A", "T" or "C" ("WIB", "WITA", "GMT", "UTC"),
"AM"/"PM" with "M", a reading time with "a" or "d" ("3 menit baca", "2 min read")."""
_DIGIT = regex.compile(r"\d")


def date_line(text: str) -> regex.Match[str] | None:
    """``DATE_LINE.match(text)``, tried only when ``text`` ends as a date line may end and
    holds the digits of a date."""
    end = text.rstrip()[-1:]
    if end not in _DATE_LINE_ENDS and (not end or _DIGIT.match(end) is None):
        return None
    return DATE_LINE.match(text) if _DATE_HINT.search(text) else None


RELATIVE_TIME = lexicon.lazy_caseless(
    r"^\s*(?:\d+|se|satu|beberapa|an?)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|"
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)\s*$"
    r"|^\s*(?:baru saja|kemarin|just now|yesterday)\s*$",
)
"""A feed item's timestamp ("1 jam yang lalu", "3 hours ago")."""

_DOMAIN = r"(?:[\p{L}\d-]{1,63}+\.){1,8}+(?:com|id|net|org|tv|news)"
# possessive, bounded labels ('co.id' is the label 'co.' and the ending 'id'): linear
_CREDIT_TEXT = r"\S(?:[^.\n]|\.(?=[\p{L}\d]))"  # a credit: no sentence end inside, dots of a domain allowed
_AGENCY = lexicon.alternation("photo_agencies")
_AGENCY_WORDS = tuple(sorted({entry.split()[0] for entry in lexicon.entries("photo_agencies")}))
"""The first word of each agency, as ``SOURCE_CREDIT`` spells it (case-sensitively)."""

PHOTO_CREDIT = lexicon.lazy_caseless(
    r"(?:"
    r"\((?:\s*(?:Foto|Photo|Gambar|Dok(?:umentasi)?\.?|Ilustrasi|Sumber(?:\s+foto)?|"
    r"ANTARA(?:\s+FOTO)?|Istimewa|Image|Credit|Kredit|Tangkapan\s+layar|Screenshot|Repro)\b[^()]{0,80}"
    r"|\s*Istimewa\s*)\)"
    rf"|\b(?:Foto|Photo|Gambar|Pict|Image|Kredit|Credit)\s*(?:by\s*|oleh\s*)?[:/]\s*(?:Dok\.\s*)?{_CREDIT_TEXT}{{0,60}}"
    rf"|\bPict\s+by\s+{_CREDIT_TEXT}{{0,60}}"
    rf"|\bANTARA\s+FOTO\s*/\s*{_CREDIT_TEXT}{{0,60}}"
    r"|\(\s*(?-i:\p{Lu})[\p{L}\d.]*(?:\s+[\p{L}\d.]+){0,3}\s*/\s*[^()/\n]{2,50}\)"
    r"|\(c\)\s*(?:Dok\.?\s*|Foto\s*:?\s*)?(?-i:\p{Lu})[^()\n]{1,60}"  # "(c) Dok. Klub", "(c) Istimewa"
    r")\s*\.?\s*$",
)
"""A photo credit closing a line ("Foto/youtube", "(dok Istimewa)", "Gambar : AFPpix",
"(c) Dok. Persatuan")."""

DESK_CODE = lexicon.lazy(r"[(\[]\s*(?:[A-Z]{2,5}/){0,2}[A-Z]{1,3}-\d{1,3}\s*[)\]]\s*$")
"""A desk code closing a story, "(Z-8)", "(AFP/Z-10)": a sign-off (MD04), not a photo credit."""

SOURCE_CREDIT = lexicon.lazy_caseless(
    r"(?:"
    # (Outlet/Photographer), [Outlet/Photographer], (Name/outlet), (ANTARA FOTO/Name/abc)
    r"[(\[]\s*(?-i:\p{Lu})[\p{L}\d.&'-]*(?:\s+[\p{L}\d.&'-]+){0,3}\s*/\s*"
    r"(?-i:[\p{L}\d])[^()\[\]/\n]{1,50}?(?:\s*/\s*[^()\[\]/\n]{1,30}?)?\s*[)\]]"
    # OUTLET.CO.ID/PHOTOGRAPHER or ©2025 Outlet.com/Photographer, after a sentence or alone
    rf"|(?:(?<=[.!?\"”)]\s{{0,3}})|(?<=^\s*)|©\s*\d{{4}}\s*){_DOMAIN}\s*/\s*(?-i:\p{{Lu}})[\p{{L}}.' -]{{1,40}}"
    # (AFP), (EPA), (Reuters/Name), (AP Photo/Name): spelled as the agency spells itself
    rf"|\(\s*(?-i:{_AGENCY})(?:\s+(?:Photo|Foto|Images?))?(?:\s*/\s*[^()/\n]{{1,50}})?\s*\)"
    r")\s*$",
)
"""A credit naming an outlet, agency or photographer, closing a line without a period:
"(KOMPAS.COM/MARKUS LEDE)", "[Suara.com/Name]", "OUTLET.CO.ID/NAME", "©2025 Merdeka.com/Name", "(EPA)".
Unlike ``PHOTO_CREDIT`` it has no photo word, so it also closes reporters' credits: callers
decide by the line's place and shape."""


CREDIT_TAIL_CHARS = 160
_DOMAIN_ENDS = (".com", ".id", ".net", ".org", ".tv", ".news")
"""The endings of ``_DOMAIN`` (looked for as ``_PHOTO_HINTS`` are)."""


_PHOTO_HINTS = (
    "foto", "photo", "gambar", "pict", "image", "kredit", "credit", "dok", "ilustrasi", "sumber",
    "antara", "istimewa", "tangkapan", "screenshot", "repro", "(c)",
)
"""With "/", text one piece of which every match of ``PHOTO_CREDIT`` closing with a bracket
holds: a photo word, the words a bracketed credit opens with, the slash of "(Name/outlet)",
or "(c)". Looked for in the casefolded text without combining dots above: the pattern's
caseless "i" also matches "İ", which casefolds to "i" and a combining dot."""


def holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``pieces`` (lower case ASCII) as a caseless pattern finds
    it? (Casefolded, without the combining dot that "İ", which a caseless "i" matches,
    casefolds to, and with the dotless "ı", which it matches too, read as "i".)"""
    folded = text.casefold()
    if not folded.isascii():
        folded = folded.replace("\u0307", "").replace("\u0131", "i")
    return any(piece in folded for piece in pieces)




_OPEN_CREDIT_HINTS = ("pict", "(c)")
"""What a credit that does not close with a bracket holds when no ':' or '/' follows a photo
word in it: "Pict by Name", "(c) Dok. Klub"."""
_LABELLED_CREDIT_HINTS = ("foto", "photo", "gambar", "pict", "image", "kredit", "credit", "antara", "(c)")
"""What a credit that does not close with a bracket holds otherwise: a photo word before
its ':' or '/' ("Foto: Name", "Gambar : AFPpix", "ANTARA FOTO/Name"), or the above."""


def _may_hold_photo_credit(tail: str) -> bool:
    closing = tail.rstrip()
    if closing.endswith("."):
        closing = closing[:-1].rstrip()
    if closing.endswith(")"):
        # a bracketed credit: "(Name/outlet)" holds no hint but its slash, the others open
        # with a hint ("(dok Istimewa)", "(Foto: Name)")
        return "/" in tail or holds_any(tail, _PHOTO_HINTS)
    if ":" in tail or "/" in tail:
        return holds_any(tail, _LABELLED_CREDIT_HINTS)
    return holds_any(tail, _OPEN_CREDIT_HINTS)


def photo_credit(text: str) -> regex.Match[str] | None:
    """The photo credit closing ``text``, if any (only the line's end is searched)."""
    start = max(0, len(text) - CREDIT_TAIL_CHARS)
    if not _may_hold_photo_credit(text[start:]):
        return None  # the text a match holds is missing
    return PHOTO_CREDIT.search(text, start)


def source_credit(text: str) -> regex.Match[str] | None:
    """The outlet/agency/photographer credit closing ``text``, if any (see ``SOURCE_CREDIT``)."""
    start = max(0, len(text) - CREDIT_TAIL_CHARS)
    tail = text[start:]
    closing = text.rstrip()
    if closing.endswith((")", "]")):
        # a bracketed credit holds '/' ("(Outlet/Name)"), or closes with ')' after an agency
        if "/" not in tail and not (closing.endswith(")") and any(word in tail for word in _AGENCY_WORDS)):
            return None
        # its branches hold no bracket between the opening one and the closing one, which only
        # white space follows: a match can start only at the last opening bracket
        close = len(closing) - 1
        opening = max(text.rfind("(", start, close), text.rfind("[", start, close))
        if opening < 0:
            return None
        return SOURCE_CREDIT.match(text, opening)
    elif "/" not in tail or not holds_any(tail, _DOMAIN_ENDS):
        return None  # only the domain branch ends without a bracket: it holds '/' and a domain
    return SOURCE_CREDIT.search(text, start)


def feed_header() -> regex.Pattern[str]:
    return lexicon.whole_line("feed_headers")


def related_header() -> regex.Pattern[str]:
    return lexicon.whole_line("related_headers")


BYLINE_LABEL = lexicon.alternation("byline_labels")
BYLINE_LABELS = rf"{BYLINE_LABEL}(?:\s*(?:&|/|\+|,|\bdan\b|\band\b)\s*{BYLINE_LABEL}){{0,3}}"
"""One byline label or several joined ("Redaktur & Reporter", "Editor / Penulis", "Teks dan
Foto"): the byline rule's labels, and the title finder's."""


NAME_WITH_OUTLET = lexicon.lazy(
    r"^\s*(?P<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*"
    r"\(\s*(?P<outlet>(?:The\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s*\)\s*$",
    regex.VERSION1,
)
"""An author line naming the outlet: "Name Surname (The Jakarta Post)" (the byline rule, MD02;
the title finder looks past it)."""


def may_name_outlet(text: str) -> bool:
    """May ``NAME_WITH_OUTLET`` match ``text``? It ends with the outlet's closing bracket."""
    return "(" in text and text.rstrip().endswith(")")


REPUBLISHED = lexicon.lazy_caseless(
    r"^\s*(?:Artikel|Berita|Tulisan)\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat|tayang lebih dulu)"
    r"\s+di\s+(?P<source>[^\n,]{2,80}?)(?:\s+dengan\s+judul\b[^\n]*)?\s*$",
)
"""'Artikel ini telah tayang di <Outlet> dengan judul ...': the story is a republication."""

READ_AT_SOURCE = lexicon.lazy_caseless(
    r"^\s*Baca\s+(?:artikel|berita)\s+(?P<source>[^\"“”\n]{2,40}?)\s*[\"“][^\n]{3,250}[\"”]\s*"
    r"(?:selengkapnya\s+)?di\s+sini\b[^\n]{0,200}$",
)
"""'Baca artikel <Outlet> "<title>" selengkapnya di sini: <link>': where the story is published."""

_GLUED_READ_ALSO_REST = (
    rf"\s*(?P<phrase>{lexicon.alternation('read_also')})"
    r"(?:\s*[:：]|\s+[–—-]+|(?=(?-i:\p{Lu})))\s*(?P<title>\S.*)$"
)
GLUED_READ_ALSO = lexicon.lazy_caseless(rf"(?<=[.!?\"”’)]){_GLUED_READ_ALSO_REST}")
"""A read-also lead-in inside a line: after a sentence end, followed by ':' or a dash, or
glued straight onto the title's first capital ("...global.Baca JugaRI-Singapura Kukuhkan")."""


_FOLDED_TO_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The characters besides its two cases that an ASCII letter, written in either case,
matches in a caseless pattern (simple case folding: "i" matches the dotted capital I, "I"
the dotless i; the Kelvin sign, long s)."""


def _caseless_class(letter: str) -> str | None:
    """Every character an ASCII letter matches in a caseless pattern, as a class."""
    if not (letter.isascii() and letter.isalpha()):
        return None
    lower = letter.lower()
    return "[" + "".join(sorted({lower, lower.upper(), *_FOLDED_TO_ASCII.get(lower, "")})) + "]"


def caseless_letters(name: str) -> str | None:
    """A case-sensitive character class of every character that the first letter of an
    entry of list ``name`` matches in a caseless pattern (a caseless class is searched for
    several times more slowly), or None when an entry is a pattern or does not open with an
    ASCII letter."""
    found: set[str] = set()
    for entry in lexicon.entries(name):
        first = entry[:1].lower()
        if entry.startswith("re:") or _caseless_class(first) is None:
            return None
        found.update((first, first.upper(), *_FOLDED_TO_ASCII.get(first, "")))
    return "[" + "".join(sorted(found)) + "]"


def caseless_openings(name: str) -> str | None:
    """A case-sensitive pattern of every pair of characters that the first two letters of
    an entry of list ``name`` match in a caseless pattern, or None when an entry is a
    pattern or does not open with two ASCII letters."""
    pairs: set[str] = set()
    for entry in lexicon.entries(name):
        if entry.startswith("re:"):
            return None
        first, second = _caseless_class(entry[:1]), _caseless_class(entry[1:2])
        if first is None or second is None:
            return None
        pairs.add(first + second)
    return "(?:" + "|".join(sorted(pairs)) + ")"


def caseless_first_words(name: str) -> str | None:
    """A case-sensitive pattern of every first word (up to its first space) of an entry of
    list ``name``, each letter as the class of what it matches in a caseless pattern, or
    None when an entry is a pattern or its first word is not all ASCII letters."""
    words: set[str] = set()
    for entry in lexicon.entries(name):
        if entry.startswith("re:"):
            return None
        classes = [_caseless_class(letter) for letter in entry.split(" ", 1)[0]]
        if not classes or None in classes:
            return None
        words.add("".join(classes))  # type: ignore[arg-type]
    return "(?:" + "|".join(sorted(words)) + ")"


_GLUED_READ_ALSO_MARK = regex.compile(
    r"[.!?\"”’)](?=\s*+"
    + (caseless_first_words("read_also") or caseless_openings("read_also") or caseless_letters("read_also") or r"\S")
    + ")"
)
"""A sentence-end mark followed by the first word of a lead-in: the only places where
``GLUED_READ_ALSO`` may match (right after the mark)."""


def search_glued_read_also(text: str, pos: int = 0) -> regex.Match[str] | None:
    """``GLUED_READ_ALSO.search(text, pos)``, found faster: a match starts right after a
    sentence-end mark (its look-behind) that a lead-in's first letter follows, so only those
    places are tried, in order, which gives the same leftmost match as a search that tries
    every place."""
    pattern = GLUED_READ_ALSO
    for mark in _GLUED_READ_ALSO_MARK.finditer(text, max(pos - 1, 0)):
        found = pattern.match(text, mark.end())
        if found is not None:
            return found
    return None


BREADCRUMB = lexicon.lazy_caseless(
    r"^\s*(?:Home|Beranda|Index|Indeks|Berita)\s*(?:[>»›/|]\s*[^>»›/|\n]{1,40}){1,6}\s*$",
)
"""A breadcrumb trail ("Home > Nasional > Politik")."""
TAG_LINE = lexicon.lazy_caseless(
    r"^\s*(?:Tags?|Topik|Topics|Kata\s+kunci|Keywords|Label)\s*[:：]\s*"
    r"(?!(?:\S+\s+){7}[^\n]*[.!?][\"'”’)]*\s*$)\S.{0,300}$",
)
"""A tag line ("Tags: banjir, jakarta, bpbd"); not a label with a sentence of eight words or
more after it ("TAG:   Pemerintah kota menambah ... bulan depan."), a paragraph of prose glued
after the label in a flattened page."""
HASHTAG_LINE = lexicon.lazy(r"^\s*(?:#[\p{L}\p{N}_]+[\s,]*){2,}$", regex.VERSION1)
"""A line of hashtags ("#banjir #jakarta")."""

SCANNED = {
    "republished": REPUBLISHED,
    "read_at_source": READ_AT_SOURCE,
    "relative_time": RELATIVE_TIME,
    "photo_credit": PHOTO_CREDIT,
    "glued_read_also": GLUED_READ_ALSO,
}
"""Shared patterns the one-pass scan finds the required text of (family = the key here):
a line without it is not tried."""

SCANNED_GROUPS: dict[str, tuple[regex.Pattern[str], ...]] = {}
"""Patterns of the rules that the one-pass scan looks for too, by family (see
``scanned``). A fixed set, filled as the rules' modules are imported, never by texts."""


def scanned(name: str, *found: regex.Pattern[str]) -> str:
    """Have the one-pass scan look for the required text of ``found`` under family
    ``name`` (a line holding none of it holds no match of any of them), and return
    ``name``, for ``doc.hits.may_hold(index, name)``. A family registered after a
    pipeline was built is unknown to its scan, which then says "maybe" on every line."""
    SCANNED_GROUPS[name] = found
    return name


def scanned_words(name: str, words: Iterable[str]) -> str:
    """``scanned`` for a set of casefolded words (those a rule looks for among a line's
    ``folded_words``): the scan looks for the words themselves, so a line where it finds
    none holds none of them."""
    return scanned(name, lexicon.lazy("|".join(regex.escape(word) for word in sorted(words))))


class _Lines(Protocol):
    """A document's text and lines (``cleanser.document.Document``)."""

    @property
    def text(self) -> str: ...

    def line_at(self, offset: int) -> Any: ...


def lines_holding(doc: _Lines, *pieces: str) -> list[int]:
    """Indexes, in order, of the lines of ``doc`` whose text holds one of ``pieces`` (none
    holding a line break), found by searching the document's text: a rule that needs one
    of them reads only those lines (each occurrence costs a search and a line look-up, so
    ask for pieces that are rare in prose)."""
    text = doc.text
    found: set[int] = set()
    for piece in pieces:
        at = text.find(piece)
        while at != -1:
            line = doc.line_at(at)
            found.add(line.index)
            at = text.find(piece, max(line.end, at + 1))  # the next line that holds it
    return sorted(found)


BREADCRUMB_FAMILY = scanned("breadcrumb", BREADCRUMB)
TAG_LINE_FAMILY = scanned("tag_line", TAG_LINE)
"""Scan families of the breadcrumb and tag-line patterns (NV01 and the title finder)."""
