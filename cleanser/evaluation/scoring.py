"""Clean the documents of a dataset and score the outputs against the expected bodies.

Text documents go through ``cleanser.clean(text, url)``, HTML pages through
``cleanser.clean_html(page, url)`` (``cleanser_cleaner``; ``evaluate`` takes any other
cleaner). A document that cannot be cleaned (HTML support not installed, an exception) is
reported as skipped with the reason; the run goes on.

Scores are computed on tokens (runs of ``\\w``, casefolded) compared as multisets:

- body kept (= recall): share of the expected body's tokens present in the output;
- chrome removed: share of the chrome tokens (input minus expected) that the output
  no longer holds (chrome left = output minus expected); for an HTML page the input is
  the text extracted from the page (``Result.input_text``), not the whole page;
- precision: share of the output's tokens that belong to the expected body; F1;
- exact: the output's paragraphs equal the expected paragraphs (each stripped, empty
  ones dropped).

Per document (``DocScore``), summed per group (``Aggregate``: micro over tokens and mean
per document), and line by line for a document that is not exact (``line_diff``). The
documents come from ``cleanser.evaluation.loading``; showing the scores is
``cleanser.evaluation.reporting``'s job.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleanser.evaluation.loading import KINDS, Dataset, EvalDocument, Skipped, registered_domain

SCHEMA = "cleanser.eval/1"

TOKEN = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
HTML_CHROME_NOTE = (
    "chrome removed for HTML documents is measured against the text extracted from the "
    "page (Result.input_text), not against the whole page"
)


# ------------------------------------------------------------------------------ scoring


def tokens(text: str) -> list[str]:
    """Runs of word characters, casefolded."""
    return [token.casefold() for token in TOKEN.findall(text)]


def paragraphs(text: str) -> list[str]:
    """Paragraphs (split at blank lines), each stripped, empty ones dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


@dataclass(frozen=True)
class Counts:
    """Token counts of one document (or summed over several)."""

    gold: int = 0  # tokens of the expected body
    output: int = 0  # tokens of the output
    kept: int = 0  # expected-body tokens present in the output (multiset intersection)
    chrome: int = 0  # input tokens that are not expected-body tokens
    chrome_left: int = 0  # of those, still in the output

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.output + other.output,
            self.kept + other.kept,
            self.chrome + other.chrome,
            self.chrome_left + other.chrome_left,
        )

    @property
    def body_kept(self) -> float:
        return _ratio(self.kept, self.gold, 1.0)

    recall = body_kept

    @property
    def chrome_removed(self) -> float:
        return 1.0 - _ratio(self.chrome_left, self.chrome, 0.0)

    @property
    def precision(self) -> float:
        # an empty output is precise only when nothing was expected
        return _ratio(self.kept, self.output, 1.0 if not self.gold else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, float]:
        return {
            "body_kept": self.body_kept,
            "chrome_removed": self.chrome_removed,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }

    def to_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)  # gold, output, kept, chrome, chrome_left


def count(expected: str, output: str, input_text: str) -> Counts:
    """Token counts of one cleaned document."""
    gold, out, inp = Counter(tokens(expected)), Counter(tokens(output)), Counter(tokens(input_text))
    chrome = inp - gold
    left = (out - gold) & chrome
    return Counts(
        gold=gold.total(),
        output=out.total(),
        kept=(gold & out).total(),
        chrome=chrome.total(),
        chrome_left=left.total(),
    )


def is_exact(expected: str, output: str) -> bool:
    return paragraphs(expected) == paragraphs(output)


@dataclass(frozen=True)
class DocScore:
    """The score of one document, with what is needed to show what went wrong."""

    doc: EvalDocument
    output: str
    input_text: str
    counts: Counts
    exact: bool
    seconds: float = 0.0
    status: str = "ok"

    @property
    def metrics(self) -> dict[str, float]:
        return self.counts.metrics()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.doc.id,
            "kind": self.doc.kind,
            "outlet": self.doc.outlet,
            "site": self.doc.site,
            "url": self.doc.url,
            "status": self.status,
            "exact": self.exact,
            **{k: round(v, 6) for k, v in self.metrics.items()},
            "tokens": self.counts.to_dict(),
            "seconds": round(self.seconds, 6),
        }


