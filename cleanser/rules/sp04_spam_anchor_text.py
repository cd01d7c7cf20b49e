from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class SpamAnchorText(Rule):
    """Gambling anchor keywords injected inside a sentence: only the keywords go.

    When all of a sentence's gambling evidence sits in one short cluster of words and the
    rest of the sentence is ordinary prose, the cluster is the injected link text. A
    cluster that opens a sentence copied from elsewhere ("slot gacor Bandar udara ini
    melayani ...") is a keyword prefix instead: SP02/SP03 take the whole sentence.

    Anti-pattern (removed: "slot gacor hari ini"; the sentence stays)::

        Warga bergotong royong membersihkan saluran air slot gacor hari ini setelah banjir.

    Best practice (kept: the words are the story's subject, in quotation marks)::

        Kata kunci "slot gacor" banyak dicari warganet, menurut laporan Komdigi.
    """

    code = "SP04"
    name = "spam-anchor-text"
    category = Category.SPAM
    priority = 10

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without spam findings."""
        return bool(doc.spam.findings)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for finding in doc.spam.of_kind("anchor"):
            yield self.span(finding.start, finding.end, finding.reason, score=finding.score)
