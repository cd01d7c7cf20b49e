from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.analysis.tags import MIN_RUN, tail_tag_lines
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


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

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a story and ``MIN_RUN`` lines after it (``tail_tag_lines``)."""
        return 0 <= doc.last_body_index < len(doc.lines) - MIN_RUN

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        # Decided on the tail as a whole, not on runs (analysis/tags.py)
        tags = tail_tag_lines(doc)
        if not tags:
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
