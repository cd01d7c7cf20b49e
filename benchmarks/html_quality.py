"""HTML input: cleanser.clean_html against trafilatura alone, on quality and time.

    python benchmarks/html_quality.py SCRAPINGHUB_DIR DEVSET_DIR [--repeat 3] [--doc docs/quality.md]
                                      [--chrome] [--no-write] [--ids 3] [--record FILE | --before FILE]

Each path is recognised by its content: a folder with ``ground-truth.json`` and
``html/*.html.gz`` is the ScrapingHub article-extraction benchmark; a folder with
``html/NNN.html`` and ``gold/NNN.txt`` is the development set. Either may be left out.

Baseline ("trafilatura alone"): ``trafilatura.extract(page, include_comments=False)``, the
call the ScrapingHub benchmark runs for trafilatura. cleanser: ``cleanser.clean_html(page)``
with the default pipeline. Both get the same input: the page as text for ScrapingHub (as
its runner reads it), the page's bytes for the development set.

1. ScrapingHub: that benchmark's metric, computed here: tokens are ``\\w+`` runs; each
   document's predicted and true body become multisets of word 4-grams; per-document
   precision and recall; each averaged over the documents (precision over documents with
   some output, recall over documents with a true body); F1 from the two averages.
2. Development set, HTML pages: tokens (``\\w+``, casefolded) as multisets against the gold
   body (``cleanser.evaluation.count``): body kept = share of gold tokens present in the
   output, precision = share of output tokens that are gold tokens; micro over all tokens
   and, in brackets, the mean per page.
3. Time per page: the two calls alternate page by page, in ``--repeat`` passes over all
   pages; each page's time is its best pass; the table gives the mean over pages and
   cleanser's ratio to trafilatura. The rule pipeline's share of cleanser's time
   (``Pipeline.run`` inside ``clean_html``, timed in the same call) is given apart, so the
   extraction side and the rules can be judged separately.

``--ids PREFIX`` (comma-separated prefixes) adds rows for the development-set pages whose id
starts with one of them (``--ids 3``: the pages added with issue 10, ids 3xx), and lists
the pages of the whole set whose body kept is below 0.99 (ids and figures only).
``--record FILE`` saves cleanser's figures (ScrapingHub F1, development set and subset
body kept and precision, per-page figures, time ratios) as JSON; ``--before FILE`` reads
such a record and shows it as "cleanser, before" rows and columns next to the current
figures, so that a change is reported with the figures it started from.

``--chrome`` prints, for the development set, the output lines of cleanser that are not
gold body, grouped by family (printed only: the development set's text stays out of the
repository). The table goes to the ``html`` section of the doc file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks._report import write_section  # noqa: E402
from cleanser import evaluation as ev  # noqa: E402

SECTION = "html"
_TOKEN = re.compile(r"\w+")


# ----------------------------------------------------------------------------- data sets


@dataclass(frozen=True)
class Page:
    id: str
    html: str | bytes
    gold: str


def load_scrapinghub(root: Path) -> list[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items()):
        path = root / "html" / f"{key}.html.gz"
        pages.append(Page(key, gzip.decompress(path.read_bytes()).decode("utf-8"), item.get("articleBody") or ""))
    return pages


def load_devset(root: Path) -> list[Page]:
    pages = []
    for path in sorted((root / "html").glob("*.html")):
        gold = root / "gold" / f"{path.stem}.txt"
        if gold.exists():
            pages.append(Page(path.stem, path.read_bytes(), gold.read_text(encoding="utf-8")))
    return pages


def kind_of(root: Path) -> str:
    if (root / "ground-truth.json").exists() and (root / "html").is_dir():
        return "scrapinghub"
    if (root / "html").is_dir() and (root / "gold").is_dir():
        return "devset"
    raise SystemExit(f"{root}: neither the ScrapingHub folder nor a devset folder")


# ------------------------------------------------------------------------------- scoring


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _TOKEN.findall(text or "")
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def shingle_scores(outputs: Sequence[str], golds: Sequence[str]) -> tuple[float, float, float]:
    """(F1, precision, recall) as the ScrapingHub benchmark defines them."""
    precisions: list[float] = []
    recalls: list[float] = []
    for output, gold in zip(outputs, golds, strict=True):
        pred, true = shingles(output), shingles(gold)
        tp = (pred & true).total()
        fp = (pred - true).total()
        fn = (true - pred).total()
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def token_scores(outputs: Sequence[str], golds: Sequence[str]) -> dict[str, float]:
    counts = [ev.count(gold, out, out) for out, gold in zip(outputs, golds, strict=True)]
    if not counts:
        return {"kept": 0.0, "precision": 0.0, "kept_mean": 0.0, "precision_mean": 0.0}
    total = ev.Counts()
    for c in counts:
        total = total + c
    return {
        "kept": total.body_kept,
        "precision": total.precision,
        "kept_mean": statistics.fmean(c.body_kept for c in counts),
        "precision_mean": statistics.fmean(c.precision for c in counts),
    }


# -------------------------------------------------------------------------------- runs


@dataclass
class Run:
    outputs: dict[str, list[str]] = field(default_factory=dict)
    seconds: dict[str, list[float]] = field(default_factory=dict)
    extracted: list[str] = field(default_factory=list)
    results: list[Any] = field(default_factory=list)


def trafilatura_alone(page: str | bytes) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


def run(pages: Sequence[Page], repeat: int) -> Run:
    """Outputs of both systems on every page, and each page's best time over ``repeat``
    passes. A pass goes over all pages, so that a cache keyed by the page (the spam
    analysis keeps the last few texts) is cold again when the next pass reaches it."""
    import cleanser
    from cleanser.pipeline import Pipeline

    rules_time: list[float] = []
    original_run = Pipeline.run

    def timed_run(self: Pipeline, doc: Any) -> Any:
        start = time.perf_counter()
        try:
            return original_run(self, doc)
        finally:
            rules_time.append(time.perf_counter() - start)

    systems: dict[str, Callable[[str | bytes], Any]] = {
        "trafilatura": trafilatura_alone,
        "cleanser": cleanser.clean_html,
    }
    out = Run({name: [] for name in systems}, {name: [] for name in [*systems, "rules"]})
    for page in pages[:2]:  # warm up imports and the pipeline
        for system in systems.values():
            system(page.html)
    best = {name: [float("inf")] * len(pages) for name in [*systems, "rules"]}
    Pipeline.run = timed_run  # type: ignore[method-assign]
    try:
        for n in range(repeat):
            order = list(systems.items()) if n % 2 == 0 else list(reversed(systems.items()))
            for i, page in enumerate(pages):
                for name, system in order:
                    rules_time.clear()
                    start = time.perf_counter()
                    value = system(page.html)
                    elapsed = time.perf_counter() - start
                    if elapsed < best[name][i]:
                        best[name][i] = elapsed
                        if name == "cleanser":
                            best["rules"][i] = sum(rules_time)
                    if n == 0:
                        if name == "cleanser":
                            out.outputs[name].append(value.text)
                            out.results.append(value)
                            out.extracted.append(value.input_text)
                        else:
                            out.outputs[name].append(value)
    finally:
        Pipeline.run = original_run  # type: ignore[method-assign]
    out.seconds = best
    return out


# ------------------------------------------------------------------------ chrome report

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("read-also / related", re.compile(r"^(?:[-•*]\s*)?(?:baca|lihat|simak)\s+(?:juga|pula)|terkait|^artikel\s+lain",
                                       re.I)),
    ("date / time / byline", re.compile(r"\b(?:WIB|WITA|penulis|editor|reporter|pewarta|redaktur|sumber|foto)\b|"
                                        r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}", re.I)),
    ("caption / photo credit", re.compile(r"\((?:foto|dok|istimewa|ist)\b|foto\s*:|/(?:antara|afp|reuters)", re.I)),
    ("promo / call to action", re.compile(r"\b(?:klik|download|unduh|ikuti|follow|subscribe|langganan|"
                                          r"whatsapp|telegram|google news)\b", re.I)),
    ("legal / copyright", re.compile(r"©|copyright|hak cipta|all rights", re.I)),
    ("interface / pagination", re.compile(r"^(?:[-•*]\s*)?(?:halaman|page|selanjutnya|sebelumnya|next|prev|"
                                          r"result|selengkapnya|komentar|advertisement|iklan|loading)\b", re.I)),
    ("tags / labels (short line)", re.compile(r"^(?:[-•*]\s*)?\S+(?:\s+\S+){0,3}$")),
    ("headline-like line (feed item)", re.compile(r"^(?:[-•*]\s*)?[^.!?]{15,140}$")),
)


def chrome_lines(output: str, gold: str) -> list[str]:
    """Output lines whose tokens are mostly not gold body tokens."""
    pool = Counter(ev.tokens(gold))
    found = []
    for line in output.split("\n"):
        words = ev.tokens(line)
        if not words:
            continue
        outside = sum(1 for w in words if pool[w] <= 0)
        if outside / len(words) > 0.5:
            found.append(line.strip())
    return found


def family(line: str) -> str:
    for name, pattern in _FAMILIES:
        if pattern.search(line):
            return name
    return "other"


def print_chrome(pages: Sequence[Page], outputs: Sequence[str]) -> None:
    grouped: dict[str, list[str]] = {}
    for page, output in zip(pages, outputs, strict=True):
        for line in chrome_lines(output, page.gold):
            grouped.setdefault(family(line), []).append(f"{page.id}: {line[:150]}")
    print("\nChrome left in cleanser's output on the development set, by family:")
    for name, lines in sorted(grouped.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {name} ({len(lines)})")
        for line in lines:
            print(f"  {line}")


# ------------------------------------------------------------------------------ report


def _ms(values: Sequence[float]) -> float:
    return 1000 * statistics.fmean(values) if values else 0.0


LOW_KEPT = 0.99


def devset_figures(pages: Sequence[Page], result: Run, prefixes: tuple[str, ...]) -> dict[str, Any]:
    """cleanser's (and trafilatura's) token scores on the whole development set and on the
    pages whose id starts with one of ``prefixes``, and cleanser's figures per page."""
    golds = [p.gold for p in pages]
    figures: dict[str, Any] = {"sets": {}, "pages": {}}
    groups = {"all": list(range(len(pages)))}
    for prefix in prefixes:
        groups[f"{prefix}xx"] = [i for i, p in enumerate(pages) if p.id.startswith(prefix)]
    for group, members in groups.items():
        figures["sets"][group] = {"pages": len(members)}
        for name in ("trafilatura", "cleanser"):
            scores = token_scores([result.outputs[name][i] for i in members], [golds[i] for i in members])
            figures["sets"][group][name] = {key: round(value, 4) for key, value in scores.items()}
    for page, output in zip(pages, result.outputs["cleanser"], strict=True):
        c = ev.count(page.gold, output, output)
        figures["pages"][page.id] = {"kept": round(c.body_kept, 4), "precision": round(c.precision, 4)}
    return figures


