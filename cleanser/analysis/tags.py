"""Tag lines: lower-case keyword lines after the story (the page's tags), and tag blocks.

Decided on the tail as a whole, not on runs: a run broken by another chrome line ("(*)", a
credit) would be whole once that line is gone. Read by the tag-line rule (NV03), which cuts
them, the tail name-run rule (NV05), which looks past them, and the rules that judge a line
by its neighbours (``neighbours.goes_whole``): they go whatever stands around them.

A tag block is a tag header ("Tags", "Topik :", "TAG:" with invisible residue after it) and
the keyword lines under it (``tag_blocks``): cut by the tag-block rule (NV04), looked past by
the closing-initials rule (MD04) as the lines that close the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from cleanser import patterns, textshape
from cleanser.analysis import blocks
from cleanser.lexicon import caseless
from cleanser.patterns import RELATIVE_TIME

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

TAG = regex.compile(r"^\s*#?[\p{Ll}\p{N}][\p{Ll}\p{N}&'’-]*(?:\s+[\p{Ll}\p{N}&'’-]+){0,4}\s*$", regex.VERSION1)
MIN_RUN = 2
MAX_TAG_WORDS = 5


def tail_tag_lines(doc: AnalysedDocument) -> tuple[Line, ...]:
    """The tag lines after the story, when there are at least ``MIN_RUN`` of them (else none)."""
    return doc.memo("tags.tail", lambda: _tail_tag_lines(doc))


def tail_tag_indexes(doc: AnalysedDocument) -> frozenset[int]:
    """The indexes of ``tail_tag_lines``."""
    return doc.memo("tags.tail_indexes", lambda: frozenset(line.index for line in tail_tag_lines(doc)))


def _tail_tag_lines(doc: AnalysedDocument) -> tuple[Line, ...]:
    if doc.last_body_index < 0:
        # no story, so no tail: lower-case lines of a text without prose are no page's tags
        # (and a text whose only prose was its headline reads so once the headline is gone)
        return ()
    words = doc.words
    tags = tuple(
        line for line in doc.lines[doc.last_body_index + 1 :]  # the tail
        if not line.is_blank and len(words[line.index]) <= MAX_TAG_WORDS and TAG.match(line.text)
        and not RELATIVE_TIME.match(line.text)  # a feed's "2 jam yang lalu" is not a tag
        and not _sentence_goes_on(doc, line)
    )
    return tags if len(tags) >= MIN_RUN else ()


_GOES_ON = ",.;:)!?"


def _sentence_goes_on(doc: AnalysedDocument, line: Line) -> bool:
    """Does the next line open with the punctuation of a sentence going on (", kita ...")?
    Then ``line`` is a link's text in a sentence broken over lines at its links ("... pasti
    bagus" / "dong" / ", kita ..."), the story's; no tag is followed so."""
    following = doc.next_content(line)
    return following is not None and following.stripped[:1] in _GOES_ON


RESIDUE = r"(?:\s|[\u200b-\u200d\u2060\ufeff]|(?:Ã‚)?Â(?=\s|$)|&nbsp;?)*+"
"""What a page leaves invisible after a label: white space (a no-break space among it), zero-width
characters, a no-break space read as Latin-1 ("Â\xa0", "Ã‚Â\xa0") or left as an entity."""
HEADER = caseless(
    rf"^\s*(?:Tags?|Topik|Topics?|Kata\s+kunci|Keywords?|Label|Tagar)\s*[:：]?{RESIDUE}$",
)
"""A tag header alone on its line, whatever invisible residue follows its label."""
HEADER_FAMILY = patterns.scanned("NV04.header", HEADER)
MAX_HEADER_WORDS = 4
"""A header is one or two words, and the letters of a mojibake no-break space ("Ã‚Â")."""
MAX_BLOCK_TAG_WORDS = 4
MIN_TAGS_BEFORE_PROSE = 2


def tag_blocks(doc: AnalysedDocument) -> tuple[tuple[Line, tuple[Line, ...]], ...]:
    """Each tag header and the tag lines under it (at least one; a single tag only when no
    prose follows it: else "Topik" and a line are a story's sub-heading)."""
    return doc.memo("tags.blocks", lambda: _tag_blocks(doc))


def tag_block_indexes(doc: AnalysedDocument) -> frozenset[int]:
    """The indexes of the headers and tag lines of ``tag_blocks``."""
    return doc.memo(
        "tags.block_indexes",
        lambda: frozenset(x.index for header, found in tag_blocks(doc) for x in (header, *found)),
    )


def _is_block_tag(doc: AnalysedDocument, line: Line) -> bool:
    text = line.text.strip()
    return (
        0 < doc.word_count(line) <= MAX_BLOCK_TAG_WORDS
        and not textshape.ends_sentence(text)
        and not text.endswith((",", ":"))
        and not blocks.is_any_header(text)
        and not HEADER.match(text)
    )


def _tag_blocks(doc: AnalysedDocument) -> tuple[tuple[Line, tuple[Line, ...]], ...]:
    words = doc.words
    indexes = doc.hits.lines_of(HEADER_FAMILY)  # (elsewhere no header)
    found: list[tuple[Line, tuple[Line, ...]]] = []
    for line in doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]:
        if not 0 < len(words[line.index]) <= MAX_HEADER_WORDS or not HEADER.match(line.text):
            continue
        tags: list[Line] = []
        for following in doc.following(line):
            if not _is_block_tag(doc, following):
                break
            tags.append(following)
        if not tags:
            continue
        after = doc.next_content(tags[-1])
        if len(tags) >= MIN_TAGS_BEFORE_PROSE or after is None or not doc.is_body(after):
            found.append((line, tuple(tags)))
    return tuple(found)
