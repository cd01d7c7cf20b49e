from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, patterns
from cleanser.analysis import shapes
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

PLACEHOLDER = lexicon.lazy(r"\[Gambas:[^\]\n]{0,80}\]", regex.IGNORECASE)
GLUED_POST = lexicon.lazy(
    r"\b(?:View\s+this\s+post\s+on\s+Instagram|Lihat\s+(?:postingan|kiriman)\s+ini\s+di\s+Instagram)"
    r"(?:\s+(?:A\s+post\s+shared\s+by|Sebuah\s+kiriman\s+dibagikan\s+oleh)\s+[^()\n]{1,80}?\(@[\w.]{1,40}\))?"
    r"|\b(?:A\s+post\s+shared\s+by|Sebuah\s+kiriman\s+dibagikan\s+oleh)\s+[^()\n]{1,80}?\(@[\w.]{1,40}\)",
    regex.VERSION1,
)
"""Instagram's embed residue glued into a paragraph by a scraper that joins lines."""
_POST_PIECES = ("nstagram", "shared by", "dibagikan oleh")
"""``GLUED_POST`` is tried only on lines holding one of these."""
_POST_FAMILY = patterns.scanned("EM01.post", GLUED_POST)
EMPTY_PAIR = lexicon.lazy(r"\[\]|\[ |(?:\.|!|\?|\"|'|”|’| |\t)\((?:\)| )")
"""What every empty bracket pair after a sentence's end holds: "[]" or "[ ", or the character
before an opening "(" (the sentence's end, a quote or a space) and the one after it (")" or a
space): ".()", " ( " (scan keys of three characters: a "()" alone is no key the scan can use)."""
_EMPTY_PAIR_FAMILY = patterns.scanned("EM01.empty_pair", EMPTY_PAIR)
_PLACEHOLDER_FAMILY = patterns.scanned("EM01.placeholder", PLACEHOLDER)


MAX_WORDS = 30


@register
class EmbedResidue(Rule):
    """Residue of embedded media: placeholders and platform lines.

    Lines are listed in ``data/embed_lines.txt``; a "[Gambas:...]" placeholder and Instagram's
    "View this post on Instagram ... A post shared by Name (@handle)" are also cut out of a
    line they are glued into.

    Anti-pattern (removed)::

        [Gambas:Video 20detik]
        View this post on Instagram
        A post shared by Dinas Perhubungan (@dishub)
        ... menjelang Piala AFF.   View this post on Instagram   A post shared by Akun (@akun) Sebelumnya, ...
        ... yang digelar hingga sore tadi.[]   (closing its line)

    Best practice (kept: the text of a quoted post that the story cites)::

        "Jalur alternatif sudah dibuka sejak pagi," tulis akun resmi dinas tersebut.
    """

    code = "EM01"
    name = "embed-residue"
    category = Category.EMBED
    priority = 45
    needs = ("embed_lines", _POST_FAMILY, _PLACEHOLDER_FAMILY, _EMPTY_PAIR_FAMILY)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        words = doc.words
        # the lines where the scan found the key of a residue line, of GLUED_POST or of PLACEHOLDER
        indexes = doc.hits.lines_of_any("embed_lines", _POST_FAMILY, _PLACEHOLDER_FAMILY, _EMPTY_PAIR_FAMILY)
        lines = doc.content_lines if indexes is None else tuple(doc.lines[i] for i in indexes)
        for line in lines:
            if len(words[line.index]) <= MAX_WORDS and doc.is_phrase_line(line, "embed_lines"):
                yield self.line(line, f"embedded-media residue: {line.stripped[:60]!r}")
                continue
            text = line.text  # (a line holds offsets: its text is cut out once here)
            if any(piece in text for piece in _POST_PIECES):
                for match in GLUED_POST.finditer(text):
                    yield self.span(
                        line.start + match.start(), line.start + match.end(),
                        f"embedded-post residue inside a paragraph {match.group()[:60]!r}",
                    )
            # empty pairs closing a paragraph of prose (read as prose without them, so that a
            # second pass reads it as this one does: ``shapes.closing_empty_pairs``)
            if (doc.hits.may_hold(line.index, _EMPTY_PAIR_FAMILY) and doc.is_body(line)
                    and (pairs := shapes.closing_empty_pairs(text))):
                yield self.span(
                    line.start + pairs.start(), line.start + pairs.end(),
                    f"empty bracket pair closing a paragraph (an embed's residue) {pairs.group()!r}",
                )
            if "[" not in text:
                continue
            for match in PLACEHOLDER.finditer(text):
                yield self.span(
                    line.start + match.start(), line.start + match.end(),
                    f"embedded-media placeholder {match.group()!r}",
                )
