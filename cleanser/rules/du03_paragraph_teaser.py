from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

KEY_CHARS = 24
MIN_STEM_WORDS = 4
_ELLIPSIS = regex.compile(r"(?<![\s.])\s*+\.{3,}+\s*+$|(?<!\s)\s*+…\s*+$")
"""An ellipsis ending the text, with the spaces around it. Each run of spaces or dots is tried
from its start only (the lookbehinds), so a long run not at the end costs one attempt."""


@register
class ParagraphTeaser(Rule):
    """A paragraph's opening cut off with "...", printed before the paragraph itself.

    Paged articles show the start of the next page's first paragraph as a teaser under
    "Halaman Selanjutnya"; the scraper then keeps both the teaser and the paragraph. A line
    ending with an ellipsis whose words open another, longer line of the text is a copy.
    Lines are looked up by their first characters: linear in the text.

    Anti-pattern (removed: the teaser; the whole paragraph stays)::

        Menurut Kepala Dinas, perbaikan jalan dimulai pekan depan, terutama...
        Menurut Kepala Dinas, perbaikan jalan dimulai pekan depan, terutama di ruas yang rusak berat.

    Best practice (kept: an ellipsis that opens no other line)::

        Warga menunggu kabar selanjutnya dari pemerintah daerah...
    """

    code = "DU03"
    name = "paragraph-teaser"
    category = Category.DUPLICATE
    priority = 32

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        teasers = []
        for line in doc.content_lines:
            text = line.stripped
            if not textshape.ends_with_ellipsis(text) or doc.word_count(line) <= MIN_STEM_WORDS:
                continue
            stem = _ELLIPSIS.sub("", text)
            if len(stem) >= KEY_CHARS:
                teasers.append((line, stem))
        if not teasers:
            return
        wanted = {stem[:KEY_CHARS] for _, stem in teasers}
        by_key: dict[str, list[tuple[int, str]]] = {}
        for line in doc.content_lines:
            text = line.stripped
            key = text[:KEY_CHARS]
            if key in wanted:
                by_key.setdefault(key, []).append((line.index, text))
        for line, stem in teasers:
            for index, text in by_key.get(stem[:KEY_CHARS], ()):
                if index != line.index and len(text) > len(stem) and text.startswith(stem):
                    yield self.line(line, "teaser of a paragraph printed in full elsewhere")
                    break