def score_document(
    doc: EvalDocument,
    output: str,
    input_text: str,
    *,
    seconds: float = 0.0,
    status: str = "ok",
) -> DocScore:
    return DocScore(
        doc=doc,
        output=output,
        input_text=input_text,
        counts=count(doc.expected, output, input_text),
        exact=is_exact(doc.expected, output),
        seconds=seconds,
        status=status,
    )


@dataclass(frozen=True)
class Aggregate:
    """Scores of a group of documents: micro over tokens and mean per document."""

    docs: int
    exact: int
    counts: Counts
    means: dict[str, float]

    @property
    def exact_share(self) -> float:
        return _ratio(self.exact, self.docs, 0.0)

    @property
    def micro(self) -> dict[str, float]:
        return self.counts.metrics()

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "exact": self.exact,
            "exact_share": round(self.exact_share, 6),
            "micro": {k: round(v, 6) for k, v in self.micro.items()},
            "mean": {k: round(v, 6) for k, v in self.means.items()},
            "tokens": self.counts.to_dict(),
        }


def aggregate(scores: Sequence[DocScore]) -> Aggregate:
    total = Counts()
    sums: dict[str, float] = dict.fromkeys(Counts().metrics(), 0.0)
    for score in scores:
        total = total + score.counts
        for key, value in score.metrics.items():
            sums[key] += value
    n = len(scores)
    means = {key: (value / n if n else 0.0) for key, value in sums.items()}
    return Aggregate(n, sum(1 for s in scores if s.exact), total, means)


# --------------------------------------------------------------------------- line diffs


@dataclass(frozen=True)
class LineDiff:
    """What went wrong in one document, line by line.

    ``lost_body``: expected paragraphs missing from the output, whole (``fragment`` False)
    or only a piece of them (``fragment`` True, ``context`` the expected paragraph).
    ``chrome_left``: output paragraphs, or pieces of them, that are not expected body.
    """

    lost_body: list[dict[str, Any]]
    chrome_left: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"lost_body": self.lost_body, "chrome_left": self.chrome_left}


def _multiset_minus(items: Sequence[str], other: Sequence[str]) -> list[str]:
    budget = Counter(other)
    rest: list[str] = []
    for item in items:
        if budget[item] > 0:
            budget[item] -= 1
        else:
            rest.append(item)
    return rest


