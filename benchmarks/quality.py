"""Body kept and chrome removed: cleanser against three baselines on the same text documents.

    python benchmarks/quality.py DEVSET_DIR [--corpus corpus] [--doc docs/quality.md]
    python benchmarks/quality.py DEVSET_DIR --ids 2 --record FILE   # the 2xx documents
    python benchmarks/quality.py DEVSET_DIR --ids 2 --before FILE   # ... against a record

Systems, each run on every text document of DEVSET_DIR (``text/`` only; HTML pages are
left out so that all four see the same input):

- no-op: the output is the input;
- jusText with its Indonesian stoplist: each input line wrapped in ``<p>``, the
  paragraphs it does not classify as boilerplate kept (its default settings);
- C4 lines: datatrove's ``C4QualityFilter`` line rules with their default settings
  (terminal punctuation, at least 3 words, no 'javascript', no policy phrases, no
  1000-character word, citation marks cut); its document-level rules (5 sentences, which
  needs spaCy, curly bracket, lorem ipsum) are off so that it acts as a line filter;
- cleanser: ``cleanser.clean(text, url)``.

Scores come from ``cleanser.evaluation`` (micro over tokens). With ``--corpus`` the same
systems also run on that corpus folder (a second table). The tables are printed and
written to the ``text-quality`` section of the doc file.

``--ids PREFIX`` (comma-separated prefixes) scores only the documents whose id starts with
one of them, e.g. ``--ids 2`` for the outlets added last (ids 2xx); such a run writes its
own section (``text-quality-ids-PREFIX``) and skips the corpus table. ``--record FILE``
saves cleanser's figures as JSON; ``--before FILE`` reads such a record and prints it as a
"cleanser, before" row next to the current figures, so that a change is reported with the
figures it started from.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks._report import write_section  # noqa: E402
from cleanser import evaluation as ev  # noqa: E402

SECTION = "text-quality"
TARGET_BODY_KEPT = 0.995
TARGET_CHROME_REMOVED = 0.95
TARGET_EXACT = 0.60

System = Callable[[str, str | None], str]


def noop(text: str, url: str | None) -> str:
    return text


def make_justext() -> System:
    import justext

    stoplist = justext.get_stoplist("Indonesian")

    def run(text: str, url: str | None) -> str:
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines())
        page = f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>"
        paragraphs = justext.justext(page, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def make_c4() -> tuple[System, Callable[[str], bool]]:
    """The C4 line filter, and a test telling whether C4's document rules would drop a text."""
    from datatrove.data import Document
    from datatrove.pipeline.filters.c4_filters import C4QualityFilter

    lines_only = C4QualityFilter(
        min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False
    )
    with_doc_rules = C4QualityFilter(min_num_sentences=-1)

    def run(text: str, url: str | None) -> str:
        doc = Document(text=text, id="doc")
        if lines_only.filter(doc) is not True:
            return ""
        return "\n\n".join(line for line in doc.text.split("\n") if line.strip())

    def dropped(text: str) -> bool:
        return with_doc_rules.filter(Document(text=text, id="doc")) is not True

    return run, dropped


def cleanser_system(text: str, url: str | None) -> str:
    import cleanser

    return cleanser.clean(text, url).text


@dataclass
class Row:
    name: str
    agg: ev.Aggregate
    seconds: float
    scores: list[ev.DocScore]

    @property
    def docs_per_second(self) -> float:
        return self.agg.docs / self.seconds if self.seconds > 0 else float("inf")


def run_system(name: str, system: System, docs: Sequence[ev.EvalDocument]) -> Row:
    inputs = [(doc, doc.read_input()) for doc in docs]
    system(str(inputs[0][1]), inputs[0][0].url)  # warm-up: imports, compiled patterns
    scores: list[ev.DocScore] = []
    total = 0.0
    for doc, text in inputs:
        assert isinstance(text, str)
        started = time.perf_counter()
        output = system(text, doc.url)
        total += time.perf_counter() - started
        scores.append(ev.score_document(doc, output, text))
    return Row(name, ev.aggregate(scores), total, scores)


def record(row: Row) -> dict[str, object]:
    """cleanser's figures as saved by ``--record`` and read back by ``--before``."""
    m, mean = row.agg.micro, row.agg.means
    keys = ("body_kept", "chrome_removed", "precision", "f1")
    return {
        "micro": {key: round(m[key], 4) for key in keys},
        "means": {key: round(mean[key], 4) for key in keys},
        "exact": row.agg.exact,
        "docs": row.agg.docs,
    }


