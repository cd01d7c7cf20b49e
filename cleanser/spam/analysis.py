"""One pass over a document that finds its gambling spam, shared by the SP rules.

Every finding lies within a line, and each line is read on its own (normalised with its
own offset map, the lexicon run over it), so only the lines that can score are read: the
gate (``gate.scan``) picks the lines that may hold non-weak evidence, in one pass over the
whole text; of those, a line whose ``scoring.ceiling`` falls short of any finding is
passed over. The cost of the reading and its memory grow with those lines, not with the
text. Whether the document reports on gambling (it then raises the threshold) is read on
the gate's normalised text of every line. The lines that can score are looked at in turn:

- a related-link slot ("Lihat Juga : <title>") whose title scores as spam -> ``slot``
- otherwise the line is cut into sentences; consecutive sentences that carry gambling
  evidence form a run, and each run is scored as a whole:
  - runs covering the whole line -> ``line`` (the paragraph is spam)
  - a run inside a paragraph of clean sentences -> ``sentences``
  - a single sentence whose evidence sits in one short cluster of words amid ordinary
    prose -> ``anchor`` (only the injected keywords go, the sentence stays)
- when spam makes up much of the page, lines with any gambling evidence that fell short
  of the threshold on their own -> ``context`` (only then is every line read: the spam
  findings cover a good part of the page already).

Lines that come close to the threshold are reported with a score under 0.5, so the
pipeline lists them as suspicions instead of removing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from operator import add

import regex

from cleanser import lexicon, textshape
from cleanser.document import Document, Line
from cleanser.spam import lexicon as spam_lexicon
from cleanser.spam.gate import Scan, scan
from cleanser.spam.lexicon import SPEECH
from cleanser.spam.normalise import normalise
from cleanser.spam.scoring import NEWS_DOCUMENT_TERMS, THRESHOLD, Score, Scorer, ceiling
from cleanser.textshape import nonspace_count

SUSPICION_FLOOR = 2.0
SUSPICION_SCORE = 0.49  # the highest score of a suspicion: never a removal
_DISGUISED = frozenset({"disguised", "disguised-brand"})
ANCHOR_MIN_OUTSIDE_WORDS = 6
# A paragraph whose text outside its spam runs is shorter than this is spam as a whole.
MIN_HOST_WORDS = 8
PAGE_SHARE = 0.3
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'”’)\]]*)\s+(?=\S)")
# What may separate two keywords of one injected cluster: spaces and link joiners, not
# a comma or a full stop (those separate clauses).
_CLUSTER_GAP = regex.compile(r"[\s|/\-_+&]*")
_HEADING_COLON = regex.compile(r"\s*[:|–—\-]")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*\s*$")


@cache
def _slot_label() -> regex.Pattern[str]:
    return lexicon.caseless(
        r"^\s*[\[(«»>*•\-]*\s*" + lexicon.alternation("spam_slot_labels")
        + r"\s*[:：|»>–—\-]*\s*",
    )


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the input judged to be gambling spam (or suspected, when score < 0.5)."""

    kind: str
    start: int
    end: int
    reason: str
    score: float


@dataclass(frozen=True, slots=True)
class Analysis:
    findings: tuple[Finding, ...]

    def of_kind(self, kind: str) -> Iterator[Finding]:
        return (f for f in self.findings if f.kind == kind)


def confidence(value: float) -> float:
    """Map a spam score onto the pipeline's [0, 1] scale: the threshold lands on 0.5."""
    return max(0.0, min(1.0, 0.5 + (value - THRESHOLD) / 6.0))


def analyse(doc: Document) -> Analysis:
    """The spam findings of ``doc``, read once per document (kept in the document's memo:
    every SP rule asks for them). Nothing here caches by text."""
    return doc.memo(("spam-analysis",), lambda: analyse_document(doc))


def analyse_document(doc: Document) -> Analysis:
    """``analyse_text(doc.text)``, read on the lines ``doc`` has already (no second split
    of the text)."""
    found = scan(doc.text)
    if not found.hot:
        return Analysis(())
    return _Analyser(doc, found).run()


def analyse_text(text: str) -> Analysis:
    """Spam findings for ``text``, read afresh on every call.

    A document that cannot hold any gambling evidence (``gate.scan`` finds no line that
    may hold some, most documents) is answered without reading a line; otherwise only the
    lines that may hold evidence are read, each on its own, and only those that can score
    (``may_score``) are scored; the other lines are read only for page context, on a page
    that spam findings already cover for a good part."""
    found = scan(text)
    if not found.hot:
        return Analysis(())  # what may_hold_spam(text) answers with False
    return _Analyser(Document(text), found).run()


