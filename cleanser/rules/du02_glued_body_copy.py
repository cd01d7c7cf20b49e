from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class GluedBodyCopy(Rule):
    """A copy of the story glued into one line: a line made of other lines of the text.

    Some scrapers print the body twice: once with every paragraph glued into one long line
    (sometimes repeated with one paragraph fewer each time), then paragraph by paragraph.
    A line that is the concatenation of other, shorter lines of the document (up to a little
    glued chrome between them) goes whole; a run of such copies inside a longer line goes as
    a span and the rest of the line stays. The paragraph copy is what stays, so nothing of
    the story is lost. A line that opens with a run printed twice, glued, loses the second
    print. Lines are looked up by their first characters: linear in the text.
    What the copies leave of a line, when it is a few words and no prose (a byline, a label,
    stray characters), goes with them; and the search is run again on the lines as they
    read once the copies are cut (a sentence glued to its own copy, a copy of a copy), so
    that a second cleaning finds no further copy.

    Anti-pattern (removed: the first line, which is the next two glued together)::

        Harga cabai naik dua kali lipat pekan ini.Pedagang menyebut pasokan berkurang karena hujan.
        Harga cabai naik dua kali lipat pekan ini.
        Pedagang menyebut pasokan berkurang karena hujan.

    Best practice (kept: a paragraph that only opens with another line's words)::

        Harga cabai rawit naik.
        Harga cabai rawit naik. Kenaikan itu dipicu hujan yang merusak panen di sentra produksi.
    """

    code = "DU02"
    name = "glued-body-copy"
    category = Category.DUPLICATE
    priority = 32

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without copies found by the analysis."""
        return bool(doc.copies)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for copy in doc.copies:
            if copy.repeat or copy.teaser:
                continue
            if copy.start is None or copy.end is None:
                yield self.line(copy.line, copy.reason)
            else:
                yield self.span(copy.start, copy.end, copy.reason)
