from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import date_line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MAX_WORDS = 16
SCORE_FACT_BOX = 0.3
"""A date between the rows of an event's fact box: a suspicion, the date may be the story's."""
_PAGE_LABELS = frozenset(
    entry.casefold()
    for name in ("byline_labels", "source_labels")
    for entry in lexicon.entries(name)
    if not entry.startswith("re:")
) | {"foto", "photo", "gambar", "ilustrasi", "update", "diperbarui", "dipublikasikan", "tanggal"}
"""Labels of the page's own rows (byline, source, photo credit, the page's dates): such a
row says nothing of an event."""


def _feed_lines(doc: AnalysedDocument) -> frozenset[int]:
    """Lines inside a feed that the feed rule removes whole: their dates are the items'."""
    return frozenset(item.index for block in doc.feed_blocks for item in block.items)


def _event_row(doc: AnalysedDocument, line: Line | None) -> bool:
    """A "Label: value" row of an event's fact box ("Venue: Stadion Utama", "Siaran langsung:
    RCTI"), not a byline's, a source's or a caption's."""
    if line is None or line.index not in doc.line_shapes.label:
        return False
    label = regex.split(r"[:：]", line.text, maxsplit=1)[0]
    return " ".join(label.split()).casefold() not in _PAGE_LABELS


def _in_fact_box(doc: AnalysedDocument, line: Line) -> bool:
    """Is the date line a row of an event's fact box: an event row just above it, or just
    below it past a line of the time ("Venue: Stadion Utama", the date, "19:15 WIB",
    "Siaran langsung: RCTI")?"""
    if _event_row(doc, doc.previous_content(line)):
        return True
    following = doc.next_content(line)
    if following is not None and following.index in doc.line_shapes.clock:
        following = doc.next_content(following)
    return _event_row(doc, following)


@register
class DateLine(Rule):
    """A line holding only the publication date and time; the date goes to metadata.

    The author's name or the place may come first ("Name | date", "City ● date"). A date
    line inside a feed of other articles is that item's timestamp, left to the feed. A date
    among the "Label: value" rows of an event's fact box (a match's venue, its broadcaster)
    is the event's: only a suspicion.

    Anti-pattern (removed)::

        Jum'at, 25 Oktober 2024 - 15:40 WIB
        Rabu, 18 Jun 2025 21:35 WIB
        Diperbarui 12/06/2025, 10:15 WIB
        Nama Penulis | Sabtu, 21 Juni 2025 | 08.30 WIB

    Best practice (kept: a date inside a sentence, and the date of an event's fact box)::

        Majelis rendah parlemen Rusia pada Kamis (24/10/2024) memberikan suara bulat.

        Venue: Stadion Gelora Bung Tomo
        Sabtu, 8 November 2025
        15:30 WIB
        Siaran langsung: Indosiar
    """

    code = "MD01"
    name = "date-line"
    category = Category.METADATA
    priority = 45

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        feed: frozenset[int] | None = None
        words = doc.words
        for line in doc.content_lines:
            if len(words[line.index]) > MAX_WORDS:
                continue
            match = date_line(line.text)
            if not match:
                continue
            if feed is None:
                feed = _feed_lines(doc)
            if line.index in feed:
                continue
            # the date itself, without a byline or a list bullet before it
            opening = "lead" if match.group("lead") else "bullet" if match.group("bullet") else None
            published = line.text[match.end(opening):].strip() if opening else line.stripped
            if _in_fact_box(doc, line):
                yield self.line(line, "date among the rows of an event's fact box ('Venue: ...'): "
                                "the event's date, perhaps not the page's", score=SCORE_FACT_BOX)
                continue
            yield self.line(line, "publication date line", facts={"published": published})
