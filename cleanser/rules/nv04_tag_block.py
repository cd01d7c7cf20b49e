from __future__ import annotations

from collections.abc import Iterator

from cleanser import patterns, textshape
from cleanser.analysis import blocks
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.lexicon import caseless
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

RESIDUE = r"(?:\s|[\u200b-\u200d\u2060\ufeff]|(?:Ã‚)?Â(?=\s|$)|&nbsp;?)*+"
"""What a page leaves invisible after a label: white space (a no-break space among it), zero-width
characters, a no-break space read as Latin-1 ("Â\xa0", "Ã‚Â\xa0") or left as an entity."""
HEADER = caseless(
    rf"^\s*(?:Tags?|Topik|Topics?|Kata\s+kunci|Keywords?|Label|Tagar)\s*[:：]?{RESIDUE}$",
)
_HEADER_FAMILY = patterns.scanned("NV04.header", HEADER)
MAX_TAG_WORDS = 4
MAX_HEADER_WORDS = 4
MIN_TAGS_BEFORE_PROSE = 2


def _is_tag(doc: AnalysedDocument, line: Line) -> bool:
    text = line.text.strip()
    return (
        0 < doc.word_count(line) <= MAX_TAG_WORDS
        and not textshape.ends_sentence(text)
        and not text.endswith((",", ":"))
        and not blocks.is_any_header(text)
        and not HEADER.match(text)
    )


@register
class TagBlock(Rule):
    """A tag header ("Tags", "Topics :") and the keyword lines listed under it; the header may
    end with what a page leaves invisible after the label (a no-break space, read as Latin-1
    "Â\xa0" or left as "&nbsp;", zero-width characters).

    Anti-pattern (removed)::

        Topics :
        Transjakarta
        public transportation

        TAG:Â
        Pantai Selatan Garut

    Best practice (kept: a story's sub-heading "Topik" followed by prose)::

        Topik
        Pembahasan rancangan undang-undang itu akan dilanjutkan setelah masa reses berakhir.
    """

    code = "NV04"
    name = "tag-block"
    category = Category.NAVIGATION
    priority = 44
    needs = (_HEADER_FAMILY,)  # a block opens with its header

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        words = doc.words
        indexes = doc.hits.lines_of(_HEADER_FAMILY)  # (elsewhere no header)
        for line in doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]:
            # (a header is 1-2 words, and a mojibake no-break space: "TAG:Â\xa0", "Ã‚Â\xa0")
            if not 0 < len(words[line.index]) <= MAX_HEADER_WORDS or not HEADER.match(line.text):
                continue
            tags: list[Line] = []
            for following in doc.following(line):
                if not _is_tag(doc, following):
                    break
                tags.append(following)
            if not tags:
                continue
            after = doc.next_content(tags[-1])
            if len(tags) >= MIN_TAGS_BEFORE_PROSE or after is None or not doc.is_body(after):
                yield self.span(line.content_start, tags[-1].content_end,
                                f"tag header {line.stripped!r} with {len(tags)} tags")
