"""The ``cleanser`` command: clean files, folders, JSONL and stdin; list rules; evaluate.

Exit codes: 0 all inputs cleaned; 1 some inputs could not be read or cleaned (the others
were, and each failure is reported on stderr or as an error record); 2 bad usage; 130
stopped by Ctrl-C (with --jsonl, every record before the stop is written whole).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TextIO

from cleanser._version import __version__
from cleanser.pipeline import Pipeline
from cleanser.registry import UnknownRuleError
from cleanser.result import Result

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}


class InputError(Exception):
    """An input that could not be read; the batch goes on without it."""


def _pipeline(args: argparse.Namespace) -> Pipeline:
    extra = []
    for path in args.rules_file or ():
        from cleanser.declarative import load_rules

        extra.extend(load_rules(path))
    return Pipeline(
        select=_split(args.select), ignore=_split(args.ignore), extra=extra,
        threshold=args.threshold,
    )


def _split(values: Sequence[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _looks_like_html(data: bytes) -> bool:
    try:
        from cleanser.html import looks_like_html
    except ImportError:  # pragma: no cover - the html package ships with cleanser
        head = data[:2048].lstrip().lower()
        return head.startswith((b"<!doctype html", b"<html"))
    return bool(looks_like_html(data))


def clean_bytes(data: bytes, pipeline: Pipeline, url: str | None, *, force_html: bool = False) -> Result:
    """Clean one input given as bytes: a page when it looks like HTML, else UTF-8 text."""
    if force_html or _looks_like_html(data):
        from cleanser.html import clean_html

        return clean_html(data, url, pipeline=pipeline)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start}); decode it first") from None
    return pipeline.clean(text, url)


def _files(paths: Sequence[str]) -> Iterator[str]:
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                print(f"cleanser: {raw}: no .txt or .html files in this folder", file=sys.stderr)
            yield from (str(p) for p in found)
        else:
            yield raw


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def input_record(name: str) -> dict[str, str]:
    """The ``"input"`` key of a ``--json`` report: where the input came from (the report's
    ``input_text`` is the text itself, see the schema)."""
    return {"path": name}


def explain(result: Result, *, color: bool = False, reasons: bool = False, width: int = 80) -> str:
    """The input with each removal marked in place (see cleanser.explain)."""
    from cleanser.explain import explain as _explain

    return _explain(result, color=color, reasons=reasons, width=width)


def _emit(result: Result, name: str, args: argparse.Namespace, out: TextIO, many: bool) -> None:
    if args.json:
        report = result.to_dict(include_input=args.include_input)
        report["input"] = input_record(name)
        out.write(json.dumps(report, ensure_ascii=False) + "\n")
    elif args.explain:
        if many:
            out.write(f"==> {name} <==\n")
        out.write(explain(result, color=args.color, reasons=args.reasons, width=args.width) + "\n")
    else:
        if many:
            out.write(f"==> {name} <==\n")
        out.write(result.text + "\n")


def cmd_clean(args: argparse.Namespace, out: TextIO) -> int:
    pipeline = _pipeline(args)
    if _records_mode(args):
        return _clean_jsonl(args, pipeline, out)
    if args.output and args.output != "-":
        with open(args.output, "w", encoding="utf-8") as sink:
            return _clean_files(args, pipeline, sink)
    return _clean_files(args, pipeline, out)


def _clean_files(args: argparse.Namespace, pipeline: Pipeline, out: TextIO) -> int:
    names = list(_files(args.paths or ["-"]))
    failures = 0
    for name in names:
        try:
            result = clean_bytes(_read(name), pipeline, args.url, force_html=args.html)
        except (InputError, ValueError, TypeError) as exc:
            failures += 1
            print(f"cleanser: {name}: {exc}", file=sys.stderr)
            if args.json:
                out.write(json.dumps({"input": input_record(name), "error": str(exc)}, ensure_ascii=False) + "\n")
            continue
        _emit(result, name, args, out, many=len(names) > 1)
    return 1 if failures else 0


RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst", ".parquet", ".pq")


def _records_mode(args: argparse.Namespace) -> bool:
    """--jsonl, or inputs/output named like record files (.jsonl[.gz|.zst], .parquet)."""
    if args.jsonl:
        return True
    names = [n for n in (*(args.paths or ()), args.output) if n and n != "-"]
    return bool(names) and all(n.lower().endswith(RECORD_SUFFIXES) for n in names)


def _clean_jsonl(args: argparse.Namespace, pipeline: Pipeline, out: TextIO) -> int:
    from cleanser.batch import Fields, default_jobs, run_jsonl

    fields = Fields(text=args.field, html=args.html_field, url=args.url_field, output=args.output_field,
                    report=args.report, default_url=args.url)
    if args.jobs < 0:
        print("cleanser: --jobs takes 0 (one per CPU) or more", file=sys.stderr)
        return 2
    jobs = default_jobs() if args.jobs == 0 else args.jobs
    paths = list(args.paths or ["-"])
    if args.output is None:
        out.flush()
    try:
        summary = run_jsonl(paths, args.output, jobs=jobs, fields=fields, pipeline=pipeline,
                            progress=args.progress)
    except ValueError as exc:
        print(f"cleanser: {exc}", file=sys.stderr)
        return 2
    except BrokenProcessPool:
        print("cleanser: a worker process died (out of memory on a huge record?); the output holds "
              "the records cleaned before it", file=sys.stderr)
        return 1
    if not args.quiet:
        for line in summary.format().splitlines():
            print(f"cleanser: {line}", file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.errors or summary.unreadable else 0


def cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    pipeline = Pipeline()
    if args.json:
        listing = [
            {"code": r.code, "name": r.name, "category": r.category.value, "priority": r.priority,
             "aliases": list(r.aliases), "summary": r.summary()}
            for r in pipeline.rules
        ]
        out.write(json.dumps(listing, ensure_ascii=False, indent=2) + "\n")
        return 0
    for rule in pipeline.rules:
        out.write(f"{rule.code:<6} {rule.name:<28} {rule.category.value:<11} {rule.summary()}\n")
    for note in pipeline.notes:
        out.write(f"note: {note}\n")
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    """``cleanser report IN... -o report.html``: one self-contained page over all inputs."""
    from cleanser.report import ReportEntry, render

    pipeline = _pipeline(args)
    entries: list[ReportEntry] = []
    for name in _files(args.paths or ["-"]):
        try:
            entries.append(ReportEntry(name, clean_bytes(_read(name), pipeline, args.url, force_html=args.html)))
        except (InputError, ValueError, TypeError) as exc:
            print(f"cleanser: {name}: {exc}", file=sys.stderr)
            entries.append(ReportEntry(name, error=str(exc)))
    page = render(entries, title=args.title)
    if args.output == "-":
        out.write(page)
    else:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as exc:
            print(f"cleanser: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        cleaned = sum(e.result is not None for e in entries)
        print(f"cleanser: wrote {args.output} ({cleaned} of {len(entries)} documents)", file=sys.stderr)
    return 1 if any(e.result is None for e in entries) else 0


def _add_report_parser(commands: Any) -> None:
    report = commands.add_parser(
        "report", help="write one self-contained HTML page showing every removal",
        description="Clean the inputs and write one HTML page: each input with its removals highlighted "
                    "by category, the clean text beside it, and a summary for a batch.")
    report.add_argument("paths", nargs="*", metavar="PATH", help="file, folder or '-' for stdin (default)")
    report.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write ('-': stdout)")
    report.add_argument("--title", default="cleanser report", help="the page's title")
    report.add_argument("--url", help="the article's URL (selects site packs)")
    report.add_argument("--html", action="store_true", help="treat inputs as HTML pages")
    report.add_argument("--select", action="append", metavar="RULES", help="only these rules (as for clean)")
    report.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules (as for clean)")
    report.add_argument("--rules-file", action="append", metavar="TOML", help="add declarative rules from a file")
    report.add_argument("--threshold", type=float, default=0.5, help="minimum score to remove (default 0.5)")
    report.set_defaults(handler=cmd_report)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanser",
        description="Strip boilerplate and spam from scraped news articles, reporting every removal.",
    )
    parser.add_argument("--version", action="version", version=f"cleanser {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser("clean", help="clean files, folders or stdin ('-')",
                                description="Clean article text or HTML pages.")
    clean.add_argument("paths", nargs="*", metavar="PATH", help="file, folder or '-' for stdin (default)")
    mode = clean.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the full report as JSON (one line per input)")
    mode.add_argument("--explain", action="store_true", help="show the input with each removal marked")
    clean.add_argument("--include-input", action="store_true",
                       help="with --json: add the text the offsets index (input_text; for a page, the extracted text)")
    clean.add_argument("--reasons", action="store_true",
                       help="with --explain (implied): number each removal and list its rule and reason below")
    clean.add_argument("--width", type=int, default=80, metavar="COLUMNS",
                       help="--explain wraps its lines to this width (default 80; 0: no wrapping)")
    clean.add_argument("--color", action=argparse.BooleanOptionalAction, default=None,
                       help="colour --explain output (default: when writing to a terminal)")
    clean.add_argument("--url", help="the article's URL (selects site packs)")
    clean.add_argument("--html", action="store_true", help="treat inputs as HTML pages")
    clean.add_argument("--select", action="append", metavar="RULES",
                       help="only these rules: codes, code prefixes, names or categories, comma-separated")
    clean.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules (same forms)")
    clean.add_argument("--rules-file", action="append", metavar="TOML", help="add declarative rules from a file")
    clean.add_argument("--threshold", type=float, default=0.5, help="minimum score to remove (default 0.5)")
    clean.add_argument("--jsonl", action="store_true",
                       help="inputs are records (JSON Lines, .gz/.zst, or Parquet): each record's text or "
                            "page is cleaned into --output-field (implied by .jsonl/.parquet names)")
    clean.add_argument("--field", default="text", help="JSONL field holding text (default: text)")
    clean.add_argument("--html-field", default="html", help="JSONL field holding a page (default: html)")
    clean.add_argument("--url-field", default="url", help="JSONL field holding the URL (default: url)")
    clean.add_argument("--output-field", default="clean_text", help="JSONL field to write (default: clean_text)")
    clean.add_argument("--report", action="store_true", help="with --jsonl: add the report under 'cleanser'")
    clean.add_argument("-o", "--output", metavar="OUT",
                       help="write here instead of stdout (with --jsonl: .gz/.zst compressed, .parquet as Parquet)")
    clean.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                       help="with --jsonl: worker processes (0: one per CPU; default 1)")
    clean.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="with --jsonl: progress bar on stderr (default: when stderr is a terminal)")
    clean.add_argument("-q", "--quiet", action="store_true", help="with --jsonl: no summary on stderr")
    clean.set_defaults(handler=cmd_clean)

    _add_report_parser(commands)

    rules = commands.add_parser("rules", help="list the rule catalogue")
    rules.add_argument("--json", action="store_true", help="as JSON")
    rules.set_defaults(handler=cmd_rules)

    try:
        from cleanser import evaluation
    except ImportError:  # pragma: no cover - evaluation ships with cleanser
        evaluation = None  # type: ignore[assignment]
    if evaluation is not None:
        ev = commands.add_parser("eval", help="score the pipeline on documents with expected bodies")
        evaluation.add_arguments(ev)
        ev.set_defaults(handler=evaluation.main)
    return parser


def _explain_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--reasons implies --explain (the JSON report always has the reasons)."""
    if getattr(args, "reasons", False):
        if args.json or args.jsonl:
            parser.error("--reasons goes with --explain; the JSON report already holds every reason")
        args.explain = True
    if getattr(args, "width", 0) < 0:
        parser.error("--width must be 0 (no wrapping) or more")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _explain_options(parser, args)
    if getattr(args, "color", None) is None and hasattr(args, "color"):
        args.color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    try:
        return int(args.handler(args, sys.stdout))
    except UnknownRuleError as exc:
        print(f"cleanser: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `cleanser clean ... | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
