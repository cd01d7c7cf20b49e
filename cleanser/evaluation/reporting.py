"""Show the scores of a run, and the ``cleanser eval`` command that runs one.

``format_report`` writes the plain-text report (overall, per kind, per outlet, the skipped
documents, the worst documents with the lines that went wrong), ``format_table`` its table;
``Evaluation.to_dict`` gives the same as JSON (``--json``). ``add_arguments`` and ``main``
are the ``cleanser eval`` subcommand (``cleanser/cli.py``); ``_main`` is
``python -m cleanser.evaluation``. Loading is ``cleanser.evaluation.loading``, scoring
``cleanser.evaluation.scoring``; nothing here computes a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from cleanser.evaluation.loading import LayoutError, Skipped, load
from cleanser.evaluation.scoring import Aggregate, Evaluation, evaluate, line_diff, select

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
