"""One scan of the document for every phrase family at once: which lines may hold what.

A *family* is a named set of keys: plain pieces of text that any match of the family's
patterns must contain (for a phrase list, the longest word of each entry; for a regex, a
literal it cannot match without). The scanner finds every key in the casefolded lines in
one pass (an Aho-Corasick automaton) and answers, per line, which families occur there.
Rules and analysis steps then run their own pattern only on lines where their family
occurs: the scan is a prefilter, never a verdict, so it may say "maybe" too often but never
"no" where a pattern would match.

A family that cannot give a key for one of its patterns (an entry that is all regex
syntax, or whose longest plain piece is shorter than ``MIN_KEY_CHARS``) is *open*: every
line may hold it, and its pattern runs everywhere, as it did before there was a scan.

Engine. ``pyahocorasick`` (C, wheels for CPython on Linux, macOS and Windows, x86-64 and
arm64) finds all keys, overlapping ones included, in time linear in the text. Where it is
not installed, ``str.find`` per key gives the same answer (tested: both engines must give
identical hits), only more slowly on documents with many keys.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, repeat
from operator import add, attrgetter
from typing import Protocol

import regex

from cleanser import lexicon

try:  # pragma: no cover - which branch runs depends on the platform
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover
    _ahocorasick = None

MIN_KEY_CHARS = 3
"""A key shorter than this would be found on most lines: the family is open instead
(unless the key holds a rare symbol such as "©")."""

_COMMON = frozenset(" .,;:-_'\"()/!?&")


def _usable(key: str) -> bool:
    return len(key) >= MIN_KEY_CHARS or any(not ch.isalnum() and ch not in _COMMON for ch in key)

ENGINES = ("ahocorasick", "find")
_NOTHING: frozenset[str] = frozenset()
_COMBINING_DOT = "\u0307"
_STRETCH_CHARS = 1 << 16
"""About how many characters of lines the scan reads at a time."""


def _spans_lines(key: str) -> bool:
    """May ``key`` be found across a line break (the lines are joined by "\\n")?"""
    return "\n" in key


class _Placed(Protocol):
    """A line of a text: ``text[start:end]`` (``document.Line``)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_START, _END = attrgetter("start"), attrgetter("end")


def default_engine() -> str:
    return "ahocorasick" if _ahocorasick is not None else "find"


@dataclass(frozen=True, slots=True)
class Family:
    """A name and the keys that any match of the family holds; ``open`` when some pattern
    of the family has no key (then every line may hold it)."""

    name: str
    keys: frozenset[str]
    open: bool = False


def family(name: str, keys: Iterable[str | None]) -> Family:
    """A family from candidate keys (any one of them in a line is enough); one missing
    (None) or too common key makes it open."""
    found: set[str] = set()
    is_open = False
    for key in keys:
        if key is None or not _usable(key):
            is_open = True
            continue
        found.add(key.casefold())
    return Family(name, frozenset(found), is_open or not found)


