from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MARKER = lexicon.lazy_caseless(r"\[\s*(?:arsip|archive[sd]?|tautan|link|sumber\s+asli)(?:\s*\d{1,2})?\s*\]")
"""The text of a link to an archived copy or a source, left in square brackets after the
account or the address it archives."""

ARCHIVED_BEFORE = regex.compile(r"(?:[”\"»]|[\w-]\.[a-z]{2,}(?:/\S*)?|@[\w.]+)\s{1,3}$")
"""What an archive marker follows: a quoted account name, an address or a handle."""


@register
class ArchiveMarker(Rule):
    """Link markers of fact-check and citing pages: "[arsip]", "[archive]", "[tautan]"
    after the account, handle or address they archive (“Nama Akun” [arsip],
    situscontoh.com[arsip]) or closing its line. Only the bracketed marker goes; the name
    it follows stays. A marker after a plain word of a sentence ("mengunggah video [arsip]
    berisi") is part of the sentence as the page shows it: only a suspicion.

    Anti-pattern (removed: the marker)::

        ... dengan alat transkrip daring situscontoh.com[arsip], lalu ...
        Akun Facebook “Warga Kota” [arsip] membagikan video itu pada Senin.

    Best practice (kept: square brackets that belong to a quotation, and a marker after a
    plain word of a sentence)::

        "Dia [wali kota] sudah berjanji memperbaiki jalan itu," kata warga.
        Akun itu mengunggah video [arsip] berisi ajakan mendaftar kerja.
    """

    code = "IF04"
    name = "archive-marker"
    category = Category.INTERFACE
    priority = 47

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a square bracket (every marker is in them)."""
        return "[" in doc.text

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for index in patterns.lines_holding(doc, "["):  # every marker is in square brackets
            line = doc.lines[index]
            text = line.text
            for match in MARKER.finditer(text):
                start, end = match.start(), match.end()
                glued = start > 0 and not text[start - 1].isspace()
                closing = not text[end:].strip()
                if glued or closing or ARCHIVED_BEFORE.search(text, max(0, start - 120), start):
                    yield self.span(line.start + start, line.start + end,
                                    "link marker in square brackets ('[arsip]') "
                                    + ("glued to what it archives" if glued else
                                       "closing its line" if closing else
                                       "after the account or address it archives"))
                else:
                    yield self.span(line.start + start, line.start + end,
                                    "possible link marker spaced inside a sentence", score=0.3)
