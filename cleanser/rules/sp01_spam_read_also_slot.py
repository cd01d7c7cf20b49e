from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class SpamReadAlsoSlot(Rule):
    """A related-link slot whose linked title is a gambling ad: the whole slot is spam.

    The lead-in ("Lihat Juga :", "Baca juga:") and the title go together, as spam rather
    than as a related link. A related link to news *about* gambling is not spam (the
    read-also rule removes it as related). Scoring: docs/spam.md.

    Anti-pattern (removed)::

        Lihat Juga :  Old Gold Miner Megaways? Ini Bocoran Fitur dan RTP Tinggi
        Lihat Juga :  Chicky Run Slot PGSoft: Slot Online Terbaru Volatilitas Rendah

    Best practice (not spam; left to the read-also rule)::

        Baca juga: Polisi Tangkap Operator Judi Online di Medan
    """

    code = "SP01"
    name = "spam-read-also-slot"
    category = Category.SPAM
    priority = 10

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without spam findings."""
        return bool(doc.spam.findings)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for finding in doc.spam.of_kind("slot"):
            yield self.span(finding.start, finding.end, finding.reason, score=finding.score)
