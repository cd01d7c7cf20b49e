from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MARKER = lexicon.lazy_caseless(r"\[\s*(?:arsip|archive[sd]?|tautan|link|sumber\s+asli)(?:\s*\d{1,2})?\s*\]")
"""The text of a link to an archived copy or a source, left in square brackets after the
account or the address it archives."""


@register
class ArchiveMarker(Rule):
    """Link markers of fact-check and citing pages: "[arsip]", "[archive]", "[tautan]"
    left in square brackets after the account, address or claim they archive. Only the
    bracketed marker goes; the name it follows stays.

    Anti-pattern (removed: the marker)::

        Akun Facebook “Warga Kota” [arsip] membagikan video itu pada Senin.
        ... dengan alat transkrip daring situscontoh.com[arsip], lalu ...

    Best practice (kept: square brackets that belong to a quotation)::

        "Dia [wali kota] sudah berjanji memperbaiki jalan itu," kata warga.
    """

    code = "IF04"
    name = "archive-marker"
    category = Category.INTERFACE
    priority = 47

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if "[" not in line.text:
                continue
            for match in MARKER.finditer(line.text):
                yield self.span(line.start + match.start(), line.start + match.end(),
                                "link marker in square brackets ('[arsip]')")
