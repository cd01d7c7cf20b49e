"""The read-only view of an input that rules look at: lines with character offsets."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from cleanser import textshape

if TYPE_CHECKING:
    from cleanser.removal import Proposal
    from cleanser.rule import Rule

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input. ``start``/``end`` bound its text, without the line break.

    ``index`` is 0-based position in ``Document.lines``; ``number`` is 1-based.
    """

    index: int
    start: int
    end: int
    text: str

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-whitespace character (``end`` for a blank line)."""
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        """Offset after the last non-whitespace character."""
        return self.start + len(self.text.rstrip())


def _split_lines(text: str) -> tuple[Line, ...]:
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.splitlines(keepends=True)):
        content = raw.splitlines()[0] if raw else raw
        lines.append(Line(index, offset, offset + len(content), content))
        offset += len(raw)
    return tuple(lines)


@dataclass(frozen=True)
class Document:
    """Input text split into lines, plus lazily computed facts about it.

    Rules read a Document and never change it. ``known_title`` is a headline known from
    outside the text (HTML metadata); when given, only lines matching it count as title.
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

    def proposals(self, rule: Rule) -> tuple[Proposal, ...]:
        """What ``rule`` proposes for this document, computed once per rule code (the title
        finder and the pipeline both ask)."""
        return self.memo(("proposals", rule.code, type(rule)), lambda: tuple(rule.propose(self)))

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
        """Non-blank lines after ``line``, in order."""
        for other in self.lines[line.index + 1 :]:
            if not other.is_blank:
                yield other

    def next_content(self, line: Line) -> Line | None:
        return next(self.following(line), None)

    def previous_content(self, line: Line) -> Line | None:
        for other in reversed(self.lines[: line.index]):
            if not other.is_blank:
                return other
        return None

    @cached_property
    def words(self) -> tuple[tuple[str, ...], ...]:
        """The words of each line (``words[line.index]``), found once."""
        find = textshape.WORD.findall
        return tuple(tuple(find(line.text)) if line.text else () for line in self.lines)

    @cached_property
    def folded_words(self) -> tuple[tuple[str, ...], ...]:
        """The casefolded words of each line, for phrase-list look-ups."""
        return tuple(tuple(w.casefold() for w in ws) for ws in self.words)

    def word_count(self, line: Line) -> int:
        return len(self.words[line.index])

    @cached_property
    def body_paragraph_indexes(self) -> tuple[int, ...]:
        """Indexes of lines shaped like article prose (long sentences). A line with a
        read-also lead-in glued to its end ("... kata Ujang.Baca juga: <title>") is judged
        without it, as it reads once that is cut."""
        from cleanser.patterns import GLUED_READ_ALSO

        words = self.words
        found = []
        for line in self.content_lines:
            text = line.text
            if textshape.is_body_paragraph(text, words[line.index]):
                found.append(line.index)
                continue
            glued = GLUED_READ_ALSO.search(text)
            if glued and glued.start() > 0:
                stem = text[: glued.start()]
                if textshape.is_body_paragraph(stem, textshape.WORD.findall(stem)):
                    found.append(line.index)
        return tuple(found)

    @cached_property
    def _body_set(self) -> frozenset[int]:
        return frozenset(self.body_paragraph_indexes)

    def is_body(self, line: Line) -> bool:
        """Is ``line`` shaped like article prose?"""
        return line.index in self._body_set

    @cached_property
    def story_indexes(self) -> tuple[int, ...]:
        """Prose lines that are not chrome on their own account (``cleanser.story``): the
        lines that bound the story's header and tail."""
        from cleanser.story import is_chrome_prose

        return tuple(i for i in self.body_paragraph_indexes if not is_chrome_prose(self, self.lines[i]))

    @cached_property
    def first_body_index(self) -> int:
        """Index of the story's first prose line; ``len(lines)`` when there is none."""
        indexes = self.story_indexes
        return indexes[0] if indexes else len(self.lines)

    @cached_property
    def last_body_index(self) -> int:
        """Index of the story's last prose line; -1 when there is none."""
        indexes = self.story_indexes
        return indexes[-1] if indexes else -1

    def in_header(self, line: Line) -> bool:
        """Before the first prose line."""
        return line.index < self.first_body_index

    def in_tail(self, line: Line) -> bool:
        """After the last prose line."""
        return line.index > self.last_body_index

    @cached_property
    def title(self) -> Line | None:
        """The headline line, when the text starts with one (see ``cleanser.headline``)."""
        from cleanser.headline import find_title

        return find_title(self)

    @cached_property
    def language(self) -> str:
        """ISO 639-1 code of the document's main language ('id', 'en', ...)."""
        from cleanser.language import document_language

        return document_language(self)

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
