"""Header-led lists: a header line ("Berita Terkait", "Terpopuler") and the items under it.

Shared by the related-list and feed rules. A block runs from its header over item lines
(headline-shaped lines, teasers ending in '...', relative timestamps) and stops at prose, at
another list header, or at the end of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from cleanser import textshape
from cleanser.document import Document, Line
from cleanser.patterns import RELATIVE_TIME, feed_header, related_header

MAX_HEADER_WORDS = 8
_NUMBERED = regex.compile(r"^\s*(?:\d{1,2}[.)]|[-•·*▪►])\s*")


@dataclass(frozen=True)
class Block:
    header: Line
    items: tuple[Line, ...]
    timestamps: int

    @property
    def end(self) -> int:
        return (self.items[-1] if self.items else self.header).content_end


def is_any_header(text: str) -> bool:
    return bool(feed_header().match(text) or related_header().match(text))


def is_item(text: str) -> bool:
    if RELATIVE_TIME.match(text):
        return True
    stripped = _NUMBERED.sub("", text, count=1)
    if textshape.is_body_paragraph(stripped):
        return False
    return textshape.is_headline_shape(stripped, max_words=30)


def blocks(doc: Document, header: regex.Pattern[str]) -> Iterator[Block]:
    """Blocks whose header matches ``header``."""
    for line in doc.content_lines:
        if doc.word_count(line) > MAX_HEADER_WORDS or not header.match(line.text):
            continue
        items: list[Line] = []
        timestamps = 0
        for following in doc.following(line):
            if is_any_header(following.text) or not is_item(following.text):
                break
            items.append(following)
            timestamps += bool(RELATIVE_TIME.match(following.text))
        yield Block(line, tuple(items), timestamps)
