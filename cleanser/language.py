"""Language of a document or a line: a cheap stopword vote first, langdetect only when needed.

langdetect costs milliseconds a call and is random unless seeded. It is used through a
private DetectorFactory: loaded lazily, once, under a lock (langdetect's own global factory
races when threads load it together), seeded on the instance (``DetectorFactory.seed``,
langdetect's global, is never touched), and each call gets its own Detector, so threads
never share mutable state. No cache keyed by text: the answer is recomputed each time.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from cleanser import lexicon, textshape

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument

UNKNOWN = "unknown"


def stopword_vote(text: str) -> tuple[int, int]:
    """How many words of ``text`` are Indonesian and English function words."""
    indonesian = lexicon.word_set("stopwords_id")
    english = lexicon.word_set("stopwords_en")
    id_hits = en_hits = 0
    for word in textshape.words(text):
        folded = word.casefold()
        if folded in indonesian:
            id_hits += 1
        elif folded in english:
            en_hits += 1
    return id_hits, en_hits


def own_and_other_words(story_language: str, text: str) -> tuple[int, int]:
    """Function words of ``text`` in the story's language ('id' or 'en'), and in the other
    one (``stopword_vote`` read from the story's side)."""
    id_hits, en_hits = stopword_vote(text)
    return (id_hits, en_hits) if story_language == "id" else (en_hits, id_hits)


def cheap_guess(text: str) -> str:
    """'id' or 'en' when the stopword vote is clear, else UNKNOWN."""
    id_hits, en_hits = stopword_vote(text)
    if id_hits >= 2 and id_hits >= 3 * max(en_hits, 1) and en_hits <= 1:
        return "id"
    if en_hits >= 3 and en_hits >= 3 * max(id_hits, 1):
        return "en"
    return UNKNOWN


_LOCK = threading.Lock()
_FACTORY: list[Any] = []  # the private factory, once loaded
SEED = 0


def _factory() -> Any:
    if not _FACTORY:
        with _LOCK:
            if not _FACTORY:
                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                factory.seed = SEED  # on the instance: the class's seed stays the user's
                _FACTORY.append(factory)
    return _FACTORY[0]


def detect(text: str) -> str:
    """langdetect's answer for ``text`` (seeded, thread-safe); UNKNOWN when it cannot tell."""
    from langdetect import LangDetectException

    try:
        detector = _factory().create()
        detector.append(text)
        return str(detector.detect())
    except LangDetectException:
        return UNKNOWN


def line_language(text: str) -> str:
    """Language of one line: the stopword vote, then langdetect if the vote is unclear."""
    guess = cheap_guess(text)
    if guess != UNKNOWN:
        return guess
    if textshape.word_count(text) < 4:
        return UNKNOWN
    return detect(text)


SAMPLE_WORDS = 800


def document_language(doc: AnalysedDocument) -> str:
    """Main language of the document, from its prose lines (or all lines)."""
    indexes = doc.body_paragraph_indexes or tuple(line.index for line in doc.content_lines)
    indonesian = lexicon.word_set("stopwords_id")
    english = lexicon.word_set("stopwords_en")
    id_hits = en_hits = seen = 0
    # read as a second pass reads the text: without the copies that go (a profile printed
    # twice and glued to itself must not outvote the story)
    cut, gone = doc.lines_cut, doc.whole_line_copies
    for index in indexes:
        if index in gone:
            continue
        folded = doc.folded_words[index]
        if index in cut:
            folded = tuple(w.casefold() for w in textshape.words(doc.text_after_cuts(doc.lines[index])))
        for word in folded:
            id_hits += word in indonesian
            en_hits += word in english
        seen += len(folded)
        if seen >= SAMPLE_WORDS:
            break
    if id_hits + en_hits >= 5:
        return "id" if id_hits >= en_hits else "en"
    sample = " ".join(doc.text_after_cuts(doc.lines[i]) for i in indexes if i not in gone)[:2000]
    return detect(sample) if sample.strip() else UNKNOWN
