from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon, patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

BRACKETED = lexicon.lazy_caseless(
    r"[(\[]\s*(?:baca(?:\s+(?:juga|ini\s+juga|pula))?|simak(?:\s+juga)?|lihat(?:\s+juga)?"
    r"|tonton(?:\s+juga)?|read\s+also|see\s+also)\s*[:：]\s*\p{Lu}[^()\[\]\n]{5,200}[)\]]"
)
"""A read-also lead-in and its linked title, in brackets: the brackets bound it exactly."""


_FAMILY = patterns.scanned("RL04.bracketed", BRACKETED)


@register
class BracketedReadAlso(Rule):
    """A link to another article in brackets inside the story's text, "(Baca: Judul)",
    "[Baca juga: Judul]", often glued to the sentences around it in flattened texts. The
    brackets mark both ends, so only the bracketed link goes.

    Anti-pattern (removed: the bracketed link)::

        ... makan daging itu.(Baca: Warga Terima Bantuan, Polisi Sebut Salah Paham)"Kami ...

    Best practice (kept: a bracket that explains, not a link)::

        Warga diminta membaca (dan memahami) aturan baru itu sebelum mendaftar.
    """

    code = "RL04"
    name = "bracketed-read-also"
    category = Category.RELATED
    priority = 47
    needs = (_FAMILY,)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        hits = doc.hits
        indexes = hits.lines_of(_FAMILY)  # lines holding a lead-in word (elsewhere no match)
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            text = line.text
            if "(" not in text and "[" not in text:
                continue
            for match in BRACKETED.finditer(text):
                yield self.span(line.start + match.start(), line.start + match.end(),
                                "read-also link in brackets inside the text")
