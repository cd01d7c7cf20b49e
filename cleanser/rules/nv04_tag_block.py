from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import tags
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class TagBlock(Rule):
    """A tag header ("Tags", "Topics :") and the keyword lines listed under it; the header may
    end with what a page leaves invisible after the label (a no-break space, read as Latin-1
    "Â\xa0" or left as "&nbsp;", zero-width characters).

    Anti-pattern (removed)::

        Topics :
        Transjakarta
        public transportation

        TAG:Â
        Pantai Selatan Garut

    Best practice (kept: a story's sub-heading "Topik" followed by prose)::

        Topik
        Pembahasan rancangan undang-undang itu akan dilanjutkan setelah masa reses berakhir.
    """

    code = "NV04"
    name = "tag-block"
    category = Category.NAVIGATION
    priority = 44
    needs = (tags.HEADER_FAMILY,)  # a block opens with its header

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        # the blocks are read in the analysis layer, where the closing-initials rule (MD04)
        # looks past them too
        for header, found in tags.tag_blocks(doc):
            yield self.span(header.content_start, found[-1].content_end,
                            f"tag header {header.stripped!r} with {len(found)} tags")
