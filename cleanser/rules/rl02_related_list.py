from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class RelatedList(Rule):
    """A related-articles list: its header and the linked titles under it.

    Headers are listed in ``data/related_headers.txt``. Inside the story the list needs at
    least two titles; after the story, a header alone goes too.

    Anti-pattern (removed)::

        Lanjut Baca Berita Terkait Lainnya
        Berita Terkait
        Rusia Gelar Serangan...
        Rusia Gelar Serangan Udara Besar-besaran di Seluruh Ukraina

    Best practice (kept: a header-like line followed by the story's prose)::

        Berita Terkait
        Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan tahun depan.
    """

    code = "RL02"
    name = "related-list"
    category = Category.RELATED
    priority = 55

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a related list found by the analysis."""
        return bool(doc.related_blocks)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for block in doc.related_blocks:
            yield self.span(
                block.header.content_start, block.end,
                f"related-articles list {block.header.stripped!r} with "
                f"{len(block.items)} linked titles",
            )
