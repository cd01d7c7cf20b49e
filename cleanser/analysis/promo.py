"""Calls to action (join, subscribe, follow, download): the cue lists and the tests.

Read by the call-to-action rule (PR01), the story finder (a strong call to action is never
story prose), the dateline rule and the title finder (both look past calls to action).
"""

from __future__ import annotations

import itertools
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import address, scan
from cleanser.analysis.lineshapes import GLUED_SENTENCE_END, SENTENCE_GAP
from cleanser.document import Line  # (at run time: ``BrokenCall``'s field, read by a compiled dataclass)

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument

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
    if len(actions) + len(channels) < STRONG_CUES:
        # a channel or an action glued to the word before it at a link's edge ("diGoogle News")
        unglued = unglue(text)
        if unglued is not None:
            split = _folded(unglued)
            actions |= ACTIONS.find(split)
            channels |= CHANNELS.find(split, text)
    return frozenset(actions), frozenset(channels)


# -- words glued at a link's edge ----------------------------------------------------------

_GLUE = regex.compile(r"\p{Ll}\p{Lu}")
"""A small letter straight before a capital: where a scraper dropped the space at a link's
edge ("lain diGoogle News", "NewsdanWA Channel", "ikutiInstagram")."""
CONNECTORS = ("dan", "atau", "serta")
"""Small words printed between two links, glued to both ("Google NewsdanWA Channel")."""


@cache
def _heads() -> tuple[frozenset[str], int]:
    """The first words of the action and channel entries, and the longest one's length: a
    glued word is split only before one of them, so that a brand written with an inner
    capital ("YouTube", "iPhone", "McDonald", "PlayStation") is read as it is."""
    found = set()
    for name in ("promo_actions", "promo_channels"):
        for entry in lexicon.entries(name):
            if not entry.startswith("re:"):
                words = textshape.words(entry)
                if words:
                    found.add(words[0].casefold())
    return frozenset(found), max(map(len, found))


def unglue(text: str) -> str | None:
    """``text`` with a space put back where a call's action or channel is glued to the word
    before it ("Cek berita lain diGoogle NewsdanWA Channel" reads "... di Google News dan WA
    Channel"), or None when nothing is glued so. Read only where words alone find an action
    and too few channels (``_cues``) or a call's tests fail on the words as printed. Each
    glue is read within a head's length either side of it: linear in ``text``."""
    if _GLUE.search(text) is None:
        return None
    heads, reach = _heads()
    pieces: list[str] = []
    done = 0
    for glue in _GLUE.finditer(text):
        at = glue.start() + 1
        if at < done:
            continue  # inside a head already split off ("WhatsApp" in "diWhatsApp")
        head_end = _head_end(text, at, heads, reach)
        if head_end is None:
            continue
        start = at - 1  # the word the glue is inside, when it is itself a head ("WhatsApp" alone)
        while start > at - reach and text[start - 1 : start].isalnum():
            start -= 1
        if not text[start - 1 : start].isalnum() and _head_end(text, start, heads, reach, at) is not None:
            continue
        left = text[done:at]
        pieces.append(f" {left}" if pieces and left in CONNECTORS else _split_connector(left))
        pieces.append(" ")
        pieces.append(text[at:head_end])
        done = head_end
    if not pieces:
        return None
    pieces.append(text[done:])
    return "".join(pieces)


def _head_end(text: str, at: int, heads: frozenset[str], reach: int, after: int = -1) -> int | None:
    """Where the longest head that starts at ``text[at]`` and ends after ``after`` ends: at
    its word's end, at a glue ("WhatsAppdan" ends at "dan" before a capital, "NewsdanWA" at
    "WA"), or before a connector glued to a capital; None when no head starts there."""
    found = None
    limit = min(len(text), at + reach)
    end = at + 1
    while end <= limit:
        if end > after and text[at:end].casefold() in heads and _ends_piece(text, end):
            found = end
        if end < len(text) and not text[end].isalnum():
            break
        end += 1
    return found


