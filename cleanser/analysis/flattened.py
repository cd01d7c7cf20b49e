"""Chrome glued into the sentences of a flattened line (the article stored as one line).

Spans, not lines: what a line-level rule would find on a line of its own, found here inside
a long line, with offsets relative to the line's text.

- **byline prefix**: "Reporter: Nama | Editor: Nama" or "Laporan Wartawan Outlet.com, Nama"
  (or "Laporan Nama | Kota") opening the line, with the outlet's dateline that follows
  ("KONTAN.CO.ID - JAKARTA.");
- **promo sentences**: a short sentence that sends the reader to a channel ("Cek berita
  lain di Google News", "Liputan ... langsung di WhatsApp Anda."): an action opening it or
  the reader addressed, and a channel named;
- **closing footer**: a copyright sentence ("©2025 Outlet.") among the line's last
  sentences, and what follows it to the end of the line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import datelines, promo
from cleanser.prefilter import required_keys

_NAME_WORD = r"(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_LABEL = r"(?:Reporter|Penulis|Sumber|Pewarta|Kontributor|Editor|Redaktur|Penyunting)"
_EDITOR = r"(?:Editor|Redaktur|Penyunting)"

BYLINE_PREFIX = lexicon.lazy(
    rf"^\s*(?:"
    rf"(?:{_LABEL}\s*:\s*[^|:\n]{{2,60}}?\s*\|\s*){{1,3}}{_EDITOR}\s*:\s*{_NAME}"
    rf"|Laporan\s+(?:Wartawan|Reporter|Koresponden|Kontributor)\s+"
    rf"[\p{{L}}\d.-]+\.(?i:com|co\.id|id|net)\s*,\s*{_NAME}"
    rf"|Laporan\s+{_NAME}\s*\|\s*\p{{Lu}}[\p{{L}}]+(?:\s+\p{{Lu}}[\p{{L}}]+)?"
    rf")(?=\s)",
    regex.VERSION1,
)
"""A byline opening the story's line: label/value pairs separated by '|' ending with the
editor, or the "Laporan Wartawan <outlet>, <name>" credit, or "Laporan <name> | <city>"."""

_CITY_DOT = lexicon.lazy(r"^\s*\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s*\.\s+(?=\p{Lu})", regex.VERSION1)
_SENTENCE_START = lexicon.lazy(
    r"(?:(?<=[.!?][\"'”’)]*)\s+|(?<=[a-z\d)][.!?])|^)(?=[\"“‘(©]?[\p{Lu}©]|\(c\)\s*\d{4})", regex.VERSION1
)
"""Where a sentence starts: after a sentence's end, before a capital, a quote or bracket and a
capital, a "©", or the "(c) 2025" of a copyright footer."""
_SPACE_AFTER_END = lexicon.lazy(r"[.!?][\"'”’)]*+(\s+)(?=[\"“‘(©]?[\p{Lu}©]|\(c\)\s*\d{4})", regex.VERSION1)
_GLUED_END = lexicon.lazy(r"(?<=[a-z\d)])[.!?](?=[\"“‘(©]?[\p{Lu}©]|\(c\)\s*\d{4})", regex.VERSION1)
"""``_SENTENCE_START``'s first two branches: the spaces after a sentence end (group 1), the
end of a sentence glued to the next ("eksternal.Baca")."""
_COPYRIGHT = lexicon.lazy(r"^\s*(?:©|\(c\)\s*\d{4}|Copyright\b|Hak\s+[Cc]ipta\b)", regex.VERSION1)
_COPYRIGHT_LITERALS = ("©", "(c)", "Copyright", "Hak")
"""One of these is in every text that ``_COPYRIGHT`` matches in."""
_QUOTE = regex.compile(r"[\"“”]")
_READER = frozenset(("anda", "kamu", "sobat", "pembaca"))
_PLATFORM_NAMES = (
    r"WhatsApp|WA\s+Channel|Google\s+News|Telegram|Instagram|YouTube|TikTok|Facebook|"
    r"Twitter|Play\s+Store|App\s+Store"
)
_PLATFORM = lexicon.lazy(rf"\b(?:{_PLATFORM_NAMES})\b", regex.IGNORECASE)
"""Platforms a promo sends the reader to (the channel list's generic words, such as
"ponsel" or "akun", are not enough inside a story's line)."""
_GLUED_PLATFORM = re.compile(rf"(?:{_PLATFORM_NAMES})")
"""``_PLATFORM``'s names as a link prints them, looked for where a scraper glued the link to
the words around it ("lain diGoogle NewsdanWA Channel"): read by ``platform_spans``, which
tests the glue. (A pattern that tests the glue around the name is several times slower on a
long line; the standard library finds these literals in half the time ``regex`` takes.)"""


def platform_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a platform: ``_PLATFORM``'s matches, and a platform's name glued
    to the words around it at a link's edge: a small letter straight before its capital,
    or a capital (after a small "dan", "atau" or "serta") straight after its end."""
    found = [m.span() for m in _PLATFORM.finditer(text)]
    glued = []
    for m in _GLUED_PLATFORM.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() and not before.islower():
            continue
        if after.isalnum() and not after.isupper():
            connector = next((c for c in promo.CONNECTORS if text.startswith(c, end)), None)
            if connector is None or not text[end + len(connector) : end + len(connector) + 1].isupper():
                continue
        if before.isalnum() or after.isalnum():  # glued on one side at least: else ``_PLATFORM``'s
            glued.append((start, end))
    return sorted({*found, *glued}) if glued else found


GLUED_FAMILY = "glued_spans"
"""The scan family of the lines that may hold a glued span: a platform or a copyright
literal (``glued_spans`` finds nothing on a line without one)."""
MAX_PROMO_WORDS = 16
MAX_FOOTER_WORDS = 45
MAX_FOOTER_SENTENCES = 4


MIN_STORY_WORDS = 5


def byline_prefix(text: str) -> int | None:
    """End (in ``text``) of a byline prefix and the dateline after it, or None. Only a
    prefix glued to the story: a byline alone on its line is the byline rule's (MD02)."""
    if ":" not in text and "Laporan" not in text:
        return None  # the label/value pairs hold a colon, the credits open with "Laporan"
    found = BYLINE_PREFIX.match(text)
    if found is None:
        return None
    end = _name_end(text, found.end())
    if textshape.word_count(text[end:]) < MIN_STORY_WORDS:
        return None
    rest = text[end:]
    after = datelines.after_outlet_dateline(rest.lstrip())
    if after is not None:
        after = after.lstrip("-–— ")  # a third dash: "BOGOR --- "
        end = len(text) - len(after)
        city = _CITY_DOT.match(after)
        if city:
            end += city.end()
    return end


@cache
def _openers() -> frozenset[str]:
    return lexicon.word_set("sentence_starters") | lexicon.word_set("subject_titles")

_NAME_PIECE = regex.compile(r"\p{Lu}[\p{Ll}'’-]*", regex.VERSION1)


def _name_end(text: str, end: int) -> int:
    """Where the name that closes a byline prefix ending at ``end`` ends, when the pattern's
    name words ran into the story's first sentence: before a word glued to the name's last
    letter ("Sinta DewiPemerintah kota ..."), a sentence starter or a title before a name
    ("Editor: Sinta Dewi Menurut dia, ...": ``data/sentence_starters.txt``,
    ``data/subject_titles.txt``), or a last word followed by small letters ("... Sinta Dewi
    Pemerintah kota menambah ..."); never before the name's first word. A prefix that ends
    with a city ("Laporan Nama | Kota") is left as it is."""
    head = text[:end]
    opens = max(head.rfind(":"), head.rfind(","))
    if opens < 0 or "|" in head[opens:]:
        return end
    pieces = list(_NAME_PIECE.finditer(text, opens + 1, end))
    for piece in pieces[1:]:
        at = piece.start()
        if text[at - 1].islower() or piece.group().casefold() in _openers():
            # glued to the name's last letter ("DewiPemerintah"), or a sentence's opener
            return len(text[:at].rstrip())
    after = text[end:].lstrip()[:1]
    if len(pieces) > 1 and after.islower():
        # the story's sentence goes on in small letters: the name's last word opened it
        # ("... Sinta Dewi Pemerintah kota menambah ...")
        return len(text[: pieces[-1].start()].rstrip())
    return end


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-like piece of ``text``, glued ones ("eksternal.Baca")
    split too."""
    # where ``_SENTENCE_START`` matches, found from the punctuation (a pattern that looks
    # behind at every position is several times slower on a long line)
    found = {0}
    found.update(m.start(1) for m in _SPACE_AFTER_END.finditer(text))
    found.update(m.end() for m in _GLUED_END.finditer(text))
    starts = sorted(found)
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def is_promo_sentence(piece: str) -> bool:
    """A short sentence sending the reader to a channel (action first, or the reader
    addressed), with no quotation in it."""
    found = textshape.words(piece)
    if not 3 <= len(found) <= MAX_PROMO_WORDS or _QUOTE.search(piece):
        return False
    platforms = platform_spans(piece)
    if not platforms:
        return False
    platform_end = platforms[-1][1]
    folded = tuple(w.casefold() for w in found)
    actions = promo.ACTIONS.find(folded)
    if any(folded[: len(a.split())] == tuple(a.split()) for a in actions):
        return True
    # the reader addressed right after the platform: "... langsung di WhatsApp Anda."
    after = [w.casefold() for w in textshape.words(piece[platform_end:])]
    return len(after) == 1 and after[0] in _READER


def footer_start(text: str, pieces: list[tuple[int, int]] | None = None) -> int | None:
    """Where a copyright footer among the last sentences of ``text`` starts (it runs to
    the end of the line), or None."""
    if not ("©" in text or "(c)" in text or "Copyright" in text or "Hak" in text):
        return None  # no sentence of it can open with a copyright (_COPYRIGHT_LITERALS)
    pieces = sentences(text) if pieces is None else pieces
    for start, end in pieces[-MAX_FOOTER_SENTENCES:]:
        opening = _COPYRIGHT.match(text[start:])
        if opening and not _story_sentence(text[start:end], opening.group(0)):
            if len(textshape.words(text[start:])) > MAX_FOOTER_WORDS:
                return None
            return start
    return None


_NOTICE_WORD = lexicon.lazy_caseless(
    r"©|\(c\)|\b(?:\d{4}|reserved|rights|dilindungi|undang|milik|konten|content|situs|website|artikel|article"
    r"|redaksi|editorial)\b"
)
"""What a copyright sentence opening with the word ("Copyright", "Hak cipta") names: a sign, a
year, the rights reserved or protected, the owner, the content or the publication."""
MIN_STORY_LOWER = 5


def _story_sentence(sentence: str, opening: str) -> bool:
    """Is ``sentence``, which opens with the word "Copyright" or "Hak cipta" (``opening``),
    a sentence of the story about a copyright ("Hak cipta desain halte itu dimiliki arsitek
    lokal ...")? It names none of a notice's words (``_NOTICE_WORD``) and goes on in
    ``MIN_STORY_LOWER`` words or more in small letters. A sign or a year makes a notice."""
    if "©" in opening or "(" in opening:
        return False
    # read to its first period: a period glued to the story after it ("LEMBAH.Warga") ends
    # no piece of ``sentences``
    stop = sentence.find(".", len(opening))
    own = sentence if stop < 0 else sentence[: stop + 1]
    if _NOTICE_WORD.search(own):
        return False
    return sum(1 for w in textshape.words(own[len(opening) :]) if w[0].islower()) >= MIN_STORY_LOWER


def footer_after_prose(text: str) -> bool:
    """Is ``text`` story prose with a copyright footer glued after it? (Then only the
    footer is chrome, not the line.)"""
    start = footer_start(text)
    return bool(start) and textshape.is_body_paragraph(text[:start].rstrip())


def glued_keys() -> frozenset[str] | None:
    """The keys of ``GLUED_FAMILY``: every promo sentence names a platform, every footer
    holds a copyright literal (None when a pattern gives no key: the family is open)."""
    platform, copyright_ = required_keys(_PLATFORM.pattern), required_keys(_COPYRIGHT.pattern)
    return None if platform is None or copyright_ is None else platform | copyright_


def glued_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Promo sentences and a closing copyright footer inside ``text``: (start, end, what)."""
    # a promo sentence names a platform: only the pieces holding one of the line's
    # platforms are read (no platform spans two pieces, and a piece ends on punctuation,
    # so the line's matches are the pieces' matches)
    platforms = [start for start, _ in platform_spans(text)]
    footer_from = footer_start(text)
    if not platforms and footer_from is None:
        return
    pieces = sentences(text)
    for start, end in pieces:
        if footer_from is not None and start >= footer_from:
            break
        at = bisect.bisect_left(platforms, start)
        if at < len(platforms) and platforms[at] < end and is_promo_sentence(text[start:end]):
            yield start, len(text[:end].rstrip()), "promo"
    if footer_from:
        yield footer_from, len(text.rstrip()), "copyright"
