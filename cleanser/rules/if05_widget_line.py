from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import widgets
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class WidgetLine(Rule):
    """A line made only of a page widget's words: an audio or font-size control, a share
    bar, a "continue reading" marker, the header of a box of picks or topics, a report
    button. Read by its words (``cleanser.analysis.widgets``): two to eight words, each a
    widget's (``data/widget_words.txt``, ``data/widget_filler.txt``), at least one of them
    one only a widget uses, and no sentence end. Whole labels an outlet prints are listed
    for IF01; this rule covers the labels composed of the same words that no list holds.

    Anti-pattern (removed)::

        Dengarkan artikel ini
        Ukuran Font
        Lanjutkan membaca artikel di bawah ini
        Video Pilihan
        Bagikan: Facebook WhatsApp Salin Tautan

    Best practice (kept: a sentence, a sub-heading with a word of its own, and one word)::

        Bagikan artikel ini kepada keluarga Anda.
        Link Streaming
        Rekomendasi
    """

    code = "IF05"
    name = "widget-line"
    category = Category.INTERFACE
    priority = 46

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        folded = doc.folded_words
        title = doc.title
        gone = doc.lines_gone  # a feed's or a related list's header goes with its block
        for line in doc.content_lines:
            found = folded[line.index]
            if not widgets.MIN_WORDS <= len(found) <= widgets.MAX_WORDS:
                continue
            if line.index in gone or (title is not None and line.index == title.index):
                continue
            if widgets.is_widget_line(line.text, found):
                yield self.line(line, "line made only of a page widget's words: "
                                f"{line.stripped!r}")
