from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_FLAGS = regex.IGNORECASE | regex.VERSION1
_LABEL = lexicon.alternation("byline_labels")
_SEPARATOR = r"[|•,;/]"
_PAIR = (
    rf"(?P<label>{_LABEL})\s*[:：]\s*(?P<name>[^|•()\n:：]{{2,80}}?)"
    rf"(?=\s*(?:{_SEPARATOR}\s*(?:{_LABEL})\s*[:：]|[)\]]?\s*$))"
)
LABELLED = regex.compile(
    rf"^\s*[(\[]?\s*{_PAIR}(?:\s*{_SEPARATOR}\s*{_PAIR})*\s*[)\]]?\s*$", _FLAGS
)
PAIR = regex.compile(_PAIR, _FLAGS)
REPORT_OF = regex.compile(
    r"^\s*Laporan\s+(?:Wartawan|Reporter|Jurnalis|Koresponden|Kontributor)\b[^\n]{2,120}$", _FLAGS
)
BY_NAME = regex.compile(
    r"^\s*(?:By|Oleh)\s+(?P<name>\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|dan|&)){0,5})\s*$",
    regex.VERSION1,
)
MAX_WORDS = 16

_FIELD = {
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
    "editing by": "editor", "edited by": "editor", "editor bahasa": "editor",
}


def _field(label: str) -> str:
    return _FIELD.get(" ".join(label.casefold().split()), "author")


@register
class Byline(Rule):
    """A byline or staff line: author, reporter, editor; the names go to metadata.

    Anti-pattern (removed)::

        Penulis: Marlina Sari
        (Reporter: Dimas Aji | Editor: Rina Kusuma)
        Laporan Wartawan Tribun Jogja, Agung Prasetyo
        By Sarah Collins

    Best practice (kept: a sentence that names an editor)::

        Editor senior itu mengatakan redaksi akan memuat klarifikasi besok.
    """

    code = "MD02"
    name = "byline"
    category = Category.METADATA
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            text = line.text
            if doc.word_count(line) > MAX_WORDS:
                continue
            if LABELLED.match(text):
                facts: dict[str, str] = {}
                for pair in PAIR.finditer(text):
                    facts.setdefault(_field(pair.group("label")), pair.group("name").strip())
                yield self.line(line, "byline / staff line", facts=facts)
            elif REPORT_OF.match(text):
                name = text.rsplit(",", 1)[-1].strip() if "," in text else ""
                yield self.line(line, "reporter line ('Laporan Wartawan ...')",
                                facts={"author": name} if name else None)
            elif BY_NAME.match(text) and (doc.in_header(line) or doc.in_tail(line)):
                match = BY_NAME.match(text)
                assert match is not None
                yield self.line(line, "byline", facts={"author": match.group("name")})
