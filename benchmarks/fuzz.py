"""Fuzz cleanser with hostile documents (Hypothesis at scale) and record what was tried.

    python -m benchmarks.fuzz [--examples 100000] [--jobs 2] [--seconds 3600] [--write docs/quality.md]

Draws documents from tests/hostile_strategies.py (huge lines, tiny lines, floods of spaces,
combining marks, joiners, emoji, spaced letters, every line separator, NUL and control
characters, lone surrogates, repeated chrome, story sentences glued to their own copies and
cut short) in the mix of sizes of ``hostile_strategies.SIZES`` (mostly small documents, a few
big hostile ones), and checks, on each: no exception, no rule failed, every character of the
input kept or in exactly one removal (tests/invariants.py), and a second pass changes nothing.
Failures are recorded, not raised, so the run goes on; the count of inputs tried (by size
class), the time, the slowest input and the failures (shortest input of each kind) go to
docs/quality.md, section "fuzz".

``--jobs N`` runs N processes, each drawing its own documents (its own seeds); each process
draws in chunks of ``--chunk`` examples with a fresh seed per chunk, so that Hypothesis'
memory of what it drew stays bounded however long the run is.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

import cleanser
from tests.hostile_strategies import SIZES, hostile_documents
from tests.invariants import assert_report_accounts_for_input


def check(text: str) -> str | None:
    """What is wrong with cleaning ``text``, or None."""
    try:
        result = cleanser.clean(text)
    except Exception as exc:
        return f"exception {type(exc).__name__}: {exc}"
    failed = [n for n in result.notes if "failed" in n]
    if failed:
        return f"a rule failed: {failed}"
    try:
        assert_report_accounts_for_input(result)
    except AssertionError as exc:
        return f"report: {exc}"
    try:
        again = cleanser.clean(result.text)
    except Exception as exc:
        return f"exception on the second pass {type(exc).__name__}: {exc}"
    if again.text != result.text:
        return "not idempotent"
    return None


MIN_CHUNK = 50
KEEP_PER_KIND = 50  # failing inputs kept per kind and process for --save-failures


def _kind(problem: str) -> str:
    return problem.split(":")[0]


class _Tally:
    """What one process tried and found."""

    def __init__(self) -> None:
        self.tried = 0
        self.chars = 0
        self.by_size = dict.fromkeys(SIZES, 0)
        self.failures: dict[str, tuple[str, str]] = {}  # kind -> (shortest input, problem)
        self.failed_inputs = 0
        self.slowest = (0.0, 0)  # CPU seconds of both passes, input length
        self.kept: list[tuple[str, str]] = []  # (problem, input), the first few of each kind

    def record(self, size: str, text: str, problem: str | None, cpu: float) -> None:
        self.tried += 1
        self.chars += len(text)
        self.by_size[size] += 1
        if cpu > self.slowest[0]:
            self.slowest = (cpu, len(text))
        if problem is not None:
            self.failed_inputs += 1
            kind = _kind(problem)
            if sum(1 for k, _ in self.kept if _kind(k) == kind) < KEEP_PER_KIND:
                self.kept.append((problem, text))
            if kind not in self.failures or len(text) < len(self.failures[kind][0]):
                self.failures[kind] = (text, problem)

    def merge(self, other: _Tally) -> None:
        self.tried += other.tried
        self.chars += other.chars
        self.failed_inputs += other.failed_inputs
        for size, count in other.by_size.items():
            self.by_size[size] += count
        self.slowest = max(self.slowest, other.slowest)
        self.kept.extend(other.kept)
        for kind, (text, problem) in other.failures.items():
            if kind not in self.failures or len(text) < len(self.failures[kind][0]):
                self.failures[kind] = (text, problem)


def _chunk(size: str, examples: int, chunk_seed: int, visit: Callable[[str, str], bool]) -> None:
    """Draw ``examples`` documents of one size class with ``chunk_seed``; ``visit`` returns
    False to stop."""

    class _Stop(Exception):
        pass

    @seed(chunk_seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(hostile_documents(**SIZES[size][1]))
    def draw(text: str) -> None:
        if not visit(size, text):
            raise _Stop

    with contextlib.suppress(_Stop):
        draw()


def schedule(examples: int, chunk: int) -> list[tuple[str, int]]:
    """Chunks (size class, examples) that draw ``examples`` documents in the shares of
    ``SIZES`` exactly, the classes taking turns (a run stopped by its time budget has drawn
    every class in its share)."""
    total = sum(share for share, _ in SIZES.values())
    biggest = max(share for share, _ in SIZES.values())
    left = {name: examples * share // total for name, (share, _) in SIZES.items()}
    first = next(iter(SIZES))
    left[first] += examples - sum(left.values())
    # (not fewer than MIN_CHUNK: Hypothesis starts each run with its simplest documents)
    step = {name: max(MIN_CHUNK, -(-chunk * share // biggest)) for name, (share, _) in SIZES.items()}
    chunks = []
    while any(left.values()):
        for name in SIZES:
            take = min(step[name], left[name])
            if take:
                chunks.append((name, take))
                left[name] -= take
    return chunks


def worker(job: int, examples: int, seconds: float, base_seed: int, chunk: int) -> _Tally:
    """Run ``examples`` checks (or until ``seconds`` of wall time have passed)."""
    tally = _Tally()
    cleanser.clean("Pemanasan: teks pertama memuat daftar dan pola.")  # load lists and patterns first
    deadline = time.perf_counter() + seconds
    stop = [False]

    def visit(size: str, text: str) -> bool:
        if time.perf_counter() > deadline:
            stop[0] = True
            return False
        cpu = time.process_time()
        problem = check(text)
        tally.record(size, text, problem, time.process_time() - cpu)
        return True

    number = 0
    for size, count in schedule(examples, chunk):
        wanted = tally.tried + count
        for _ in range(3):  # Hypothesis may draw fewer than asked (duplicates): draw again
            if stop[0] or tally.tried >= wanted:
                break
            number += 1
            _chunk(size, wanted - tally.tried, base_seed * 1_000_003 + job * 10_007 + number, visit)
    return tally


def _worker_args(args: tuple[int, int, float, int, int]) -> _Tally:
    return worker(*args)


def run(examples: int, seconds: float, base_seed: int, jobs: int = 1, chunk: int = 2000) -> dict[str, object]:
    start = time.perf_counter()
    shares = [examples // jobs + (1 if j < examples % jobs else 0) for j in range(jobs)]
    tasks = [(j, shares[j], seconds, base_seed, chunk) for j in range(jobs)]
    if jobs == 1:
        tallies = [worker(*tasks[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            tallies = pool.map(_worker_args, tasks)
    total = _Tally()
    for tally in tallies:
        total.merge(tally)
    return {"tally": total, "wall": time.perf_counter() - start, "jobs": jobs}


def report(out: dict[str, object], cpu: float) -> str:
    tally: _Tally = out["tally"]  # type: ignore[assignment]
    sizes = ", ".join(f"{count:,} {name}" for name, count in tally.by_size.items())
    slow_cpu, slow_len = tally.slowest
    lines = [
        "## Fuzzing (benchmarks/fuzz.py)", "",
        f"{tally.tried:,} hostile documents tried ({tally.chars:,} characters; {sizes}) in "
        f"{out['wall']:.0f} s wall with {out['jobs']} process(es), {cpu:.0f} s CPU in all "
        f"(target: 100,000 per run); {tally.failed_inputs:,} failed input(s), "
        f"{len(tally.failures)} kind(s) of failure. Each input is cleaned, its report checked, "
        "and its clean text cleaned again (idempotence).",
        f"Slowest input: {slow_cpu:.2f} s CPU for both passes over {slow_len:,} characters.",
    ]
    for kind, (text, problem) in sorted(tally.failures.items()):
        lines.append(f"- {kind}: shortest input {text[:300]!r} ({problem[:300]})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=1, help="processes drawing and checking documents")
    parser.add_argument("--seconds", type=float, default=3600.0, help="each process stops drawing after this wall time")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chunk", type=int, default=2000, help="examples drawn per Hypothesis run (per seed)")
    parser.add_argument("--write", type=Path)
    parser.add_argument("--save-failures", type=Path, help="write failing inputs (JSON list) here")
    args = parser.parse_args(argv)
    import resource

    out = run(args.examples, args.seconds, args.seed, max(1, args.jobs), args.chunk)
    usage = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(u.ru_utime + u.ru_stime for u in usage)
    text = report(out, cpu)
    print(text)
    if args.write:
        from benchmarks._report import write_section

        write_section(args.write, "fuzz", text)
    tally: _Tally = out["tally"]  # type: ignore[assignment]
    if args.save_failures:
        args.save_failures.write_text(json.dumps([{"problem": p, "input": t} for p, t in tally.kept],
                                                 indent=0), encoding="utf-8")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
