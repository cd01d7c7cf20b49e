from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class SectionLabel(Rule):
    """A section name printed next to the headline ("Internasional", "Megapolitan").

    Only before the article prose (anywhere in the header, so that the decision does not
    change when other header lines are gone); the names are listed in ``data/sections.txt``.

    Anti-pattern (removed: the label above the title)::

        Internasional

        AS Tuduh Korut Kirim Ribuan Tentara ke Rusia untuk Perang di Ukraina

    Best practice (kept: a sub-heading inside the story, after prose)::

        Ekonomi
    """

    code = "NV02"
    name = "section-label"
    category = Category.NAVIGATION
    priority = 45
    needs = ("sections",)

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a header (a section label stands above the story)."""
        return bool(doc.content_lines) and doc.in_header(doc.content_lines[0])

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if not doc.in_header(line):
                break
            if doc.is_phrase_line(line, "sections"):
                yield self.line(line, f"section label above the article: {line.stripped!r}")
