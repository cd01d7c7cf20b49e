"""Calls to action (join, subscribe, follow, download): the cue lists and the tests.

Read by the call-to-action rule (PR01), the story finder (a strong call to action is never
story prose), the dateline rule and the title finder (both look past calls to action).
"""

from __future__ import annotations

import itertools
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from cleanser import lexicon, textshape
from cleanser.analysis import address, scan
from cleanser.analysis.lineshapes import GLUED_SENTENCE_END, SENTENCE_GAP

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

ACTIONS = lexicon.phrase_index("promo_actions")
CHANNELS = lexicon.phrase_index("promo_channels")
MAX_WORDS = 70
STRONG_CUES = 4
MAX_BUTTON_WORDS = 8


Cues = tuple[frozenset[str], frozenset[str]]
_NO_CUES: Cues = (frozenset(), frozenset())


def call_to_action_cues(doc: AnalysedDocument, line: Line) -> Cues:
    """The action and channel cues of ``line`` (both empty unless it has an action); found
    once per line (the story, the title finder, the dateline rule and PR01 all ask)."""
    if not doc.hits.may_hold(line.index, "promo_actions"):
        return _NO_CUES  # no action (as ``_cues`` says, without a look-up)
    if line.index not in doc.lines_cut and doc.word_count(line) > MAX_WORDS:
        return _NO_CUES
    known: dict[int, Cues] = doc.memo("promo.cues", dict)
    try:
        return known[line.index]
    except KeyError:
        pass
    cues = _cues(doc, line)
    if cues[0]:  # lines with the same cues share one pair
        same: dict[Cues, Cues] = doc.memo("promo.same_cues", dict)
        cues = same.setdefault(cues, cues)
    known[line.index] = cues
    return cues


def _cues(doc: AnalysedDocument, line: Line) -> Cues:
    if not doc.hits.may_hold(line.index, "promo_actions"):
        return _NO_CUES
    if line.index in doc.lines_cut:
        # read as a second pass reads it, once the copies and spam that go are cut out (a
        # paragraph printed twice before a glued call had put the line over MAX_WORDS)
        text = doc.text_after_cuts(line)
        folded = tuple(w.casefold() for w in textshape.words(text))
        if len(folded) > MAX_WORDS:
            return _NO_CUES
    else:
        if doc.word_count(line) > MAX_WORDS:
            return _NO_CUES
        text = line.text
        folded = doc.folded_words[line.index]
    actions = ACTIONS.find(folded)
    if not actions:
        return _NO_CUES
    channels = CHANNELS.find(folded, scan.entry_text(doc.hits, line.index, "promo_channels", text))
    return frozenset(actions), frozenset(channels)


def is_button(doc: AnalysedDocument, line: Line, actions: AbstractSet[str]) -> bool:
    """A short imperative line that is no sentence: "Gift Premium Articles to Anyone"."""
    folded = doc.folded_words[line.index]
    if not folded or doc.word_count(line) > MAX_BUTTON_WORDS or line.text.rstrip().endswith("."):
        return False
    return any(tuple(folded[: len(a.split())]) == tuple(a.split()) for a in actions)


def is_call_to_action(doc: AnalysedDocument, line: Line) -> bool:
    actions, channels = call_to_action_cues(doc, line)
    return bool(actions and channels) and (
        len(actions) + len(channels) >= STRONG_CUES
        or doc.in_header(line)
        or doc.in_tail(line)
        or is_button(doc, line, actions)
    )


def speaks_call_to_action(doc: AnalysedDocument, line: Line) -> bool:
    """A call to action that speaks to the reader (an imperative or "anda/kamu", outside a
    quotation: ``cleanser.analysis.address``), not a sentence reporting that people acted.
    The line the title finder, the unmarked-headline rule and the dateline rule look past;
    not a line of story prose with the call glued after it (``call_after_story``: only the
    call goes, the line stays the story's)."""
    return (
        is_call_to_action(doc, line)
        and address.speaks_to_reader(line.text) is not None
        and call_after_story(line.text) is None
    )


def call_after_story(text: str) -> int | None:
    """Where a call to action glued after the story's sentences starts ("... sejak awal
    tahun. Yuk, unduh aplikasinya di Play Store!"): the first sentence that speaks to the
    reader, when the sentences before it read as story prose and it holds an action and a
    channel itself. None when the line opens with the call, or holds no story before it: then
    the call is the whole line. Where the call ends: ``call_end``."""
    starts = _sentence_starts(text)
    if len(starts) < 3:
        return None
    for start, end in itertools.pairwise(starts):
        if address.speaks_to_reader(text[start:end]) is None:
            continue
        if start == 0 or not textshape.is_body_paragraph(text[:start].rstrip()):
            return None
        rest = text[start:]
        folded = tuple(w.casefold() for w in textshape.words(rest))
        return start if ACTIONS.find(folded) and CHANNELS.find(folded, rest) else None
    return None


MIN_RESUMED_WORDS = 8


def call_end(text: str, start: int) -> int:
    """Where the call to action that starts at ``text[start]`` (``call_after_story``) ends:
    at the end of the line, or before the story's next sentence when the story resumes after
    the call ("... Play Store sekarang! Warga di tiga kecamatan menyambut ..."): a sentence of
    ``MIN_RESUMED_WORDS`` words or more that speaks to no reader and names no channel. The
    call's own sentences ("Gabung dengan klik di sini.") speak to the reader."""
    starts = [at for at in _sentence_starts(text) if at > start]
    for first, last in itertools.pairwise(starts):
        sentence = text[first:last]
        found = textshape.words(sentence)
        if (
            len(found) >= MIN_RESUMED_WORDS
            and address.speaks_to_reader(sentence) is None
            and not CHANNELS.find(tuple(w.casefold() for w in found), sentence)
        ):
            return len(text[:first].rstrip())
    return len(text.rstrip())


def _sentence_starts(text: str) -> list[int]:
    """0, where each of ``text``'s sentences after the first starts, and ``len(text)``: after
    the spaces that follow a sentence's end, or right after an end glued to the next
    sentence's capital ("... bulan ini.Yuk, unduh ...")."""
    found = sorted({*(m.end(1) for m in SENTENCE_GAP.finditer(text)),
                    *(m.end() for m in GLUED_SENTENCE_END.finditer(text))})
    return [0, *found, len(text)]