def _overlap(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    small = min(ta.total(), tb.total())
    return (ta & tb).total() / small if small else 0.0


_CONTEXT_WORDS = 6


def _word_level_pieces(gold: str, out: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pieces of ``out`` that ``gold`` lacks (chrome) and of ``gold`` that ``out`` lacks (lost).

    Words are diffed first; inside a changed run, the characters shared at its two ends
    are trimmed, so that a glued 'kata.Baca juga: ...' shows as the glued piece only.
    """
    gw, ow = gold.split(), out.split()
    extra: list[dict[str, Any]] = []
    lost: list[dict[str, Any]] = []
    matcher = difflib.SequenceMatcher(None, gw, ow, autojunk=False)
    for op, g1, g2, o1, o2 in matcher.get_opcodes():
        if op == "equal":
            continue
        g_text, o_text = " ".join(gw[g1:g2]), " ".join(ow[o1:o2])
        head, g_mid, o_mid, tail = _trim_common(g_text, o_text)
        if o_mid.strip():
            extra.append(_piece(o_mid, ow, o1, o2, head, tail))
        if g_mid.strip():
            lost.append(_piece(g_mid, gw, g1, g2, head, tail))
    return extra, lost


def _trim_common(a: str, b: str) -> tuple[str, str, str, str]:
    """(shared head, middle of a, middle of b, shared tail)."""
    i = 0
    limit = min(len(a), len(b))
    while i < limit and a[i] == b[i]:
        i += 1
    j = 0
    while j < limit - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[:i], a[i : len(a) - j], b[i : len(b) - j], a[len(a) - j :]


def _piece(
    middle: str, words: list[str], start: int, end: int, head: str, tail: str
) -> dict[str, Any]:
    before = " ".join(words[max(0, start - _CONTEXT_WORDS) : start])
    after = " ".join(words[end : end + _CONTEXT_WORDS])
    lead = "… " if start > _CONTEXT_WORDS else ""
    trail = " …" if end + _CONTEXT_WORDS < len(words) else ""
    context = f"{lead}{before} {head}[[{middle.strip()}]]{tail} {after}{trail}"
    return {"text": middle.strip(), "fragment": True, "context": " ".join(context.split())}


def _share_in(text: str, pool: Counter[str]) -> float:
    words = Counter(tokens(text))
    return (words & pool).total() / words.total() if words.total() else 0.0


def line_diff(expected: str, output: str) -> LineDiff:
    """Expected paragraphs lost and output paragraphs that are chrome, pairing near-equal
    paragraphs so that a kept dateline prefix or a glued 'Baca juga' shows as a piece."""
    gold, out = paragraphs(expected), paragraphs(output)
    missing = _multiset_minus(gold, out)
    extra = _multiset_minus(out, gold)
    lost_rows: list[dict[str, Any]] = []
    chrome_rows: list[dict[str, Any]] = []
    unpaired_gold = list(missing)
    gold_set = set(gold)
    gold_tokens = Counter(tokens(expected))
    for line in extra:
        best, best_overlap = None, 0.5
        for candidate in unpaired_gold:
            overlap = _overlap(candidate, line)
            if overlap > best_overlap:
                best, best_overlap = candidate, overlap
        if best is None:
            row: dict[str, Any] = {"text": line, "fragment": False}
            if line in gold_set:
                row["note"] = "repeats an expected paragraph"
            elif len(tokens(line)) >= 20 and _share_in(line, gold_tokens) >= 0.9:
                row["note"] = "body words (a copy of several expected paragraphs?)"
            chrome_rows.append(row)
            continue
        unpaired_gold.remove(best)
        pieces_extra, pieces_lost = _word_level_pieces(best, line)
        chrome_rows.extend(pieces_extra)
        lost_rows.extend(pieces_lost)
    # keep the expected order for lost lines: whole lines first in text order
    whole_lost = [{"text": line, "fragment": False} for line in unpaired_gold]
    return LineDiff(lost_body=whole_lost + lost_rows, chrome_left=chrome_rows)


# ---------------------------------------------------------------------------------- run


Cleaner = Callable[[EvalDocument], tuple[str, str, str]]  # -> (output, input_text, status)


def cleanser_cleaner(doc: EvalDocument) -> tuple[str, str, str]:
    """Clean one document with the default cleanser pipeline."""
    import cleanser

    if doc.kind == "html":
        clean_html = getattr(cleanser, "clean_html", None)
        if clean_html is None:
            raise _Unavailable("cleanser.clean_html is not available")
        try:
            result = clean_html(doc.read_input(), doc.url)
        except ImportError as exc:
            raise _Unavailable(f"HTML support is not available: {exc}") from exc
        return result.text, result.input_text, result.status
    result = cleanser.clean(doc.read_input(), doc.url)  # type: ignore[arg-type]
    return result.text, result.input_text, result.status


class _Unavailable(RuntimeError):
    pass


@dataclass
class Evaluation:
    """All the scores of one run."""

    root: Path
    layout: str
    kind: str
    outlet: str | None
    scores: list[DocScore]
    skipped: list[Skipped]
    seconds: float

    @property
    def notes(self) -> list[str]:
        notes = [
            "tokens are runs of \\w, casefolded, compared as multisets",
            "recall equals body kept",
        ]
        if any(s.doc.kind == "html" for s in self.scores):
            notes.append(HTML_CHROME_NOTE)
        return notes

    def overall(self) -> Aggregate:
        return aggregate(self.scores)

    def by_kind(self) -> dict[str, Aggregate]:
        return {
            kind: aggregate([s for s in self.scores if s.doc.kind == kind])
            for kind in KINDS
            if any(s.doc.kind == kind for s in self.scores)
        }

    def by_outlet(self) -> dict[str, Aggregate]:
        outlets = sorted({s.doc.outlet for s in self.scores})
        return {o: aggregate([s for s in self.scores if s.doc.outlet == o]) for o in outlets}

    def worst(self, n: int, by: str = "f1") -> list[DocScore]:
        wrong = [s for s in self.scores if not s.exact]
        wrong.sort(key=lambda s: (s.metrics[by], s.metrics["f1"], s.doc.id))
        return wrong[: max(n, 0)]

    def to_dict(self, *, worst: int = 10, by: str = "f1") -> dict[str, Any]:
        kinds = self.by_kind()
        return {
            "schema": SCHEMA,
            "folder": str(self.root),
            "layout": self.layout,
            "kind": self.kind,
            "outlet": self.outlet,
            "notes": self.notes,
            "seconds": round(self.seconds, 6),
            "overall": self.overall().to_dict(),
            "by_kind": {k: a.to_dict() for k, a in kinds.items()} if len(kinds) > 1 else {},
            "by_outlet": {o: a.to_dict() for o, a in self.by_outlet().items()},
            "documents": [s.to_dict() for s in self.scores],
            "worst_by": by,
            "worst": [
                {**s.to_dict(), **line_diff(s.doc.expected, s.output).to_dict()}
                for s in self.worst(worst, by)
            ],
            "skipped": [s.to_dict() for s in self.skipped],
        }


def select(
    documents: Iterable[EvalDocument], *, kind: str = "all", outlet: str | None = None
) -> list[EvalDocument]:
    """The documents of one kind ('text', 'html' or 'all') and, if given, one outlet
    (matched against the outlet, the site, or the outlet of the given host)."""
    chosen = [d for d in documents if kind == "all" or d.kind == kind]
    if outlet:
        wanted = outlet.strip().casefold()
        wanted_domain = registered_domain(wanted)
        chosen = [
            d
            for d in chosen
            if d.outlet.casefold() in (wanted, wanted_domain)
            or (d.site or "").casefold() == wanted
        ]
    return chosen


def evaluate(
    dataset: Dataset,
    *,
    kind: str = "all",
    outlet: str | None = None,
    cleaner: Cleaner = cleanser_cleaner,
) -> Evaluation:
    """Clean and score every selected document of ``dataset``."""
    started = time.perf_counter()
    scores: list[DocScore] = []
    skipped = [
        p
        for p in dataset.problems
        if (kind == "all" or p.kind == kind)
        and (not outlet or p.outlet.casefold() == registered_domain(outlet))
    ]
    for doc in select(dataset.documents, kind=kind, outlet=outlet):
        t0 = time.perf_counter()
        try:
            output, input_text, status = cleaner(doc)
        except _Unavailable as exc:
            skipped.append(Skipped(doc.id, doc.kind, doc.outlet, str(exc)))
            continue
        except Exception as exc:  # one failing document must not stop the run
            reason = f"cleaning failed: {type(exc).__name__}: {exc}"
            skipped.append(Skipped(doc.id, doc.kind, doc.outlet, reason))
            continue
        scores.append(
            score_document(doc, output, input_text, seconds=time.perf_counter() - t0, status=status)
        )
    return Evaluation(
        root=dataset.root,
        layout=dataset.layout,
        kind=kind,
        outlet=outlet,
        scores=scores,
        skipped=skipped,
        seconds=time.perf_counter() - started,
    )