def _ends_piece(text: str, end: int) -> bool:
    """Does a glued piece end at ``text[end]``: the word's end, a capital after a small
    letter, or a connector with a capital after it?"""
    if end >= len(text) or not text[end].isalnum():
        return True
    if text[end].isupper() and text[end - 1].islower():
        return True
    return any(text.startswith(c, end) and text[end + len(c) : end + len(c) + 1].isupper() for c in CONNECTORS)


def _split_connector(left: str) -> str:
    """``left`` with a space before a connector glued after a link's last word ("News" +
    "dan" in "NewsdanWA"): only after a capitalised word of at least two more letters."""
    for connector in CONNECTORS:
        if left.endswith(connector):
            word = left[: len(left) - len(connector)]
            start = len(word)
            while start > 0 and word[start - 1].isalpha():
                start -= 1
            if len(word) - start >= 2 and word[start].isupper():
                return f"{word} {connector}"
    return left


def _folded(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in textshape.words(text))


def speaks(text: str) -> str | None:
    """``address.speaks_to_reader``, read again with the glued words apart when it finds
    nothing ("IkutiInstagram kami" opens with "ikuti")."""
    found = address.speaks_to_reader(text)
    if found is None:
        unglued = unglue(text)
        if unglued is not None:
            found = address.speaks_to_reader(unglued)
    return found


def _names_channel(text: str, folded: tuple[str, ...]) -> bool:
    if CHANNELS.find(folded, text):
        return True
    unglued = unglue(text)
    return unglued is not None and bool(CHANNELS.find(_folded(unglued), text))


def _finds_call(text: str) -> bool:
    """An action and a channel in ``text``, read with the glued words apart when the words
    as printed lack either."""
    folded = _folded(text)
    if ACTIONS.find(folded) and CHANNELS.find(folded, text):
        return True
    unglued = unglue(text)
    if unglued is None:
        return False
    split = _folded(unglued)
    return bool(ACTIONS.find(split) and CHANNELS.find(split, text))


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
    if (
        is_call_to_action(doc, line)
        and speaks(line.text) is not None
        and call_after_story(line.text) is None
    ):
        return True
    return _broken_goes_whole(doc, line)


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
        if speaks(text[start:end]) is None:
            continue
        if start == 0 or not textshape.is_body_paragraph(text[:start].rstrip()):
            return None
        return start if _finds_call(text[start:]) else None
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
            and speaks(sentence) is None
            and not _names_channel(sentence, tuple(w.casefold() for w in found))
        ):
            return len(text[:first].rstrip())
    return len(text.rstrip())


_AFTER_LINK = regex.compile(r"(?:https?://|www\.)\S+?[.,;]?(\s+)(?=[\"“'‘(]?\p{Lu})")
"""The white space after a link that closes a call's sentence with no full stop ("... WhatsApp
Channel : https://whatsapp.com/channel/123 Menurut dia, ..."): the next sentence starts there."""


def _sentence_starts(text: str) -> list[int]:
    """0, where each of ``text``'s sentences after the first starts, and ``len(text)``: after
    the spaces that follow a sentence's end or a link, or right after an end glued to the
    next sentence's capital ("... bulan ini.Yuk, unduh ...")."""
    found = {*(m.end(1) for m in SENTENCE_GAP.finditer(text)),
             *(m.end() for m in GLUED_SENTENCE_END.finditer(text))}
    if "://" in text or "www." in text:
        found.update(m.end(1) for m in _AFTER_LINK.finditer(text))
    return [0, *sorted(found), len(text)]


# -- a call broken over two lines ------------------------------------------------------------

