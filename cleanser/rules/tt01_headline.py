from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class Headline(Rule):
    """The headline at the top of the text; it goes to ``Result.title``, not the body.

    See ``cleanser.analysis.headline`` for how the title line is found and confirmed.

    Anti-pattern (removed: the first line, confirmed by the date line under it)::

        Korea Selatan Murka Rusia dan Korea Utara Jalin Pakta Pertahanan

        Jum'at, 25 Oktober 2024 - 15:40 WIB

    Best practice (kept: a heading followed by another heading is not confirmed)::

        Korsel Memanggil Duta Besar Rusia

        Pasukan Korea Utara di Rusia: Ancaman Baru?
    """

    code = "TT01"
    name = "headline"
    category = Category.TITLE
    priority = 20

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a headline."""
        return doc.title is not None

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        line = doc.title
        if line is not None:
            how = "matches the page title" if doc.known_title else "headline-shaped first line"
            yield self.line(line, f"headline at the top of the text ({how})",
                            facts={"title": line.stripped})
