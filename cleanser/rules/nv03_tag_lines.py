from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser.categories import Category
from cleanser.document import Document, Line
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

        bubarin
    """

    code = "NV03"
    name = "tag-lines"
    category = Category.NAVIGATION
    priority = 50

    def propose(self, doc: Document) -> Iterator[Proposal]:
        run: list[Line] = []
        for line in doc.content_lines:
            if doc.in_tail(line) and doc.word_count(line) <= MAX_TAG_WORDS and TAG.match(line.text):
                run.append(line)
                continue
            yield from self._flush(run)
            run = []
        yield from self._flush(run)

    def _flush(self, run: list[Line]) -> Iterator[Proposal]:
        if len(run) >= MIN_RUN:
            yield self.span(run[0].content_start, run[-1].content_end,
                            f"{len(run)} tag lines after the story")
