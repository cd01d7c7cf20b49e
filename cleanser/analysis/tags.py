"""Tag lines: lower-case keyword lines after the story (the page's tags).

Decided on the tail as a whole, not on runs: a run broken by another chrome line ("(*)", a
credit) would be whole once that line is gone. Read by the tag-line rule (NV03), which cuts
them, the tail name-run rule (NV05), which looks past them, and the rules that judge a line
by its neighbours (``neighbours.goes_whole``): they go whatever stands around them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

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