MAX_REST_WORDS = 6
"""The second line of a call broken inside its channel's name is a fragment of at most this
many words ("NewsdanWA Channel", "Store sekarang juga!")."""
MAX_BROKEN_WORDS = 24
"""A broken call's words on both lines together (the longest calls of the lists are some
twenty words)."""
_REST_STOP = regex.compile(r"[.!?:;\"“”«»|]")
"""Punctuation the rest of a broken call holds nowhere but at its end: a sentence's end, a
quotation, a label or a separator."""


@dataclass(frozen=True)
class BrokenCall:
    """A call to action that starts on a line at input offset ``start`` (``whole``: it is all
    of the line) and whose channel's name the page broke over the line's end: ``rest`` is the
    next line, the rest of the call. ``goes``: before or after the story, or strong
    (``STRONG_CUES``), or a button; else it is only suspected."""

    start: int
    whole: bool
    rest: Line
    cues: Cues
    goes: bool


def broken_call(doc: AnalysedDocument, line: Line) -> BrokenCall | None:
    """The call to action broken over ``line``'s end and the next line ("... kata dia. Cek
    berita lain diGoogle" + "NewsdanWA Channel"), or None: ``line`` holds an action and ends
    with no punctuation, the next line (no blank line between) is a fragment of at most
    ``MAX_REST_WORDS`` words with no sentence end, quotation or label before its end, and
    the line's last sentence read with that fragment speaks to the reader, names an action
    and a channel that the fragment completes. The sentences before it on the line are the
    story's (prose, as ``call_after_story`` reads them), else the call is the whole line."""
    index = line.index
    if index + 1 >= len(doc.lines) or not doc.hits.may_hold(index, "promo_actions"):
        return None  # the cheap tests first: the rules that look past calls ask of every line
    rest = doc.lines[index + 1]
    if rest.is_blank or not 1 <= doc.word_count(rest) <= MAX_REST_WORDS or not line.text.rstrip()[-1:].isalnum():
        return None
    known: dict[int, BrokenCall | None] = doc.memo("promo.broken", dict)
    if index not in known:
        known[index] = _broken_call(doc, line, rest)
    return known[index]


def _broken_call(doc: AnalysedDocument, line: Line, rest: Line) -> BrokenCall | None:
    rest_text = rest.text.strip()
    if _REST_STOP.search(rest_text.rstrip(".!")):
        return None
    text = doc.text_after_cuts(line) if line.index in doc.lines_cut else line.stripped  # as a second pass reads it
    starts = _sentence_starts(text)
    start = starts[-2]  # the last sentence's
    if start and not textshape.is_body_paragraph(text[:start].rstrip()):
        start = 0  # no story before it: the call is the whole line
    call = text[start:]
    joined = f"{call} {rest_text}"
    unglued = unglue(joined)
    folded = _folded(joined if unglued is None else unglued)
    if len(folded) > MAX_BROKEN_WORDS or speaks(joined) is None:
        return None
    actions = ACTIONS.find(folded)
    channels = CHANNELS.find(folded, joined)
    if not actions or not channels:
        return None
    own = unglue(call)
    if channels <= CHANNELS.find(_folded(call if own is None else own), call):
        return None  # the next line completes no channel: it is no rest of this call
    cues: Cues = (frozenset(actions), frozenset(channels))
    goes = (
        doc.in_header(line)
        or doc.in_tail(line)
        or doc.in_tail(rest)
        or len(actions) + len(channels) >= STRONG_CUES
        or (start == 0 and is_button(doc, line, actions))
    )
    at = doc.input_offset_after_cuts(line, start)
    return None if at is None else BrokenCall(at, start == 0, rest, cues, goes)


def _broken_goes_whole(doc: AnalysedDocument, line: Line) -> bool:
    """Is ``line`` all of a broken call that goes, or the rest of one?"""
    found = broken_call(doc, line)
    if found is not None and found.whole and found.goes:
        return True
    if line.index == 0:
        return False
    found = broken_call(doc, doc.lines[line.index - 1])
    return found is not None and found.goes
