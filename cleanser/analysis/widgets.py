"""Lines that are a page widget's label, read by their words: every word is a widget's
("Dengarkan artikel ini", "Ukuran Font", "Video Pilihan", "Laporkan Konten", "Lanjutkan
membaca artikel di bawah ini", "Bagikan: Facebook WhatsApp Salin Tautan"), at least one of
them one that only a widget uses (``data/widget_words.txt``), the others from
``data/widget_filler.txt``. Composed this way, the test covers the labels of outlets it has
not seen, where a list of whole lines covers only the labels written down.

Read by the widget-line rule (IF05), which removes them, and by the title finder
(``headline.is_known_chrome``), which looks past them.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanser import lexicon

WIDGET_WORDS = lexicon.word_set("widget_words")
ALLOWED = WIDGET_WORDS | lexicon.word_set("widget_filler")
MIN_WORDS = 2
MAX_WORDS = 8
SENTENCE_ENDS = (".", "!", "?")


def is_widget_line(text: str, folded_words: Sequence[str]) -> bool:
    """Is the line only a widget's words (``folded_words``: its casefolded words), two to
    ``MAX_WORDS`` of them, with no sentence end and no colon closing it?"""
    if not MIN_WORDS <= len(folded_words) <= MAX_WORDS:
        return False
    if not all(word in ALLOWED for word in folded_words):
        return False
    if not any(word in WIDGET_WORDS for word in folded_words):
        return False
    end = text.rstrip()[-1:]
    if end in (":", "："):
        return False  # a label introducing what follows ("Link Video:"), which may be the story's
    return end not in SENTENCE_ENDS or text.rstrip().endswith("...")
