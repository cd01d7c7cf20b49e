"""Copies: the story glued into one line, paragraphs printed twice, and teasers of
paragraphs (DU02, DU04, DU03).

Some scrapers print the body twice: once with every paragraph glued into one long line,
then paragraph by paragraph; some repeat a paragraph word for word; paged articles print a
paragraph's opening cut off with "..." before the paragraph. Lines are looked up by their
first characters, so finding the copies is linear in the text.

Cutting a copy can make another (what is left of a line is a repeat, a teaser or a piece
of a further copy; a sentence glued to its own copy), so the search runs again on the lines
as a second pass reads them (``_View``: the line once the copies found so far, the
gambling spam that goes and a site pack's match glued at its opening or end are cut out)
until it finds nothing new: the first pass then removes what a second one would
(idempotence). ``find`` also returns what is left of each line that loses a part, which the
story's zones and the title finder judge it by.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from cleanser import textshape
from cleanser.analysis import legal
from cleanser.document import Line
from cleanser.prefilter import KeyFinder

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument

KEY_CHARS = 24  # lines are looked up by their first characters
FINDER_CHARS = 4
"""The places where a line's key may start are found by its first ``FINDER_CHARS``
characters, and the index reads the whole key there (the same places are kept). An
automaton of every line's 24 first characters cost 2.6x the text on a 1.9 M-character
article of distinct paragraphs; four-character openings are few and shared, and the extra
places they find cost a look-up each (no slower on the devset)."""
MIN_PIECE_CHARS = 40  # a shorter line is never counted as a piece of a copy
MIN_PIECE_WORDS = 6
MAX_CANDIDATES = 6  # lines sharing one key that are tried, longest first
WHOLE_LINE_UNCOVERED = 0.15  # at most this share of a copy is glued chrome
MAX_GAP_CHARS = 300  # glued chrome between two pieces of one run
MIN_RUN_CHARS = 100
SINGLE_PIECE_MIN_CHARS = 60
SINGLE_PIECE_MAX_EXTRA_WORDS = 8
_SENTENCE_END = ".!?\"”’)"
MIN_TEASER_WORDS = 4  # a teaser has more words than this
MAX_ROUNDS = 8
FEW_KEYS = 8  # up to this many line openings are looked for with str.find, not an automaton
MIN_REMNANT_WORDS = 6  # what copies leave of a line, when shorter and no prose, goes with them
_ELLIPSIS = regex.compile(r"(?<![\s.])\s*+\.{3,}+\s*+$|(?<!\s)\s*+…\s*+$")
"""An ellipsis ending the text, with the spaces around it. Each run of spaces or dots is tried
from its start only (the lookbehinds), so a long run not at the end costs one attempt."""

_SHARED_END = regex.compile(r"[.!?\"”’)](?=\s|\p{Lu})")
"""A sentence's end inside a shared opening (``_shared_sentences``): a space or a capital after it."""


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int  # offsets inside the stripped text of the line being read
    end: int
    index: int  # the line it copies


@dataclass(frozen=True, slots=True)
class _View:
    """A line as a second pass would read it once the copies found so far are cut out:
    ``text`` is its stripped remaining text; ``segments`` map the remaining text back to the
    input, runs of ``(offset in text, offset in input, length)`` (the spaces put in where a
    cut joined two pieces belong to no run); None for a line nothing was cut from (its
    stripped text, from ``line.content_start``: no tuples for every line of a long text)."""

    line: Line
    text: str
    body: bool
    words: int
    segments: tuple[tuple[int, int, int], ...] | None = None

    def runs(self) -> tuple[tuple[int, int, int], ...]:
        """``segments``, made for a line nothing was cut from."""
        if self.segments is None:
            return ((0, self.line.content_start, len(self.text)),)
        return self.segments

    def offset(self, at: int) -> int:
        """Input offset of the character at ``at`` in ``text`` (a non-space character)."""
        for start, origin, length in self.runs():
            if start <= at < start + length:
                return origin + at - start
        raise ValueError(f"offset {at} falls in no kept run of line {self.line.number}")


