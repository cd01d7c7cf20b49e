"""Fuzz cleanser with hostile documents (Hypothesis at scale) and record what was tried.

    python -m benchmarks.fuzz [--examples 100000] [--seconds 1800] [--write docs/quality.md]

Draws documents from tests/hostile_strategies.py (huge lines, tiny lines, floods of spaces,
combining marks, joiners, emoji, spaced letters, every line separator, NUL and control
characters, lone surrogates, repeated chrome) and checks, on each: no exception, every
character of the input kept or in exactly one removal (tests/invariants.py), and a second
pass changes nothing. Failures are recorded, not raised, so the run goes on; the count of
inputs tried, the time and the failures (shortest first) go to docs/quality.md, section
"fuzz".
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

import cleanser
from tests.hostile_strategies import hostile_documents
from tests.invariants import assert_report_accounts_for_input


def check(text: str) -> str | None:
    """What is wrong with cleaning ``text``, or None."""
    try:
        result = cleanser.clean(text)
    except Exception as exc:
        return f"exception {type(exc).__name__}: {exc}"
    if any("failed" in n for n in result.notes):
        return f"a rule failed: {result.notes}"
    try:
        assert_report_accounts_for_input(result)
    except AssertionError as exc:
        return f"report: {exc}"
    if cleanser.clean(result.text).text != result.text:
        return "not idempotent"
    return None


class _TimeUp(Exception):
    """Raised inside the test once the time budget is spent: Hypothesis stops drawing."""


def run(examples: int, seconds: float, seed: int) -> dict[str, object]:
    tried = 0
    failures: dict[str, str] = {}
    chars = 0
    start = time.perf_counter()
    cpu = time.process_time()

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), derandomize=False)
    @given(hostile_documents())
    def fuzz(text: str) -> None:
        nonlocal tried, chars
        if time.perf_counter() - start > seconds:
            raise _TimeUp
        tried += 1
        chars += len(text)
        problem = check(text)
        if problem is not None:
            kind = problem.split(":")[0]
            if kind not in failures or len(text) < len(failures[kind]):
                failures[kind] = text

    import random

    random.seed(seed)
    with contextlib.suppress(_TimeUp):
        fuzz()
    return {"tried": tried, "chars": chars, "wall": time.perf_counter() - start,
            "cpu": time.process_time() - cpu, "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=1800.0, help="stop drawing after this wall time")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args(argv)
    out = run(args.examples, args.seconds, args.seed)
    failures: dict[str, str] = out["failures"]  # type: ignore[assignment]
    lines = [
        "## Fuzzing (benchmarks/fuzz.py)", "",
        f"{out['tried']:,} hostile documents tried ({out['chars']:,} characters) in {out['wall']:.0f} s wall, "
        f"{out['cpu']:.0f} s CPU (target: 100,000 per run); {len(failures)} kind(s) of failure.",
    ]
    for kind, text in sorted(failures.items()):
        lines.append(f"- {kind}: shortest input {text[:200]!r}")
    report = "\n".join(lines)
    print(report)
    if args.write:
        from benchmarks._report import write_section

        write_section(args.write, "fuzz", report)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
