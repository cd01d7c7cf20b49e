"""Scoring a stretch of text for gambling spam from the evidence the lexicon found.

Each distinct term counts once with its weight. Weak words (slot, rtp, gacor, bandar,
jackpot...) count only beside real evidence, and only up to a cap; a word inside an
ordinary collocation ("slot parkir", "bandar udara") does not count; a term in quotation
marks is a mention, not an advertisement, and counts a quarter; so does a term that a word
introduces as a term ("istilah slot gacor", "kata maxwin", "yang disebut togel online"),
or half in a stretch that speaks to the reader, whole in one that offers something
("daftar sekarang", "bonus deposit"); a name followed by praise ("disebut sebagai situs
slot gacor terbaik") is the page's own claim and counts whole. Words of news reporting
(police, blocking, ministries, speech verbs) count against the verdict: in the stretch
itself fully, elsewhere in the same paragraph partly.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from cleanser.spam.lexicon import NEWS, WEAK, Term
from cleanser.spam.normalise import Normalised, describe

THRESHOLD = 3.0
WEAK_CAP = 1.5
DISGUISED_CAP = 1.0
DISGUISED_BRAND_CAP = 3.5
NEWS_WEIGHT = 2.5
# Overlapping phrases ("situs slot" + "slot gacor" in "situs slot gacor") are one piece of
# evidence: the strongest counts whole, the others this share.
OVERLAP_SHARE = 0.25
SPEECH_WEIGHT = 1.5
NEARBY_NEWS_WEIGHT = 0.75
# Marks of promotion (second person, imperatives, superlatives, links, contacts) add this
# much each, up to ADDRESS_CAP, to a stretch with ADDRESS_MIN_EVIDENCE points of gambling
# evidence and no reporting word in it or around it.
ADDRESS_WEIGHT = 0.5
ADDRESS_CAP = 1.0
ADDRESS_MIN_EVIDENCE = 2.0
PROMO = "promo"
DISGUISED = "disguised"  # a word in disguise, no brand: bold letters of a quoted post too
SPECIFIC_PROMO = 1.5
# A quotation of any length attributed to a speaker (a speech verb within this many
# characters after it, or before it) is what someone said, not the page's own words.
ATTRIBUTION_REACH = 40
ATTRIBUTED_MAX_CHARS = 400
QUOTED_FACTOR = 0.25
# A document with this many distinct words of gambling news reports on gambling: its
# threshold rises, since its sentences name games and sites to tell the story.
NEWS_DOCUMENT_TERMS = 4
NEWS_DOCUMENT_RAISE = 1.5
# A short quotation is a mention of a name or a keyword ("Slot Gacor", 'Gates of Olympus').
MENTION_MAX_WORDS = 6
_QUOTATION = regex.compile(
    rf"“[^“”\n]{{1,{ATTRIBUTED_MAX_CHARS}}}”|\"[^\"\n]{{1,{ATTRIBUTED_MAX_CHARS}}}\""
    rf"|«[^«»\n]{{1,{ATTRIBUTED_MAX_CHARS}}}»|‘[^‘’\n]{{1,{ATTRIBUTED_MAX_CHARS}}}’"
    r"|(?<![\p{L}\p{N}])'[^'\n]{1,80}'(?![\p{L}\p{N}])"
)
# Kinds that a collocation like "slot parkir" can neutralise.
_MASKABLE = frozenset({WEAK, "promo", "mechanic", "slang"})
# Kinds of the lexicon's phrases, which a sentence can name as terms ("istilah slot
# gacor"); a brand or a word in disguise is no term a story explains.
_NAMEABLE = frozenset({WEAK, "phrase", "game", "slang", "promo", "mechanic"})
# What joins the terms of a list that one naming word introduces ("istilah slot gacor,
# maxwin, dan pola gacor"): a comma, a slash or a conjunction, never a space alone (the
# phrase after "kata slot gacor" in "kata slot gacor maxwin" is no term it names).
_NAMED_LIST_JOIN = regex.compile(
    r"[\s”“\"'’‘»«)(]*+(?:[,;/&]|(?:dan|atau|serta|maupun|and|or)(?![\p{L}\p{N}]))"
    r"[\s,”“\"'’‘»«)(]*+(?:(?:dan|atau|serta|maupun|and|or)(?![\p{L}\p{N}])[\s”“\"'’‘«(]*+)?+"
)
# A naming word introduces a few phrases at most, each of MENTION_MAX_WORDS words or fewer.
NAMED_MAX_ITEMS = 6
# Praise follows a name within this many characters (a space, a comma).
PRAISE_GAP = 3
# What a named term counts: a quarter, as a short quotation; half in a stretch that
# addresses the reader ("Jika Anda menemukan istilah slot gacor, ..."; "Yuk main di situs
# yang disebut slot gacor!"), where it may be an advertisement's own word; whole beside a
# phrase of promotion ("..., daftar sekarang").
NAMED_FACTOR = QUOTED_FACTOR
NAMED_ADDRESSED_FACTOR = 0.5


@dataclass(frozen=True)
class Score:
    """The verdict on one stretch: its score and the evidence behind it."""

    value: float
    evidence: float  # weight of the non-weak evidence
    weak: float
    terms: tuple[Term, ...]
    news: tuple[Term, ...] = field(default=())
    threshold: float = THRESHOLD
    address: tuple[Term, ...] = field(default=())
    # some evidence names gambling: a term of a kind other than generic promotion, or a
    # promotion phrase of gambling sites (weight 1.5 and up: "link alternatif", "anti
    # blokir"); "bonus deposit", "cashback", "deposit pulsa" alone are any shop's words,
    # and a word in bold or italic letters without a number names nothing
    specific: bool = True

    @property
    def is_spam(self) -> bool:
        return self.value >= self.threshold and self.evidence >= 1.0 and self.specific

    @property
    def has_evidence(self) -> bool:
        """Anything gambling-like at all (used to extend a spam run to its neighbours)."""
        return self.evidence >= 1.0 or self.weak >= 1.0

    def folds(self) -> int:
        out = 0
        for term in self.terms:
            out |= term.folds
        return out

    def reason(self, norm: Normalised) -> str:
        """A human-readable list of the evidence: terms, brands, and normalisations needed."""
        ranked: list[Term] = []
        spans: set[tuple[int, int]] = set()
        for term in sorted(self.terms, key=lambda t: (-t.weight, t.i)):
            if (term.i, term.j) not in spans:  # a brand read once, however many shapes it has
                spans.add((term.i, term.j))
                ranked.append(term)
        parts: list[str] = []
        for term in ranked[:6]:
            original = norm.source[slice(*norm.source_span(term.i, term.j))]
            shown = f"'{original}'"
            if term.folds:
                shown = f"'{original}' read as '{term.key}'"
            if term.kind in ("brand", "disguised-brand"):
                shown = f"brand {shown}"
            elif term.kind == "disguised":
                shown = f"disguised word {shown}"
            parts.append(shown)
        if len(ranked) > 6:
            parts.append(f"and {len(ranked) - 6} more")
        text = "gambling terms: " + ", ".join(parts)
        folds = describe(self.folds())
        if folds:
            text += f" (after {', '.join(folds)})"
        if self.address:
            text += "; promotion: " + ", ".join(repr(t.key) for t in self.address[:3])
        text += f"; score {self.value:.1f}"
        if self.news:
            text += f" despite news words {', '.join(repr(t.key) for t in self.news[:3])}"
        return text


class Scorer:
    """Scores stretches of one normalised document from its precomputed evidence."""

    def __init__(
        self,
        norm: Normalised,
        terms: Sequence[Term],
        news: Sequence[Term],
        innocent: Sequence[tuple[int, int]],
        address: Sequence[Term] = (),
        reports_gambling: bool | None = None,
        namings: Sequence[tuple[int, int]] = (),
    ) -> None:
        """``reports_gambling``: whether the document reports on gambling (it then raises
        the threshold), when the caller reads ``norm`` as a part of a larger document;
        by default, read from ``news``. ``namings``: words that introduce a term as a
        term (``lexicon.find_namings``): where each starts, and where its term would."""
        self.norm = norm
        self._scores: dict[tuple[int, int, tuple[int, int] | None], Score] = {}
        self.address = list(address)
        self._address_starts = [t.i for t in self.address]
        self.terms = [t for t in terms if not (t.kind in _MASKABLE and _inside(innocent, t))]
        self._term_starts = [t.i for t in self.terms]
        # (where the naming word starts, where its terms start, where they end)
        self._named = self._named_spans(namings)
        self._named_starts = [n[1] for n in self._named]
        self.news = list(news)
        self._news_starts = [t.i for t in self.news]
        core = {t.key for t in self.news if t.kind == NEWS and t.weight >= 1.0}
        if reports_gambling is None:
            reports_gambling = len(core) >= NEWS_DOCUMENT_TERMS
        self.reports_gambling = reports_gambling
        self.threshold = THRESHOLD + (NEWS_DOCUMENT_RAISE if self.reports_gambling else 0.0)
        speech_ends = [t.j for t in self.news if t.kind != NEWS or t.weight >= 1.0]
        speech_starts = [t.i for t in self.news if t.kind != NEWS or t.weight >= 1.0]
        self._mentions = sorted(
            m.span() for m in _QUOTATION.finditer(norm.text)
            if len(m.group().split()) <= MENTION_MAX_WORDS
            or _attributed(m.start(), m.end(), speech_starts, speech_ends)
        )

    def terms_in(self, i: int, j: int) -> list[Term]:
        lo = bisect.bisect_left(self._term_starts, i)
        hi = bisect.bisect_left(self._term_starts, j)
        return [t for t in self.terms[lo:hi] if t.j <= j]

    def news_in(self, i: int, j: int) -> list[Term]:
        lo = bisect.bisect_left(self._news_starts, i)
        hi = bisect.bisect_left(self._news_starts, j)
        return [t for t in self.news[lo:hi] if t.j <= j]

    def score(self, i: int, j: int, context: tuple[int, int] | None = None) -> Score:
        """Score normalised characters ``i`` to ``j``; ``context`` is the paragraph around
        them, whose news words outside the stretch count against it partly. A stretch
        asked for again (a run of one sentence, a line's whole) is scored once: the scorer
        reads one line, so its memo holds a few scores of that line."""
        asked = (i, j, context)
        known = self._scores.get(asked)
        if known is None:
            known = self._scores[asked] = self._score(i, j, context)
        return known

    def _score(self, i: int, j: int, context: tuple[int, int] | None) -> Score:
        terms = self.terms_in(i, j)
        # a term inside a short quotation counts a quarter, and so does a term named as a
        # term ("istilah slot gacor"); half, in a stretch that speaks to the reader
        named = self._named_factor(terms, i, j) if self._named else 1.0
        if self._mentions or self._named:
            terms = [
                _weighed(t, QUOTED_FACTOR) if self._quoted(t, i, j)
                else _weighed(t, named) if named < 1.0 and self._is_named(t, i, j) else t
                for t in terms
            ]
        best = _strongest(terms)
        kinds: dict[str, float] = {}
        for term, weight in _grouped(best.values()):
            kinds[term.kind] = kinds.get(term.kind, 0.0) + weight
        weak = min(kinds.pop(WEAK, 0.0), WEAK_CAP)
        if "disguised" in kinds:
            kinds["disguised"] = min(kinds["disguised"], DISGUISED_CAP)
        if "disguised-brand" in kinds:
            kinds["disguised-brand"] = min(kinds["disguised-brand"], DISGUISED_BRAND_CAP)
        evidence = sum(kinds.values())
        strong_spans = [(t.i, t.j) for t in best.values() if t.kind != WEAK]
        news = [
            t for t in self.news_in(i, j)
            if not any(s <= t.i and t.j <= e for s, e in strong_spans)  # "anti blokir"
        ]
        penalty = sum(
            t.weight * (NEWS_WEIGHT if t.kind == NEWS else SPEECH_WEIGHT) for t in _distinct(news)
        )
        if context is not None:
            # reporting words elsewhere in the paragraph count partly; generic ones
            # (weight below 1: "pemerintah", "korban") only inside the stretch itself
            inside_keys = {t.key for t in news}
            outside = {
                t.key for t in self.news_in(*context)
                if t.kind == NEWS and t.weight >= 1.0 and (t.j <= i or t.i >= j)
                and t.key not in inside_keys
            }
            penalty += NEARBY_NEWS_WEIGHT * len(outside)
        value = evidence + (weak if evidence >= 1.0 else 0.0) - penalty
        marks: list[Term] = []
        if evidence >= ADDRESS_MIN_EVIDENCE and penalty == 0.0:
            marks = _distinct(self._address_in(i, j))
            value += min(ADDRESS_CAP, ADDRESS_WEIGHT * len(marks))
        specific = any(
            t.kind not in (WEAK, DISGUISED) and (t.kind != PROMO or t.weight >= SPECIFIC_PROMO)
            for t in best.values()
        )
        return Score(value, evidence, weak, tuple(sorted(best.values(), key=lambda t: t.i)),
                     tuple(_distinct(news)), self.threshold, tuple(marks), specific)

    def _address_in(self, i: int, j: int) -> list[Term]:
        lo = bisect.bisect_left(self._address_starts, i)
        hi = bisect.bisect_left(self._address_starts, j)
        return [t for t in self.address[lo:hi] if t.j <= j]

    def _named_factor(self, terms: Sequence[Term], i: int, j: int) -> float:
        """What the terms named in the stretch count: whole when it offers something (a
        phrase of promotion outside the terms it names: "Istilah pola gacor hanya ada di
        situs kami, daftar sekarang"), half when it addresses the reader (a mark of
        promotion outside them: "istilah slot terpercaya" names a phrase with a
        superlative in it), else a quarter."""
        if any(t.kind == PROMO and not self._is_named(t, i, j) for t in terms):
            return 1.0
        if any(not self._is_named(t, i, j) for t in self._address_in(i, j)):
            return NAMED_ADDRESSED_FACTOR
        return NAMED_FACTOR

    def _named_spans(self, namings: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """The terms each naming word introduces: the phrase that starts right after it
        (with the phrases overlapping it: "slot gacor hari ini" is "slot gacor" and "gacor
        hari ini"), and the phrases listed with it ("slot gacor, maxwin dan pola gacor"),
        a few phrases of a few words each. A brand counts when a list of the lexicon
        names it too ("sbobet88"). Each naming is read over its own terms only, so the
        whole is linear; the spans do not overlap (a naming inside the terms of the one
        before is passed over)."""
        out: list[tuple[int, int, int]] = []
        if not namings:
            return out
        text = self.norm.text
        starts = self._term_starts
        listed = {(t.i, t.j) for t in self.terms if t.kind in _NAMEABLE}
        for at, first in namings:
            if out and first < out[-1][2]:
                continue
            k = bisect.bisect_left(starts, first)
            end = item = -1
            items = 0
            while k < len(self.terms):
                term = self.terms[k]
                k += 1
                if term.kind not in _NAMEABLE and (term.i, term.j) not in listed:
                    break
                if end < 0:
                    if term.i != first:
                        break
                    item, items = first, 1
                elif term.i >= end:  # past the phrase: another one only after a list's joiner
                    joiner = _NAMED_LIST_JOIN.match(text, end)
                    if joiner is None or not term.i <= joiner.end() < term.j:
                        break
                    item, items = term.i, items + 1
                    if items > NAMED_MAX_ITEMS:
                        break
                if len(text[item : term.j].split()) > MENTION_MAX_WORDS:
                    break
                end = max(end, term.j)
            if end > first and not self._praised(end):
                out.append((at, first, end))
        return out

    def _praised(self, end: int) -> bool:
        """Does a mark of promotion follow the phrase ending at ``end`` ("disebut sebagai
        situs slot gacor terbaik", "dikenal dengan nama slot gacor!")? The naming word then
        gives the page's own claim, not a term."""
        k = bisect.bisect_left(self._address_starts, end)
        if k == len(self.address) or self.address[k].i - end > PRAISE_GAP:
            return False
        return not self.norm.text[end : self.address[k].i].strip(" ,")

    def _is_named(self, term: Term, i: int, j: int) -> bool:
        """Is the term among those a naming word inside the stretch introduces?"""
        k = bisect.bisect_right(self._named_starts, term.i) - 1
        if k < 0:
            return False
        at, first, end = self._named[k]  # the spans do not overlap: only this one may hold it
        return first <= term.i and term.j <= end and i <= at and end <= j

    def _quoted(self, term: Term, i: int, j: int) -> bool:
        """Is the term inside a short quotation that does not fill the whole stretch?"""
        k = bisect.bisect_right(self._mentions, (term.i, float("inf"))) - 1
        if k < 0:
            return False
        start, end = self._mentions[k]
        return start < term.i and term.j < end and (start > i or end < j)


def _weighed(term: Term, factor: float) -> Term:
    return Term(term.i, term.j, term.key, term.kind, term.weight * factor, term.folds)


def _strongest(terms: Iterable[Term]) -> dict[str, Term]:
    """Each distinct term (spaces aside: "slot gacor" is "slotgacor") at its highest weight;
    of equal weights, the first that stands apart from other phrases (it counts whole in
    ``_grouped``, not a share of a group), else the first."""
    listed = list(terms)
    apart = _apart(listed)
    best: dict[str, Term] = {}
    for term in listed:
        key = term.key.replace(" ", "")
        kept = best.get(key)
        if kept is None or kept.weight < term.weight or (
            kept.weight == term.weight and term in apart and kept not in apart
        ):
            best[key] = term
    return best


def _apart(terms: Sequence[Term]) -> set[Term]:
    """The phrases (terms that are not weak) that no other phrase overlaps."""
    phrases = sorted((t for t in terms if t.kind != WEAK), key=lambda t: (t.i, t.j))
    apart: set[Term] = set()
    reach = -1  # the furthest end of the phrases before
    for n, term in enumerate(phrases):
        following = phrases[n + 1].i if n + 1 < len(phrases) else term.j
        if reach <= term.i and following >= term.j:
            apart.add(term)
        reach = max(reach, term.j)
    return apart


def ceiling(terms: Iterable[Term]) -> float:
    """The most that a stretch holding only ``terms`` can score: each distinct term once
    at its full weight, weak words up to their cap, and no more than the non-weak
    evidence when that is below 1 point. Quotation, overlaps, caps, collocations and news
    words only ever lower a score, so ``Scorer.score`` never exceeds this."""
    best = _strongest(terms)
    evidence = sum(t.weight for t in best.values() if t.kind != WEAK)
    if evidence < 1.0:
        return evidence
    marks = ADDRESS_CAP if evidence >= ADDRESS_MIN_EVIDENCE else 0.0
    return evidence + marks + min(sum(t.weight for t in best.values() if t.kind == WEAK), WEAK_CAP)


def _grouped(terms: Iterable[Term]) -> list[tuple[Term, float]]:
    """Each term with the weight it adds: overlapping non-weak terms form a group in which
    the strongest counts whole and the rest only ``OVERLAP_SHARE``."""
    out: list[tuple[Term, float]] = []
    group: list[Term] = []
    group_end = -1

    def flush() -> None:
        if group:
            top = max(group, key=lambda t: t.weight)
            out.extend((t, t.weight if t is top else t.weight * OVERLAP_SHARE) for t in group)

    for term in sorted(terms, key=lambda t: (t.i, -t.j)):
        if term.kind == WEAK:
            out.append((term, term.weight))
            continue
        if group and term.i < group_end:
            group.append(term)
            group_end = max(group_end, term.j)
        else:
            flush()
            group = [term]
            group_end = term.j
    flush()
    return out


def _attributed(start: int, end: int, speech_starts: list[int], speech_ends: list[int]) -> bool:
    """Is there a speech verb or a reporting word just after the quotation, or just before it?"""
    k = bisect.bisect_left(speech_starts, end)
    if k < len(speech_starts) and speech_starts[k] - end <= ATTRIBUTION_REACH:
        return True
    k = bisect.bisect_right(speech_ends, start) - 1
    return k >= 0 and start - speech_ends[k] <= ATTRIBUTION_REACH


def _distinct(terms: Sequence[Term]) -> list[Term]:
    seen: dict[str, Term] = {}
    for term in terms:
        seen.setdefault(term.key, term)
    return list(seen.values())


def _inside(spans: Sequence[tuple[int, int]], term: Term) -> bool:
    k = bisect.bisect_right(spans, (term.i, float("inf"))) - 1
    while k >= 0:
        start, end = spans[k]
        if start <= term.i and term.j <= end:
            return True
        if end < term.i and start < term.i - 60:
            break
        k -= 1
    return False
