"""The read-only view of an input that rules look at: lines with character offsets."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterator
from dataclasses import FrozenInstanceError, dataclass, field
from itertools import chain
from typing import Any, TypeVar

import regex

from cleanser import textshape
from cleanser.lazy import cached_property

T = TypeVar("T")
_MISSING = object()


class Line:
    """One line of the input. ``start``/``end`` bound its text, without the line break.

    ``index`` is 0-based position in ``Document.lines``; ``number`` is 1-based.

    A line holds no copy of its text: ``text`` is cut from the document's text when read
    (a Document's lines would otherwise hold a second copy of the input). Read it once into
    a local where a loop needs it several times. Lines are read-only, and equal when their
    index, offsets and text are.
    """

    __slots__ = ("_source", "end", "index", "is_blank", "start")
    index: int
    start: int
    end: int
    is_blank: bool
    """True for an empty line or one of white space only (as ``not text.strip()``)."""
    _source: str | _Placed  # ``_source[start:end]`` is the text

    def __init__(self, index: int, start: int, text: str) -> None:
        _set_line(self, index, start, start + len(text), not text or text.isspace(), _Placed(text, start))

    @property
    def text(self) -> str:
        return self._source[self.start : self.end]

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-whitespace character (``end`` for a blank line)."""
        start = self.start
        if start == self.end or not self._source[start : start + 1].isspace():
            return start  # the line opens with its content (most do): no copy of the line made
        text = self.text
        return start + (len(text) - len(text.lstrip()))

    @property
    def content_end(self) -> int:
        """Offset after the last non-whitespace character."""
        end = self.end
        if end == self.start:
            return end
        if not self._source[end - 1 : end].isspace():
            return end  # the line ends with its content (most do): no copy of the line made
        return self.start + len(self.text.rstrip())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Line:
            return NotImplemented
        assert isinstance(other, Line)
        return (
            self.index == other.index and self.start == other.start and self.end == other.end
            and (self._source is other._source or self.text == other.text)
        )

    def __hash__(self) -> int:
        return hash((self.index, self.start, self.end))  # equal lines have equal offsets

    def __repr__(self) -> str:
        return f"Line(index={self.index!r}, start={self.start!r}, text={self.text!r})"

    def __reduce__(self) -> tuple[type[Line], tuple[int, int, str]]:
        return Line, (self.index, self.start, self.text)


class _Placed:
    """The text of a line made on its own (``Line(index, start, text)``), read as the
    document's text is: ``placed[start:end]``."""

    __slots__ = ("offset", "text")

    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.offset = offset

    def __getitem__(self, cut: slice) -> str:
        return self.text[cut.start - self.offset : cut.stop - self.offset]


_SETTERS = tuple(Line.__dict__[name].__set__ for name in ("index", "start", "end", "is_blank", "_source"))


def _set_line(line: Line, index: int, start: int, end: int, blank: bool, source: str | _Placed) -> None:
    set_index, set_start, set_end, set_blank, set_source = _SETTERS
    set_index(line, index)
    set_start(line, start)
    set_end(line, end)
    set_blank(line, blank)
    set_source(line, source)


_CHUNK = 1 << 16  # characters split at a time: the lines' texts are never all made at once


def _split_lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` as ``str.splitlines`` cuts them. The text is split a chunk at a
    time (each chunk ends after a "\n", which never falls inside a line break), and the
    lines keep only offsets into ``text``."""
    lines: list[Line] = []
    append = lines.append
    new = Line.__new__
    set_index, set_start, set_end, set_blank, set_source = _SETTERS
    startswith = text.startswith
    size = len(text)
    offset = 0
    index = 0
    while offset < size:
        cut = text.find("\n", offset + _CHUNK)
        chunk = text[offset:] if cut == -1 else text[offset : cut + 1]
        for content in chunk.splitlines():
            end = offset + len(content)
            line = new(Line)
            set_index(line, index)
            set_start(line, offset)
            set_end(line, end)
            set_blank(line, not content or content.isspace())
            set_source(line, text)
            append(line)
            index += 1
            offset = end + (2 if startswith("\r\n", end) else 1)  # after the line break
    return tuple(lines)


_ASCII_RUN = regex.compile(r"[\x00-\x7f]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}'’\-.]")
"""A character that ``textshape.WORD`` may read as part of a word (a letter, a digit, a
joiner)."""


def _word_chars(text: str) -> tuple[str, ...] | None:
    """The characters of ``text`` beyond ASCII that ``textshape.WORD`` may read in a word
    (``_WORD_CHAR``: letters, digits, "’"): none in most texts (their curly quotes, dashes
    and ellipses are no word); None when there are more than ``_FEW_WORD_CHARS`` (a text
    in another script). A line holding none of them has the words ``textshape.ASCII_WORD``
    finds in it: those of ``WORD`` are then made of ASCII letters, digits and joiners alone,
    and any other character ends a word for both. Read a chunk at a time (the characters
    beyond ASCII of a long text in another script are never all copied out at once)."""
    found: set[str] = set()
    for at in range(0, len(text), _CHUNK):
        found.update(_ASCII_RUN.sub("", text[at : at + _CHUNK]))
    wordy = tuple(sorted(ch for ch in found if _WORD_CHAR.match(ch)))
    return wordy if len(wordy) <= _FEW_WORD_CHARS else None


_FEW_WORD_CHARS = 8
"""Past this many characters beyond ASCII that a word may hold, every line of the text is
read by ``textshape.WORD`` (a line is looked up for each of them, with ``str.find``)."""


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
        memo = self._memo
        value = memo.get(key, _MISSING)  # (a miss costs no exception: a document has a dozen)
        if value is _MISSING:
            value = memo[key] = compute()
        return value  # type: ignore[no-any-return]

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
        again is the same string object, and so is the tuple of a line whose words another
        line had (memory stays near the size of the text, even for a paragraph printed many
        times)."""
        find = textshape.WORD.findall
        find_ascii = textshape.ASCII_WORD.findall
        same = self._same_words
        same_line: dict[tuple[str, ...], tuple[str, ...]] = {}
        keep = same_line.setdefault
        text = self.text  # a long line's words found in place, without cutting its text out
        # each line's words found in place (its text is not cut out): by ``textshape.ASCII_WORD``
        # (no anchor nor look-around: the words of ``text[start:end]``) in an ASCII text,
        # and in a line of another text holding no character beyond ASCII that a word may
        # hold (``_word_chars``: most lines, most texts); by ``textshape.WORD`` in the others
        wordy = () if text.isascii() else _word_chars(text)
        every_line_ascii = wordy == ()  # (no line is looked up)
        found: list[tuple[str, ...]] = []
        for line in self.lines:
            if line.is_blank:
                found.append(())
            else:
                start, end = line.start, line.end
                if every_line_ascii or (
                    wordy is not None and not any(text.find(ch, start, end) != -1 for ch in wordy)
                ):
                    found_words = find_ascii(text, start, end)
                else:
                    found_words = find(text, start, end)
                words = tuple(map(same, found_words, found_words))
                found.append(keep(words, words))
        return tuple(found)

    @cached_property
    def folded_words(self) -> tuple[tuple[str, ...], ...]:
        """The casefolded words of each line, for phrase-list look-ups (each distinct word
        folded once; a word already folded is kept as it is; lines with the same words
        share one tuple, as in ``words``)."""
        words = self.words
        folded: dict[str, str] = {}
        for word in set(chain.from_iterable(words)):  # each distinct word (one object each)
            found = word.casefold()
            folded[word] = word if found == word else found
        fold = folded.__getitem__
        done: dict[int, tuple[str, ...]] = {}  # by the id of a line's words (kept alive by ``words``)
        out: list[tuple[str, ...]] = []
        for line_words in words:
            found_words = done.get(id(line_words))
            if found_words is None:
                found_words = done[id(line_words)] = tuple(map(fold, line_words))
            out.append(found_words)
        return tuple(out)

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
