"""Score cleanser on a folder of documents with expected bodies.

Two folder layouts are read, and told apart automatically:

- the corpus layout: one folder per document, ``<id>/input.txt`` (or ``input.html``),
  ``<id>/expected.txt`` and ``<id>/meta.json`` (``outlet``, ``url``, ``origin``,
  ``categories``); a single such document folder is read too;
- the devset layout: ``text/NNN.txt`` and ``html/NNN.html`` inputs, ``gold/NNN.txt``
  expected bodies, and ``SOURCES.tsv`` (``id``, ``kind``, ``site``, ``notes``) naming each
  document's site; ``url=...`` in the notes is the document's url.

Text documents go through ``cleanser.clean(text, url)``, HTML pages through
``cleanser.clean_html(page, url)``. A document that cannot be cleaned (HTML support not
installed, an exception) is reported as skipped with the reason; the run goes on.

Scores are computed on tokens (runs of ``\\w``, casefolded) compared as multisets:

- body kept (= recall): share of the expected body's tokens present in the output;
- chrome removed: share of the chrome tokens (input minus expected) that the output
  no longer holds (chrome left = output minus expected); for an HTML page the input is
  the text extracted from the page (``Result.input_text``), not the whole page;
- precision: share of the output's tokens that belong to the expected body; F1;
- exact: the output's paragraphs equal the expected paragraphs (each stripped, empty
  ones dropped).

Run ``cleanser eval DIR`` or ``python -m cleanser.evaluation DIR``; ``--help`` lists options.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

SCHEMA = "cleanser.eval/1"

TOKEN = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_URL_NOTE = re.compile(r"(?:^|[\s;])url=(\S+)")
# Second-level labels under a country-code TLD that are public suffixes themselves
# (co.id, ac.id, go.id, web.id, co.uk, com.au ...): the registered domain is one label more.
_SECOND_LEVEL = frozenset(
    {"ac", "biz", "co", "com", "desa", "edu", "go", "gob", "gov", "id", "mil", "my", "ne",
     "net", "or", "org", "ponpes", "sch", "web"}
)

KINDS = ("text", "html")
NO_OUTLET = "(none)"
HTML_CHROME_NOTE = (
    "chrome removed for HTML documents is measured against the text extracted from the "
    "page (Result.input_text), not against the whole page"
)


class LayoutError(ValueError):
    """The folder is neither a corpus nor a devset folder (or cannot be read)."""


# ---------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class EvalDocument:
    """One document to score: where its input is, what body it must give, whose it is."""

    id: str
    kind: str  # "text" or "html"
    input_path: Path
    expected: str
    outlet: str = NO_OUTLET
    url: str | None = None
    site: str | None = None
    origin: str | None = None
    categories: tuple[str, ...] = ()

    def read_input(self) -> str | bytes:
        """The input: text for a text document, bytes for an HTML page."""
        if self.kind == "html":
            return self.input_path.read_bytes()
        return self.input_path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Skipped:
    """A document that was not scored, and why."""

    id: str
    kind: str
    outlet: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "outlet": self.outlet, "reason": self.reason}


@dataclass
class Dataset:
    """The documents of a folder, plus the entries that could not be read."""

    root: Path
    layout: str  # "corpus" or "devset"
    documents: list[EvalDocument]
    problems: list[Skipped] = field(default_factory=list)


def registered_domain(site: str) -> str:
    """The registered domain of a host or url: 'news.detik.com' -> 'detik.com',
    'jabar.tribunnews.com' -> 'tribunnews.com', 'esgnow.republika.co.id' -> 'republika.co.id'.
    """
    site = site.strip().casefold()
    if "://" in site:
        site = urlsplit(site).hostname or ""
    site = site.split("/", 1)[0].split(":", 1)[0].strip(".")
    if site.startswith("www."):
        site = site[4:]
    labels = [label for label in site.split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def detect_layout(root: Path) -> str:
    """'corpus' or 'devset'; raises LayoutError for anything else."""
    if not root.exists():
        raise LayoutError(f"{root}: no such folder")
    if not root.is_dir():
        raise LayoutError(f"{root}: not a folder")
    if (root / "gold").is_dir() and ((root / "text").is_dir() or (root / "html").is_dir()):
        return "devset"
    if _is_corpus_document(root):
        return "corpus"
    if any(_is_corpus_document(child) for child in root.iterdir() if child.is_dir()):
        return "corpus"
    raise LayoutError(
        f"{root}: not an evaluation folder: expected either document folders holding "
        "input.txt (or input.html) and expected.txt (corpus layout), or text/ or html/ "
        "beside gold/ (devset layout)"
    )


def load(root: Path | str) -> Dataset:
    """Read a folder of either layout."""
    root = Path(root)
    layout = detect_layout(root)
    return load_devset(root) if layout == "devset" else load_corpus(root)


def _is_corpus_document(folder: Path) -> bool:
    return (folder / "input.txt").is_file() or (folder / "input.html").is_file()


def load_corpus(root: Path | str) -> Dataset:
    """Documents of the corpus layout (``root`` may also be one document's folder)."""
    root = Path(root)
    if not root.is_dir():
        raise LayoutError(f"{root}: not a folder")
    folders = (
        [root]
        if _is_corpus_document(root)
        else sorted(child for child in root.iterdir() if _is_corpus_document(child))
    )
    if not folders:
        raise LayoutError(f"{root}: no document folder (with input.txt and expected.txt)")
    docs: list[EvalDocument] = []
    problems: list[Skipped] = []
    for folder in folders:
        kind = "text" if (folder / "input.txt").is_file() else "html"
        input_path = folder / ("input.txt" if kind == "text" else "input.html")
        meta: dict[str, Any] = {}
        meta_path = folder / "meta.json"
        if meta_path.is_file():
            try:
                loaded = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                problems.append(Skipped(folder.name, kind, NO_OUTLET, f"bad meta.json: {exc}"))
                continue
            if isinstance(loaded, dict):
                meta = loaded
        url = meta.get("url") or None
        outlet = meta.get("outlet") or (registered_domain(url) if url else None) or NO_OUTLET
        expected_path = folder / "expected.txt"
        if not expected_path.is_file():
            problems.append(Skipped(folder.name, kind, outlet, "no expected.txt"))
            continue
        docs.append(
            EvalDocument(
                id=folder.name,
                kind=kind,
                input_path=input_path,
                expected=expected_path.read_text(encoding="utf-8"),
                outlet=str(outlet),
                url=str(url) if url else None,
                site=urlsplit(url).hostname if url else None,
                origin=meta.get("origin"),
                categories=tuple(meta.get("categories") or ()),
            )
        )
    return Dataset(root, "corpus", docs, problems)


def url_from_notes(notes: str) -> str | None:
    """The ``url=...`` given in a SOURCES.tsv notes field, if any."""
    match = _URL_NOTE.search(notes or "")
    return match.group(1).rstrip(";,") if match else None


def load_devset(root: Path | str) -> Dataset:
    """Documents of the devset layout: text/, html/, gold/ and SOURCES.tsv."""
    root = Path(root)
    if not (root / "gold").is_dir():
        raise LayoutError(f"{root}: no gold/ folder")
    rows: list[dict[str, str]] = []
    sources = root / "SOURCES.tsv"
    if sources.is_file():
        with sources.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = {"id", "kind", "site"} - set(reader.fieldnames or ())
            if missing:
                raise LayoutError(f"{sources}: missing column(s) {', '.join(sorted(missing))}")
            rows = [row for row in reader if (row.get("id") or "").strip()]
    else:  # no sources: every input that has a gold file, outlet unknown
        for kind, ext in (("text", "txt"), ("html", "html")):
            for path in sorted((root / kind).glob(f"*.{ext}")):
                rows.append({"id": path.stem, "kind": kind, "site": "", "notes": ""})
    docs: list[EvalDocument] = []
    problems: list[Skipped] = []
    for row in rows:
        doc_id = row["id"].strip()
        kind = (row.get("kind") or "").strip()
        site = (row.get("site") or "").strip()
        outlet = registered_domain(site) if site else NO_OUTLET
        if kind not in KINDS:
            problems.append(Skipped(doc_id, kind or "?", outlet, f"unknown kind {kind!r}"))
            continue
        input_path = root / kind / f"{doc_id}.{'txt' if kind == 'text' else 'html'}"
        gold_path = root / "gold" / f"{doc_id}.txt"
        if not input_path.is_file():
            problems.append(Skipped(doc_id, kind, outlet, f"no input file {input_path.name}"))
            continue
        if not gold_path.is_file():
            problems.append(Skipped(doc_id, kind, outlet, f"no gold file {gold_path.name}"))
            continue
        docs.append(
            EvalDocument(
                id=doc_id,
                kind=kind,
                input_path=input_path,
                expected=gold_path.read_text(encoding="utf-8"),
                outlet=outlet,
                url=url_from_notes(row.get("notes") or ""),
                site=site or None,
            )
        )
    if not docs and not problems:
        raise LayoutError(f"{root}: no documents (text/*.txt or html/*.html with gold/*.txt)")
    return Dataset(root, "devset", docs, problems)


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
        return {
            "gold": self.gold,
            "output": self.output,
            "kept": self.kept,
            "chrome": self.chrome,
            "chrome_left": self.chrome_left,
        }


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


# ------------------------------------------------------------------------------- report

_TABLE_METRICS = (
    ("body_kept", "body kept"),
    ("chrome_removed", "chrome removed"),
    ("precision", "precision"),
    ("f1", "F1"),
)


def _cell(micro: float, mean: float) -> str:
    return f"{micro:.3f} ({mean:.3f})"


def format_table(rows: Sequence[tuple[str, Aggregate]]) -> list[str]:
    """A plain-text table: micro score with the mean per document in brackets."""
    name_width = max([len("group"), *(len(name) for name, _ in rows)])
    header = f"{'group':<{name_width}}  {'docs':>4}  " + "  ".join(
        f"{label:>15}" for _, label in _TABLE_METRICS
    ) + f"  {'exact':>11}"
    lines = [header, "-" * len(header)]
    for name, agg in rows:
        cells = "  ".join(
            f"{_cell(agg.micro[key], agg.means[key]):>15}" for key, _ in _TABLE_METRICS
        )
        exact = f"{agg.exact}/{agg.docs} {agg.exact_share:4.0%}"
        lines.append(f"{name:<{name_width}}  {agg.docs:>4}  {cells}  {exact:>11}")
    return lines


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(evaluation: Evaluation, *, worst: int = 10, by: str = "f1") -> str:
    lines: list[str] = []
    scope = f"kind={evaluation.kind}"
    if evaluation.outlet:
        scope += f", outlet={evaluation.outlet}"
    n = len(evaluation.scores)
    rate = n / evaluation.seconds if evaluation.seconds > 0 else 0.0
    lines.append(f"{evaluation.root} ({evaluation.layout} layout, {scope})")
    lines.append(
        f"{n} document(s) scored, {len(evaluation.skipped)} skipped, "
        f"{evaluation.seconds:.2f} s ({rate:.1f} docs/s)"
    )
    lines.append("scores: micro over tokens (mean per document); " + "; ".join(evaluation.notes))
    lines.append("")
    if not evaluation.scores:
        lines.append("nothing was scored")
    else:
        rows: list[tuple[str, Aggregate]] = [("overall", evaluation.overall())]
        kinds = evaluation.by_kind()
        if len(kinds) > 1:
            rows.extend((f"  {kind}", agg) for kind, agg in kinds.items())
        rows.extend((f"  {outlet}", agg) for outlet, agg in evaluation.by_outlet().items())
        lines.extend(format_table(rows))
    if evaluation.skipped:
        lines.append("")
        lines.append("skipped:")
        by_reason: dict[str, list[Skipped]] = {}
        for s in evaluation.skipped:
            by_reason.setdefault(s.reason, []).append(s)
        for reason, group in by_reason.items():
            if len(group) == 1:
                s = group[0]
                lines.append(f"  {s.id} ({s.kind}, {s.outlet}): {reason}")
            else:
                ids = " ".join(s.id for s in group)
                lines.append(f"  {len(group)} documents ({_short(ids, 120)}): {reason}")
    chosen = evaluation.worst(worst, by)
    if chosen:
        lines.append("")
        label = "F1" if by == "f1" else "body kept"
        lines.append(f"worst {len(chosen)} document(s) by {label}:")
        for rank, score in enumerate(chosen, 1):
            m = score.metrics
            lines.append("")
            lines.append(
                f"#{rank} {score.doc.id} [{score.doc.kind}, {score.doc.outlet}] F1 {m['f1']:.3f}  "
                f"body kept {m['body_kept']:.3f}  chrome removed {m['chrome_removed']:.3f}  "
                f"precision {m['precision']:.3f}"
                + (f"  status {score.status}" if score.status != "ok" else "")
            )
            if score.doc.url:
                lines.append(f"   {score.doc.url}")
            diff = line_diff(score.doc.expected, score.output)
            if not diff.lost_body and not diff.chrome_left:
                lines.append("   the paragraphs differ only in whitespace inside a paragraph")
                continue
            lines.append(f"   lost body ({len(diff.lost_body)}):")
            lines.extend(_diff_row("-", row) for row in diff.lost_body)
            lines.append(f"   chrome left ({len(diff.chrome_left)}):")
            lines.extend(_diff_row("+", row) for row in diff.chrome_left)
    return "\n".join(lines) + "\n"


def _diff_row(sign: str, row: dict[str, Any]) -> str:
    if row.get("fragment"):
        return f"     {sign} piece: {_short(row['context'])}"
    note = f"  ({row['note']})" if row.get("note") else ""
    return f"     {sign} {_short(row['text'], 140)}{note}"


# ---------------------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``cleanser eval``."""
    parser.add_argument(
        "dir",
        metavar="DIR",
        help="a corpus folder (<id>/input.txt, expected.txt, meta.json) or a devset folder "
        "(text/, html/, gold/, SOURCES.tsv)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--worst",
        type=int,
        default=10,
        metavar="N",
        help="show the N worst documents with the lines that went wrong (default 10)",
    )
    parser.add_argument(
        "--by",
        choices=("f1", "body-kept"),
        default="f1",
        help="order the worst documents by F1 (default) or by body kept",
    )
    parser.add_argument(
        "--kind",
        choices=("text", "html", "all"),
        default="all",
        help="score only text documents, only HTML pages, or all (default)",
    )
    parser.add_argument(
        "--outlet", metavar="X", help="score only the documents of outlet X (e.g. detik.com)"
    )


def main(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``cleanser eval``: 0 when it ran (whatever the scores), 2 for a bad folder."""
    folder = Path(args.dir)
    try:
        dataset = load(folder)
    except LayoutError as exc:
        print(f"cleanser eval: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"cleanser eval: cannot read {folder}: {exc}", file=sys.stderr)
        return 2
    kind = getattr(args, "kind", "all") or "all"
    outlet = getattr(args, "outlet", None)
    worst = getattr(args, "worst", 10)
    by = "body_kept" if getattr(args, "by", "f1") == "body-kept" else "f1"
    if not select(dataset.documents, kind=kind, outlet=outlet) and not dataset.problems:
        outlets = ", ".join(sorted({d.outlet for d in dataset.documents})) or "none"
        print(
            f"cleanser eval: {folder}: no document matches kind={kind}"
            + (f", outlet={outlet} (outlets: {outlets})" if outlet else ""),
            file=sys.stderr,
        )
        return 2
    evaluation = evaluate(dataset, kind=kind, outlet=outlet)
    if getattr(args, "json", False):
        json.dump(evaluation.to_dict(worst=worst, by=by), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_report(evaluation, worst=worst, by=by))
    return 0


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cleanser.evaluation",
        description="Score cleanser on a folder of documents with expected bodies.",
    )
    add_arguments(parser)
    return main(parser.parse_args(argv), sys.stdout)


if __name__ == "__main__":
    sys.exit(_main())
