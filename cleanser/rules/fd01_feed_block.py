from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class FeedBlock(Rule):
    """A feed of other articles beside or after the story: its header, items and timestamps.

    Headers are listed in ``data/feed_headers.txt``. Inside the story a feed needs at least
    two items; after the story, a header alone goes too ("Populer video", "Trending").

    Anti-pattern (removed)::

        Berita Terkini
        Hamas Usulkan Gencatan...
        Hamas Usulkan Gencatan Senjata 5 Tahun dan Pertukaran Tahanan untuk Akhiri Perang Gaza
        1 jam yang lalu

    Best practice (kept: a sub-heading of the story that happens to be a feed word)::

        Rekomendasi
        Komisi merekomendasikan agar pemerintah menunda kenaikan tarif hingga tahun depan.
    """

    code = "FD01"
    name = "feed-block"
    category = Category.FEED
    priority = 55

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a feed found by the analysis."""
        return bool(doc.feed_blocks)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for block in doc.feed_blocks:
            stamps = f", {block.timestamps} timestamps" if block.timestamps else ""
            yield self.span(
                block.header.content_start, block.end,
                f"feed {block.header.stripped!r} with {len(block.items)} items{stamps}",
            )