# The lowest score any finding needs (a suspicion); spam findings need THRESHOLD.
_LOWEST_BAR = min(SUSPICION_FLOOR, THRESHOLD)


def may_score(text: str, hot: frozenset[int] | None = None) -> bool:
    """False only when no stretch of ``text`` can score high enough for any finding.

    Every finding scores a stretch inside one line (a slot's title, a run of sentences,
    a line, a keyword cluster; page context needs two spam findings first), so a line
    whose ``scoring.ceiling`` is below the lowest bar cannot give one. Each line is read
    on its own (normalisation and the lexicon are local to a line). Only the lines where
    the gate sees something can hold non-weak evidence (``gate.scan``); those few are read
    with the full lexicon. A stray "withdraw" or "wild" in an English page, or a page in
    another script, is then no reason for the full reading.
    ``hot``: the text's ``gate.scan(text).hot``, when the caller has them already."""
    lines = text.splitlines()
    if hot is None:
        hot = scan(text).hot
    return any(_LineReading(lines[k], 0).can_score for k in sorted(hot))


def _guard(chars: int) -> float:
    """A regex timeout that only a fault of this package could reach: every pattern here
    runs in time linear in the text, so the outcome never depends on the machine's load."""
    return 60.0 + chars / 1000


class _LineReading:
    """One line read on its own: normalised with a line break on either side (as the
    lexicon's lookarounds see a line in place), its evidence, and the most any stretch of
    it can score; its news, collocations and marks of promotion when it is scored."""

    __slots__ = ("_scorer", "base", "ceiling", "norm", "terms")

    def __init__(self, line: str, start: int) -> None:
        self.base = start - 1  # input offset of the reading's first character
        self.norm = normalise(f"\n{line}\n")
        self.terms = spam_lexicon.find_terms(self.norm, _guard(len(line)))
        self.ceiling = ceiling(self.terms)
        self._scorer: Scorer | None = None

    @property
    def can_score(self) -> bool:
        return self.ceiling >= _LOWEST_BAR

    def scorer(self, reports_gambling: bool) -> Scorer:
        if self._scorer is None:
            timeout = _guard(len(self.norm.source))
            self._scorer = Scorer(
                self.norm,
                self.terms,
                spam_lexicon.find_news(self.norm, timeout),
                spam_lexicon.find_innocent(self.norm, timeout),
                spam_lexicon.find_address(self.norm, timeout),
                reports_gambling,
                spam_lexicon.find_namings(self.norm, timeout),
            )
        return self._scorer

    def range_of(self, start: int, end: int) -> tuple[int, int]:
        """Normalised characters of input offsets ``start`` to ``end``."""
        return self.norm.index_of(start - self.base), self.norm.index_of(end - self.base)

    def source_span(self, i: int, j: int) -> tuple[int, int]:
        """Input offsets of normalised characters ``i`` to ``j``."""
        a, b = self.norm.source_span(i, j)
        return a + self.base, b + self.base


def _reports_gambling(text: str, found: Scan, known: dict[int, _LineReading]) -> bool:
    """Does the document report on gambling: four distinct words of gambling news or more
    (``scoring.NEWS_DOCUMENT_TERMS``), each read within its line? It then raises the
    threshold of every line. Read on the gate's normalised text, and the lines it could
    not read on their own."""
    labels: set[str] = set()
    for norm in found.blocks or ():
        bounds, ends = line_bounds(norm)
        timeout = _guard(len(norm))
        # only the lines holding a key of the news words may hold one of them; the keys'
        # places found in one pass over the block, then read line by line
        held = spam_lexicon.news_line_places(norm, bounds, ends)
        holding: Iterable[tuple[int, dict[str, list[int]] | None]] = (
            ((k, None) for k in range(len(bounds))) if held is None else held
        )
        for k, places in holding:
            a, b = bounds[k], ends[k]
            if b > a:
                labels |= spam_lexicon.news_labels(norm, timeout, a, b, places)
                if len(labels) >= NEWS_DOCUMENT_TERMS:
                    return True
    if not found.unread:
        return False
    lines = text.splitlines()
    for k in sorted(found.unread):
        if lines[k].strip():
            reading = known.get(k)  # a line read already is not read again
            norm = reading.norm.text if reading is not None else normalise(lines[k]).text
            labels |= spam_lexicon.news_labels(norm, _guard(len(norm)))
            if len(labels) >= NEWS_DOCUMENT_TERMS:
                return True
    return False


