from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

PLACEHOLDER = regex.compile(r"\[Gambas:[^\]\n]{0,80}\]", regex.IGNORECASE)


MAX_WORDS = 30


@register
class EmbedResidue(Rule):
    """Residue of embedded media: placeholders and platform lines.

    Lines are listed in ``data/embed_lines.txt``; a "[Gambas:...]" placeholder is also cut
    out of a line it is glued into.

    Anti-pattern (removed)::

        [Gambas:Video 20detik]
        View this post on Instagram
        A post shared by Dinas Perhubungan (@dishub)

    Best practice (kept: the text of a quoted post that the story cites)::

        "Jalur alternatif sudah dibuka sejak pagi," tulis akun resmi dinas tersebut.
    """

    code = "EM01"
    name = "embed-residue"
    category = Category.EMBED
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        lines = lexicon.whole_line("embed_lines")
        for line in doc.content_lines:
            if doc.word_count(line) <= MAX_WORDS and lines.match(line.text):
                yield self.line(line, f"embedded-media residue: {line.stripped[:60]!r}")
                continue
            if "[" not in line.text:
                continue
            for match in PLACEHOLDER.finditer(line.text):
                yield self.span(
                    line.start + match.start(), line.start + match.end(),
                    f"embedded-media placeholder {match.group()!r}",
                )
