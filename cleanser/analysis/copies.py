"""Copies: the story glued into one line, and paragraphs printed twice (DU02, DU04).

Some scrapers print the body twice: once with every paragraph glued into one long line,
then paragraph by paragraph; some repeat a paragraph word for word. Lines are looked up by
their first characters, so finding the copies is linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleanser.document import Line
from cleanser.prefilter import KeyFinder

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument

KEY_CHARS = 24  # lines are looked up by their first characters
MIN_PIECE_CHARS = 40  # a shorter line is never counted as a piece of a copy
MIN_PIECE_WORDS = 6
MAX_CANDIDATES = 6  # lines sharing one key that are tried, longest first
WHOLE_LINE_UNCOVERED = 0.15  # at most this share of a copy is glued chrome
MAX_GAP_CHARS = 300  # glued chrome between two pieces of one run
MIN_RUN_CHARS = 100
SINGLE_PIECE_MIN_CHARS = 60
SINGLE_PIECE_MAX_EXTRA_WORDS = 8
_SENTENCE_END = ".!?\"”’)"


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int  # offsets inside the stripped text of the line being read
    end: int
    index: int  # the line it copies


def _index(doc: AnalysedDocument) -> dict[str, list[tuple[int, int, str]]]:
    """Lines long enough to count as pieces, by their first characters, longest first."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for line in doc.content_lines:
        text = line.stripped
        if len(text) < MIN_PIECE_CHARS or doc.word_count(line) < MIN_PIECE_WORDS:
            continue
        found.setdefault(text[:KEY_CHARS], []).append((len(text), line.index, text))
    for key, lines in found.items():
        lines.sort(key=lambda item: (-item[0], item[1]))
        del lines[MAX_CANDIDATES:]
        found[key] = lines
    return found


def _pieces(
    text: str, own: int, index: dict[str, list[tuple[int, int, str]]], finder: KeyFinder
) -> list[_Piece]:
    """The other, shorter lines that ``text`` holds one after another (greedy, longest first).

    The places where some line's key occurs are found in one pass over the text (an
    Aho-Corasick automaton of every key, ``scan.KeyFinder``), then read left to right; a
    match jumps past the piece, so reading a line stays linear in its length whatever the
    number of lines."""
    size = len(text)
    last = size - MIN_PIECE_CHARS
    starts = finder.starts(text, last + KEY_CHARS)
    pieces: list[_Piece] = []
    end = 0
    for pos in sorted(starts):
        if pos < end or pos > last:
            continue
        for length, other, candidate in index[text[pos : pos + KEY_CHARS]]:
            if other != own and length < size and text.startswith(candidate, pos):
                pieces.append(_Piece(pos, pos + length, other))
                end = pos + length
                break
    return pieces


def _solid(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


@dataclass(frozen=True, slots=True)
class Copy:
    """A copy found in a line: the whole line (``start``/``end`` None) or a span of it."""

    line: Line
    reason: str
    start: int | None = None
    end: int | None = None
    repeat: bool = False  # a paragraph printed again word for word (DU04), not a glued copy


def _decide(doc: AnalysedDocument, line: Line, text: str, pieces: list[_Piece]) -> list[Copy]:
    covered = sum(_solid(text[p.start : p.end]) for p in pieces)
    total = _solid(text)
    if len(pieces) >= 2 and total - covered <= WHOLE_LINE_UNCOVERED * total:
        return [Copy(line, f"copy of {len(pieces)} other lines glued into one")]
    if len(pieces) == 1:
        piece = pieces[0]
        extra = text[piece.end :].strip()
        if (
            not text[: piece.start].strip()  # glued words after the copy (a promo), not before
            and doc.is_body(doc.lines[piece.index])
            and piece.end - piece.start >= SINGLE_PIECE_MIN_CHARS
            and len(extra.split()) <= SINGLE_PIECE_MAX_EXTRA_WORDS
            and not extra.endswith(tuple(_SENTENCE_END))
        ):
            return [Copy(line, "copy of another line with a few glued words")]
        return []
    found = []
    offset = line.content_start
    run = [pieces[0]]
    following: list[_Piece | None] = [*pieces[1:], None]
    for after in following:
        if after is not None and _solid(text[run[-1].end : after.start]) <= MAX_GAP_CHARS:
            run.append(after)
            continue
        if len(run) >= 2 and run[-1].end - run[0].start >= MIN_RUN_CHARS:
            found.append(Copy(
                line, f"copy of {len(run)} other lines glued inside a longer line",
                offset + run[0].start, offset + run[-1].end,
            ))
        if after is not None:
            run = [after]
    return found


def glued_copies(doc: AnalysedDocument) -> tuple[Copy, ...]:
    """Every glued copy and repeated paragraph in ``doc`` (read once per document through
    ``AnalysedDocument.copies``: the title finder and the dateline rule look past whole-line
    copies, so that their decisions do not change once the copies are gone)."""
    found: list[Copy] = []
    seen: set[str] = set()
    repeats: list[Line] = []
    last_original = -1
    for line in doc.content_lines:
        if doc.is_body(line):
            text = line.stripped
            if text in seen:
                repeats.append(line)
            else:
                last_original = line.index
            seen.add(text)
    # a repeat after the story's last original paragraph stays: removing it would move the
    # end of the story, and what sits between the two copies would then look like the tail
    found.extend(
        Copy(line, "paragraph printed again word for word", repeat=True)
        for line in repeats
        if line.index < last_original
    )
    index = _index(doc)
    if not index:
        return tuple(found)
    finder = KeyFinder(index, doc.config.engine)
    repeated = {c.line.index for c in found}
    for line in doc.content_lines:
        text = line.stripped
        if len(text) <= MIN_PIECE_CHARS or line.index in repeated:
            continue
        pieces = _pieces(text, line.index, index, finder)
        if pieces:
            found.extend(_decide(doc, line, text, pieces))
    return tuple(found)


def whole_line_copies(doc: AnalysedDocument) -> frozenset[int]:
    """Indexes of the lines that go whole as copies (glued copies and repeated paragraphs)."""
    return frozenset(c.line.index for c in doc.copies if c.start is None)
