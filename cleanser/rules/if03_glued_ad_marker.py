from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MARKER = regex.compile(
    r"(?:\bADVERTISEMENT\s+)?\bSCROLL\s+TO\s+(?:CONTINUE\s+WITH|RESUME)\s+CONTENT\b"
    r"|\bADVERTISEMENT\b(?=\s*$)|(?<=^\s*)\bADVERTISEMENT\b",
    regex.VERSION1,
)
"""Advertisement markers in capitals: as printed, never words of a story."""


def _without(text: str, matches: list[regex.Match[str]]) -> str:
    """``text`` with each of ``matches`` replaced by a space (as ``MARKER.sub(" ", text)``)."""
    if not matches:
        return ""
    pieces = []
    last = 0
    for match in matches:
        pieces.append(text[last : match.start()])
        last = match.end()
    pieces.append(text[last:])
    return " ".join(pieces)


@register
class GluedAdMarker(Rule):
    """An advertisement marker glued into a paragraph: only the marker goes.

    Scrapers that join a page's paragraphs keep the ad slot's words between two sentences;
    the halves stay joined by one space. Lines that are only a marker are IF01's.

    Anti-pattern (removed: the capitals only)::

        ... sebelum pukul 09.00.  ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT "Di rentang jam itu ...

    Best practice (kept: the word in a sentence, not in capitals)::

        Advertisement atau iklan digital menyumbang separuh pendapatan media itu, kata dia.
    """

    code = "IF03"
    name = "glued-ad-marker"
    category = Category.INTERFACE
    priority = 45

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a marker's word (the lines it reads hold one)."""
        text = doc.text
        return "SCROLL" in text or "ADVERTISEMENT" in text

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for index in patterns.lines_holding(doc, "SCROLL", "ADVERTISEMENT"):
            line = doc.lines[index]
            text = line.text
            matches = list(MARKER.finditer(text))
            rest = _without(text, matches)  # MARKER.sub(" ", text), from the matches found
            if not matches or not rest.strip():
                continue  # none, or the whole line is markers: IF01 removes that line
            if not any(ch.isalnum() for ch in rest):
                # only punctuation beside the marker ('-ADVERTISEMENT'): cutting the marker alone
                # would leave a line of punctuation for the next pass to remove
                yield self.span(line.content_start, line.content_end,
                                "advertisement marker with nothing but punctuation beside it")
                continue
            for match in matches:
                yield self.span(line.start + match.start(), line.start + match.end(),
                                f"advertisement marker inside a paragraph {match.group()!r}")
