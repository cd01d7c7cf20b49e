"""Cheap shape tests on a line of text, shared by the rules and the title finder."""

from __future__ import annotations

import regex

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*")
_CLOSERS = "\"'”’»)]*_ \t"
_SENTENCE_END = regex.compile(r"[.!?…:;][\"'”’»)\]]*$")
_ELLIPSIS_END = regex.compile(r"(?:\.\.\.|…)\s*$")
_LETTER = regex.compile(r"\p{L}")
_UPPER = regex.compile(r"\p{Lu}")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, with inner apostrophes, hyphens, dots)."""
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def ends_with_ellipsis(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence ('.', '!', '?', possibly inside quotes)."""
    stripped = text.rstrip()
    if not stripped or ends_with_ellipsis(stripped):
        return False
    return bool(_SENTENCE_END.search(stripped)) and not stripped.endswith(":")


def is_body_paragraph(text: str) -> bool:
    """A line that reads as article prose: a long sentence, or several."""
    n = word_count(text)
    if n >= 30 and not ends_with_ellipsis(text):
        return True
    return n >= 10 and ends_sentence(text)


def is_headline_shape(text: str, max_words: int = 25) -> bool:
    """A short line without a closing period: a headline, a heading, a link title."""
    stripped = text.strip()
    n = word_count(stripped)
    if n < 1 or n > max_words or len(stripped) > 220:
        return False
    if stripped.endswith(".") and not ends_with_ellipsis(stripped):
        return False
    return bool(_LETTER.search(stripped))


def letter_ratio(text: str) -> float:
    stripped = text.strip()
    if not stripped:
        return 0.0
    return len(_LETTER.findall(stripped)) / len(stripped)


def uppercase_ratio(text: str) -> float:
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return len(_UPPER.findall(text)) / len(letters)


def normalise(text: str) -> str:
    """Casefolded words joined by single spaces: for comparing lines."""
    return " ".join(w.casefold() for w in WORD.findall(text))
