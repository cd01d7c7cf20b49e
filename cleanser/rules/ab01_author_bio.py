from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import language, lexicon, textshape
from cleanser.analysis import flattened
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

CUES = lexicon.phrase_index("bio_cues")
_GLUED_WORD = regex.compile(r"\p{Ll}(?=\p{Lu}\p{Ll})")  # "TunjunganPassionate": a word glued on
MIN_CUES = 2
MIN_WORDS = 8
MAX_WORDS = 90


@register
class AuthorBio(Rule):
    """The author's profile blurb at the end, in another language than the story.

    Only the last prose paragraph and the lines after it are looked at, only lines with at
    least two profile words (``data/bio_cues.txt``), and only when the line's language
    differs from the document's (a stopword vote, then langdetect when the vote is unclear and
    the line holds a lower-case word: a row of names and labels is no profile to detect).
    A line that opens with a sentence in the story's language is story: only a profile glued
    after its sentences goes (from the first sentence that holds a profile word and after
    which no function word of the story's language stands). A line that opens with a profile
    and goes on with sentences in the story's language loses the profile alone.

    Anti-pattern (removed, under an Indonesian story)::

        Journalism graduate with a passion for media and technology. With experience in SEO
        writing, shares insights on the latest trends and developments in the digital world.

    Anti-pattern (the glued profile removed, the story's sentences kept)::

        Bus pertama berangkat pukul lima pagi, kata dia.Avid writer covering city transport
        and lifestyle. Loves long train rides and sharing tips for commuters.

    Best practice (kept: an English quote inside an Indonesian story)::

        "We will keep working with our partners in the region," said the spokesperson.
    """

    code = "AB01"
    name = "author-bio"
    category = Category.AUTHOR_BIO
    priority = 47
    needs = ("bio_cues",)  # every line it reads holds two cues of the list

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        lines = doc.lines
        words = doc.words
        folded_words = doc.folded_words
        for index in range(max(doc.last_body_index, 0), len(lines)):  # from the last prose line
            line_words = words[index]  # (a blank line has none)
            if not MIN_WORDS <= len(line_words) <= MAX_WORDS:
                continue
            cues = CUES.find(folded_words[index])
            if len(cues) < MIN_CUES:
                continue
            line = lines[index]
            text = line.text
            pieces = flattened.sentences(text)
            if len(pieces) >= 2 and _speaks(doc.language, text[pieces[0][0] : pieces[0][1]]):
                glued = _glued_profile(doc.language, text, pieces)
                if glued is not None:
                    start, tail_language, tail_cues = glued
                    yield self.span(
                        line.start + start, line.content_end,
                        f"author profile in {tail_language} glued after the story's sentences "
                        f"(profile words: {', '.join(sorted(tail_cues))})",
                    )
                continue  # the line opens with story: never removed whole
            resumes = _story_after(doc.language, text, pieces)
            if resumes is not None:
                # a profile opening the line, the story's sentences glued after it: the
                # profile alone goes, when it reads as one on its own
                head = text[:resumes].rstrip()
                head_words = textshape.words(head)
                head_cues = CUES.find(tuple(word.casefold() for word in head_words))
                head_language = _language(head) if len(head_words) >= MIN_WORDS and len(head_cues) >= MIN_CUES else None
                if head_language not in (None, language.UNKNOWN, doc.language):
                    yield self.span(
                        line.content_start, line.start + len(head),
                        f"author profile in {head_language} before the story's sentences "
                        f"(profile words: {', '.join(sorted(head_cues))})",
                    )
                continue  # story sentences on the line: never removed whole
            line_language = language.cheap_guess(text)
            if line_language == language.UNKNOWN:
                if not any(word[0].islower() for word in line_words):
                    continue  # names and labels ("Penulis: Name | Editor: Name"): no prose to detect
                line_language = language.detect(text)  # (langdetect: milliseconds a call)
            if line_language in (language.UNKNOWN, doc.language):
                continue
            yield self.line(
                line,
                f"author profile in {line_language} under a {doc.language} story "
                f"(profile words: {', '.join(sorted(cues))})",
            )


def _story_after(story_language: str, text: str, pieces: list[tuple[int, int]]) -> int | None:
    """Where the first sentence in the story's language starts in ``text`` (not the line's
    first sentence), when one follows; None when none does."""
    for start, end in pieces[1:]:
        if _speaks(story_language, text[start:end]):
            return start
    return None


def _language(text: str) -> str:
    """The language of ``text``: the stopword vote, then langdetect when it is unclear."""
    found = language.cheap_guess(text)
    return language.detect(text) if found == language.UNKNOWN else found


def _speaks(story_language: str, sentence: str) -> bool:
    """The sentence holds more function words of the story's language than of the other."""
    if story_language not in ("id", "en"):
        return False
    own, other = language.own_and_other_words(story_language, sentence)
    return own >= 1 and own > other


def _glued_profile(
    story_language: str, text: str, pieces: list[tuple[int, int]]
) -> tuple[int, str, frozenset[str]] | None:
    """Where a profile glued after the story's sentences starts in ``text``, its language
    and its profile words: the first sentence (not the first of the line; a word glued on
    to the one before starts one too) that holds a profile word, with no function word of
    the story's language from it to the end, at least two profile words and eight words,
    in another language."""
    starts = sorted({start for start, _ in pieces[1:]} | {m.end() for m in _GLUED_WORD.finditer(text)})
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        folded = tuple(word.casefold() for word in textshape.words(text[start:end]))
        if not CUES.find(folded):
            continue
        tail = text[start:]
        if language.own_and_other_words(story_language, tail)[0]:
            continue
        tail_words = textshape.words(tail)
        if not MIN_WORDS <= len(tail_words) <= MAX_WORDS:
            return None
        cues = CUES.find(tuple(word.casefold() for word in tail_words))
        if len(cues) < MIN_CUES:
            return None
        tail_language = language.cheap_guess(tail)
        if tail_language == language.UNKNOWN:
            tail_language = language.detect(tail)
        if tail_language in (language.UNKNOWN, story_language):
            return None
        return start + len(tail) - len(tail.lstrip()), tail_language, frozenset(cues)
    return None
