"""``cleanser clean --explain``: the input with each removal marked in place, for a terminal.

Each removal shows as ``[CODE category: removed text]``. With ``reasons``, each marker gets a
number (``[#3 RL01 related: Baca juga: ...]``) and a list below gives, for each number, the
rule's code and name, the category, the line and the reason. Every line this module writes
fits in ``width`` columns (default 80): long input lines are wrapped at spaces, their
continuation indented by two spaces so that the input's own line breaks stay visible (a word
longer than the width stays whole), and the lists below are wrapped with a hanging indent.
``width=0`` leaves lines as they are. Colours (ANSI) never count toward the width.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from cleanser.result import Result

WIDTH = 80
INDENT = "  "  # the start of a wrapped line's continuation: a line break of the input has none
_MARK = "2;31"  # dim red: the marker
_GONE = "9;31"  # struck-through red: the removed text
_TOKEN = re.compile(r"\S+|[^\S\n]+|\n")

Segment = tuple[str, str | None]


def _paint(text: str, code: str | None, enabled: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if enabled and code and text else text


def _segments(result: Result, reasons: bool) -> Iterator[Segment]:
    source = result.input_text
    cursor = 0
    for number, removal in enumerate(result.removals, 1):
        yield source[cursor : removal.start], None
        label = f"#{number} " if reasons else ""
        yield f"[{label}{removal.code} {removal.category.value}: ", _MARK
        yield removal.text, _GONE
        yield "]", _MARK
        cursor = removal.end
    yield source[cursor:], None


def _words(segments: Iterator[Segment]) -> Iterator[list[Segment]]:
    """Words (styled pieces with no space between them: a removed word and the marker's
    closing bracket are one word), runs of spaces, and line breaks."""
    word: list[Segment] = []
    for text, style in segments:
        for token in _TOKEN.findall(text):
            if token == "\n" or token.isspace():
                if word:
                    yield word
                    word = []
                yield [(token, style)]
            else:
                word.append((token, style))
    if word:
        yield word


def _wrap(segments: Iterator[Segment], width: int, color: bool) -> str:
    """Greedy wrapping at spaces over styled segments; line breaks of the input are kept."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    pending: list[Segment] = []  # spaces not yet written: dropped at a wrap
    for word in _words(segments):
        first = word[0][0]
        if first == "\n":
            lines.append("".join(line))
            line, used, pending = [], 0, []
        elif first.isspace():
            pending.extend(word)
        else:
            size = sum(len(t) for t, _ in word)
            gap = sum(len(t) for t, _ in pending)
            if width and used > len(INDENT) and used + gap + size > width:
                lines.append("".join(line))
                line, used, pending, gap = [INDENT], len(INDENT), [], 0
            line.extend(_paint(t, s, color) for t, s in (*pending, *word))
            used += gap + size
            pending = []
    line.extend(_paint(t, s, color) for t, s in pending)
    lines.append("".join(line))
    return "\n".join(lines)


def _listing(head: str, body: str, width: int, indent: int) -> list[str]:
    if not width:
        return [head + body]
    return textwrap.wrap(head + body, width=width, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False) or [head]


def explain(result: Result, *, color: bool = False, reasons: bool = False, width: int = WIDTH) -> str:
    """The input with each removal marked in place: ``[CODE category: text]``; with
    ``reasons``, numbered markers and the reason of each below. Lines fit in ``width``."""
    lines = [_wrap(_segments(result, reasons), width, color)]
    if reasons and result.removals:
        lines += ["", "reasons:"]
        pad = len(f"#{len(result.removals)}") + 4
        for number, r in enumerate(result.removals, 1):
            where = f"line {r.line}" if r.line == r.end_line else f"lines {r.line}-{r.end_line}"
            head = f"  #{number}".ljust(pad)
            lines += _listing(head, f"{r.code} {r.name} ({r.category.value}), {where}: {r.reason}", width, pad)
    if result.suspicions:
        lines += ["", "kept but suspicious:"]
        for s in result.suspicions:
            text = f"{s.code} {s.category.value}" + (f" ({s.name})" if reasons else "") + f": {s.reason}"
            lines += _listing(f"  line {s.line}: ", text, width, 4)
    if result.page_removals:
        lines += ["", f"left out of the page by extraction: {len(result.page_removals)} blocks"]
        for p in result.page_removals:
            body = f"{p.category.value} {p.path}: {p.text[:70]!r}" + (f" ({p.reason})" if reasons else "")
            lines += _listing("  ", body, width, 4)
    if result.notes:
        lines.append("")
        for note in result.notes:
            lines += _listing("note: ", note, width, 6)
    return "\n".join(lines)
