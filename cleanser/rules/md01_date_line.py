from __future__ import annotations

from collections.abc import Iterator

from cleanser.categories import Category
from cleanser.document import Document
from cleanser.patterns import DATE_LINE
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


MAX_WORDS = 16


@register
class DateLine(Rule):
    """A line holding only the publication date and time; the date goes to metadata.

    Anti-pattern (removed)::

        Jum'at, 25 Oktober 2024 - 15:40 WIB
        Rabu, 18 Jun 2025 21:35 WIB
        Diperbarui 12/06/2025, 10:15 WIB

    Best practice (kept: a date inside a sentence)::

        Majelis rendah parlemen Rusia pada Kamis (24/10/2024) memberikan suara bulat.
    """

    code = "MD01"
    name = "date-line"
    category = Category.METADATA
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if doc.word_count(line) <= MAX_WORDS and DATE_LINE.match(line.text):
                yield self.line(line, "publication date line",
                                facts={"published": line.stripped})
