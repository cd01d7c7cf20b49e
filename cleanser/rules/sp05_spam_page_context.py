from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class SpamPageContext(Rule):
    """On a page that is mostly gambling spam, lines with weaker gambling evidence too.

    A line that mentions slots or RTP without enough evidence to be spam on its own is
    spam when it sits on a page whose other lines are clearly spam (SEO pages dressed as
    news). Lines with words of news reporting are never taken this way.

    Anti-pattern (removed, on a page of slot advertisements)::

        RTP adalah persentase taruhan yang kembali kepada pemain dalam jangka panjang.

    Best practice (kept: the same kind of line in a news story about energy)::

        Pemerintah menyiapkan RTP baru di tepi sungai untuk warga kota.
    """

    code = "SP05"
    name = "spam-page-context"
    category = Category.SPAM
    priority = 10

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without spam findings."""
        return bool(doc.spam.findings)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for finding in doc.spam.of_kind("context"):
            yield self.span(finding.start, finding.end, finding.reason, score=finding.score)