class Scanner:
    """Finds the keys of many families in one pass; built once per pipeline."""

    def __init__(self, families: Iterable[Family], engine: str | None = None) -> None:
        engine = engine or default_engine()
        if engine not in ENGINES:
            raise ValueError(f"unknown scan engine {engine!r}; engines: {', '.join(ENGINES)}")
        if engine == "ahocorasick" and _ahocorasick is None:
            raise ValueError("scan engine 'ahocorasick' needs the pyahocorasick package")
        self.engine = engine
        self.families: dict[str, Family] = {}
        owners: dict[str, set[str]] = {}
        for fam in families:
            self.families[fam.name] = fam
            for key in fam.keys:
                owners.setdefault(key, set()).add(fam.name)
        self.open: frozenset[str] = frozenset(n for n, f in self.families.items() if f.open)
        self.known: frozenset[str] = frozenset(self.families)
        self.closed: frozenset[str] = self.known - self.open
        self._owners: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in owners.items()}
        self._spans_lines = any(_spans_lines(key) for key in self._owners)
        self._automaton = None
        if engine == "ahocorasick" and self._owners:
            automaton = _ahocorasick.Automaton()
            for key, names in self._owners.items():
                automaton.add_word(key, names)
            automaton.make_automaton()
            self._automaton = automaton

    def __reduce__(self) -> tuple[object, ...]:
        return (Scanner, (tuple(self.families.values()), self.engine))

    def scan(self, folded_lines: tuple[str, ...]) -> tuple[frozenset[str], ...]:
        """For each line (casefolded), the families whose keys it holds (open families are
        not listed: they may be anywhere)."""
        by_line = [_NOTHING] * len(folded_lines)
        same: dict[frozenset[str], frozenset[str]] = {}
        for index, names in self._found(folded_lines):
            by_line[index] = same.setdefault(names, names)
        return tuple(by_line)

    def _found(self, folded_lines: Iterable[str]) -> Iterator[tuple[int, frozenset[str]]]:
        """(index, families) of each line that holds some, in the order of the lines.

        The lines are read a stretch at a time (no copy of the whole text is made, and
        ``folded_lines`` may be folded as they are read), unless a key holds a line break:
        such a key may span lines, so the text is read whole."""
        if not self._owners:
            return
        if self._spans_lines:
            yield from self._found_in(tuple(folded_lines), 0)
            return
        first = size = 0
        stretch: list[str] = []
        for line in folded_lines:
            stretch.append(line)
            size += len(line) + 1
            if size >= _STRETCH_CHARS:
                yield from self._found_in(stretch, first)
                first += len(stretch)
                stretch, size = [], 0
        if stretch:
            yield from self._found_in(stretch, first)

    def _found_in_text(self, text: str, lines: Sequence[_Placed]) -> Iterator[tuple[int, frozenset[str]]]:
        """``_found`` of the lines ``text[line.start:line.end]`` (in order of their starts),
        casefolded a stretch of lines at a time as they are read (the same answer: no key
        spans lines, or the lines are read whole)."""
        if not self._owners:
            return
        count = len(lines)
        first = 0
        while first < count:
            if self._spans_lines:
                cut = count
            else:  # about ``_STRETCH_CHARS`` characters of lines, and at least one line
                end = lines[first].start + _STRETCH_CHARS
                cut = max(first + 1, bisect.bisect_left(lines, end, first, key=_START))
            stretch = lines[first:cut]
            pieces = map(text.__getitem__, map(slice, map(_START, stretch), map(_END, stretch)))
            yield from self._found_in(list(map(str.casefold, pieces)), first)
            first = cut

    def _found_in(self, folded_lines: Sequence[str], first: int) -> list[tuple[int, frozenset[str]]]:
        """(index, families) of the lines of ``folded_lines`` (lines ``first`` onwards)
        that hold some, in order."""
        text = "\n".join(folded_lines)
        if _COMBINING_DOT in text:
            # a caseless pattern's "i" matches "İ", which casefolds to "i" and this dot:
            # without it the key is there as the pattern finds it
            folded_lines = [line.replace(_COMBINING_DOT, "") for line in folded_lines]
            text = "\n".join(folded_lines)
        if self._automaton is not None:
            # after[i]: where line i + 1 starts; a key ending at ``end`` (its last
            # character) is on the first line with after[i] > end. Keys come by their end,
            # so line by line: the families of the keys of one line are joined once the
            # scan has passed it (one key's families are the automaton's own frozenset).
            after = list(accumulate(map(add, map(len, folded_lines), repeat(1))))
            found: list[tuple[int, frozenset[str]]] = []
            limit = -1  # where the line of the last key found ends
            index = -1
            parts: list[frozenset[str]] = []
            for end, names in self._automaton.iter(text):
                if end < limit:  # on the same line as the key before
                    parts.append(names)
                    continue
                if parts:
                    found.append((first + index, parts[0] if len(parts) == 1 else _NOTHING.union(*parts)))
                index = bisect.bisect_right(after, end)
                limit = after[index]
                parts = [names]
            if parts:
                found.append((first + index, parts[0] if len(parts) == 1 else _NOTHING.union(*parts)))
            return found
        by_index: dict[int, set[str]] = {}
        starts: list[int] = []
        position = 0
        for line in folded_lines:
            starts.append(position)
            position += len(line) + 1
        for key, names in self._owners.items():
            at = text.find(key)
            while at != -1:
                index = bisect.bisect_right(starts, at) - 1
                by_index.setdefault(first + index, set()).update(names)
                # the next line that may hold the key again
                following = starts[index + 1] if index + 1 < len(starts) else len(text)
                at = text.find(key, max(at + 1, following))
        return [(index, frozenset(names)) for index, names in sorted(by_index.items())]


