"""Phrase lists kept as data files in ``cleanser/data`` and compiled once.

A list file holds one entry a line; ``#`` starts a comment. An entry is a literal phrase
(matched case-insensitively, any run of spaces matching any whitespace) unless it starts
with ``re:``, in which case the rest is a ``regex`` pattern.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import regex

from cleanser.textshape import WORD

_CASELESS = regex.IGNORECASE | regex.VERSION1

_DATA = "cleanser.data"


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt``; the error lists the lists that exist."""
    folder = resources.files(_DATA)
    path = folder / f"{name}.txt"
    if not path.is_file():
        known = sorted(p.name.removesuffix(".txt") for p in folder.iterdir() if p.name.endswith(".txt"))
        raise LookupError(f"no phrase list {name!r}; lists: {', '.join(known)}")
    found: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        entry = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("re:") else raw.strip()
        if entry and not entry.startswith("#"):
            found.append(entry)
    return tuple(found)


def _entry_pattern(entry: str) -> str:
    if entry.startswith("re:"):
        return entry[3:].strip()
    return r"\s+".join(regex.escape(part) for part in entry.split())


@cache
def alternation(name: str) -> str:
    """One non-capturing group matching any entry of the list, longest entries first."""
    parts = sorted((_entry_pattern(e) for e in entries(name)), key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


@cache
def whole_line(name: str) -> regex.Pattern[str]:
    """A pattern that matches a line consisting of one entry (with optional ':' and spaces).
    The spaces are possessive: a run of spaces before a character that is not the end cannot
    be split between the two runs in every way (quadratic on a long run)."""
    return caseless(
        r"^\s*+" + alternation(name) + r"\s*+[:：]?+\s*+$",
    )


@cache
def whole_line_of(chosen: tuple[str, ...]) -> regex.Pattern[str] | None:
    """``whole_line`` for some entries of a list (None for none): a line matches the whole
    list's pattern exactly when it matches the pattern of a part holding the entry, so a
    list can be tried part by part (the scan rules some parts out on most lines)."""
    if not chosen:
        return None
    parts = sorted((_entry_pattern(e) for e in chosen), key=len, reverse=True)
    return lazy_caseless(r"^\s*+(?:" + "|".join(parts) + r")\s*+[:：]?+\s*+$")


@cache
def word_set(name: str) -> frozenset[str]:
    """The list's entries casefolded, for set membership tests on single words."""
    return frozenset(e.casefold() for e in entries(name))


class LazyPattern:
    """A ``regex`` pattern compiled the first time it is used: for patterns that a cheap
    test or the scan rules out on most texts, so that importing cleanser does not pay for
    them. It answers as the compiled pattern does (``match``, ``search``, ``flags``...);
    ``pattern`` is the source, ``compiled`` the compiled pattern."""

    _DELEGATED = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
                  "splititer", "scanner", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.source_flags = flags
        """The flags given (``flags`` is the compiled pattern's, with the implied ones)."""

    def __getattr__(self, name: str) -> Any:
        # only reached before the first compilation (then the attributes are set here)
        if name.startswith("__") or name not in (*self._DELEGATED, "compiled"):
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self.source_flags)
        for attribute in self._DELEGATED:
            self.__dict__[attribute] = getattr(compiled, attribute)
        self.__dict__["compiled"] = compiled
        return getattr(self, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, compiled when first used (``LazyPattern``)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


def lazy_caseless(pattern: str) -> regex.Pattern[str]:
    """``caseless(pattern)``, compiled when first used (``LazyPattern``)."""
    return LazyPattern("(?-f)" + pattern, _CASELESS)  # type: ignore[return-value]


def compiled(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The compiled pattern of ``pattern`` (itself, or a ``LazyPattern``'s)."""
    return pattern.compiled if isinstance(pattern, LazyPattern) else pattern


def source_flags(pattern: regex.Pattern[str]) -> int:
    """The flags ``pattern`` was written with, without compiling a ``LazyPattern``."""
    return pattern.source_flags if isinstance(pattern, LazyPattern) else pattern.flags


def caseless(pattern: str) -> regex.Pattern[str]:
    """``pattern`` compiled to match whatever the case, with simple case folding.

    ``regex`` in VERSION1 folds case fully by default ("ß" matches "ss"), which makes
    patterns with character classes many times slower to search and matters for none of
    the words matched here; ``(?-f)`` turns it off for the whole pattern."""
    return regex.compile("(?-f)" + pattern, _CASELESS)


_WHOLE_PATTERN = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?[a-zA-Z-]+\)")
"""What ties an alternative to the others (a group read by number or name, a flag for the
whole pattern): ``PhraseIndex`` then always runs the whole alternation."""


_MAX_CHOSEN_PATTERNS = 64
"""Patterns of chosen ``re:`` entries kept per phrase list (a list of n entries has 2**n
subsets: the store is cleared when full, so that memory stays bounded whatever the texts)."""


class PhraseIndex:
    """Finds the literal entries of a phrase list among a line's casefolded words.

    Matching works on words (set look-ups), not on characters, so it costs a dictionary
    probe per word; ``re:`` entries are matched with one compiled pattern.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        patterns: list[str] = []
        self._pattern_keys: list[tuple[str, ...] | None] = []  # each ``re:`` entry's scan keys
        self._patterns_of: dict[tuple[int, ...], regex.Pattern[str] | None] = {}
        for entry in entries(name):
            if entry.startswith("re:"):
                patterns.append(entry[3:].strip())
                self._pattern_keys.append(entry_keys(entry))
                continue
            words = tuple(w.casefold() for w in WORD.findall(entry))
            if words:
                self._by_first.setdefault(words[0], []).append(words)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)
        self._firsts = frozenset(self._by_first)
        self._pattern = (
            caseless("(?:" + "|".join(patterns) + ")")
            if patterns
            else None
        )
        # alternatives are left out only where no entry reads another's groups or sets a
        # flag for the whole pattern
        self._sources = () if any(map(_WHOLE_PATTERN.search, patterns)) else tuple(patterns)

    def _pattern_for(self, text: str) -> regex.Pattern[str] | None:
        """The ``re:`` entries' pattern without the alternatives that cannot match ``text``
        (none of their keys is in it): an alternative that matches nowhere changes nothing
        of what the others find, and an alternation of a few runs faster."""
        if len(self._sources) < 2:
            return self._pattern
        folded = text.casefold().replace("\u0307", "")  # as the scan reads it (scan.entry_text)
        chosen = tuple(
            i for i, keys in enumerate(self._pattern_keys) if keys is None or any(k in folded for k in keys)
        )
        if len(chosen) == len(self._sources):
            return self._pattern
        try:
            return self._patterns_of[chosen]
        except KeyError:
            pattern = caseless("(?:" + "|".join(self._sources[i] for i in chosen) + ")") if chosen else None
            if len(self._patterns_of) >= _MAX_CHOSEN_PATTERNS:
                self._patterns_of.clear()  # bounded: the subsets met are few, but texts choose them
            self._patterns_of[chosen] = pattern
            return pattern

    def find(self, folded: Sequence[str], text: str | None = None) -> set[str]:
        """The entries found in ``folded`` (and, for ``re:`` entries, in ``text``)."""
        found: set[str] = set()
        by_first = self._by_first
        n = len(folded)
        if self._firsts.isdisjoint(folded):
            n = 0
        for i, word in enumerate(folded[:n]):
            candidates = by_first.get(word)
            if not candidates:
                continue
            for phrase in candidates:
                k = len(phrase)
                if k == 1 or (i + k <= n and tuple(folded[i : i + k]) == phrase):
                    found.add(" ".join(phrase))
                    break
        if self._pattern is not None and text is not None:
            pattern = self._pattern_for(text)
            if pattern is not None:
                found.update(m.group().casefold() for m in pattern.finditer(text))
        return found


@cache
def phrase_index(name: str) -> PhraseIndex:
    return PhraseIndex(name)


# -- keys for the one-pass scan ------------------------------------------------------------

@cache
def entry_keys(entry: str, first: bool = False) -> tuple[str, ...] | None:
    """Casefolded pieces of text one of which every match of one list entry holds: the
    longest word of a literal entry (its words may be joined by any white space; with
    ``first``, its first word), the required pieces of a ``re:`` entry
    (``cleanser.prefilter``); None when there are none."""
    if entry.startswith("re:"):
        from cleanser.prefilter import required_keys

        keys = required_keys(entry[3:].strip())
        return tuple(sorted(keys)) if keys else None
    folded = entry.casefold()
    words = WORD.findall(folded) or folded.split()
    if not words:
        return None
    return (words[0] if first else max(words, key=len),)


@cache
def phrase_keys(name: str, first: bool = False) -> tuple[str | None, ...]:
    """The scan keys of every entry of list ``name`` (see ``entry_keys``); None stands for
    an entry without keys (the list's family is then open)."""
    found: list[str | None] = []
    for entry in entries(name):
        keys = entry_keys(entry, first)
        found.extend(keys if keys else (None,))
    return tuple(found)


def list_names() -> list[str]:
    """The names of every phrase list in ``cleanser/data``."""
    folder = resources.files(_DATA)
    return sorted(p.name.removesuffix(".txt") for p in folder.iterdir() if p.name.endswith(".txt"))
