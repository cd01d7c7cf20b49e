"""Contributors' credits closing a paragraph: "Nama Kontributor/NTT", a name and, after a slash,
the region the contributor reports from (a known region or province).

Read by the closing-initials rule (MD04), which cuts such a credit closing the text, and by the
prose reading (``shapes``), which judges a paragraph closed by one glued after its last sentence
without it, as a second pass reads it once the credit is cut.
"""

from __future__ import annotations

import regex

from cleanser import lexicon
from cleanser.analysis import datelines
from cleanser.patterns import source_credit

_CREDIT_NAME_WORD = r"(?:\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?|\p{Lu}\.?)"  # Yohanes, Dewi, A., I (I Made)
_REGION = r"\p{Lu}\p{L}{1,24}(?:[ \xa0]\p{Lu}\p{L}{1,24}){0,2}"  # NTT, Sulsel, Jawa Timur
REGION_CREDIT = lexicon.lazy(
    rf"(?<![\p{{L}}\p{{N}}])(?P<name>{_CREDIT_NAME_WORD}(?:[ \xa0]{_CREDIT_NAME_WORD}){{0,3}})"
    rf"[ \xa0]?/[ \xa0]?(?P<region>{_REGION})\s*$",
    regex.VERSION1,
)
"""A contributor's credit: a name (one to four words, initials among them) and, after a slash,
the region the contributor reports from ("Nama Kontributor/NTT", "A. Nama/Jawa Timur"), up to
the end of the text searched."""
REGIONS = datelines.PLACES | lexicon.word_set("credit_regions")
"""The regions such a credit names: dateline places and provinces (``data/credit_regions.txt``)."""
REGION_CREDIT_REACH = 140
"""The credit is looked for in a line's last this many characters (four names and a region)."""
_SENTENCE_END_BEFORE_GAP = regex.compile(r"[.!?][\"”’)]?$")
"""A sentence's end, before the run of spaces of a flattened line break."""


def region_credit(text: str) -> regex.Match[str] | None:
    """A contributor's credit "Nama/Region" ending ``text`` (``REGION_CREDIT``), when it names
    a known region and its name holds no place ("Jakarta/Bandung" names a route)."""
    if "/" not in text:
        return None
    end = len(text.rstrip())
    if not end or not text[end - 1].isalpha() or "/" not in text[max(0, end - 30) : end]:
        return None  # (a known region is at most 24 characters, and the slash before it)
    credit = REGION_CREDIT.search(text, max(0, end - REGION_CREDIT_REACH), end)
    if credit is None or " ".join(credit["region"].split()).casefold() not in REGIONS:
        return None
    name = credit["name"].split()
    if any(word.casefold() in REGIONS for word in name) or " ".join(name).casefold() in REGIONS:
        return None
    return credit


def region_credit_glued(text: str) -> regex.Match[str] | None:
    """A contributor's credit glued after ``text``'s last sentence by a run of spaces (a
    flattened line break): "... penyebab kematian korban.      Nama Kontributor/NTT"."""
    credit = region_credit(text)
    if credit is None:
        return None
    before = text[: credit.start()]
    story = before.rstrip()
    gap = before[len(story) :]
    if (len(gap) < 2 and "\t" not in gap) or "\n" in gap or not _SENTENCE_END_BEFORE_GAP.search(story[-3:]):
        return None
    return credit


_CODE_AFTER = regex.compile(r"(?<!\s)\s*+[(\[][\p{L}\d*/. -]{1,40}[)\]]$")
"""Initials or a desk code in brackets after a credit ("(ant/abc)", "(Z-8)", "[ANT]"), up to
the end of the text searched."""
CODE_REACH = 48


def before_code(text: str) -> str:
    """``text`` without the initials or code in brackets closing it ("... Nama/NTT (ant/abc)"),
    if any."""
    end = len(text.rstrip())
    if not end or text[end - 1] not in ")]":
        return text
    code = _CODE_AFTER.search(text, max(0, end - CODE_REACH), end)
    return text if code is None else text[: code.start()]


def glued_credit(text: str) -> regex.Match[str] | None:
    """``region_credit_glued`` of ``text`` read without the initials or code closing it: the
    credit, which goes with them."""
    if "/" not in text:
        return None
    return region_credit_glued(before_code(text))


_SENTENCE_END = regex.compile(r"[\p{Ll}\d)][.!?][\"”’]?\s*$")
"""A sentence's end, looked for just before a credit."""


def bracketed_after_sentence(text: str) -> regex.Match[str] | None:
    """An outlet/reporter credit in brackets glued after the text's last sentence: "... kata
    dia. (Kabarkota/Nama Reporter)", "... Senin (16/6/2025).(KOMPAS.COM/NAMA)". MD04 cuts it
    from the text's closing line; the story's shapes judge a paragraph without it."""
    credit = source_credit(text)
    if credit is None or credit.group().lstrip()[:1] not in "([":
        return None
    return credit if _SENTENCE_END.search(text, max(0, credit.start() - 8), credit.start()) else None
