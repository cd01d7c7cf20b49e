"""Speed, linearity, memory and cold start of cleanser.clean, with the time split by layer.

    python benchmarks/speed.py CORPUS_DIR [MORE_DIRS ...] [--repeats 5] [--big-mb 5]
                               [--doc docs/quality.md] [--no-write]

For each folder (the bundled corpus, ../shared/devset...): the text documents cleaned
``--repeats`` times, warm, on one core, with CPU time (``time.process_time``); the median
pass gives milliseconds per 5 KB (5 KB = 5,120 bytes of UTF-8). Each call builds a new
Document (nothing is cached by text). The time is split by layer: the text model (lines,
words), the scan, the other analysis steps (``cleanser.analysis.STEPS``), the rules, and
resolution (the rest of ``Pipeline.run``). jusText (paragraph per line) runs on the same
documents in the same process for comparison, when installed.

Linearity: one document made of the inputs of the first folder joined until it reaches
``--big-mb`` MB, cleaned once, cold, against the median time per 5 KB of distinct 5 KB
documents cut from the same text (no best-of on one text, so no cache can flatter it).
Peak memory of the big document is traced with tracemalloc in a separate call. Cold start:
``import cleanser`` + ``Pipeline()`` + a first ``clean()`` in a fresh process, with the
package's bytecode written first as pip writes it at install time.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks._report import write_section  # noqa: E402
from cleanser import evaluation as ev  # noqa: E402

SECTION = "speed"
KB5 = 5 * 1024
TARGET_MS_PER_5KB = 1.0
TARGET_GROWTH = 1.3
TARGET_MEMORY = 10.0
TARGET_COLD_MS = 300.0


def pin_one_core() -> str:
    import os

    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no CPU affinity on this OS)"


def size(text: str) -> int:
    return len(text.encode("utf-8"))


def layered_clean(pipeline: object, text: str, url: str | None, times: Counter[str]) -> None:
    """One clean, its CPU time added to ``times`` by layer."""
    from cleanser.analysis import STEPS, AnalysedDocument
    from cleanser.document import Document

    clock = time.process_time
    started = clock()
    doc = Document(text, url=url)
    # the text model's views the analysis reads (the folded lines are not among them: the scan
    # folds the lines as it reads them, and keeps none)
    for name in ("content_lines", "words", "folded_words"):
        getattr(doc, name)
    after_text = clock()
    times["text model"] += after_text - started
    analysed = AnalysedDocument(doc, pipeline.analysis)  # type: ignore[attr-defined]
    mark = after_text
    for step, names in STEPS.items():
        for name in names:
            getattr(analysed, name)
        now = clock()
        times["scan" if step == "scan" else "analysis"] += now - mark
        mark = now
    run_started = clock()
    # what the pipeline does with the facts: the rules, then resolution and the Result
    # as the pipeline asks them: a site pack's rules only where it applies, and a rule only
    # where what it needs is there (``Rule.needs``, ``Rule.applies``), the choice timed too
    t0 = clock()
    for _, rule, _, asks in pipeline._rules_for(analysed):  # type: ignore[attr-defined]
        try:
            if asks and not rule.applies(analysed):
                continue
            for _ in rule.propose(analysed):
                pass
        except Exception:
            pass
    rule_time = clock() - t0
    times["rules"] += rule_time
    t0 = clock()
    pipeline.run(analysed)  # type: ignore[attr-defined]
    # run() asks each rule again (cheap, facts are stored): count only what is not rules
    run_time = clock() - t0
    times["resolution"] += max(0.0, run_time - rule_time)
    times["total"] += (mark - started) + rule_time + max(0.0, run_time - rule_time)
    del run_started


def measure_folder(folder: Path, repeats: int) -> dict[str, object] | None:
    import cleanser
    from cleanser.pipeline import default_pipeline

    try:
        data = ev.load(folder)
    except ev.LayoutError as exc:
        print(f"speed: {exc}", file=sys.stderr)
        return None
    docs = ev.select(data.documents, kind="text")
    if not docs:
        return None
    inputs = [(str(doc.read_input()), doc.url) for doc in docs]
    total = sum(size(t) for t, _ in inputs)
    for text, url in inputs:  # warm: imports, compiled patterns
        cleanser.clean(text, url)
    pipeline = default_pipeline()
    passes: list[float] = []
    layers: list[Counter[str]] = []
    for _ in range(max(repeats, 1)):
        started = time.process_time()
        for text, url in inputs:
            cleanser.clean(text, url)
        passes.append(time.process_time() - started)
        counter: Counter[str] = Counter()
        for text, url in inputs:
            layered_clean(pipeline, text, url, counter)
        layers.append(counter)
    per5 = statistics.median(passes) * 1000 / (total / KB5)
    lines = sum(len([ln for ln in t.splitlines() if ln.strip()]) for t, _ in inputs)
    breakdown = {
        name: statistics.median(c[name] for c in layers) * 1000 / (total / KB5)
        for name in ("text model", "scan", "analysis", "rules", "resolution", "total")
    }
    row: dict[str, object] = {
        "folder": folder.name, "docs": len(inputs), "kb": total / 1024, "ms_per_5kb": per5,
        "us_per_line": statistics.median(passes) * 1e6 / max(lines, 1), "layers": breakdown,
        "inputs": inputs,
    }
    justext = justext_system()
    if justext is not None:
        times = []
        for _ in range(max(repeats, 1)):
            started = time.process_time()
            for text, _url in inputs:
                justext(text)
            times.append(time.process_time() - started)
        row["justext_ms_per_5kb"] = statistics.median(times) * 1000 / (total / KB5)
        row["justext_us_per_line"] = statistics.median(times) * 1e6 / max(lines, 1)
    return row


def justext_system() -> Callable[[str], str] | None:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("Indonesian")

    def run(text: str) -> str:
        html = "<html><body>" + "".join(
            f"<p>{line}</p>" for line in text.splitlines() if line.strip()
        ) + "</body></html>"
        paragraphs = justext.justext(html.encode("utf-8"), stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def linearity(inputs: Sequence[tuple[str, str | None]], big_mb: float) -> dict[str, float]:
    """Time per 5 KB of one big document against 5 KB documents, and its peak memory. The
    size limits are lifted (``max_chars`` and the others would answer "too-large" at once)."""
    import cleanser

    unlimited = cleanser.Pipeline(max_chars=None, max_line_chars=None, max_lines=None)

    corpus = "\n".join(t for t, _ in inputs)
    target = int(big_mb * 1024 * 1024)
    parts: list[str] = []
    length = 0
    round_ = 0
    while length < target:
        # each round numbers its copy so that no two copies of a paragraph are alike
        chunk = corpus.replace("\n", f" ({round_})\n")
        parts.append(chunk)
        length += size(chunk) + 1
        round_ += 1
    big = "\n".join(parts)
    small_times = []
    start = 0
    for _ in range(40):  # distinct 5 KB documents cut at line ends from the big text
        end = big.find("\n", start + KB5)
        if end == -1:
            break
        piece = big[start:end]
        t0 = time.process_time()
        unlimited.clean(piece)
        small_times.append((time.process_time() - t0) * 1000 / (size(piece) / KB5))
        start = end + 1
    t0 = time.process_time()
    result = unlimited.clean(big)
    if result.status != "ok":
        raise SystemExit(f"speed: the big document was not cleaned: {result.status} {result.notes}")
    big_rate = (time.process_time() - t0) * 1000 / (size(big) / KB5)
    tracemalloc.start()
    try:
        unlimited.clean(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    small = statistics.median(small_times)
    return {"big_bytes": size(big), "small_rate": small, "big_rate": big_rate,
            "growth": big_rate / small, "peak": peak, "peak_ratio": peak / size(big)}


COLD = (
    "import time; t0 = time.process_time(); import cleanser; t1 = time.process_time(); "
    "p = cleanser.Pipeline(); t2 = time.process_time(); "
    "p.clean('JAKARTA - Harga beras di pasar induk naik dua persen pekan ini, kata pedagang.'); "
    "t3 = time.process_time(); print(t1 - t0, t2 - t1, t3 - t2)"
)


def cold_start(runs: int = 3) -> tuple[float, float, float]:
    """Median of ``runs`` fresh processes, as an installed package starts: pip writes the
    bytecode at install time, so it is written here first (``compileall``) and the
    processes run without PYTHONDONTWRITEBYTECODE (which some environments set)."""
    import compileall
    import os

    import cleanser

    compileall.compile_dir(str(Path(cleanser.__file__).parent), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    found = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, cwd=REPO,
                             check=True, env=env)
        found.append(tuple(float(x) * 1000 for x in out.stdout.split()))
    found.sort(key=sum)
    return found[len(found) // 2]  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", type=Path, nargs="+", metavar="CORPUS_DIR")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--big-mb", type=float, default=5.0)
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "quality.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)

    pinning = pin_one_core()
    rows = [row for folder in args.folders if (row := measure_folder(folder, args.repeats))]
    if not rows:
        print("speed: no text documents found", file=sys.stderr)
        return 2
    lin = linearity(rows[0]["inputs"], args.big_mb)  # type: ignore[arg-type]
    import_ms, pipeline_ms, first_ms = cold_start()
    from cleanser.pipeline import default_pipeline

    def mark(ok: bool) -> str:
        return "met" if ok else "NOT met"

    table = [
        "| documents | size | cleanser ms / 5 KB | µs / content line | jusText ms / 5 KB | jusText µs / line |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        jt = row.get("justext_ms_per_5kb")
        jl = row.get("justext_us_per_line")
        table.append(
            f"| {row['folder']} ({row['docs']}) | {row['kb']:,.0f} KB | {row['ms_per_5kb']:.2f} |"
            f" {row['us_per_line']:.0f} | {'' if jt is None else f'{jt:.2f}'} |"
            f" {'' if jl is None else f'{jl:.0f}'} |"
        )
    layer_table = ["| layer | " + " | ".join(str(r["folder"]) for r in rows) + " |",
                   "| --- |" + " ---: |" * len(rows)]
    for name in ("text model", "scan", "analysis", "rules", "resolution", "total"):
        layer_table.append(f"| {name} | " + " | ".join(f"{r['layers'][name]:.2f}" for r in rows) + " |")  # type: ignore[index]
    worst = max(float(r["ms_per_5kb"]) for r in rows)
    faster = [float(r.get("justext_us_per_line", 0)) / float(r["us_per_line"]) for r in rows
              if r.get("justext_us_per_line")]
    markdown = "\n".join([
        "## Speed",
        "",
        f"Produced by `python benchmarks/speed.py {' '.join(str(f) for f in args.folders)}` "
        f"({len(default_pipeline().rules)} rules in the default pipeline; Python "
        f"{platform.python_version()}, {pinning}, CPU time, warm, median of {args.repeats} passes; "
        "a new Document every call).",
        "",
        *table,
        "",
        "Time by layer, ms per 5 KB (the same passes, each layer timed on its own):",
        "",
        *layer_table,
        "",
        "| measure | value | target |",
        "| --- | ---: | --- |",
        f"| ms per 5 KB, worst folder | {worst:.2f} | ≤ {TARGET_MS_PER_5KB:g}: {mark(worst <= TARGET_MS_PER_5KB)} |",
        (f"| speed per line against jusText | {min(faster):.2f}x | ≥ 3x: {mark(min(faster) >= 3)} |"
         if faster else "| speed per line against jusText | (jusText not installed) | ≥ 3x |"),
        f"| time per 5 KB at {lin['big_bytes'] / 1024 / 1024:.1f} MB against 5 KB documents (cold) |"
        f" {lin['growth']:.2f}x ({lin['big_rate']:.2f} against {lin['small_rate']:.2f} ms) |"
        f" ≤ {TARGET_GROWTH:g}x: {mark(lin['growth'] <= TARGET_GROWTH)} |",
        f"| peak memory at {lin['big_bytes'] / 1024 / 1024:.1f} MB (tracemalloc) |"
        f" {lin['peak'] / 1024 / 1024:,.0f} MiB, {lin['peak_ratio']:.1f}x the input |"
        f" ≤ {TARGET_MEMORY:g}x: {mark(lin['peak_ratio'] <= TARGET_MEMORY)} |",
        f"| cold start: import + Pipeline() + first clean() | {import_ms:.0f} + {pipeline_ms:.0f} +"
        f" {first_ms:.0f} = {import_ms + pipeline_ms + first_ms:.0f} ms |"
        f" ≤ {TARGET_COLD_MS:g} ms: {mark(import_ms + pipeline_ms + first_ms <= TARGET_COLD_MS)} |",
        "",
        "The machine is shared (two cores, other work running): figures move by ±20% from run "
        "to run; CPU time is used so that waiting for the other core does not count. Cold start is "
        "measured in fresh processes (median of 3) with the package's bytecode written first, as "
        "pip writes it at install time, and CPU time of the fresh process, so that the other "
        "core's work does not count.",
    ])
    print(markdown)
    if not args.no_write:
        write_section(args.doc, SECTION, markdown)
        print(f"written to {args.doc} (section {SECTION})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
