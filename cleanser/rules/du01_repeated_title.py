from __future__ import annotations

from collections.abc import Iterator

from cleanser import textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MIN_TEASER_CHARS = 8


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
        title = doc.title
        if title is None:
            return
        wanted = textshape.normalise(title.text)
        # a copy or a teaser (a start) of the headline has at most as many words as it
        most = wanted.count(" ") + 1
        folded_words = doc.folded_words
        for line in doc.content_lines:
            if line.index == title.index or len(folded_words[line.index]) > most:
                continue
            norm = " ".join(folded_words[line.index])
            if norm == wanted:
                yield self.line(line, "copy of the headline")
            elif (
                textshape.ends_with_ellipsis(line.text)
                and len(norm) >= MIN_TEASER_CHARS
                and wanted.startswith(norm)
            ):
                yield self.line(line, "truncated teaser of the headline")
