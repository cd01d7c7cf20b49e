from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon, patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MAX_TOPIC_WORDS = 8
_POINTER = (
    r"(?:(?:Simak|Baca|Cek|Lihat|Klik|Lanjut(?:kan)?(?:\s+(?:membaca|baca))?)\s+"
    # what the next page is about: "berita selengkapnya", "cara menurunkan asam urat"
    rf"(?:[\p{{L}}\p{{N}}'’-]+\s+){{0,{MAX_TOPIC_WORDS}}}?"
    r"(?:di|ke|pada)\s+halaman\s+(?:selanjutnya|berikutnya|\d{1,2})"
    r"|(?:Baca|Lanjut(?:kan)?)\s+(?:ke\s+)?halaman\s+(?:selanjutnya|berikutnya|\d{1,2})"
    r"|Baca\s+selanjutnya)"
)
LINE = lexicon.lazy_caseless(rf"^\s*{_POINTER}\b\s*(?:[.!…»>]+|[:：]\s*[^\n]{{0,160}})?\s*$")
GLUED = lexicon.lazy_caseless(rf"(?<=[.!?][\"”’]?\s{{1,3}}){_POINTER}\b\s*[.!…»>]*\s*$")
INSIDE = lexicon.lazy_caseless(rf"(?<=[.!?][\"”’]?\s{{1,3}}){_POINTER}\b\s*[.!…]+(?=\s*(?-i:[\p{{Lu}}\"“]))")
"""A pointer sentence between two sentences of a paragraph: "... kondisi. Simak cara menurunkan
asam urat di halaman berikutnya.. Menurut ..." (the page's text flattened around the link)."""
MAX_WORDS = 24
_FAMILY = patterns.scanned("IF02.pointer", LINE, GLUED, INSIDE)


@register
class PaginationPointer(Rule):
    """A pointer to the next page of a paged article: the line, or a sentence of a line.

    A pointer may name what the next page is about ("Baca di halaman selanjutnya: ...",
    "Simak cara merawatnya di halaman berikutnya."), and may stand between two sentences of a
    paragraph when the page's text was flattened around it.

    Anti-pattern (removed)::

        Simak berita selengkapnya di halaman selanjutnya.
        lanjut ke halaman berikutnya
        BACA HALAMAN BERIKUTNYA
        Baca Selanjutnya: Pemkab Siapkan Jalur Evakuasi...
        Lalu, bagaimana cara klaim kodenya? Cek informasi selengkapnya di halaman berikutnya.
        ... tidak kambuh. Simak cara merawat luka itu di halaman berikutnya. Menurut dokter, ...

    Best practice (kept: a sentence of the story about pages)::

        Dokumen itu dimuat di halaman selanjutnya dari laporan tahunan perusahaan, kata dia.
    """

    code = "IF02"
    name = "pagination-pointer"
    category = Category.INTERFACE
    priority = 45
    needs = (_FAMILY,)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        hits = doc.hits
        indexes = hits.lines_of(_FAMILY)  # elsewhere neither pattern can match
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            text = line.text
            if "alaman" not in text and "ALAMAN" not in text and "elanjutnya" not in text.casefold():
                continue
            if doc.word_count(line) <= MAX_WORDS and LINE.match(text):
                yield self.line(line, f"pagination pointer {line.stripped[:60]!r}")
                continue
            match = GLUED.search(text)
            if match:
                yield self.span(line.start + match.start(), line.content_end,
                                f"pagination pointer closing a paragraph {match.group().strip()!r}")
                end = match.start()
            else:
                end = len(text)
            for inside in INSIDE.finditer(text, 0, end):
                if inside.group().rstrip(".!… ")[-1:].isdigit():
                    continue  # "Lihat tabel di halaman 2." inside a story may point into a printed report
                yield self.span(line.start + inside.start(), line.start + inside.end(),
                                f"pagination pointer between the sentences of a paragraph {inside.group()!r}")
