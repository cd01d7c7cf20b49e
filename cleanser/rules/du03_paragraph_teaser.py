from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class ParagraphTeaser(Rule):
    """A paragraph's opening cut off with "...", printed before the paragraph itself.

    Paged articles show the start of the next page's first paragraph as a teaser under
    "Halaman Selanjutnya"; the scraper then keeps both the teaser and the paragraph. A line
    ending with an ellipsis whose words open another, longer line of the text is a copy.
    Lines are looked up by their first characters: linear in the text. Teasers are found
    with the other copies (``doc.copies``), on the lines as they read once the copies found
    before are cut, so that a teaser exposed by a cut goes in the same pass.

    Anti-pattern (removed: the teaser; the whole paragraph stays)::

        Menurut Kepala Dinas, perbaikan jalan dimulai pekan depan, terutama...
        Menurut Kepala Dinas, perbaikan jalan dimulai pekan depan, terutama di ruas yang rusak berat.

    Best practice (kept: an ellipsis that opens no other line)::

        Warga menunggu kabar selanjutnya dari pemerintah daerah...
    """

    code = "DU03"
    name = "paragraph-teaser"
    category = Category.DUPLICATE
    priority = 32

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without copies found by the analysis."""
        return bool(doc.copies)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for copy in doc.copies:  # found with the other copies (cleanser.analysis.copies)
            if copy.teaser:
                yield self.line(copy.line, copy.reason)
