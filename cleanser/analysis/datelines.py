"""Datelines: the place, outlet and date that open a story ('JAKARTA, KOMPAS.com - ').

The patterns and the facts a dateline tells are shared by the dateline rule (DL01), which
cuts them, and the title finder, which judges a line by what follows its dateline.
"""

from __future__ import annotations

import regex

from cleanser import lexicon, textshape
from cleanser.patterns import MONTH

# A domain: at most nine labels of at most 63 characters (as DNS allows), so that a try reads
# a bounded stretch (unbounded, "a.a.a...." made every try read to the end: quadratic)
_DOMAIN = (
    r"[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\."
    r"(?i:co\.id|web\.id|my\.id|or\.id|ac\.id|go\.id|com|id|net|org|co|tv|news|info|xyz|site|online|live|media)"
)
_TOKEN = (
    rf"(?:{_DOMAIN}|\p{{Lu}}[\p{{L}}\d.'&-]*|\d{{1,2}}\s+{MONTH}\s+\d{{4}}|\d{{1,4}}"
    r"|\([^()\n]{2,40}\))"
)
_DASH = r"(?:--|[-–—]{1,2}|‒)"
DASH_CHARS = ("-", "–", "—", "‒")
"""The characters of ``_DASH``: a text without one holds no dateline's dash."""

_SEP = r"[ \xa0,/]{1,3}"

DASHED = lexicon.lazy(
    rf"^\s*(?P<prefix>{_TOKEN}(?:{_SEP}{_TOKEN}){{0,5}})(?:\s+{_DASH}\s*|\s*{_DASH}\s+)(?=\S)",
    regex.VERSION1,
)
"""'CITY, OUTLET - ', 'OUTLET - ', 'City (OUTLET) -- ', 'CITY, 23 Februari 2016 (Antara) --'."""

OUTLET_DASHED = lexicon.lazy(
    rf"^\s*(?P<prefix>(?:{_TOKEN}{_SEP}){{0,4}}(?:{_DOMAIN}|\({_DOMAIN}\)))\s*{_DASH}\s*(?=\S|$)",
    regex.VERSION1,
)
"""A dateline ending with the outlet's domain: its dash may be glued on both sides
('KUPANG, KOMPAS.com-Puluhan', 'Kota (Outlet.co)–Warga') and it may stand alone on its line
('JAKARTA,KOMPAS.com -')."""

PLACE_GLUED = lexicon.lazy(
    rf"^\s*(?P<prefix>\p{{Lu}}{{3,}}(?:[ \xa0]\p{{Lu}}{{3,}}){{0,2}})[ \xa0]?{_DASH}(?=\p{{Lu}}\p{{Ll}})",
    regex.VERSION1,
)
"""A place in capitals and its dash glued to the story's first word ('JAKARTA-Boy William
merupakan ...'); a dateline only when the place is a known one (``is_place``): 'JAKARTA-Bandung'
names a route only in the story's own words, in other letters."""


def is_place(prefix: str) -> bool:
    """Is ``prefix`` (a place in capitals) a known dateline place (``data/dateline_places.txt``)?"""
    return " ".join(prefix.split()).casefold() in PLACES


OUTLET_COMMA = lexicon.lazy(rf"^\s*(?P<outlet>{_DOMAIN})\s*,\s*(?=\p{{Lu}})", regex.VERSION1)
"""'Liputan6.com, ' with no dash before a capital: a city may follow ('Jakarta ') or the
sentence may start there ('REPUBLIKA.CO.ID, Perintah itu ...'); see ``place_end``."""

PLACES = lexicon.word_set("dateline_places")
_CAPITALS_PLACE = regex.compile(r"\p{Lu}{3,}(?:[ \xa0]\p{Lu}{3,}){0,2}(?=[\s,]|$)")
_TITLE_WORDS = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \xa0]\p{Lu}\p{Ll}+){0,2}")
_GLUED_TITLE = regex.compile(r"\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})")
_SPACES = regex.compile(r"[\s,]*")
_WORD = regex.compile(r"\p{L}+")