def before_line(saved: dict[str, object], label: str) -> str:
    micro, means = saved["micro"], saved["means"]
    assert isinstance(micro, dict) and isinstance(means, dict)
    cells = " | ".join(
        f"{micro[key]:.3f} ({means[key]:.3f})"
        for key in ("body_kept", "chrome_removed", "precision", "f1")
    )
    exact, docs = int(str(saved["exact"])), int(str(saved["docs"]))
    return f"| {label} | {cells} | {exact}/{docs} ({exact / docs:.0%}) | |"


def table(rows: Sequence[Row], before: dict[str, object] | None = None) -> str:
    lines = [
        "| system | body kept | chrome removed | precision | F1 | exact | docs/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        if row.name == "cleanser" and before is not None:
            lines.append(before_line(before, f"cleanser, before ({before.get('label', 'record')})"))
        m, mean = row.agg.micro, row.agg.means
        cells = " | ".join(
            f"{m[key]:.3f} ({mean[key]:.3f})"
            for key in ("body_kept", "chrome_removed", "precision", "f1")
        )
        lines.append(
            f"| {row.name} | {cells} | {row.agg.exact}/{row.agg.docs} "
            f"({row.agg.exact_share:.0%}) | {row.docs_per_second:,.0f} |"
        )
    return "\n".join(lines)


def chrome_concentration(row: Row, top: int = 2) -> float:
    """Share of all chrome tokens held by the ``top`` documents with the most chrome."""
    chrome = sorted((s.counts.chrome for s in row.scores), reverse=True)
    total = sum(chrome)
    return sum(chrome[:top]) / total if total else 0.0


TARGETS = {"body": TARGET_BODY_KEPT, "chrome": TARGET_CHROME_REMOVED, "exact": TARGET_EXACT}


def verdicts(rows: Sequence[Row]) -> list[str]:
    TARGET_BODY_KEPT, TARGET_CHROME_REMOVED, TARGET_EXACT = (
        TARGETS["body"], TARGETS["chrome"], TARGETS["exact"]
    )
    by_name = {row.name: row for row in rows}
    ours = by_name["cleanser"].agg
    body, chrome = ours.micro["body_kept"], ours.micro["chrome_removed"]

    def mark(ok: bool) -> str:
        return "met" if ok else "NOT met"

    out = [
        f"- body kept >= {TARGET_BODY_KEPT}: {body:.3f}, {mark(body >= TARGET_BODY_KEPT)}",
        f"- chrome removed >= {TARGET_CHROME_REMOVED}: {chrome:.3f}, "
        f"{mark(chrome >= TARGET_CHROME_REMOVED)}",
        f"- exact >= {TARGET_EXACT:.0%}: {ours.exact_share:.0%}, "
        f"{mark(ours.exact_share >= TARGET_EXACT)}",
    ]
    for row in rows:
        if row.name == "cleanser":
            continue
        theirs = row.agg.micro
        more_chrome = chrome > theirs["chrome_removed"]
        if row.name == "no-op":  # keeps all the body by construction
            out.append(f"- removes more chrome than no-op: {mark(more_chrome)}")
            continue
        more_body = body > theirs["body_kept"]
        out.append(
            f"- removes more chrome than {row.name} while keeping more body: "
            f"{mark(more_chrome and more_body)} (chrome removed {chrome:.3f} vs "
            f"{theirs['chrome_removed']:.3f}, body kept {body:.3f} vs {theirs['body_kept']:.3f})"
        )
    return out


def shown(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else str(path)


def rule_count() -> int:
    from cleanser.pipeline import default_pipeline

    return len(default_pipeline().rules)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("devset", type=Path, metavar="DEVSET_DIR")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=REPO / "corpus",
        help="also score the systems on this corpus folder (default: the bundled corpus); "
        "'' to skip",
    )
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "quality.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--ids", default="", help="only documents whose id starts with one of these prefixes"
    )
    parser.add_argument("--record", type=Path, help="save cleanser's figures to this JSON file")
    parser.add_argument("--label", default="", help="what the record is of (with --record)")
    parser.add_argument(
        "--before", type=Path, help="a --record file: shown as the figures before a change"
    )
    parser.add_argument("--target-body", type=float, default=TARGET_BODY_KEPT)
    parser.add_argument("--target-chrome", type=float, default=TARGET_CHROME_REMOVED)
    parser.add_argument("--target-exact", type=float, default=TARGET_EXACT)
    args = parser.parse_args(argv)
    TARGETS.update(body=args.target_body, chrome=args.target_chrome, exact=args.target_exact)
    prefixes = tuple(p.strip() for p in args.ids.split(",") if p.strip())
    section = SECTION + ("-ids-" + "-".join(prefixes) if prefixes else "")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None

    try:
        devset = ev.load(args.devset)
    except ev.LayoutError as exc:
        print(f"quality: {exc}", file=sys.stderr)
        return 2
    if devset.layout != "devset":
        print(f"quality: {args.devset}: not a devset folder (text/, gold/)", file=sys.stderr)
        return 2
    docs = ev.select(devset.documents, kind="text")
    if prefixes:
        docs = [doc for doc in docs if doc.id.startswith(prefixes)]
        args.corpus = Path("")
    if not docs:
        print(f"quality: {args.devset}: no text documents", file=sys.stderr)
        return 2

    justext_system = make_justext()
    c4_system, c4_dropped = make_c4()
    systems: list[tuple[str, System]] = [
        ("no-op", noop),
        ("jusText (Indonesian)", justext_system),
        ("C4 lines (datatrove)", c4_system),
        ("cleanser", cleanser_system),
    ]
    rows = [run_system(name, system, docs) for name, system in systems]
    c4_drops = sum(1 for doc in docs if c4_dropped(str(doc.read_input())))

    corpus_rows: list[Row] = []
    corpus_docs: list[ev.EvalDocument] = []
    if str(args.corpus) not in ("", "."):
        try:
            corpus = ev.load(args.corpus)
        except ev.LayoutError as exc:
            print(f"quality: {exc}", file=sys.stderr)
            return 2
        corpus_docs = ev.select(corpus.documents, kind="text")
        if corpus_docs:
            corpus_rows = [run_system(name, system, corpus_docs) for name, system in systems]

    outlets = sorted({doc.outlet for doc in docs})
    if args.record:
        args.record.write_text(
            json.dumps({**record(rows[-1]), "label": args.label or "record"}, indent=1) + "\n",
            encoding="utf-8",
        )
    which = (
        f"the development set's documents with ids starting {', '.join(prefixes)}"
        if prefixes
        else "the development set"
    )
    command = "python benchmarks/quality.py DEVSET_DIR" + (
        f" --ids {','.join(prefixes)}" if prefixes else ""
    ) + "".join(
        f" --target-{key} {value}"
        for key, value, default in (
            ("body", args.target_body, TARGET_BODY_KEPT),
            ("chrome", args.target_chrome, TARGET_CHROME_REMOVED),
            ("exact", args.target_exact, TARGET_EXACT),
        )
        if value != default
    ) + (f" --before {shown(args.before)}" if args.before else "")
    parts = [
        "## Text quality: cleanser against baselines"
        + (f" (ids {', '.join(p + 'xx' for p in prefixes)})" if prefixes else ""),
        "",
        f"Produced by `{command}` "
        f"({rule_count()} rules in the default pipeline). "
        f"{len(docs)} text documents of {which} ({len(outlets)} outlets), "
        "each with a hand-made expected body. Scores are micro over tokens (runs of `\\w`, "
        "casefolded, compared as multisets): **body kept** is the share of expected-body "
        "tokens present in the output, **chrome removed** the share of the input's other "
        "tokens that the output no longer holds, **precision** the share of output tokens "
        "that are body, **exact** the documents whose paragraphs equal the expected ones. "
        "Each cell gives the micro score, then the mean per document in brackets: "
        f"the chrome is unevenly spread (the 2 documents with most chrome hold "
        f"{chrome_concentration(rows[0]):.0%} of it), so the two can differ widely. "
        "docs/s is wall time of the cleaning call alone, warm, one process. "
        "See [evaluation](evaluation.md).",
        "",
        table(rows, before),
        "",
        *(
            [
                f"The row 'cleanser, before' gives the figures recorded with `--record` before a "
                f"change ({before.get('label', 'record')}), on the same documents.",
                "",
            ]
            if before
            else []
        ),
        "Baselines: no-op keeps the input; jusText classifies each input line as a paragraph "
        "with its Indonesian stoplist and default settings; C4 lines applies datatrove's "
        "C4QualityFilter line rules with default settings (its document-level rules off; "
        f"they would have dropped {c4_drops} of the {len(docs)} documents whole).",
        "",
        f"Targets (on this set): body kept >= {TARGETS['body']}, chrome removed >= "
        f"{TARGETS['chrome']}, exact >= {TARGETS['exact']:.0%}; cleanser removes more chrome "
        "than each baseline while keeping more body than jusText and C4 (no-op keeps all of it "
        "by construction).",
        "",
        *verdicts(rows),
    ]
    if corpus_rows:
        parts += [
            "",
            f"The same systems on the bundled corpus ({len(corpus_docs)} text documents, "
            "`--corpus corpus`):",
            "",
            table(corpus_rows),
        ]
    markdown = "\n".join(parts) + "\n"
    print(markdown)
    if not args.no_write:
        write_section(args.doc, section, markdown)
        print(f"written to {args.doc} (section {section})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
