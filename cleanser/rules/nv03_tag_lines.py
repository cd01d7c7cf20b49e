from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import RELATIVE_TIME
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

TAG = regex.compile(r"^\s*#?[\p{Ll}\p{N}][\p{Ll}\p{N}&'’-]*(?:\s+[\p{Ll}\p{N}&'’-]+){0,4}\s*$", regex.VERSION1)
MIN_RUN = 2
MAX_TAG_WORDS = 5


@register
class TagLines(Rule):
    """A run of lower-case keyword lines after the story: the page's tags.

    Anti-pattern (removed: after the last paragraph)::

        banjir
        jakarta selatan
        bpbd dki

    Best practice (kept: one lower-case fragment inside the story, as link-broken
    extractions produce)::

        nongkrong
    """

    code = "NV03"
    name = "tag-lines"
    category = Category.NAVIGATION
    priority = 50

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        # Decided on the tail as a whole, not on runs: a run broken by another chrome line
        # ("(*)", a credit) would be whole once that line is gone.
        tags = [
            line for line in doc.content_lines
            if doc.in_tail(line) and doc.word_count(line) <= MAX_TAG_WORDS and TAG.match(line.text)
            and not RELATIVE_TIME.match(line.text)  # a feed's "2 jam yang lalu" is not a tag
        ]
        if len(tags) < MIN_RUN:
            return
        group: list[Line] = []
        for line in tags:
            if group and doc.next_content(group[-1]) is not line:
                yield self._group(group, len(tags))
                group = []
            group.append(line)
        yield self._group(group, len(tags))

    def _group(self, group: list[Line], total: int) -> Proposal:
        return self.span(group[0].content_start, group[-1].content_end,
                         f"{len(group)} of {total} tag lines after the story")
