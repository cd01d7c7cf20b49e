from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from cleanser import blocks, lexicon, textshape
from cleanser.categories import Category
from cleanser.document import Document, Line
from cleanser.patterns import related_header
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_FLAGS = regex.IGNORECASE | regex.VERSION1
_PHRASE = lexicon.alternation("read_also")
AT_START = regex.compile(
    rf"^\s*[\[(«»>*•-]?\s*(?P<phrase>{_PHRASE})\b\s*(?P<colon>[:：|»>–—-]+)?\s*(?P<title>.*?)\s*[\])]?\s*$",
    _FLAGS,
)
GLUED = regex.compile(
    rf"(?<=[.!?\"”’)])\s*(?P<phrase>{_PHRASE})\s*[:：]\s*(?P<title>\S.*)$", _FLAGS
)
VIDEO = regex.compile(r"^\s*(?:video|tayangan)\b", _FLAGS)
MAX_TITLE_WORDS = 30


def _link_title(text: str) -> bool:
    """Could ``text`` be the title of a linked article (not a sentence of the story)?"""
    return (
        textshape.is_headline_shape(text, max_words=MAX_TITLE_WORDS)
        and not textshape.is_body_paragraph(text)
    )


@register
class ReadAlsoLink(Rule):
    """A read-also link: "Baca juga: <title>", or the lead-in alone with the title under it.

    Also cut when glued after the last sentence of a line ("...katanya.Baca Juga: ...").
    Lead-ins are listed in ``data/read_also.txt``; "Simak juga Video ..." is left to the
    video lead-in rule.

    Anti-pattern (removed)::

        Baca Juga: Militer Korsel Sebut Ada GPS di Balon Sampah Kiriman Korut
        Baca juga:
        Polresta Bogor Tangkap 56 Tersangka Narkoba

    Best practice (kept: "baca juga" inside a sentence of the story)::

        Baca juga laporan BPK tahun lalu yang menyebut kerugian negara mencapai Rp2 triliun.
    """

    code = "RL01"
    name = "read-also-link"
    category = Category.RELATED
    priority = 48

    def propose(self, doc: Document) -> Iterator[Proposal]:
        lead_words = lexicon.phrase_index("read_also").first_words()
        for line in doc.content_lines:
            folded = line.text.casefold()
            if not any(word in folded for word in lead_words):
                continue
            yield from self._line(doc, line)

    @staticmethod
    def _heads_a_list(doc: Document, line: Line) -> bool:
        following = list(itertools.islice(doc.following(line), 2))
        return len(following) == 2 and all(blocks.is_item(f.text) for f in following)

    def _line(self, doc: Document, line: Line) -> Iterator[Proposal]:
        text = line.text
        if related_header().match(text) and self._heads_a_list(doc, line):
            return  # the related-list rule takes the header with all its items
        match = AT_START.match(text)
        if match:
            title = match.group("title")
            if VIDEO.match(title):
                return
            phrase = match.group("phrase")
            if not title.strip():
                following = doc.next_content(line)
                if following is not None and _link_title(following.text):
                    yield self.span(line.content_start, following.content_end,
                                    f"'{phrase}' lead-in and the linked title under it")
                else:
                    yield self.line(line, f"'{phrase}' lead-in with no title")
                return
            if match.group("colon") or _link_title(title):
                yield self.line(line, f"read-also link ('{phrase}')")
                return
        glued = GLUED.search(text)
        if glued and not VIDEO.match(glued.group("title")):
            yield self.span(line.start + glued.start("phrase"), line.end,
                            f"read-also link glued after a sentence ('{glued.group('phrase')}')")
