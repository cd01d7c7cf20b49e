"""Header-led lists: a header line ("Berita Terkait", "Terpopuler") and the items under it.

Shared by the related-list and feed rules. A block runs from its header over item lines
(headline-shaped lines, teasers ending in '...', relative timestamps) and stops at prose, at
another list header, or at the end of the text.

An item is a linked headline, so it never starts in lower case nor ends with a comma
(link-broken fragments of the story do: "...kuda besinya," / "detikers"). Under Title Case
headlines a sentence-case line is the story again, and inside the story a last short item
without punctuation or verb, right before the prose, is the story's sub-heading.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from cleanser import textshape
from cleanser.document import Line
from cleanser.patterns import RELATIVE_TIME, feed_header, related_header

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument

MAX_HEADER_WORDS = 8
_NUMBERED = regex.compile(r"^\s*(?:\d{1,2}[.)]|[-•·*▪►])\s*")
TITLE_CASE_SHARE = 0.5
SENTENCE_CASE_SHARE = 0.3
MIN_SENTENCE_CASE_WORDS = 6
MAX_WEAK_WORDS = 6
MAX_BARE_WORDS = 3
_INNER_SENTENCE_END = regex.compile(r"(?:\p{Ll}{2}|\d)[.]\s+\p{Lu}\p{Ll}", regex.VERSION1)
_HEADLINE_MARKS = regex.compile(r"[:,?!\"“”'‘’]")
# Indonesian verbs wear their affix: "Didorong", "Perluas", "Menang", "Bertemu", "Terbakar".
_VERB = regex.compile(r"^(?:me|mem|men|meng|meny|ber|di|ter|per)\p{Ll}{3,}$", regex.VERSION1)


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


def _item_text(text: str) -> str:
    return _NUMBERED.sub("", text, count=1).strip()


def is_item(text: str) -> bool:
    if RELATIVE_TIME.match(text):
        return True
    stripped = _item_text(text)
    if not stripped or stripped.endswith((",", ";")):
        return False
    first = textshape.words(stripped)[:1]
    if first and first[0][0].islower() and first[0] == first[0].lower():
        return False  # "detikers", "energi bersih": the story broken at a link
    if textshape.is_body_paragraph(stripped) or _INNER_SENTENCE_END.search(stripped):
        return False
    return textshape.is_headline_shape(stripped, max_words=30)


def _title_case(text: str) -> bool:
    return textshape.word_count(text) <= MAX_BARE_WORDS or (
        textshape.capitalised_share(text) >= TITLE_CASE_SHARE
    )


def _sentence_case(text: str) -> bool:
    return (
        textshape.word_count(text) >= MIN_SENTENCE_CASE_WORDS
        and textshape.capitalised_share(text) < SENTENCE_CASE_SHARE
    )


def is_weak_item(text: str) -> bool:
    """A short line without headline punctuation or a verb: rather a sub-heading."""
    stripped = _item_text(text)
    if _HEADLINE_MARKS.search(stripped):
        return False
    found = textshape.words(stripped)
    if len(found) <= MAX_BARE_WORDS:
        return True
    return len(found) <= MAX_WEAK_WORDS and not any(_VERB.match(w.casefold()) for w in found)


MIN_STORY_WORDS = 10


def _story_line(doc: AnalysedDocument, line: Line) -> bool:
    return doc.word_count(line) >= MIN_STORY_WORDS and _sentence_case(line.text)


def block_at(doc: AnalysedDocument, line: Line) -> Block:
    """The block headed by ``line`` (its items may be none), found once per line (the feed
    and related-list facts and the read-also rule ask about the same headers)."""
    return doc.memo(("block_at", line.index), lambda: _block_at(doc, line))


def _next_kept(doc: AnalysedDocument, line: Line) -> Line | None:
    """The next line with content after ``line`` that is not a copy going whole."""
    copies = doc.whole_line_copies
    following = doc.next_content(line)
    while following is not None and following.index in copies:
        following = doc.next_content(following)
    return following


def _block_at(doc: AnalysedDocument, line: Line) -> Block:
    items: list[Line] = []
    timestamps = 0
    titled = False
    # a copy of the story that goes whole is read past, as a second pass reads the block
    # once it is gone (the copy's characters inside the block's span stay the copy's)
    copies = doc.whole_line_copies
    for following in doc.following(line):
        if following.index in copies:
            continue
        text = following.text
        if is_any_header(text) or not is_item(text):
            break
        stamp = bool(RELATIVE_TIME.match(text))
        if not stamp:
            if titled and _sentence_case(_item_text(text)):
                break  # Title Case headlines, then the story in sentence case
            titled = titled or (not items and _title_case(_item_text(text)))
        items.append(following)
        timestamps += stamp
    if len(items) >= 2 and not RELATIVE_TIME.match(items[-1].text) and is_weak_item(items[-1].text):
        after = _next_kept(doc, items[-1])
        if after is not None and (doc.is_body(after) or _story_line(doc, after)):
            items.pop()  # the story's sub-heading, not one more linked title
    return Block(line, tuple(items), timestamps)


def blocks(doc: AnalysedDocument, header: regex.Pattern[str], family: str) -> Iterator[Block]:
    """Blocks whose header matches ``header`` (tried only on lines where the scan found
    the header list's ``family``)."""
    indexes = doc.hits.lines_of(family)
    lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
    for line in lines:
        if doc.word_count(line) > MAX_HEADER_WORDS or not header.match(line.text):
            continue
        yield block_at(doc, line)


MIN_ITEMS_IN_BODY = 2


def removable(doc: AnalysedDocument, found: Iterator[Block]) -> tuple[Block, ...]:
    """The blocks that go: with two items or more, or after the story (a header alone)."""
    return tuple(b for b in found if len(b.items) >= MIN_ITEMS_IN_BODY or doc.in_tail(b.header))


def feed_blocks(doc: AnalysedDocument) -> tuple[Block, ...]:
    """Feeds of other articles that go (header in ``data/feed_headers.txt``)."""
    return removable(doc, blocks(doc, feed_header(), "feed_headers"))


def related_blocks(doc: AnalysedDocument) -> tuple[Block, ...]:
    """Related-article lists that go (header in ``data/related_headers.txt``)."""
    return removable(doc, blocks(doc, related_header(), "related_headers"))


MAX_LINK_TITLE_WORDS = 30


def link_title(text: str) -> bool:
    """Could ``text`` be the title of a linked article (not a sentence of the story)? Read by
    the read-also rule (the title under a bare "Baca juga:") and the unmarked-headline rule
    (which looks past such a title when judging a headline's neighbours)."""
    stripped = text.strip()
    if not stripped or stripped[0].islower() or stripped.endswith((",", ";")):
        return False
    return (
        textshape.is_headline_shape(text, max_words=MAX_LINK_TITLE_WORDS)
        and not textshape.is_body_paragraph(text)
    )


def sub_heading(doc: AnalysedDocument, line: Line) -> bool:
    """A short heading without punctuation or verb, with the story's prose under it."""
    after = doc.next_content(line)
    return is_weak_item(line.text) and after is not None and doc.is_body(after)