# The white space the pipeline trims where a cut joins two pieces of a line (the rules'
# \s: str.isspace() minus the separators U+001C..U+001F); mirrors ``pipeline._join``, so that a
# view is the line a second pass reads (tests/test_properties.py checks the two agree).
_PATTERN_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and c not in range(0x1C, 0x20))


def _cut(view: _View, start: int, end: int) -> _View:
    """``view`` once ``text[start:end]`` is cut out, joined as the pipeline joins the kept
    pieces of a line (one space where either side had white space, none otherwise)."""
    text = view.text
    left, right = text[:start], text[end:]
    if left[-1:].isspace() or right[:1].isspace():
        left_keep = len(left.rstrip(_PATTERN_SPACE))
        right_skip = len(right) - len(right.lstrip(_PATTERN_SPACE))
        joined = left[:left_keep] + " " + right[right_skip:]
        moves = ((0, left_keep, 0), (end + right_skip, len(text), left_keep + 1))
    else:
        joined = left + right
        moves = ((0, start, 0), (end, len(text), start))
    lead = len(joined) - len(joined.lstrip())
    new = joined.strip()
    segments = []
    for lo, hi, to in moves:  # the old runs that fall in [lo, hi), moved to ``to``
        for seg_start, origin, length in view.runs():
            a, b = max(lo, seg_start), min(hi, seg_start + length)
            at = a - lo + to - lead  # where ``a`` lands in ``new``
            if at < 0:  # stripped white space
                a, at = a - at, 0
            b = min(b, a + len(new) - at)
            if a < b:
                segments.append((at, origin + a - seg_start, b - a))
    return _View(view.line, new, textshape.is_body_paragraph(new), len(textshape.words(new)),
                 tuple(segments))


