from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import flattened, legal
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MIN_WORDS = 20
SCORE_PROMO = 0.6


@register
class GluedPromo(Rule):
    """Chrome glued inside a long (flattened) line: a short sentence sending the reader
    to a channel ("Cek berita lainnya di Google News", "Ikuti ... langsung di WhatsApp
    Anda."), and a copyright footer among the line's last sentences with the chrome that
    follows it ("©2025 Outlet. Outlet tidak bertanggung jawab atas konten situs eksternal.").
    The footer runs to the line's end unless the story resumes after it: then it ends with
    its notice (year, holder, "All rights reserved", "Hak cipta dilindungi") and the chrome
    after the notice (the outlet on itself, links, policy pages), and the story stays.

    Anti-pattern (removed: the sentence or the footer, the story around it kept)::

        ... kata dia. Ikuti kabar terbaru Harian Kita langsung di WhatsApp Anda. Polisi ...
        ... pekan depan. ©2024 Harian Kita. Dilarang mengutip tanpa izin.
        ... kata dia. ©2025 Harian Kita.Warga kini memutar lewat jalan desa, ujarnya.

    Best practice (kept: a sentence of the story that names a platform; the story resuming
    after a footer, "Warga kini ..." above)::

        Video itu pertama kali diunggah ke WhatsApp grup warga pada Senin malam.
    """

    code = "PR02"
    name = "glued-promo"
    category = Category.PROMO
    priority = 46

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        indexes = doc.hits.lines_of(flattened.GLUED_FAMILY)  # a platform or a copyright literal
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            if doc.word_count(line) < MIN_WORDS or not doc.is_body(line):
                continue
            for start, end, what in flattened.glued_spans(line.text):
                if what == "copyright":
                    start = legal.footer_opening(line.text, start)
                    resumed = legal.notice_end(line.text, start)
                    if resumed is not None:  # the story resumes after the footer: it stays
                        yield self.span(line.start + start, line.start + resumed,
                                        "copyright footer glued inside a flattened line, the story "
                                        "resuming after it", category=Category.LEGAL)
                        continue
                    yield self.span(line.start + start, line.start + end,
                                    "copyright footer closing a flattened line",
                                    category=Category.LEGAL)
                else:
                    yield self.span(line.start + start, line.start + end,
                                    "short sentence sending the reader to a channel, glued "
                                    "inside a line", score=SCORE_PROMO)
