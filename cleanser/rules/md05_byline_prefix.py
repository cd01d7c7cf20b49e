from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import datelines, flattened
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

WINDOW = 12  # the first prose paragraphs (and the lines among them) where the byline is looked for


@register
class BylinePrefix(Rule):
    """A byline glued before the story's first sentence, with the outlet's dateline after
    it: "Reporter: Nama | Editor: Nama OUTLET.CO.ID - KOTA.", "Sumber: Kantor Berita |
    Editor: Nama", "Laporan Wartawan Outlet.com, Nama OUTLET.COM, KOTA ---", "Laporan Nama |
    Kota". Flattened texts carry it at the start of their one line. It is looked for among
    the first twelve prose paragraphs and the lines between them, past the lines that go
    whole (a second pass, which no longer sees them or a "(*)" line, reads the same window).

    Anti-pattern (removed: the prefix, up to the story's first word)::

        Reporter: Sari Dewi | Editor: Bambang Irawan KABARKITA.CO.ID - MEDAN. Harga cabai ...
        Laporan Wartawan Beritakota.com, Rini Astuti BERITAKOTA.COM, SOLO --- Warga ...

    Best practice (kept: a sentence that opens with the word "Laporan")::

        Laporan keuangan perusahaan itu diumumkan pada Senin pagi.
    """

    code = "MD05"
    name = "byline-prefix"
    category = Category.METADATA
    priority = 40

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a colon or "Laporan" (``flattened.byline_prefix``)."""
        text = doc.text
        return ":" in text or "Laporan" in text

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        gone = doc.lines_gone  # copies and blocks that go whole: the window reaches past them,
        # as a second pass, which does not see them, reads its first lines
        looked = 0
        for line in doc.content_lines:
            if line.index in gone:
                continue
            if looked >= WINDOW:
                break
            # only prose paragraphs use up the window: a line another rule removes in the same
            # pass ("(*)", a photo credit) would not be there for a second pass
            looked += doc.is_body(line)
            # from where the line resumes once what goes in the same pass is cut from its
            # opening (a copy of another line, a site pack's match: ``opening_after_cuts``)
            skip = doc.opening_after_cuts(line) if line.index in doc.lines_cut else 0
            text = line.text[skip:]
            end = flattened.byline_prefix(text)
            if end is None:
                continue
            facts = {}
            dateline = datelines.DASHED.match(text[end:])
            if dateline is not None:  # pragma: no cover - the prefix took the dateline
                facts = datelines.dateline_facts(dateline.group("prefix"))
            yield self.span(line.start + skip, line.start + skip + end,
                            "byline ('Reporter: .. | Editor: ..', 'Laporan Wartawan ..') and "
                            "dateline before the story's first sentence", facts=facts)