def line_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where each line of ``text`` starts, and where its content ends (before its line
    break), as ``str.splitlines`` cuts it (where ``textshape.LINE_BREAK`` matches): read
    from the lengths of its lines with and without their breaks, not searched for."""
    kept = text.splitlines(keepends=True)
    starts = [0, *accumulate(map(len, kept))]
    starts.pop()
    return starts, list(map(add, starts, map(len, text.splitlines())))


class _Analyser:
    """The reading of one document. ``found``: what the gate found in it; without it every
    line is read (the reading that ``analyse_text`` must equal, used by the tests)."""

    def __init__(self, doc: Document, found: Scan | None = None) -> None:
        self.doc = doc
        self.found = found
        self.hot = found.hot if found is not None else frozenset(range(len(doc.lines)))
        self.findings: list[Finding] = []
        self.done: set[int] = set()
        self.prefixed: set[int] = set()  # starts of sentences that a keyword prefix opens
        # the readings of the line at hand and the next one: never more than a few at once
        self._readings: dict[int, _LineReading] = {}
        self._reports: bool | None = None

    def reading(self, line: Line) -> _LineReading:
        found = self._readings.get(line.index)
        if found is None:
            for k in [k for k in self._readings if k < line.index - 1]:
                del self._readings[k]
            found = self._readings[line.index] = _LineReading(line.text, line.start)
        return found

    def can_score(self, line: Line) -> bool:
        """Can any stretch of ``line`` score high enough for a finding?"""
        return line.index in self.hot and self.reading(line).can_score

    def scorer(self, line: Line) -> Scorer:
        if self._reports is None:
            found = self.found if self.found is not None else scan(self.doc.text)
            self._reports = _reports_gambling(self.doc.text, found, self._readings)
        return self.reading(line).scorer(self._reports)

    def run(self) -> Analysis:
        lines = self.doc.content_lines
        hot = self.hot
        # a line can give a finding only when it, or the line after it (the title of a
        # related-link slot), may score: the others are passed over
        scoring = [k for k, line in enumerate(lines) if line.index in hot]
        for k in sorted({j for h in scoring for j in (h - 1, h) if j >= 0}):
            line = lines[k]
            if line.index in self.done:
                continue
            following = lines[k + 1] if k + 1 < len(lines) else None
            if not self._slot(line, following):
                self._line(line)
        self._context()
        return Analysis(tuple(sorted(self.findings, key=lambda f: f.start)))

    # -- related-link slots -----------------------------------------------------------

    def _slot(self, line: Line, following: Line | None) -> bool:
        label = _slot_label().match(line.text)
        if not label:
            return False
        title_start = line.start + label.end()
        if title_start >= line.content_end:  # the lead-in alone; the title is the next line
            if following is None or not self.can_score(following):
                return False
            score = self._score_span(following, following.content_start, following.content_end)
            if score.is_spam:
                self._add("slot", line.content_start, following.content_end,
                          "related-link slot with a gambling title; "
                          + score.reason(self.reading(following).norm), score.value)
                self.done.add(following.index)
                return True
            return False
        if not self.can_score(line):
            return False  # no stretch of the line scores as spam
        score = self._score_span(line, title_start, line.content_end)
        if score.is_spam:
            self._add("slot", line.content_start, line.content_end,
                      "related-link slot with a gambling title; "
                      + score.reason(self.reading(line).norm), score.value)
            return True
        return False

    # -- lines, sentences, anchors ----------------------------------------------------

    def _line(self, line: Line) -> None:
        if not self.can_score(line):
            return  # no stretch of it can score as much as a suspicion
        reading = self.reading(line)
        norm = reading.norm
        li, lj = reading.range_of(line.content_start, line.content_end)
        if not self.scorer(line).terms_in(li, lj):
            return
        sentences = list(_sentences(line))
        scores = [self._score_span(line, s, e, (li, lj)) for s, e in sentences]
        # a sentence with reporting words in it that is no spam on its own reports on
        # gambling: it is body, and no run of spam takes it in
        # (generic words like "rekening", "korban" at half weight do not make a report)
        reporting = [
            not sc.is_spam and any(t.kind == SPEECH or t.weight >= 1.0 for t in sc.news)
            for sc in scores
        ]
        spam_runs: list[tuple[int, int, Score]] = []  # sentence index ranges [a, b)
        k = 0
        while k < len(sentences):
            if not scores[k].has_evidence or reporting[k]:
                k += 1
                continue
            a = k
            while k < len(sentences) and scores[k].has_evidence and not reporting[k]:
                k += 1
            score = self._score_span(line, sentences[a][0], sentences[k - 1][1], (li, lj))
            if score.is_spam:
                spam_runs.append((a, k, score))
        if not spam_runs:
            whole = self._score_span(line, line.content_start, line.content_end)
            if whole.is_spam and len(sentences) <= 2 and not any(reporting):
                self._add("line", line.content_start, line.content_end,
                          whole.reason(norm), whole.value)
            elif whole.value >= SUSPICION_FLOOR and whole.evidence >= 1.0:
                self._add("line", line.content_start, line.content_end,
                          "looks like gambling spam but falls short; " + whole.reason(norm),
                          whole.value, suspicion=not whole.is_spam or any(reporting))
            return
        spam_runs = [self._widen_to_quote(sentences, run) for run in spam_runs]
        # a sentence whose only evidence is an injected keyword cluster keeps the rest
        spam_runs = [
            (a, b, score) for a, b, score in spam_runs
            if not (b - a == 1 and self._anchor(line, *sentences[a], score))
        ]
        if not spam_runs:
            return
        covered = {k for a, b, _ in spam_runs for k in range(a, b)}
        clean_words = sum(
            textshape.word_count(self.doc.text[s:e])
            for k, (s, e) in enumerate(sentences) if k not in covered
        )
        prefix = "gambling keywords prefixed to copied text; "
        if clean_words < MIN_HOST_WORDS:
            whole = self._score_span(line, line.content_start, line.content_end)
            score = whole if whole.is_spam else max((r[2] for r in spam_runs), key=lambda x: x.value)
            lead = prefix if any(sentences[a][0] in self.prefixed for a, _, _ in spam_runs) else ""
            self._add("line", line.content_start, line.content_end,
                      lead + score.reason(norm), score.value)
            return
        for a, b, score in spam_runs:
            start, end = sentences[a][0], sentences[b - 1][1]
            lead = prefix if start in self.prefixed else "gambling spam glued into a paragraph; "
            self._add("sentences", start, end, lead + score.reason(norm), score.value)

    def _widen_to_quote(
        self, sentences: list[tuple[int, int]], run: tuple[int, int, Score]
    ) -> tuple[int, int, Score]:
        """A quotation is one unit: a run that starts or ends inside one takes all of it."""
        a, b, score = run
        text = self.doc.text
        depth = 0
        opened_at: int | None = None
        for k, (s, e) in enumerate(sentences):
            before = depth
            depth = max(0, depth + text.count("“", s, e) - text.count("”", s, e))
            if before == 0 and depth > 0:
                opened_at = k
            if k == a and before > 0 and opened_at is not None:
                a = opened_at  # the run starts inside a quotation
            if k >= b - 1:
                if depth == 0:
                    b = max(b, k + 1)
                    break
                if k == len(sentences) - 1:
                    break
        return a, b, score

    def _anchor(self, line: Line, start: int, end: int, score: Score) -> bool:
        """Propose only the keyword cluster when it is the sentence's sole evidence."""
        reading = self.reading(line)
        scorer = self.scorer(line)
        i, j = reading.range_of(start, end)
        terms = scorer.terms_in(i, j)
        clusters: list[list[int]] = []  # [ci, cj, has_evidence]
        text = reading.norm.text
        for term in terms:
            strong = term.kind != spam_lexicon.WEAK
            if clusters and (
                term.i <= clusters[-1][1]
                or _CLUSTER_GAP.fullmatch(text, clusters[-1][1], term.i)
            ):
                clusters[-1][1] = max(clusters[-1][1], term.j)
                clusters[-1][2] |= strong
            else:
                clusters.append([term.i, term.j, strong])
        evidence = [c for c in clusters if c[2]]
        if len(evidence) != 1:
            return False
        ci, cj, _ = evidence[0]
        if any(t.kind in _DISGUISED for t in terms):
            return False  # disguise is comment spam; injected links are plain to be indexed
        outside = [t for t in terms if t.j <= ci or t.i >= cj]
        if any(t.weight >= 0.5 for t in outside):  # the sentence itself talks gambling
            return False
        cluster_score = scorer.score(ci, cj)
        if not cluster_score.is_spam:
            return False
        a, b = reading.source_span(ci, cj)
        doc_text = self.doc.text
        rest = doc_text[start:a] + " " + doc_text[b:end]
        if textshape.word_count(rest) < ANCHOR_MIN_OUTSIDE_WORDS:
            return False
        if _HEADING_COLON.match(doc_text, b, end) and not doc_text[start:a].strip():
            return False  # "Slot Gacor: ..." is a spam headline, not an injected link
        if not doc_text[start:a].strip() and _copied_prose(doc_text[b:end]):
            # "slot gacor Bandar udara ini melayani ...": a keyword glued before a sentence
            # copied from elsewhere; the page is a doorway, the sentence goes with it
            self.prefixed.add(start)
            return False
        if b < end and not _SENTENCE_END.search(doc_text, start, end):
            return False  # the words around it are not a sentence of prose
        self._add("anchor", a, b,
                  "gambling keywords injected into a sentence; " + score.reason(reading.norm),
                  score.value)
        return True

    # -- page context -----------------------------------------------------------------

    def _context(self) -> None:
        spam = [f for f in self.findings if f.score >= 0.5]
        if len(spam) < 2:
            return
        text = self.doc.text
        total = nonspace_count(text)  # the content lines hold every non-space character
        covered = sum(nonspace_count(text[f.start : f.end]) for f in spam)
        if total == 0 or covered / total < PAGE_SHARE:
            return
        taken = {self.doc.line_at(f.start).index for f in spam}
        taken |= {self.doc.line_at(max(f.start, f.end - 1)).index for f in spam}
        replaced: set[tuple[int, int]] = set()
        for line in self.doc.content_lines:
            if line.index in taken:
                continue
            # a line is read here only on a page that spam findings cover for a good part
            score = self._score_span(line, line.content_start, line.content_end)
            if score.has_evidence and not score.news:
                replaced.add((line.content_start, line.content_end))
                self._add("context", line.content_start, line.content_end,
                          f"on a page that is {covered / total:.0%} gambling spam; "
                          + score.reason(self.reading(line).norm), max(score.value, THRESHOLD))
        if replaced:  # a near miss on such a page is no longer a mere suspicion
            self.findings = [
                f for f in self.findings
                if f.kind == "context" or (f.start, f.end) not in replaced
            ]

    # -- helpers ----------------------------------------------------------------------

    def _score_span(
        self, line: Line, start: int, end: int, context: tuple[int, int] | None = None
    ) -> Score:
        """Score input offsets ``start`` to ``end`` of ``line``; ``context``: the line's
        content, in normalised characters of its reading."""
        i, j = self.reading(line).range_of(start, end)
        return self.scorer(line).score(i, j, context)

    def _add(self, kind: str, start: int, end: int, reason: str, value: float,
             suspicion: bool = False) -> None:
        """``suspicion``: below the document's threshold (raised in a story about gambling),
        so the score stays under 0.5 however high the value."""
        score = confidence(value)
        if suspicion:
            score = min(score, SUSPICION_SCORE)
        self.findings.append(Finding(kind, start, end, reason, score))