def place_end(text: str, start: int) -> int | None:
    """Where the place a dateline names at ``start`` ends (with the spaces after it), or
    None when the word there is the first word of the sentence. A place is in capitals
    ('SEMARANG', 'TANJUNG RAJA'), on the list of places in Title Case ('Bandung', 'Banda
    Aceh'), or a Title Case word glued to the sentence's first word ('JakartaPameran'); and
    the sentence after it starts with a capital (else the place is the sentence's subject)."""
    end = None
    found = _CAPITALS_PLACE.match(text, start)
    if found or (found := _GLUED_TITLE.match(text, start)):
        end = found.end()
    elif found := _TITLE_WORDS.match(text, start):
        ends = [m.end() for m in _WORD.finditer(text, start, found.end())]
        words = found.group().split()
        for count in range(len(words), 0, -1):
            if " ".join(words[:count]).casefold() in PLACES:
                end = ends[count - 1]
                break
    if end is None:
        return None
    end = _SPACES.match(text, end).end()  # type: ignore[union-attr]
    if end < len(text) and text[end].islower():
        return None  # 'KPK menetapkan ...', 'Jakarta menjadi ...': the subject of the sentence
    return end


SITE_DOT = lexicon.lazy_caseless(rf"^\s*(?P<site>{_DOMAIN})\.\s+")
"""'bagusplace.com. ' opening a paragraph, usually followed by the title."""

PRESS_LINE = lexicon.lazy(
    rf"^\s*(?P<prefix>{_TOKEN}(?:{_SEP}{_TOKEN}){{1,8}})\s*{_DASH}\s*$", regex.VERSION1
)
"""A press-release dateline alone on its line: 'ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --'."""

LONE_DASH = regex.compile(rf"^\s*{_DASH}\s*$")
SHORT_PLACE = lexicon.lazy(rf"^\s*{_TOKEN}(?:[ ,]{{1,3}}{_TOKEN}){{0,3}}\s*,?\s*$", regex.VERSION1)

_LOWER_WORD = regex.compile(r"\b\p{Ll}{2,}")
MAX_PREFIX_CHARS = 80


_COMMA = regex.compile(r"\s*,\s*")
_PAREN = regex.compile(r"\(([^()]+)\)")
_PAREN_SPAN = regex.compile(r"\s*\([^()]*\)\s*")
_DATE_START = lexicon.lazy(rf"^\d{{1,2}}\s+{MONTH}", regex.VERSION1)
_DOMAIN_END = lexicon.lazy_caseless(r"(?<![\p{L}\d-]|[\p{L}\d-]\.)" + _DOMAIN + r"$")
"""A domain ending the text. The lookbehind starts a match only where a domain can begin
(the leftmost match never starts right after a label's dot), so a long run of labels
('a.a.a...x') is tried once, not from every position: linear."""


def has_domain(prefix: str) -> bool:
    return any(_DOMAIN_END.search(part.strip()) for part in _COMMA.split(prefix))


def after_outlet_dateline(text: str) -> str | None:
    """What follows a dateline naming the outlet's domain ('CITY, SITE.CO.ID -') that opens
    ``text``, or None when there is no such dateline."""
    if "." not in text or not any(dash in text for dash in DASH_CHARS):
        return None  # both forms hold a domain's dot and a dash
    found = OUTLET_DASHED.match(text)
    if found is None:
        found = DASHED.match(text)
        if found is None or not has_domain(found.group("prefix")):
            return None
    return text[found.end() :] if len(found.group("prefix")) <= MAX_PREFIX_CHARS else None


def reads_on(rest: str) -> bool:
    """What follows a dateline is a sentence: several words, some in lower case, and it opens
    as a sentence does, not with a word in small letters ("Jakarta - kota dengan penduduk
    terbesar di Indonesia - masih ...": a dash opening an aside, no dateline)."""
    return (
        not textshape.has_at_most_words(rest, 4)
        and bool(_LOWER_WORD.search(rest))
        and not rest.lstrip()[:1].islower()
    )


def dateline_facts(prefix: str) -> dict[str, str]:
    facts: dict[str, str] = {}
    for part in _COMMA.split(prefix.strip(" ,")):
        paren = _PAREN.search(part)
        bare = _PAREN_SPAN.sub(" ", part).strip()
        if paren and "outlet" not in facts:
            facts["outlet"] = paren.group(1).strip()
        if not bare or _DATE_START.match(bare):
            continue
        if _DOMAIN_END.search(bare) or (bare.isupper() and "." in bare):
            facts.setdefault("outlet", bare)
        elif "dateline_city" not in facts and bare[:1].isupper():
            facts["dateline_city"] = bare
        else:
            facts.setdefault("outlet", bare)
    return facts
