from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser.categories import Category
from cleanser.document import Document
from cleanser.patterns import photo_credit
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

CREDIT_ONLY = regex.compile(
    r"^\s*(?:Foto|Photo|Gambar|Ilustrasi|Illustration|Dok(?:umentasi)?\.?|Pict|Image)"
    r"(?:\s*(?:by|oleh))?\s*[:/.]?\s*[\p{L}\p{N}@._/ -]{0,40}$",
    regex.IGNORECASE | regex.VERSION1,
)
MAX_WORDS = 60
CREDIT_WORDS_AT_END = 14
CREDIT_WORDS = frozenset({
    "foto", "photo", "gambar", "pict", "image", "kredit", "credit", "dok", "dokumentasi", "ilustrasi",
    "illustration", "sumber", "antara", "istimewa", "tangkapan", "screenshot", "repro",
})


@register
class PhotoCaption(Rule):
    """A photo or video caption: a line closed by a photo credit, or a credit alone.

    Anti-pattern (removed)::

        Tentara Korut dilaporkan di Rusia. Foto/youtube
        AS Tuduh Korut Kirim Ribuan Tentara ke Rusia untuk Perang di Ukraina. Gambar : AFPpix
        Warga mengantre air bersih di posko bantuan. (dok Istimewa)
        Pict by Instagram

    Best practice (kept: a sentence that talks about photos)::

        Polisi memeriksa foto yang beredar di media sosial sejak Senin pagi.
    """

    code = "CP01"
    name = "photo-caption"
    category = Category.CAPTION
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            text = line.text
            if doc.word_count(line) > MAX_WORDS:
                continue
            if CREDIT_WORDS.isdisjoint(doc.folded_words[line.index][-CREDIT_WORDS_AT_END:]):
                continue
            credit = photo_credit(text)
            if credit:
                yield self.line(line, f"photo caption with credit {credit.group().strip()!r}")
            elif CREDIT_ONLY.match(text):
                yield self.line(line, "photo credit line")
