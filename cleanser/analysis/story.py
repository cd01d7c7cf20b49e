"""Where the story is: prose lines that are not chrome whatever their neighbours are.

Rules that decide by position ("before the story", "after the story") must decide the same
way once other chrome is gone, or cleaning twice would remove more than cleaning once. So
the story's first and last lines are found among prose-shaped lines, leaving out prose-shaped
lines that are chrome on their own account: copyright and reproduction notices, disclaimers,
strong calls to action, republication notices, gambling spam and the lines an outlet's
site pack removes wherever they stand. These tests read only the line itself and facts
that read no positions (the spam reading, the site packs' matches anywhere).
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, overload

from cleanser.analysis import address, legal, promo
from cleanser.patterns import READ_AT_SOURCE, REPUBLISHED

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line


def is_chrome_prose(doc: AnalysedDocument, line: Line) -> bool:
    """Is this prose-shaped line chrome by itself, wherever it stands?"""
    index = line.index
    if index in doc.spam_lines or index in doc.site_pack_lines(anywhere_only=True):
        return True
    return _chrome_by_its_text(doc, line)


def _chrome_by_its_text(doc: AnalysedDocument, line: Line) -> bool:
    """A notice, a republication pointer or a strong call to action."""
    index = line.index
    text = line.text
    hits = doc.hits
    if legal.may_be_notice(doc, line, text) and legal.is_notice(doc, line):
        return True
    if (hits.may_hold(index, "republished") and REPUBLISHED.match(text)) or (
        hits.may_hold(index, "read_at_source") and READ_AT_SOURCE.match(text)
    ):
        return True
    actions, channels = promo.call_to_action_cues(doc, line)
    return bool(
        actions and channels and len(actions) + len(channels) >= promo.STRONG_CUES
        and address.speaks_to_reader(line.text)  # a sentence reporting an action is story
    )


def story_indexes(doc: AnalysedDocument) -> StoryIndexes:
    """Prose lines that are not chrome on their own account (nor copies of the story that go
    whole): the lines that bound the story's header and tail. A line that loses a part to a
    copy or to spam is judged by what is left of it (as a second pass reads it). Each line
    is judged on its own (``_chrome_by_its_text``) when it is read: the readers read the
    story's ends (``StoryIndexes``)."""
    copies = doc.whole_line_copies
    body = set(doc.body_paragraph_indexes)
    for index in doc.lines_cut:  # judged as they read once copies and spam are cut out of them
        if doc.is_body_after_cuts(doc.lines[index]):
            body.add(index)
        else:
            body.discard(index)
    if not body:
        return StoryIndexes((), doc)
    gone = doc.spam_lines | doc.site_pack_lines(anywhere_only=True) | copies  # chrome wherever they stand
    return StoryIndexes([i for i in sorted(body) if i not in gone], doc)


class StoryIndexes(Sequence[int]):
    """The story's prose lines, in order (``story_indexes``): of the ``candidates`` (prose
    lines that go nowhere whole), those that are not chrome by their own text
    (``_chrome_by_its_text``). A line is judged when a reader first reaches it, from
    either end: the story's first line, its last one and its last few (what the readers
    ask) cost a judgement of the lines up to them, not of every paragraph between. Reading
    the whole sequence (its length, a middle item) judges every line; the answers are
    those of the plain tuple ``tuple(i for i in candidates if not chrome(i))``.

    It holds its document weakly (a document holds its facts: no reference cycle keeps a
    document alive), and is read while the document is."""

    __slots__ = ("_candidates", "_doc", "_verdicts")

    def __init__(self, candidates: Sequence[int], doc: AnalysedDocument) -> None:
        self._candidates = candidates
        self._doc = weakref.ref(doc)
        self._verdicts = bytearray(len(candidates))  # per candidate: 0 not judged, 1 story, 2 chrome

    def _is_story(self, k: int) -> bool:
        verdict = self._verdicts[k]
        if not verdict:
            doc = self._doc()
            if doc is None:
                raise ReferenceError("the document of these story lines is gone")
            chrome = _chrome_by_its_text(doc, doc.lines[self._candidates[k]])
            verdict = self._verdicts[k] = 2 if chrome else 1
        return verdict == 1

    def __iter__(self) -> Iterator[int]:
        for k, index in enumerate(self._candidates):
            if self._is_story(k):
                yield index

    def __reversed__(self) -> Iterator[int]:
        candidates = self._candidates
        for k in range(len(candidates) - 1, -1, -1):
            if self._is_story(k):
                yield candidates[k]

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        return next(iter(self), None) is not None

    def __contains__(self, value: object) -> bool:
        k = bisect.bisect_left(self._candidates, value) if isinstance(value, int) else len(self._candidates)
        return k < len(self._candidates) and self._candidates[k] == value and self._is_story(k)

    @overload
    def __getitem__(self, at: int) -> int: ...

    @overload
    def __getitem__(self, at: slice) -> tuple[int, ...]: ...

    def __getitem__(self, at: int | slice) -> int | tuple[int, ...]:
        if isinstance(at, slice):
            start, stop, step = at.start, at.stop, at.step
            if step is None and stop is None and start is not None and start < 0:  # the last few
                return tuple(reversed(list(islice(reversed(self), -start))))
            if step is None and not start and stop is not None and stop >= 0:  # the first few
                return tuple(islice(self, stop))
            return tuple(self)[at]
        found = next(islice(self if at >= 0 else reversed(self), at if at >= 0 else -at - 1, None), None)
        if found is None:
            raise IndexError("story line index out of range")
        return found

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, StoryIndexes)):
            return tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StoryIndexes({tuple(self)!r})"