@dataclass(frozen=True, slots=True)
class Hits:
    """The scan of one document: per line, the families that may match there."""

    by_line: tuple[frozenset[str], ...]
    closed: frozenset[str]
    lines_with: Mapping[str, tuple[int, ...]]
    known: frozenset[str] = frozenset()
    """Every family of the scanner, open or closed."""

    def may_hold(self, index: int, name: str) -> bool:
        """May line ``index`` hold a match of family ``name``? (False: it certainly does
        not.) A family the scanner does not know, or an open one, may be anywhere."""
        return name not in self.closed or name in self.by_line[index]

    def lines_of(self, name: str) -> tuple[int, ...] | None:
        """Indexes of the lines that may hold family ``name``, in order; None when it may be
        on any line (an open or unknown family)."""
        if name not in self.closed:
            return None
        return self.lines_with.get(name, ())

    def lines_of_any(self, *names: str) -> list[int] | None:
        """Indexes of the lines that may hold one of the families ``names``, in order; None
        when one of them may be on any line."""
        found: set[int] = set()
        for name in names:
            indexes = self.lines_of(name)
            if indexes is None:
                return None
            found.update(indexes)
        return sorted(found)

    def holds_key(self, index: int, name: str) -> bool:
        """Does line ``index`` hold one of the keys of family ``name`` (open or not)?"""
        return name in self.by_line[index]

    def anywhere(self, name: str) -> bool:
        """May any line hold family ``name``?"""
        return name not in self.closed or name in self.lines_with


def usable_keys(keys: Iterable[str] | None) -> bool:
    """Do ``keys`` (the keys of one pattern or entry) put it in a closed family: some, and
    every one long enough?"""
    return bool(keys) and all(_usable(key) for key in keys)  # type: ignore[union-attr]


def hits(scanner: Scanner, folded_lines: Iterable[str], count: int | None = None) -> Hits:
    """The scan of the lines ``folded_lines`` (casefolded; ``count`` of them, when they
    come from an iterator that folds each line as it is read)."""
    if count is None:
        folded_lines = tuple(folded_lines)
        count = len(folded_lines)
    return _hits(scanner, scanner._found(folded_lines), count)


def hits_of_lines(scanner: Scanner, text: str, lines: Sequence[_Placed]) -> Hits:
    """The scan of the lines ``text[line.start:line.end]`` of ``lines`` (in order of their
    starts), casefolded as the scan reads them (``hits`` of those lines casefolded: the
    same answer; no folded copy of the whole text is kept)."""
    return _hits(scanner, scanner._found_in_text(text, lines), len(lines))


def _hits(scanner: Scanner, found: Iterable[tuple[int, frozenset[str]]], count: int) -> Hits:
    by_line = [_NOTHING] * count
    lines_with: dict[str, list[int]] = {}
    # the same set of families recurs on many lines: one frozenset object for each
    same: dict[frozenset[str], frozenset[str]] = {}
    for index, names in found:
        by_line[index] = names = same.setdefault(names, names)
        for name in names:
            lines_with.setdefault(name, []).append(index)
    return Hits(tuple(by_line), scanner.closed, {k: tuple(v) for k, v in lines_with.items()}, scanner.known)


