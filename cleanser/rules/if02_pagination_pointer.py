from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon, patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_POINTER = (
    r"(?:(?:Simak|Baca|Cek|Lihat|Klik|Lanjut(?:kan)?(?:\s+(?:membaca|baca))?)\s+"
    r"(?:(?:informasi|berita|artikel|ulasan|penjelasan|daftar|info)\s+)?"
    r"(?:(?:selengkapnya|lengkapnya|lanjutannya|selanjutnya)\s+)?"
    r"(?:di|ke|pada)\s+halaman\s+(?:selanjutnya|berikutnya|\d{1,2})"
    r"|(?:Baca|Lanjut(?:kan)?)\s+(?:ke\s+)?halaman\s+(?:selanjutnya|berikutnya|\d{1,2})"
    r"|Baca\s+selanjutnya)"
)
LINE = lexicon.lazy_caseless(rf"^\s*{_POINTER}\b\s*(?:[.!…»>]+|[:：]\s*[^\n]{{0,160}})?\s*$")
GLUED = lexicon.lazy_caseless(rf"(?<=[.!?][\"”’]?\s{{1,3}}){_POINTER}\b\s*[.!…»>]*\s*$")
MAX_WORDS = 24
_FAMILY = patterns.scanned("IF02.pointer", LINE, GLUED)


@register
class PaginationPointer(Rule):
    """A pointer to the next page of a paged article: the line, or the sentence closing a line.

    A pointer may name what the next page is about ("Baca di halaman selanjutnya: ...").

    Anti-pattern (removed)::

        Simak berita selengkapnya di halaman selanjutnya.
        lanjut ke halaman berikutnya
        BACA HALAMAN BERIKUTNYA
        Baca Selanjutnya: Pemkab Siapkan Jalur Evakuasi...
        Lalu, bagaimana cara klaim kodenya? Cek informasi selengkapnya di halaman berikutnya.

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
