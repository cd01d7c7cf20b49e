"""Speed and memory of cleanser.clean on the text documents of a corpus folder.

    python benchmarks/speed.py CORPUS_DIR [--repeats 7] [--large-kb 256] [--doc docs/quality.md]

Warm (one untimed pass first), pinned to one core where the OS allows it, the whole set
cleaned ``--repeats`` times; the median pass gives documents per second and milliseconds
per 5 KB of text (5 KB = 5,120 bytes of UTF-8). Peak memory (tracemalloc) is measured on
the largest document, and on one large document made by joining the corpus inputs until
it reaches ``--large-kb`` KB (time per 5 KB there too: it must stay flat as a document
grows). Figures go to the ``speed`` section of the doc file.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks._report import write_section  # noqa: E402
from cleanser import evaluation as ev  # noqa: E402

SECTION = "speed"
KB5 = 5 * 1024
TARGET_MS_PER_5KB = 1.0


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no CPU affinity on this OS)"


def measure_time(clean: object, text: str, url: str | None, repeats: int = 2) -> float:
    """Best of ``repeats`` calls, in seconds (no tracing: tracemalloc slows Python down)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        clean(text, url)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def joined(inputs: Sequence[tuple[str, str | None]], target: int) -> str:
    """The inputs concatenated, over and over, until the text reaches ``target`` bytes."""
    parts: list[str] = []
    size = 0
    while size < target:
        for text, _ in inputs:
            parts.append(text)
            size += len(text.encode("utf-8")) + 1
            if size >= target:
                break
    return "\n".join(parts)


def measure_peak(clean: object, text: str, url: str | None) -> tuple[float, int]:
    """(seconds, peak bytes allocated) for one call."""
    tracemalloc.start()
    try:
        started = time.perf_counter()
        clean(text, url)  # type: ignore[operator]
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return seconds, peak


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--large-kb", type=int, default=256)
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "quality.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    try:
        data = ev.load(args.corpus)
    except ev.LayoutError as exc:
        print(f"speed: {exc}", file=sys.stderr)
        return 2
    docs = ev.select(data.documents, kind="text")
    if not docs:
        print(f"speed: {args.corpus}: no text documents", file=sys.stderr)
        return 2

    import cleanser
    from cleanser.pipeline import default_pipeline

    pinning = pin_one_core()
    inputs = [(str(doc.read_input()), doc.url) for doc in docs]
    total_bytes = sum(len(text.encode("utf-8")) for text, _ in inputs)
    for text, url in inputs:  # warm: imports, compiled patterns, caches
        cleanser.clean(text, url)

    passes: list[float] = []
    per_doc: list[list[float]] = [[] for _ in inputs]
    for _ in range(max(args.repeats, 1)):
        pass_started = time.perf_counter()
        for i, (text, url) in enumerate(inputs):
            started = time.perf_counter()
            cleanser.clean(text, url)
            per_doc[i].append(time.perf_counter() - started)
        passes.append(time.perf_counter() - pass_started)
    median_pass = statistics.median(passes)
    docs_per_second = len(inputs) / median_pass
    ms_per_5kb = median_pass * 1000 / (total_bytes / KB5)
    doc_rates = [
        (statistics.median(times) * 1000 / (len(text.encode("utf-8")) / KB5), docs[i].id)
        for i, (times, (text, _)) in enumerate(zip(per_doc, inputs, strict=True))
    ]
    slowest_rate, slowest_id = max(doc_rates)

    largest = max(range(len(inputs)), key=lambda i: len(inputs[i][0]))
    large_text, large_url = inputs[largest]
    large_seconds = measure_time(cleanser.clean, large_text, large_url)
    _, large_peak = measure_peak(cleanser.clean, large_text, large_url)

    rates: list[tuple[int, float]] = []  # (bytes, ms per 5 KB) of the joined documents
    for factor in (1, 2):
        big = joined(inputs, args.large_kb * 1024 * factor)
        big_bytes = len(big.encode("utf-8"))
        rates.append((big_bytes, measure_time(cleanser.clean, big, None) * 1000 / (big_bytes / KB5)))
    _, big_peak = measure_peak(cleanser.clean, joined(inputs, args.large_kb * 1024), None)
    growth = rates[1][1] / rates[0][1]

    verdict = "met" if ms_per_5kb < TARGET_MS_PER_5KB else "NOT met"
    markdown = "\n".join(
        [
            "## Speed",
            "",
            "Produced by `python benchmarks/speed.py corpus` "
            f"({len(default_pipeline().rules)} rules in the default pipeline; Python "
            f"{platform.python_version()}, {pinning}, warm, median of {len(passes)} passes).",
            "",
            "| measure | value |",
            "| --- | ---: |",
            f"| text documents | {len(inputs)} ({total_bytes / 1024:,.1f} KB) |",
            f"| documents per second | {docs_per_second:,.1f} |",
            f"| ms per 5 KB of text | {ms_per_5kb:.3f} |",
            f"| slowest document, ms per 5 KB | {slowest_rate:.3f} ({slowest_id}) |",
            f"| largest document: size, time | {len(large_text.encode('utf-8')) / 1024:,.1f} KB,"
            f" {large_seconds * 1000:.1f} ms |",
            f"| largest document: peak memory (tracemalloc) | {large_peak / 1024 / 1024:.2f} MiB |",
            *(
                f"| joined document: size, ms per 5 KB | {size / 1024:,.0f} KB, {rate:.3f} |"
                for size, rate in rates
            ),
            f"| joined document: time per 5 KB at twice the size | {growth:.2f}x |",
            f"| joined document ({args.large_kb} KB): peak memory (tracemalloc) |"
            f" {big_peak / 1024 / 1024:.2f} MiB |",
            "",
            f"Target: below {TARGET_MS_PER_5KB:g} ms per 5 KB article: {verdict}. "
            "The joined document is every corpus input concatenated, over and over, until it "
            f"reaches {args.large_kb} KB, then twice that; doubling it should leave the time "
            "per 5 KB about where it was (no rule may be quadratic in document length). Times "
            "are taken without tracing; peak memory in a separate, traced call.",
        ]
    )
    print(markdown)
    if not args.no_write:
        write_section(args.doc, SECTION, markdown)
        print(f"written to {args.doc} (section {SECTION})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