@cache
def _phrase_parts(name: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """The whole-line patterns of list ``name``'s entries that have usable scan keys, and
    of the others."""
    keyed: list[str] = []
    unkeyed: list[str] = []
    for entry in lexicon.entries(name):
        (keyed if usable_keys(lexicon.entry_keys(entry)) else unkeyed).append(entry)
    return lexicon.whole_line_of(tuple(keyed)), lexicon.whole_line_of(tuple(unkeyed))


GATED_BELOW = 0x300
"""The first characters a gate (``first_characters``) decides on: the Latin letters, digits
and punctuation most lines open with; a line opening with another character is tried."""


def first_characters(pattern: regex.Pattern[str]) -> frozenset[str]:
    """The characters below ``GATED_BELOW`` that some text ``pattern`` matches may open
    with (a partial match of the character alone: the pattern could match once more text
    follows). A text opening with another character below ``GATED_BELOW`` is not matched."""
    return frozenset(c for c in map(chr, range(GATED_BELOW)) if pattern.match(c, partial=True) is not None)


@cache
def unkeyed_starts(name: str) -> frozenset[str]:
    """``first_characters`` of the entries of list ``name`` that have no usable key."""
    unkeyed = _phrase_parts(name)[1]
    return frozenset() if unkeyed is None else first_characters(unkeyed)


@cache
def _open_parts(name: str) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None, frozenset[str]]:
    """``_phrase_parts`` of list ``name`` and ``unkeyed_starts``, looked up at once."""
    return (*_phrase_parts(name), unkeyed_starts(name))


def may_open(starts: frozenset[str], text: str) -> bool:
    """May a text opening as ``text`` does be matched by a pattern whose
    ``first_characters`` are ``starts``? (False: it certainly is not.)"""
    if not text:
        return True
    first = text[0]
    return first in starts or first >= _GATE_END


_GATE_END = chr(GATED_BELOW)


def may_be_phrase_line(hits: Hits | None, index: int, text: str, name: str) -> bool:
    """May ``phrase_line(hits, index, text, name)`` be True? (False: it certainly is not.)
    A test cheaper than asking, for a reader that walks every line of an open list: only a
    line holding one of the list's keys, or opening as one of its entries without a key
    may opens (``unkeyed_starts``), may be one of its entries."""
    if hits is None or name not in hits.known or name in hits.by_line[index]:
        return True
    return name not in hits.closed and may_open(unkeyed_starts(name), text)


def pattern_family(name: str) -> str:
    """The scan family of the ``re:`` entries of phrase list ``name``."""
    return f"{name}.re"


def entry_text(hits: Hits | None, index: int, name: str, text: str) -> str | None:
    """``text`` (line ``index``, or a piece of it) for ``PhraseIndex.find`` of list
    ``name`` where the list's ``re:`` entries may match it, else None (the pattern of
    those entries is not run where the scan found none of their keys)."""
    return text if hits is None or hits.may_hold(index, pattern_family(name)) else None


def phrase_line(hits: Hits | None, index: int, text: str, name: str) -> bool:
    """Does ``text`` (line ``index``, or a piece of it) consist of one entry of phrase list
    ``name``, as ``lexicon.whole_line(name).match(text)`` says? The list is tried only where
    the scan found one of its keys; a list whose family is open (some entries have no
    usable key) is tried in two parts: the entries with keys where the scan found one, the
    others everywhere. Without ``hits``, or for a family the scanner does not know, the
    whole list is tried."""
    if hits is None or name not in hits.known:
        return lexicon.whole_line(name).match(text) is not None
    if name in hits.closed:
        return name in hits.by_line[index] and lexicon.whole_line(name).match(text) is not None
    keyed, unkeyed, starts = _open_parts(name)
    # (``may_open(starts, text)`` spelt out)
    if unkeyed is not None and (not text or text[0] in starts or text[0] >= _GATE_END) and unkeyed.match(text):
        return True
    return keyed is not None and name in hits.by_line[index] and keyed.match(text) is not None
