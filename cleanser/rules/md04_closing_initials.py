from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser.categories import Category
from cleanser.document import Document
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

ALONE = regex.compile(
    r"^\s*[(\[]\s*(?:[a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){0,3}|\*{1,3}|[A-Z]{2,5}(?:/[A-Z]{2,5}){1,3})\s*[)\]]\s*$"
)
GLUED = regex.compile(r"(?<=[.!?\"”’])\s*\((?:[a-z]{2,5}(?:/[a-z]{2,5}){1,3}|\*{1,3})\)\s*$")


MAX_ALONE_WORDS = 4


@register
class ClosingInitials(Rule):
    """Reporter/editor initials closing the story: "(hri/jbr)", "(ant/tri)", "(*)".

    Alone on a line anywhere; glued after the last sentence only in the closing lines.

    Anti-pattern (removed)::

        (hri/jbr)
        ... bantuan akan disalurkan pekan depan. (ant/tri)

    Best practice (kept: an abbreviation in brackets inside a sentence)::

        Badan Pusat Statistik (BPS) mencatat inflasi turun.
    """

    code = "MD04"
    name = "closing-initials"
    category = Category.METADATA
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        lines = doc.content_lines
        for position, line in enumerate(lines):
            if doc.word_count(line) <= MAX_ALONE_WORDS and ALONE.match(line.text):
                yield self.line(line, "reporter/editor initials")
            elif position >= len(lines) - 4 or line.index >= doc.last_body_index:
                match = GLUED.search(line.text)
                if match:
                    yield self.span(line.start + match.start(), line.start + match.end(),
                                    "reporter/editor initials closing the story")