_PROSE_WORD = regex.compile(r"[\p{L}][\p{L}\-]*")


def _copied_prose(rest: str) -> bool:
    """Is ``rest`` (what follows a keyword cluster at the start of a sentence) a sentence
    of its own: a capitalised first word, then mostly lower-case words, as prose is
    written? A news sentence goes on in lower case ("Slot gacor menjadi kata kunci ..."),
    a spam heading in title case ("Slot Gacor Hari Ini Gampang Menang")."""
    words = _PROSE_WORD.findall(rest)
    if len(words) < ANCHOR_MIN_OUTSIDE_WORDS or not rest[:1].isspace():
        return False
    # the keywords may trail a word or two of their own ("... hari ini Menurut kamus ...")
    opening = next((k for k, w in enumerate(words[:3]) if w[0].isupper()), None)
    if opening is None or any(not w.islower() for w in words[:opening]):
        return False
    if opening == 0 and rest.lstrip()[:1] != words[0][0]:
        return False
    later = words[opening + 1 :]
    lower = sum(1 for w in later if w[0].islower())
    return lower >= 0.6 * len(later)


def _sentences(line: Line) -> Iterator[tuple[int, int]]:
    """Input spans of the sentences of ``line`` (without surrounding spaces): split after
    a sentence's end and the spaces after it, and at an end glued to the next sentence's
    capital ("... setiap hari!Fakta atau ...", ``textshape.GLUED_SENTENCE_END``)."""
    text = line.text
    cursor = line.content_start - line.start
    end = line.content_end - line.start
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text, cursor, end)]
    if "." in text or "!" in text or "?" in text:
        glued = [(m.end(), m.end()) for m in textshape.GLUED_SENTENCE_END.finditer(text, cursor, end)
                 if m.end() < end]
        if glued:
            breaks = sorted(breaks + glued)
    for stop, resume in breaks:
        yield line.start + cursor, line.start + stop
        cursor = resume
    if cursor < end:
        yield line.start + cursor, line.start + end
