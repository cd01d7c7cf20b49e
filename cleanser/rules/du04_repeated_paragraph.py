from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class RepeatedParagraph(Rule):
    """A prose paragraph printed a second time, word for word: the later copy goes.

    Scrapers that read a page twice (or a page that prints its lede again under a photo)
    repeat paragraphs. Only prose-shaped lines count, so short repeated lines (a song's
    chorus, a refrain, a repeated label) are left to the rules of their own kind. A copy
    after the story's last original paragraph stays (the story's end must not move).

    Anti-pattern (removed: the second copy)::

        Petugas gabungan memadamkan api setelah dua jam, dan tidak ada korban jiwa.
        Petugas gabungan memadamkan api setelah dua jam, dan tidak ada korban jiwa.
        Pemilik toko memperkirakan kerugian mencapai ratusan juta rupiah.

    Best practice (kept: a chorus repeated in a song's lyrics)::

        Ku tunggu kau di sini
        Ku tunggu kau di sini
    """

    code = "DU04"
    name = "repeated-paragraph"
    category = Category.DUPLICATE
    priority = 32

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without copies found by the analysis."""
        return bool(doc.copies)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for copy in doc.copies:
            if copy.repeat:
                yield self.line(copy.line, copy.reason)
