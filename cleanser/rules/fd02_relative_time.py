from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.patterns import RELATIVE_TIME
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class RelativeTimestamp(Rule):
    """A line holding only a feed item's relative timestamp.

    Anti-pattern (removed)::

        1 jam yang lalu
        3 hours ago

    Best practice (kept: a relative time inside a sentence)::

        Gempa terjadi sekitar 1 jam yang lalu di lepas pantai Sulawesi.
    """

    code = "FD02"
    name = "relative-timestamp"
    category = Category.FEED
    priority = 56
    needs = ("relative_time",)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        indexes = doc.hits.lines_of("relative_time")  # lines holding a timestamp's word
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            if RELATIVE_TIME.match(line.text):
                yield self.line(line, "relative timestamp of a feed item")
