from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.patterns import date_line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MAX_WORDS = 16


def _feed_lines(doc: AnalysedDocument) -> frozenset[int]:
    """Lines inside a feed that the feed rule removes whole: their dates are the items'."""
    return frozenset(item.index for block in doc.feed_blocks for item in block.items)


@register
class DateLine(Rule):
    """A line holding only the publication date and time; the date goes to metadata.

    The author's name or the place may come first ("Name | date", "City ● date"). A date
    line inside a feed of other articles is that item's timestamp, left to the feed.

    Anti-pattern (removed)::

        Jum'at, 25 Oktober 2024 - 15:40 WIB
        Rabu, 18 Jun 2025 21:35 WIB
        Diperbarui 12/06/2025, 10:15 WIB
        Nama Penulis | Sabtu, 21 Juni 2025 | 08.30 WIB

    Best practice (kept: a date inside a sentence)::

        Majelis rendah parlemen Rusia pada Kamis (24/10/2024) memberikan suara bulat.
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
            yield self.line(line, "publication date line", facts={"published": published})
