"""A cut carried to the word-for-word copies of its line.

Some pages print an article twice, and a rule that reads a line's place in the story (the
closing initials of its last paragraph, MD04; an author profile glued to its last prose line,
AB01) cuts a part of one print only. A second pass then reads the prints as different
paragraphs, and the repeat rule judges them differently (the cleaning is not idempotent).
``in_copies`` proposes the same cut in every line that reads as the cut line does (both read
as the copy search leaves them, ``text_after_cuts``), at the same place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from cleanser.removal import Proposal

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

KEY_CHARS = 40
"""A copy is looked for only where the cut line's first this many characters occur twice."""


def _read(doc: AnalysedDocument, line: Line) -> str:
    return doc.text_after_cuts(line) if line.index in doc.lines_cut else line.stripped


def in_copies(doc: AnalysedDocument, found: Iterable[Proposal]) -> Iterator[Proposal]:
    """For each proposal that cuts a part of a line (not all of it), the same cut in every
    other line that reads the same (as the copies leave both), with " (a copy of the line)"
    after its reason. Lines the proposals already cut are left as they are."""
    parts: dict[str, tuple[int, int, Proposal]] = {}
    done: set[int] = set()
    for proposal in found:
        line = doc.line_at(proposal.start)
        done.add(line.index)
        if proposal.start <= line.content_start and proposal.end >= line.content_end:
            continue
        text = _read(doc, line)
        if text in parts or len(text) < KEY_CHARS:
            continue
        first, last = doc.offset_after_cuts(line, proposal.start), doc.offset_after_cuts(line, proposal.end - 1)
        if first is None or last is None or last + 1 - first != proposal.end - proposal.start:
            continue  # (a cut inside it: the span is not one piece of what the line reads)
        parts[text] = (first, last + 1, proposal)
    if not parts:
        return
    whole = doc.text
    if not any(whole.count(text[:KEY_CHARS]) > 1 for text in parts):
        return  # no other line opens as a cut line reads
    for line in doc.content_lines:
        if line.index in done:
            continue
        part = parts.get(_read(doc, line))
        if part is None:
            continue
        at, stop, proposal = part
        first = doc.input_offset_after_cuts(line, at)
        last = doc.input_offset_after_cuts(line, stop - 1)
        if first is None or last is None or last + 1 - first != stop - at:
            continue  # (a cut joins two pieces inside it)
        yield Proposal(first, last + 1, proposal.reason + " (a copy of the line)",
                       proposal.score, proposal.category, proposal.facts)
