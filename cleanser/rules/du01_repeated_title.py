from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import headline
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class RepeatedTitle(Rule):
    """Further copies of the headline: repeated title lines and truncated teasers of it.

    Anti-pattern (removed: the title printed again, and its teaser cut with "...")::

        Korsel Geram Atas Kehadiran Tentara Korut di Rusia
        ...
        Korsel Geram Atas Kehadiran Tentara Korut di Rusia

        Korea Selatan Murka...

    Best practice (kept: a sub-heading that shares words with the title is not a copy)::

        Kekhawatiran Korsel atas Eskalasi Konflik
    """

    code = "DU01"
    name = "repeated-title"
    category = Category.DUPLICATE
    priority = 30

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a headline to find copies of."""
        return doc.title is not None

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for index, reason in headline.title_copies(doc).items():  # (in line order)
            yield self.line(doc.lines[index], reason)
