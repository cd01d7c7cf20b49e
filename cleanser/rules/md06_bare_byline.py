from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.patterns import date_line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
SCORE_BEFORE_STORY = 0.6
"""A name with no date after it, straight before the story: its place is a byline's, less sure."""


@register
class BareByline(Rule):
    """The author's name alone on the line between the headline and the date line, with
    no label ("Penulis:", "Oleh"): a short name-like line (2-4 capitalised words) that
    stands right after the title the analysis found and right before a date line, or right
    before the story's first paragraph.

    Anti-pattern (removed: the name)::

        Pelatih Baru Umumkan Daftar Pemain untuk Laga Tandang di Surabaya
        Rahmat Hidayat
        12 November 2025, 20:07 WIB

    Best practice (kept: a sub-heading after a paragraph is no byline)::

        Pelatih menilai timnya siap menghadapi laga berat pekan depan.
        Persiapan Tim
        Latihan digelar dua kali sehari di lapangan milik klub sejak Senin.
    """

    code = "MD06"
    name = "bare-byline"
    category = Category.METADATA
    priority = 46

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a headline."""
        return doc.title is not None

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        title = doc.title
        if title is None:
            return
        name = doc.next_content(title)
        if name is None or name.index not in doc.line_shapes.name:
            return
        if not MIN_NAME_WORDS <= doc.word_count(name) <= MAX_NAME_WORDS:
            return
        after = doc.next_content(name)
        if after is None:
            return
        if date_line(after.text):
            yield self.line(name, "name-like line between the headline and the date line: "
                            "the author's byline", facts={"author": name.stripped})
        elif after.index == doc.first_body_index:
            yield self.line(name, "name-like line between the headline and the story's first "
                            "paragraph: the author's byline", score=SCORE_BEFORE_STORY,
                            facts={"author": name.stripped})