def time_ratios(sets: dict[str, tuple[list[Page], Run]]) -> dict[str, float]:
    ratios: dict[str, float] = {}
    all_t: list[float] = []
    all_c: list[float] = []
    for kind, (_, result) in sets.items():
        t, c = result.seconds["trafilatura"], result.seconds["cleanser"]
        all_t += t
        all_c += c
        ratios[kind] = round(_ms(c) / _ms(t), 3)
    if len(sets) > 1:
        ratios["all"] = round(_ms(all_c) / _ms(all_t), 3)
    return ratios


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="the ScrapingHub folder and/or a devset folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page for timing (best is kept)")
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "quality.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--chrome", action="store_true", help="print devset chrome left in the output")
    parser.add_argument("--ids", default="", help="also score the devset pages whose id starts with one of "
                        "these comma-separated prefixes (e.g. 3 for ids 3xx)")
    parser.add_argument("--record", type=Path, help="save cleanser's figures to this JSON file")
    parser.add_argument("--label", default="", help="what the record is of (with --record)")
    parser.add_argument("--before", type=Path, help="a --record file: shown as the figures before a change")
    args = parser.parse_args(argv)
    prefixes = tuple(p.strip() for p in args.ids.split(",") if p.strip())
    before: dict[str, Any] | None = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    before_label = f"cleanser, before ({before.get('label', 'record')})" if before else ""

    import cleanser

    sets: dict[str, tuple[list[Page], Run]] = {}
    for root in args.paths:
        kind = kind_of(root)
        pages = load_scrapinghub(root) if kind == "scrapinghub" else load_devset(root)
        sets[kind] = (pages, run(pages, args.repeat))

    saved: dict[str, Any] = {"label": args.label or "record"}
    rules = len(cleanser.Pipeline().rules)
    command = "python benchmarks/html_quality.py SCRAPINGHUB_DIR DEVSET_DIR" + (
        f" --ids {','.join(prefixes)}" if prefixes else "") + (f" --before {_shown(args.before)}" if before else "")
    lines = [
        "## HTML input: clean_html against trafilatura alone",
        "",
        f"Produced by `{command}` ({rules} rules in the "
        "default pipeline). trafilatura alone is `trafilatura.extract(page, include_comments=False)` (the "
        "ScrapingHub benchmark's own call); cleanser is `cleanser.clean_html(page)`. See "
        "[html](html.md) for how pages are handled.",
        "",
    ]
    if before:
        lines += [f"Rows and columns marked *before* give the figures recorded with `--record` before a change "
                  f"({before.get('label', 'record')}), on the same pages.", ""]
    checks: list[str] = []
    if "scrapinghub" in sets:
        pages, result = sets["scrapinghub"]
        golds = [p.gold for p in pages]
        lines += [
            f"ScrapingHub article-extraction benchmark ({len(pages)} English pages): word 4-gram shingles, "
            "precision and recall averaged over documents, F1 from the averages.",
            "",
            "| system | F1 | precision | recall |",
            "| --- | ---: | ---: | ---: |",
        ]
        scores = {}
        for name in ("trafilatura", "cleanser"):
            f1, p, r = shingle_scores(result.outputs[name], golds)
            scores[name] = f1
            if name == "cleanser":
                saved["scrapinghub"] = {"f1": round(f1, 4), "precision": round(p, 4), "recall": round(r, 4)}
                if before and "scrapinghub" in before:
                    b = before["scrapinghub"]
                    lines.append(f"| {before_label} | {b['f1']:.4f} | {b['precision']:.4f} | {b['recall']:.4f} |")
            lines.append(f"| {name} | {f1:.4f} | {p:.4f} | {r:.4f} |")
        lines.append("")
        ok = scores["cleanser"] >= scores["trafilatura"]
        checks.append(f"- ScrapingHub F1, cleanser >= trafilatura: {scores['cleanser']:.4f} vs "
                      f"{scores['trafilatura']:.4f}, {'met' if ok else 'NOT met'}; aim 0.97: "
                      f"{'met' if scores['cleanser'] >= 0.97 else 'NOT met'}")
        if before and "scrapinghub" in before:
            kept_up = scores["cleanser"] >= before["scrapinghub"]["f1"]
            checks.append(f"- ScrapingHub F1 not below the record: {scores['cleanser']:.4f} vs "
                          f"{before['scrapinghub']['f1']:.4f}, {'met' if kept_up else 'NOT met'}")
    if "devset" in sets:
        pages, result = sets["devset"]
        figures = devset_figures(pages, result, prefixes)
        saved["devset"] = figures
        old_sets = (before or {}).get("devset", {}).get("sets", {})
        lines += [
            f"Development set, HTML pages ({len(pages)} Indonesian news pages with hand-made gold bodies): "
            "tokens (`\\w+`, casefolded) as multisets; micro over all tokens, mean per page in brackets"
            + (f"; the rows *{', '.join(p + 'xx' for p in prefixes)}* are the pages whose id starts so "
               "(ids 3xx: the pages from outlets added with issue 10)" if prefixes else "") + ".",
            "",
            "| pages | system | body kept | precision |",
            "| --- | --- | ---: | ---: |",
        ]
        for group, data in figures["sets"].items():
            where = f"{group} ({data['pages']})"
            for name in ("trafilatura", "cleanser"):
                if name == "cleanser" and group in old_sets:
                    o = old_sets[group]["cleanser"]
                    lines.append(f"| {where} | {before_label} | {o['kept']:.4f} ({o['kept_mean']:.4f}) | "
                                 f"{o['precision']:.4f} ({o['precision_mean']:.4f}) |")
                s = data[name]
                lines.append(f"| {where} | {name} | {s['kept']:.4f} ({s['kept_mean']:.4f}) | "
                             f"{s['precision']:.4f} ({s['precision_mean']:.4f}) |")
        lines.append("")
        old_pages = (before or {}).get("devset", {}).get("pages", {})
        low = [(pid, f) for pid, f in figures["pages"].items()
               if f["kept"] < LOW_KEPT or old_pages.get(pid, {}).get("kept", 1.0) < LOW_KEPT]
        if prefixes and low:
            lines += [
                f"Pages with body kept below {LOW_KEPT} (cleanser" + (", now and before" if before else "") + "):",
                "",
                "| page | body kept | precision |" + (" body kept before | precision before |" if before else ""),
                "| --- | ---: | ---: |" + (" ---: | ---: |" if before else ""),
            ]
            for pid, f in low:
                row = f"| {pid} | {f['kept']:.4f} | {f['precision']:.4f} |"
                if before:
                    o = old_pages.get(pid)
                    row += f" {o['kept']:.4f} | {o['precision']:.4f} |" if o else " | |"
                lines.append(row)
            lines.append("")
        c = figures["sets"]["all"]["cleanser"]
        checks.append(f"- devset body kept >= 0.995: {c['kept']:.4f}, {'met' if c['kept'] >= 0.995 else 'NOT met'}")
        checks.append(f"- devset precision >= 0.98: {c['precision']:.4f}, "
                      f"{'met' if c['precision'] >= 0.98 else 'NOT met'}")
        for group in figures["sets"]:
            if group == "all":
                continue
            c = figures["sets"][group]["cleanser"]
            checks.append(f"- {group} body kept >= 0.995: {c['kept']:.4f}, "
                          f"{'met' if c['kept'] >= 0.995 else 'NOT met'}; precision >= 0.98: {c['precision']:.4f}, "
                          f"{'met' if c['precision'] >= 0.98 else 'NOT met'}")
        statuses = Counter(r.status for r in result.results)
        lines.append("cleanser statuses on these pages: "
                     + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())) + ".")
        lines.append("")
    ratios = time_ratios(sets)
    saved["time_ratio"] = ratios
    old_ratios = (before or {}).get("time_ratio", {})
    lines += [
        f"Time per page (best of {args.repeat} passes over all pages, the two calls alternating, mean over pages; "
        "Python {0}). *rules* is the rule pipeline alone on the extracted text, part of cleanser's time.".format(
            sys.version.split()[0]),
        "",
        "| pages | trafilatura ms | cleanser ms | ratio |" + (" ratio before |" if before else "")
        + " of which rules ms | cleanser without rules: ratio |",
        "| --- | ---: | ---: | ---: |" + (" ---: |" if before else "") + " ---: | ---: |",
    ]
    all_t: list[float] = []
    all_c: list[float] = []
    all_r: list[float] = []

    def time_row(kind: str, t: list[float], c: list[float], r: list[float]) -> str:
        old = f" {old_ratios[kind]:.2f}x |" if kind in old_ratios else " |"
        return (f"| {kind} ({len(t)}) | {_ms(t):.1f} | {_ms(c):.1f} | {_ms(c) / _ms(t):.2f}x |"
                + (old if before else "") + f" {_ms(r):.1f} | {(_ms(c) - _ms(r)) / _ms(t):.2f}x |")

    for kind, (_, result) in sets.items():
        t, c, r = result.seconds["trafilatura"], result.seconds["cleanser"], result.seconds["rules"]
        all_t += t
        all_c += c
        all_r += r
        lines.append(time_row(kind, t, c, r))
    if len(sets) > 1:
        lines.append(time_row("all", all_t, all_c, all_r))
    ratio = _ms(all_c) / _ms(all_t)
    checks.append(f"- time per page <= 1.15x trafilatura: {ratio:.2f}x, {'met' if ratio <= 1.15 else 'NOT met'} "
                  f"(without the rule pipeline: {(_ms(all_c) - _ms(all_r)) / _ms(all_t):.2f}x)")
    lines += ["", "Targets:", "", *checks]
    markdown = "\n".join(lines)
    print(markdown)
    if args.chrome and "devset" in sets:
        pages, result = sets["devset"]
        print_chrome(pages, result.outputs["cleanser"])
    if args.record:
        args.record.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
        print(f"\nrecorded to {args.record}")
    if not args.no_write:
        write_section(args.doc, SECTION, markdown)
        print(f"\nwritten to {args.doc} (section {SECTION})")
    return 0


def _shown(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else str(path)


if __name__ == "__main__":
    raise SystemExit(main())
