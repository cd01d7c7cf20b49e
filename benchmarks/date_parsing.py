"""Date lines: cleanser's own parser against dateparser, on generated Indonesian variants.

    python -m benchmarks.date_parsing [--out docs/quality.md]

Correctness: the share of generated date lines (tests/date_variants.py: 14 formats x 40
moments) each parser turns into the right ISO 8601 value (date, time and UTC offset). Cost:
the cold import time (a fresh interpreter, best of 3) and the time per line. dateparser is
measured only when installed (it is a dependency of neither cleanser nor its extras).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks._report import write_section
from cleanser.metadata import parse_date
from tests.date_variants import variants


def cold_import(module: str) -> float:
    best = float("inf")
    for _ in range(3):
        code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        best = min(best, float(out))
    return best


def score(parse: Callable[[str], str | None]) -> tuple[Counter[str], Counter[str], float]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    elapsed = 0.0
    for name, text, expected in variants():
        start = time.perf_counter()
        got = parse(text)
        elapsed += time.perf_counter() - start
        total[name] += 1
        right[name] += got == expected
    return right, total, elapsed / sum(total.values())


def dateparser_parse() -> Callable[[str], str | None] | None:
    try:
        import dateparser  # type: ignore[import-untyped]
    except ImportError:
        return None

    def parse(text: str) -> str | None:
        found = dateparser.parse(text, languages=["id", "en"], settings={"DATE_ORDER": "DMY"})
        if found is None:
            return None
        if found.hour == found.minute == found.second == 0 and ":" not in text and "." not in text:
            return found.date().isoformat()
        return found.isoformat()

    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/quality.md"))
    args = parser.parse_args(argv)
    ours = score(parse_date)
    # cleanser.metadata cannot be imported without the package: its column is `import cleanser`
    rows = [("cleanser.metadata.parse_date", ours, cold_import("cleanser"))]
    theirs = dateparser_parse()
    if theirs is not None:
        theirs("12 Maret 2024")  # the first call loads dateparser's language data: timed apart below
        rows.append(("dateparser.parse (languages id, en; DMY)", score(theirs), cold_import("dateparser")))
    formats = list(ours[1])
    lines = [
        "## Date lines: cleanser's parser against dateparser",
        "",
        f"{sum(ours[1].values())} generated date lines ({len(formats)} formats, tests/date_variants.py); "
        "right = the exact ISO 8601 value (date, time, UTC offset; no zone guessed where the line gives none). "
        "Written by `python -m benchmarks.date_parsing`.",
        "",
        "| parser | right | per line | cold import (cleanser: the whole package) |",
        "|---|---:|---:|---:|",
    ]
    for name, (right, total, per_line), imported in rows:
        lines.append(f"| {name} | {sum(right.values())}/{sum(total.values())} | {per_line * 1e6:.0f} µs "
                     f"| {imported * 1000:.0f} ms |")
    if theirs is not None:
        lines += ["", "By format (right out of 40):", "", "| format | cleanser | dateparser |", "|---|---:|---:|"]
        for fmt in formats:
            lines.append(f"| {fmt} | {ours[0][fmt]} | {rows[1][1][0][fmt]} |")
    write_section(args.out, "dates", "\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
