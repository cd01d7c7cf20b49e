"""The read-only view of an input that rules look at: lines with character offsets."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cleanser import textshape
from cleanser.lazy import cached_property

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input. ``start``/``end`` bound its text, without the line break.

    ``index`` is 0-based position in ``Document.lines``; ``number`` is 1-based.
    """

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        text = self.text
        return not text or text.isspace()  # as ``not text.strip()``, without a copy

    @property
    def content_start(self) -> int:
        """Offset of the first non-whitespace character (``end`` for a blank line)."""
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        """Offset after the last non-whitespace character."""
        return self.start + len(self.text.rstrip())


def _split_lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` as ``str.splitlines`` cuts them (each text made once)."""
    lines: list[Line] = []
    offset = 0
    for index, content in enumerate(text.splitlines()):
        lines.append(Line(index, offset, content))
        end = offset + len(content)
        offset = end + (2 if text.startswith("\r\n", end) else 1)  # after the line break
    return tuple(lines)


@dataclass(frozen=True)
class Document:
    """Input text split into lines with offsets, and the words of each line: the text model.

    A Document knows no rule and no fact about chrome: what the lines are (title, story,
    copies, spam...) is the analysis layer's (``cleanser.analysis``), computed once per
    document. ``known_title`` is a headline known from outside the text (HTML metadata).
    """

    text: str
    url: str | None = None
    known_title: str | None = None
    lines: tuple[Line, ...] = field(init=False)
    _memo: dict[Hashable, Any] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", _split_lines(self.text))
        object.__setattr__(self, "_memo", {})

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per Document and key: facts derived from the document
        (never changes to it) that several rules need."""
        try:
            return self._memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    @cached_property
    def _starts(self) -> list[int]:
        return [line.start for line in self.lines]

    @cached_property
    def content_lines(self) -> tuple[Line, ...]:
        """The lines that hold something other than whitespace."""
        return tuple(line for line in self.lines if not line.is_blank)

    def line_at(self, offset: int) -> Line:
        """The line that holds character ``offset``."""
        if not self.lines:
            raise IndexError("empty document has no lines")
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.lines[max(index, 0)]

    def following(self, line: Line) -> Iterator[Line]:
        """Non-blank lines after ``line``, in order (no copy of the line tuple is made)."""
        lines = self.lines
        for i in range(line.index + 1, len(lines)):
            other = lines[i]
            if not other.is_blank:
                yield other

    def next_content(self, line: Line) -> Line | None:
        return next(self.following(line), None)

    def previous_content(self, line: Line) -> Line | None:
        lines = self.lines
        for i in range(line.index - 1, -1, -1):
            if not lines[i].is_blank:
                return lines[i]
        return None

    @cached_property
    def words(self) -> tuple[tuple[str, ...], ...]:
        """The words of each line (``words[line.index]``), found once. A word that occurs
        again is the same string object (memory stays near the size of the text)."""
        find = textshape.WORD.findall
        same = self._same_words
        return tuple(tuple([same(w, w) for w in find(line.text)]) if line.text else () for line in self.lines)

    @cached_property
    def folded_words(self) -> tuple[tuple[str, ...], ...]:
        """The casefolded words of each line, for phrase-list look-ups (each distinct word
        folded once; a word already folded is kept as it is)."""
        folded: dict[str, str] = {}

        def fold(word: str) -> str:
            found = folded.get(word)
            if found is None:
                found = word.casefold()
                folded[word] = found = word if found == word else found
            return found

        return tuple(tuple([fold(w) for w in ws]) for ws in self.words)

    @property
    def _same_words(self) -> Callable[[str, str], str]:
        seen: dict[str, str] = {}
        return seen.setdefault

    def word_count(self, line: Line) -> int:
        return len(self.words[line.index])

    @cached_property
    def folded_lines(self) -> tuple[str, ...]:
        """Each line's text casefolded, by line index (for substring tests of hints)."""
        return tuple(line.text.casefold() for line in self.lines)

    @cached_property
    def host(self) -> str | None:
        """The host name of ``url`` without a leading 'www.', lowercased."""
        if not self.url:
            return None
        from urllib.parse import urlsplit

        try:
            host = urlsplit(self.url if "//" in self.url else "//" + self.url).hostname
        except ValueError:
            return None
        if not host:
            return None
        return host.removeprefix("www.").lower()
