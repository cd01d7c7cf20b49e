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
    glued to the address or account they archive ("situscontoh.com[arsip]") or closing its
    line. Only the bracketed marker goes; the name it follows stays. A marker standing
    between words of a sentence, spaced like a word ("mengunggah video [arsip] berisi"), is
    part of the sentence as the page shows it: it is only reported as a suspicion.

    Anti-pattern (removed: the marker)::

        ... dengan alat transkrip daring situscontoh.com[arsip], lalu ...
        Akun Facebook “Warga Kota”[arsip] membagikan video itu pada Senin.

    Best practice (kept: square brackets that belong to a quotation, and a spaced marker
    inside a sentence)::

        "Dia [wali kota] sudah berjanji memperbaiki jalan itu," kata warga.
        Akun itu mengunggah video [arsip] berisi ajakan mendaftar kerja.
    """

    code = "IF04"
    name = "archive-marker"
    category = Category.INTERFACE
    priority = 47

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if "[" not in line.text:
                continue
            text = line.text
            for match in MARKER.finditer(text):
                start, end = match.start(), match.end()
                glued = start > 0 and not text[start - 1].isspace()
                closing = not text[end:].strip()
                if glued or closing:
                    yield self.span(line.start + start, line.start + end,
                                    "link marker in square brackets ('[arsip]')"
                                    + (" glued to what it archives" if glued else " closing its line"))
                else:
                    yield self.span(line.start + start, line.start + end,
                                    "possible link marker spaced inside a sentence", score=0.3)
