from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class SpamSentences(Rule):
    """Gambling-spam sentences glued into a paragraph of the story: only they go.

    Consecutive sentences carrying gambling evidence are scored together; the paragraph's
    own sentences stay. A sentence that reports gambling (officials, reporting verbs,
    attributed quotations, counts of arrests) is body; one that promotes it (second
    person, imperatives, superlatives, links, contact handles) scores higher.

    Anti-pattern (removed: the second and third sentences)::

        Air setinggi lutut merendam puluhan rumah warga. Situs slot online terpercaya
        dengan RTP tertinggi. Daftar sekarang, bonus new member 100%.

    Best practice (kept: a sentence of a story about gambling)::

        Polisi menyita ponsel yang dipakai tersangka untuk mempromosikan situs slot.
        "Jangan tergiur iklan slot gacor, semua itu jebakan," kata Menteri.
    """

    code = "SP03"
    name = "spam-sentences"
    category = Category.SPAM
    priority = 10

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without spam findings."""
        return bool(doc.spam.findings)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for finding in doc.spam.of_kind("sentences"):
            yield self.span(finding.start, finding.end, finding.reason, score=finding.score)