def _index(views: Sequence[_View]) -> dict[str, list[tuple[int, int, str]]]:
    """Lines long enough to count as pieces, by their first characters, longest first."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for view in views:
        text = view.text
        if len(text) < MIN_PIECE_CHARS or view.words < MIN_PIECE_WORDS:
            continue
        lines = found.setdefault(text[:KEY_CHARS], [])
        lines.append((len(text), view.line.index, text))
        if len(lines) > _PRUNE_AT:  # many lines share a key (a paragraph printed again and again)
            _keep_candidates(lines)
    for lines in found.values():
        if len(lines) > 1:  # (one line is its key's only candidate)
            _keep_candidates(lines)
    return found


_PRUNE_AT = 4 * MAX_CANDIDATES


def _keep_candidates(lines: list[tuple[int, int, str]]) -> None:
    """The ``MAX_CANDIDATES`` distinct lines tried for one key, longest first. Keeping them
    for part of the lines, then for that part and the rest, keeps the same ones (a line
    dropped has that many distinct lines before it, and they stay)."""
    lines.sort(key=lambda item: (-item[0], item[1]))
    # a line printed several times is one candidate (its first copy): copies of a longer
    # line must not crowd the shorter ones out of the few tried
    seen: set[str] = set()
    distinct = []
    for item in lines:
        if item[2] not in seen:
            seen.add(item[2])
            distinct.append(item)
            if len(distinct) == MAX_CANDIDATES:
                break
    lines[:] = distinct


def _pieces(
    text: str, own: int, index: dict[str, list[tuple[int, int, str]]], finder: KeyFinder
) -> list[_Piece]:
    """The other, shorter lines that ``text`` holds one after another (greedy, longest first).

    The places where some line's key occurs are found in one pass over the text (an
    Aho-Corasick automaton of every key, ``scan.KeyFinder``), then read left to right; a
    match jumps past the piece, so reading a line stays linear in its length whatever the
    number of lines."""
    size = len(text)
    last = size - MIN_PIECE_CHARS
    starts = finder.starts(text, last + FINDER_CHARS)
    pieces: list[_Piece] = []
    end = 0
    for pos in sorted(starts):
        if pos < end or pos > last:
            continue
        for length, other, candidate in index.get(text[pos : pos + KEY_CHARS], ()):
            if other != own and length < size and text.startswith(candidate, pos):
                pieces.append(_Piece(pos, pos + length, other))
                end = pos + length
                break
    return pieces


_solid = textshape.nonspace_count
"""How many characters of a text are not white space (str.split's white space)."""


@dataclass(frozen=True, slots=True)
class Copy:
    """A copy found in a line: the whole line (``start``/``end`` None) or a span of it."""

    line: Line
    reason: str
    start: int | None = None
    end: int | None = None
    repeat: bool = False  # a paragraph printed again word for word (DU04), not a glued copy
    teaser: bool = False  # a paragraph's opening cut off with "..." (DU03)


@dataclass(frozen=True, slots=True)
class Found:
    """The copies of a document, and what is left of the lines that lose a part to a copy or
    to the gambling spam that goes: ``remnants[line index]`` is the line as a second pass
    reads it (the title finder and the story's zones judge such a line by it)."""

    copies: tuple[Copy, ...]
    remnants: dict[int, str]
    runs: dict[int, tuple[tuple[int, int, int], ...]] = field(default_factory=dict)
    """For each remnant: its runs ``(offset in the remnant, offset in the input, length)``."""

    def input_offset(self, index: int, at: int) -> int | None:
        """Input offset of character ``at`` of line ``index``'s remnant (None for a space put
        in where a cut joined two pieces, or a line without remnant)."""
        for start, origin, length in self.runs.get(index, ()):
            if start <= at < start + length:
                return origin + at - start
        return None

    def remnant_offset(self, index: int, offset: int) -> int | None:
        """Where input offset ``offset`` stands in line ``index``'s remnant (``input_offset``
        read the other way); None when it was cut out, or the line has no remnant."""
        for start, origin, length in self.runs.get(index, ()):
            if origin <= offset < origin + length:
                return start + offset - origin
        return None


def _decide(views: dict[int, _View], view: _View, pieces: list[_Piece]) -> list[Copy]:
    text = view.text
    line = view.line
    covered = sum(_solid(text[p.start : p.end]) for p in pieces)
    total = _solid(text)
    if len(pieces) >= 2 and total - covered <= WHOLE_LINE_UNCOVERED * total:
        return [Copy(line, f"copy of {len(pieces)} other lines glued into one")]
    if len(pieces) == 1:
        piece = pieces[0]
        if (
            text[: piece.start].strip()  # glued words after the copy (a promo), not before
            or not views[piece.index].body
            or piece.end - piece.start < SINGLE_PIECE_MIN_CHARS
        ):
            return []
        extra = text[piece.end :].strip()
        if extra.endswith(tuple(_SENTENCE_END)):
            return []  # story after it: a lede printed before its paragraph, both stay
        if len(extra.split()) <= SINGLE_PIECE_MAX_EXTRA_WORDS:
            return [Copy(line, "copy of another line with a few glued words")]
        if _word_edge(text, piece.end):
            # many words after it that end no sentence (a read-also link and its title, a
            # list item): the copy goes and they are left to the rules of their kind, which
            # would otherwise leave the line a repeat of the other for a second pass
            return [Copy(line, "line that opens with a copy of another line", piece.start, piece.end)]
        return []
    found = []
    run = [pieces[0]]
    following: list[_Piece | None] = [*pieces[1:], None]
    for after in following:
        if after is not None and _solid(text[run[-1].end : after.start]) <= MAX_GAP_CHARS:
            run.append(after)
            continue
        if len(run) >= 2 and run[-1].end - run[0].start >= MIN_RUN_CHARS:
            found.append(Copy(
                line, f"copy of {len(run)} other lines glued inside a longer line",
                run[0].start, run[-1].end,  # offsets in the view's text (see _round)
            ))
        if after is not None:
            run = [after]
    return found


def _word_edge(text: str, at: int) -> bool:
    """Does a word end at ``at`` in ``text``: not letters on both sides of it, nor digits (a
    number glued after a word, "Tunjungan1. ...", is a list item's in a flattened line)? A
    small letter with a capital glued after it is an edge too: the copy (a whole other line)
    ends there and the next link or promo starts ("... di Jalan TunjunganLihat juga: ...")."""
    before, after = text[at - 1 : at], text[at : at + 1]
    if before.islower() and after.isupper():
        return True
    return not ((before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit()))


def _repeats(views: Sequence[_View]) -> list[Copy]:
    """Prose lines printed again word for word, before the story's last original paragraph."""
    seen: set[str] = set()
    repeats: list[Line] = []
    last_original = -1
    for view in views:
        if view.body:
            if view.text in seen:
                repeats.append(view.line)
            else:
                last_original = view.line.index
            seen.add(view.text)
    # a repeat after the story's last original paragraph stays: removing it would move the
    # end of the story, and what sits between the two copies would then look like the tail
    return [Copy(line, "paragraph printed again word for word", repeat=True)
            for line in repeats if line.index < last_original]


def _teasers(views: Sequence[_View]) -> list[Copy]:
    """Lines ending with an ellipsis whose words open another, longer line (DU03)."""
    teasers = []
    for view in views:
        text = view.text
        if not textshape.ends_with_ellipsis(text) or view.words <= MIN_TEASER_WORDS:
            continue
        stem = _ELLIPSIS.sub("", text)
        if len(stem) >= KEY_CHARS:
            teasers.append((view, stem))
    if not teasers:
        return []
    wanted = {stem[:KEY_CHARS] for _, stem in teasers}
    by_key: dict[str, list[tuple[int, str]]] = {}
    for view in views:
        key = view.text[:KEY_CHARS]
        if key in wanted:
            by_key.setdefault(key, []).append((view.line.index, view.text))
    found = []
    for view, stem in teasers:
        for index, text in by_key.get(stem[:KEY_CHARS], ()):
            if index != view.line.index and len(text) > len(stem) and text.startswith(stem):
                found.append(Copy(view.line, "teaser of a paragraph printed in full elsewhere", teaser=True))
                break
    return found


def _doubled(views: Sequence[_View]) -> list[Copy]:
    """Lines that open with a run printed twice or more, glued ("<paragraph><paragraph>..."):
    the prints after the first go. The line's first characters are looked up once more in it; when the
    text before that place is printed again right there, it is the doubled run. (A sentence
    glued to its own copy is found as a piece of its line when the sentence has a line of
    its own; this finds it when it has none, as when a read-also link glued after each
    print hides the doubling until it is cut.)"""
    found = []
    for view in views:
        text = view.text  # (a site pack's match glued before the run is cut out of the view)
        if len(text) < 2 * MIN_RUN_CHARS:
            continue
        again = text.find(text[:KEY_CHARS], MIN_RUN_CHARS)
        if again < 0:
            continue
        run = text[:again].rstrip()
        if not text.startswith(run, again):
            # the run's opening sentences printed again after glued chrome ("<paragraph>Baca
            # juga: ...<promo><paragraph>..."): the second print of the sentences goes, the
            # chrome between is left to its own rules (which cut it in the same pass)
            end = _shared_sentences(text, again)
            if end >= MIN_RUN_CHARS:
                found.append(Copy(view.line, "line whose opening sentences are printed again after "
                                  "glued words", again, again + end))
            continue
        # every further print of the run right after it goes too (a run printed three times
        # would otherwise be found again on a second pass)
        last = again
        while text.startswith(run, last + again):
            last += again
        found.append(Copy(view.line, "line that opens with a run printed twice or more, glued", again,
                          last + len(run)))
    return found


def _shared_sentences(text: str, again: int) -> int:
    """How long an opening of ``text`` that ends a sentence is printed again at ``again``
    (0 when none): the longest shared opening (found by halving, each step one comparison),
    cut back to its last sentence end that a space, a capital or the shared opening's end
    follows in both prints (a "." inside "Rp 5.000" ends nothing)."""
    low, high = 0, min(again, len(text) - again)
    while low < high:  # the longest k with text[:k] == text[again:again + k]
        k = (low + high + 1) // 2
        if text.startswith(text[:k], again):
            low = k
        else:
            high = k - 1
    if low >= MIN_RUN_CHARS and text[low - 1] in _SENTENCE_END:
        return low
    end = 0
    for mark in _SHARED_END.finditer(text, MIN_RUN_CHARS - 1, low):  # (one pass: the last one)
        end = mark.end()
    return end


def _round(doc: AnalysedDocument, views: dict[int, _View]) -> list[Copy]:
    """The copies among ``views``; spans in the views' texts are mapped to input offsets."""
    ordered = list(views.values())
    found = _repeats(ordered)
    found.extend(_teasers(ordered))
    settled = {c.line.index for c in found if c.repeat}  # lines not searched for pieces
    for copy in _doubled(ordered):  # (offsets in the view's text: mapped to the input)
        if copy.line.index not in settled and copy.start is not None and copy.end is not None:
            view = views[copy.line.index]
            found.append(Copy(copy.line, copy.reason, view.offset(copy.start), view.offset(copy.end - 1) + 1))
            settled.add(copy.line.index)
    index = _index(ordered)
    if not index:
        return found
    # a few keys: str.find per key costs less than building an automaton (the same answer)
    finder = KeyFinder((key[:FINDER_CHARS] for key in index),
                       "find" if len(index) <= FEW_KEYS else doc.config.engine)
    paragraphs: dict[str, list[tuple[int, int, str]]] | None = None
    for view in ordered:
        text = view.text
        if len(text) <= MIN_PIECE_CHARS or view.line.index in settled:
            continue
        pieces = _pieces(text, view.line.index, index, finder)
        decided = _decide(views, view, pieces) if pieces else []
        if pieces and not decided and any(not textshape.ends_sentence(views[p.index].text) for p in pieces):
            # a line that ends no sentence (a headline, a cut-off line another rule removes)
            # may hide, as the longest match, the paragraphs it opens: read again with
            # paragraphs only
            if paragraphs is None:
                paragraphs = {key: [c for c in lines if textshape.ends_sentence(c[2])] for key, lines in index.items()}
            pieces = _pieces(text, view.line.index, paragraphs, finder)
            decided = _decide(views, view, pieces) if pieces else []
        if decided:
            for copy in decided:
                if copy.start is not None and copy.end is not None:
                    copy = Copy(copy.line, copy.reason, view.offset(copy.start), view.offset(copy.end - 1) + 1)
                found.append(copy)
    return found


def _spam_in_remnant(view: _View, threshold: float) -> list[tuple[int, int]] | None:
    """The gambling spam the spam reading finds in what a copy left of a line (spans of
    ``view.text``), read alone as a second pass reads it; None when it would take the whole
    remnant. The copy had diluted it on the first pass (the spam reading scores a stretch
    of text by what it holds)."""
    from cleanser.spam.analysis import analyse_text, may_score

    text = view.text
    if not may_score(text):
        return []
    spans = []
    for finding in analyse_text(text).findings:
        if finding.score < threshold:
            continue
        if not text[: finding.start].strip() and not text[finding.end :].strip():
            return None
        start, end = finding.start, finding.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _without(
    views: dict[int, _View], found: list[Copy], threshold: float
) -> tuple[dict[int, _View], set[int], list[Copy]]:
    """The views once ``found`` is cut: whole lines go, spans are cut from their line; the
    lines that spans emptied, or left fewer than ``MIN_REMNANT_WORDS`` words of that are no
    prose, or left gambling spam only: a byline, a label, a letter or an emoji glued to a
    copy is glued chrome, and left alone it would read differently on a second pass (a byline
    or title line of its own, a spam line); and the spam found in what a copy left of a line,
    cut with the copy."""
    gone = {c.line.index for c in found if c.start is None}
    cuts: dict[int, list[tuple[int, int]]] = {}
    for copy in found:
        if copy.start is not None and copy.end is not None and copy.line.index not in gone:
            cuts.setdefault(copy.line.index, []).append((copy.start, copy.end))
    kept = {}
    emptied = set()
    spam: list[Copy] = []
    for index, view in views.items():
        if index in gone:
            continue
        spans = cuts.get(index)
        if spans:
            for start, end in sorted(spans, reverse=True):
                view = _cut(view, *_local(view, start, end))
            left = None if view.words < MIN_REMNANT_WORDS and not view.body else _spam_in_remnant(view, threshold)
            if left is None:
                emptied.add(index)  # nothing left, glued chrome, or spam
                continue
            for start, end in sorted(left, reverse=True):
                spam.append(Copy(view.line, "gambling spam left beside a glued copy (the copy diluted it)",
                                 view.offset(start), view.offset(end - 1) + 1))
                view = _cut(view, start, end)
        kept[index] = view
    return kept, emptied, spam


def _local(view: _View, start: int, end: int) -> tuple[int, int]:
    """The span of ``view.text`` holding what is left of the input span [start, end)."""
    first, last = len(view.text), 0
    for at, origin, length in view.runs():
        a, b = max(start, origin), min(end, origin + length)
        if a < b:
            first, last = min(first, at + a - origin), max(last, at + b - origin)
    return (first, last) if first < last else (0, 0)


def _spam_cuts(doc: AnalysedDocument) -> dict[int, list[tuple[int, int]]]:
    """For each line that gambling spam at the threshold touches, the spans of it the spam
    covers (the spam rules remove every finding that reaches the threshold). These lines get
    a view whatever their length, cut by ``_without_spam``."""
    threshold = doc.config.threshold
    cuts: dict[int, list[tuple[int, int]]] = {}
    for finding in doc.spam.findings:
        if finding.score < threshold:
            continue
        line = doc.line_at(finding.start)
        while True:
            if finding.start < line.end and line.start < finding.end:
                cuts.setdefault(line.index, []).append((max(finding.start, line.start), min(finding.end, line.end)))
            if line.end >= finding.end or line.index + 1 >= len(doc.lines):
                break
            line = doc.lines[line.index + 1]
    return cuts


def _without_spam(
    views: dict[int, _View], cuts: dict[int, list[tuple[int, int]]]
) -> tuple[dict[int, _View], set[int]]:
    """The views once the gambling spam that goes is cut (``_spam_cuts``): a line is a copy,
    or holds one, as it reads without it."""
    emptied = set()
    for index, spans in cuts.items():  # (replaced in place: the views stay in line order)
        view = views.get(index)
        if view is None:
            continue  # a blank line inside a finding
        for start, end in sorted(spans, reverse=True):
            local = _local(view, start, end)
            if local[0] < local[1]:
                view = _cut(view, *local)
        if view.text:
            views[index] = view
        else:
            del views[index]
            emptied.add(index)
    return views, emptied


def find(doc: AnalysedDocument) -> Found:
    """Every glued copy, repeated paragraph and paragraph teaser in ``doc`` (read once per
    document through ``AnalysedDocument.copies``: the title finder and the dateline rule look
    past whole-line copies, so that their decisions do not change once the copies are gone).

    Cutting a copy can make another: what is left of a line once a glued run is cut may be a
    piece of a further copy, a repeat or a teaser. The search is run again on the lines as
    they read once the copies found so far are gone, until it finds nothing new (at most
    ``MAX_ROUNDS`` times; most documents need one), so that a second pass finds nothing the
    first did not (idempotence)."""
    same: dict[str, str] = {}  # a line printed again reads as the same string (one copy held)
    cuts = _spam_cuts(doc)
    views: dict[int, _View] = {}
    body = doc._body_set  # (``doc.is_body``, read by index)
    words = doc.words
    keep = same.setdefault
    for line in doc.content_lines:
        index = line.index
        prose = body[index] == 1
        if not prose and index not in cuts:
            # Can the line be a copy, hold one, or be the paragraph a teaser opens? Pieces
            # and the lines holding them are longer than ``MIN_PIECE_CHARS``, teasers and
            # what they open at least ``KEY_CHARS``, repeats are prose: a shorter line that
            # is no prose is none of these, and gets no view (a document of many short
            # lines keeps no copy of their text here). A line spam touches gets one
            # whatever its length.
            if line.end - line.start < KEY_CHARS:
                continue
            text = line.stripped
            if len(text) < KEY_CHARS:
                continue
        else:
            text = line.stripped
        views[index] = _View(line, keep(text, text), prose, len(words[index]))
    same.clear()
    # a site pack's match glued at a line's end goes in the same pass: the line is read
    # without it (a paragraph printed again with the pack's promo after it is a repeat)
    for index, start in doc.site_pack_closings().items():
        if index in views:
            line = doc.lines[index]
            cuts.setdefault(index, []).append((start, line.content_end))
    # and so does one glued at its opening (a paragraph printed again after the pack's promo),
    # and a notice opening a line with the story after it (LG01 cuts it in the same pass)
    for index, resume in doc.site_pack_openings().items():
        if index in views:
            cuts.setdefault(index, []).append((doc.lines[index].content_start, resume))
    noticed = doc.hits.lines_of("legal_notice")
    for index in list(views) if noticed is None else noticed:
        if index in views and (head := legal.opening_notice(doc.lines[index].text)) is not None:
            line = doc.lines[index]
            cuts.setdefault(index, []).append((line.start + head[0], line.start + head[1]))
    # and a disclaimer opening a line with the story after it ("Disclaimer: ... keputusan
    # tersebut.<the story>") or glued after the story's prose at its end ("... Senin
    # (16/6/2025).Disclaimer: ..."): LG01 cuts either alone
    disclaimed = doc.hits.lines_of(legal.DISCLAIMER_FAMILY)  # (None: every line may hold one)
    for index in list(views) if disclaimed is None else [i for i in disclaimed if i in views]:
        line = doc.lines[index]
        text = line.text
        if ":" not in text and "：" not in text:
            continue
        if (head := legal.opening_disclaimer(text)) is not None:
            cuts.setdefault(index, []).append((line.start + head[0], line.start + head[1]))
        elif (at := legal.disclaimer_after(text)) is not None and textshape.is_body_paragraph(text[:at].rstrip()):
            # (to where the disclaimer ends: the story may resume after it on the line)
            cuts.setdefault(index, []).append((line.start + at, line.start + legal.disclaimer_end(text, at)))
    views, spam_only = _without_spam(views, cuts)
    found: list[Copy] = []
    emptied: set[int] = set()
    for _ in range(MAX_ROUNDS):
        new = _round(doc, views)
        if not new:
            break
        found.extend(new)
        views, gone, spam = _without(views, new, doc.config.threshold)
        found.extend(spam)
        emptied |= gone
    cut = [v for v in views.values()
           if v.segments is not None and (len(v.segments) != 1 or v.text != v.line.stripped)]
    remnants = {v.line.index: v.text for v in cut}
    runs = {v.line.index: v.runs() for v in cut}
    remnants.update(dict.fromkeys(spam_only | emptied, ""))
    if not emptied:
        return Found(tuple(found), remnants, runs)
    # a line that copies emptied goes whole, as one copy: the title finder and the dateline
    # rule then look past it, as a second pass would not see it
    whole = []
    for copy in found:
        if copy.line.index in emptied:
            if copy.start is not None:
                whole.append(Copy(copy.line, copy.reason))
                emptied.discard(copy.line.index)
        else:
            whole.append(copy)
    return Found(tuple(whole), remnants, runs)


def glued_copies(doc: AnalysedDocument) -> tuple[Copy, ...]:
    """Every glued copy, repeated paragraph and paragraph teaser in ``doc`` (``find``)."""
    return find(doc).copies
