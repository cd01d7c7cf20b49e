"""Author profiles at the end of the text, in another language than the story ("Passionate
writer covering travel ... Loves ..." under an Indonesian story): where they are read, and
which lines they are.

Read by the author-profile rule (AB01), which removes them, and by the rules that judge a
line by its neighbours (``neighbours.goes_whole``): an unmarked headline before a profile
that goes whole is judged past it, as a second pass judges it once the profile is gone.

Profiles are read from the story's last prose line to the end; when that line is itself a
profile that goes whole, from the prose line before it too, and so on (``scope``): a
second pass, the profile gone, would read from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from cleanser import language, lexicon, textshape
from cleanser.analysis import flattened

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument

CUES = lexicon.phrase_index("bio_cues")
_GLUED_WORD = regex.compile(r"\p{Ll}(?=\p{Lu}\p{Ll})")  # "TunjunganPassionate": a word glued on
MIN_CUES = 2
MIN_WORDS = 8
MAX_WORDS = 90
_QUOTES = "\"“‘'«"
GLUED_REACH = 1200
"""A profile glued at the end of a line over ``MAX_WORDS`` words is looked for in its last
this many characters (``MAX_WORDS`` words of a dozen characters, and some)."""


@dataclass(frozen=True)
class Profile:
    """A profile found on a line: ``start``/``end`` offsets in the line's text, its language
    and profile words, and where it stands (``"whole"``, the whole line; ``"glued"``, after
    the story's sentences; ``"head"``, before them)."""

    where: str
    start: int
    end: int
    language: str
    cues: frozenset[str]


def profile_on(doc: AnalysedDocument, index: int) -> Profile | None:
    """The profile on line ``index`` (read wherever it stands: ``scope`` says where to
    read), found once per line."""
    known: dict[int, Profile | None] = doc.memo("profiles.on", dict)
    if index not in known:
        known[index] = _profile_on(doc, index)
    return known[index]


def _profile_on(doc: AnalysedDocument, index: int) -> Profile | None:
    line_words = doc.words[index]  # (a blank line has none)
    if len(line_words) < MIN_WORDS:
        return None
    cues = CUES.find(doc.folded_words[index])
    if len(cues) < MIN_CUES:
        return None
    line = doc.lines[index]
    text = line.text
    story_language = doc.language
    pieces = flattened.sentences(text)
    if len(line_words) > MAX_WORDS:
        # a long line: a profile glued after its sentences, looked for in its last
        # ``GLUED_REACH`` characters (a profile has at most ``MAX_WORDS`` words), so that a
        # line a few words over the limit is read as it is once its dateline is cut; or one
        # opening it, the story's sentences after it (read below, as on a shorter line)
        if len(pieces) < 2:
            return None
        if not _speaks(story_language, text[pieces[0][0] : pieces[0][1]]):
            return _head_profile(story_language, text, pieces, clear_only=True)
        glued = _glued_profile(story_language, text, pieces, since=len(text) - GLUED_REACH)
        if glued is None:
            return None
        start, end, tail_language, tail_cues = glued
        return Profile("glued", start, end, tail_language, tail_cues)
    if len(pieces) >= 2 and _speaks(story_language, text[pieces[0][0] : pieces[0][1]]):
        glued = _glued_profile(story_language, text, pieces)
        if glued is None:
            return None  # the line opens with story: never removed whole
        start, end, tail_language, tail_cues = glued
        return Profile("glued", start, end, tail_language, tail_cues)
    if _story_after(story_language, text, pieces) is not None:
        return _head_profile(story_language, text, pieces)
    line_language = language.cheap_guess(text)
    if line_language == language.UNKNOWN:
        if not any(word[0].islower() for word in line_words):
            return None  # names and labels ("Penulis: Name | Editor: Name"): no prose to detect
        line_language = language.detect(text)  # (langdetect: milliseconds a call)
    if line_language in (language.UNKNOWN, story_language):
        return None
    return Profile("whole", 0, len(text), line_language, frozenset(cues))


def scope(doc: AnalysedDocument) -> int:
    """The index of the first line read for profiles: the story's last prose line, or the
    prose line before it when that one is a profile that goes whole (and so on), as a
    second pass reads once it is gone; 0 when no prose line is left before."""
    return doc.memo("profiles.scope", lambda: _scope(doc))


def _scope(doc: AnalysedDocument) -> int:
    last = doc.last_body_index
    if last < 0:
        return 0
    earlier = reversed(doc.story_indexes)
    next(earlier, None)  # (the last one itself)
    start = last
    while doc.hits.may_hold(start, "bio_cues") and _whole(profile_on(doc, start)):
        before = next(earlier, None)
        if before is None:
            return 0
        start = before
    return start


def _whole(profile: Profile | None) -> bool:
    return profile is not None and profile.where == "whole"


def whole_lines(doc: AnalysedDocument) -> frozenset[int]:
    """Lines at the end that go whole as profiles (read from ``scope`` on, only where the
    scan found a profile word)."""
    return doc.memo("profiles.whole_lines", lambda: _whole_lines(doc))


def _whole_lines(doc: AnalysedDocument) -> frozenset[int]:
    indexes = doc.hits.lines_of("bio_cues")
    if indexes is not None and not indexes:
        return frozenset()
    start = scope(doc)
    candidates = range(start, len(doc.lines)) if indexes is None else [i for i in indexes if i >= start]
    return frozenset(i for i in candidates if _whole(profile_on(doc, i)))


def _head_profile(
    story_language: str, text: str, pieces: list[tuple[int, int]], clear_only: bool = False
) -> Profile | None:
    """A profile opening the line, the story's sentences glued after it: the profile alone
    goes, when it reads as one on its own (``MIN_WORDS`` to ``MAX_WORDS`` words). With
    ``clear_only`` (a long line's opening) only a head whose stopword vote is clear is read,
    so that langdetect (milliseconds a call) is not asked of every long line's opening."""
    resumes = _story_after(story_language, text, pieces)
    if resumes is None:
        return None
    head = text[:resumes].rstrip()
    head_words = textshape.words(head)
    head_cues = CUES.find(tuple(word.casefold() for word in head_words))
    if not MIN_WORDS <= len(head_words) <= MAX_WORDS or len(head_cues) < MIN_CUES:
        return None
    head_language = language.cheap_guess(head) if clear_only else _language(head)
    if head_language in (language.UNKNOWN, story_language):
        return None
    start = len(text) - len(text.lstrip())
    return Profile("head", start, len(head), head_language, frozenset(head_cues))


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
    story_language: str, text: str, pieces: list[tuple[int, int]], since: int = 0
) -> tuple[int, int, str, frozenset[str]] | None:
    """Where a profile glued after the story's sentences starts and ends in ``text``, its
    language and its profile words: the first sentence (not the first of the line; a word
    glued on to the one before starts one too; none before ``since``) that holds a profile
    word, with no function word of the story's language from it to the end of the line or to
    the first sentence in the story's language after it (the story resuming after a profile
    glued between its paragraphs), at least two profile words and eight words, in another
    language."""
    starts = sorted({start for start, _ in pieces[1:] if start >= since}
                    | {m.end() for m in _GLUED_WORD.finditer(text, max(since, 0))})
    ends = [*starts[1:], len(text)]
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        folded = tuple(word.casefold() for word in textshape.words(text[start:end]))
        if not CUES.find(folded):
            continue
        tail = text[start:]
        if language.own_and_other_words(story_language, tail)[0]:
            # the story may resume after the profile ('... travelers."Armada yang ...'): the
            # profile runs to the first sentence in the story's language after it, when it is
            # glued on to what stands before it (a flattened page's author box, no space);
            # a sentence after a space, or a quotation, is the story's own (a profile it quotes)
            if (start == 0 or text[start].isspace() or text[start - 1].isspace()
                    or text[start - 1] in _QUOTES or text[start] in _QUOTES):
                continue
            resume = next((s for s, e in zip(starts[k + 1 :], ends[k + 1 :], strict=True)
                           if _speaks(story_language, text[s:e])), None)
            if resume is None:
                continue
            tail = text[start:resume]
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
        return start + len(tail) - len(tail.lstrip()), start + len(tail.rstrip()), tail_language, frozenset(cues)
    return None
