"""Would compiling cleanser with mypyc make it faster? A trial, kept so it can be re-run.

    python benchmarks/mypyc_trial.py CORPUS_DIR [MORE_DIRS ...] [--rounds 3] [--repeats 3]
                                     [--doc docs/quality.md] [--no-write]

Needs mypy (the ``test`` extra brings it, with mypyc) and a C compiler with the Python
headers. Nothing is built in the source tree: the package is copied twice into a temporary
folder, the modules of ``compiled_modules()`` are compiled with mypyc in one copy, and the
two copies clean the text documents of each folder in fresh processes, taking turns
(``--rounds`` times each, one core, CPU time, the best of ``--repeats`` warm passes).
Every process also hashes what it returns (text, removals, suspicions, title), so the
compiled copy is checked to give the same output as the pure one.

Modules left interpreted, and why (mypyc would need the code bent to fit):

- ``document`` and ``analysis/facts``: ``cached_property`` stores into the instance's
  ``__dict__``, which a native class has not; ``Line`` fills its read-only slots with the
  slot descriptors' ``__set__``.
- ``analysis/sitepacks``: a class that subclasses a built-in type.
- ``lexicon``, ``patterns``, ``spam/lexicon``, ``analysis/legal``, ``analysis/invitations``,
  ``analysis/profiles``, ``analysis/widgets``:
  inside the package's import cycle, mypyc's type check cannot type the ``functools.cache``
  functions of ``lexicon`` where other modules call them at import time (plain mypy can).

The rule modules compile, but a compiled class has no docstring of its own ("mypyc filler
docstring"), and the catalogue (docs/rules.md) and ``cleanser explain`` read the rules'
docstrings: a shipped build would leave the rules interpreted (``--no-rules`` measures that).

Why the gain is small (``perf record`` of the corpus and devset cleaned five times, Python
3.11, December 2026): with the pure package, the bytecode interpreter's loop is 19% of the
samples, the ``regex`` module 16%, pyahocorasick 4.5%, and the rest is CPython's own C
code (dict and str methods, allocation, attribute look-ups) that compiled code calls just
the same. With the modules above compiled, the interpreter's loop is still 12% (the text
model, the facts' glue, the pipeline) and the compiled code itself 5%: even compiling
everything could save at most a fifth of the time. A further experiment, not kept, that
also compiled ``Line`` as a native class (moved to a module of its own, without its
read-only guard) and ``Document``'s module gave 1.05x on the corpus and 1.06x on the devset,
with the same output. The speed is in doing less work per line, not in running the same
work as C.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks._report import write_section  # noqa: E402

SECTION = "mypyc"
KB5 = 5 * 1024
GAIN_WORTH_A_BUILD = 1.5  # below this on every folder, a second build is not worth keeping
INTERPRETED = {
    "cleanser/document.py", "cleanser/analysis/facts.py", "cleanser/analysis/sitepacks.py",
    "cleanser/lexicon.py", "cleanser/patterns.py", "cleanser/spam/lexicon.py",
    "cleanser/analysis/legal.py", "cleanser/analysis/invitations.py",
    "cleanser/analysis/profiles.py", "cleanser/analysis/widgets.py",
}


def compiled_modules(rules: bool = True) -> list[str]:
    """The pure-Python hot path that mypyc compiles as it is: the analysis facts, the spam
    gate, the rules, and the text-shape and prefilter helpers (paths from the repository's
    root)."""
    folders = ["cleanser/analysis", *(["cleanser/rules"] if rules else []), "cleanser/spam"]
    found = [f"{folder}/{p.name}" for folder in folders for p in sorted((REPO / folder).glob("*.py"))
             if p.name != "__init__.py"]
    return [p for p in [*found, "cleanser/textshape.py", "cleanser/prefilter.py"] if p not in INTERPRETED]


def copy_package(root: Path) -> None:
    shutil.copytree(REPO / "cleanser", root / "cleanser",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "*.c"))


def build(root: Path, modules: list[str]) -> float:
    """Compile ``modules`` of the copy at ``root`` in place with the mypyc command (it writes
    a setup.py calling ``mypyc.build.mypycify`` under ``root/build``); the seconds it took."""
    # The project's mypy options (its pyproject.toml ends with them), where mypy finds them.
    options = (REPO / "pyproject.toml").read_text(encoding="utf-8").split("[tool.mypy]", 1)[1]
    (root / "pyproject.toml").write_text("[tool.mypy]" + options, encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=root, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"mypyc build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def child(root: str, folders: list[str], repeats: int) -> None:
    """Run in a fresh process: clean each folder's text documents with the copy at ``root``
    and print ms per 5 KB, a hash of the results and how many modules are compiled."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sys.path.insert(0, root)
    import importlib.machinery

    import cleanser
    from cleanser import evaluation as ev

    if not cleanser.__file__ or not cleanser.__file__.startswith(root):
        sys.exit(f"cleanser was imported from {cleanser.__file__}, not from {root}")
    out: dict[str, object] = {}
    for folder in folders:
        docs = ev.select(ev.load(Path(folder)).documents, kind="text")
        inputs = [(str(d.read_input()), d.url) for d in docs]
        results = [cleanser.clean(text, url) for text, url in inputs]  # warm
        digest = hashlib.sha256(json.dumps([
            [r.text, r.title, sorted((x.code, x.start, x.end, x.reason) for x in r.removals),
             sorted((x.code, x.start, x.end) for x in r.suspicions)] for r in results
        ], ensure_ascii=False).encode()).hexdigest()
        best = float("inf")
        for _ in range(repeats):
            start = time.process_time()
            for text, url in inputs:
                cleanser.clean(text, url)
            best = min(best, time.process_time() - start)
        size = sum(len(text.encode()) for text, _ in inputs)
        out[folder] = {"ms": best * 1000 / (size / KB5), "hash": digest, "docs": len(inputs)}
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    out["compiled"] = sum(1 for name, module in list(sys.modules.items())
                          if name.startswith("cleanser") and str(getattr(module, "__file__", "")).endswith(suffixes))
    print(json.dumps(out))


def run(root: Path, folders: list[str], repeats: int) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, "--child", str(root), "--repeats", str(repeats), *folders],
                          capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if done.returncode:
        sys.exit(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", metavar="CORPUS_DIR")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-rules", action="store_true", help="leave the rules interpreted")
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "quality.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    folders = [str(Path(f).resolve()) for f in args.folders]
    if args.child:
        child(args.child, folders, args.repeats)
        return 0
    try:
        import mypyc  # noqa: F401
    except ImportError:
        sys.exit("mypyc is not installed (pip install -e '.[test]' brings it with mypy)")

    modules = compiled_modules(rules=not args.no_rules)
    with tempfile.TemporaryDirectory(prefix="cleanser-mypyc-") as tmp:
        pure, compiled = Path(tmp) / "pure", Path(tmp) / "compiled"
        for root in (pure, compiled):
            copy_package(root)
        seconds = build(compiled, modules)
        runs: dict[Path, list[dict[str, object]]] = {pure: [], compiled: []}
        for _ in range(args.rounds):
            for root in (pure, compiled):
                runs[root].append(run(root, folders, args.repeats))

    def best(root: Path, folder: str) -> float:
        return min(float(r[folder]["ms"]) for r in runs[root])  # type: ignore[index]

    same = all(r[f]["hash"] == runs[pure][0][f]["hash"]  # type: ignore[index]
               for root in runs for r in runs[root] for f in folders)
    loaded = runs[compiled][0]["compiled"]
    if runs[pure][0]["compiled"]:
        sys.exit(f"the pure copy loaded {runs[pure][0]['compiled']} compiled modules")
    rows = []
    ratios = []
    for folder in folders:
        ratio = best(pure, folder) / best(compiled, folder)
        ratios.append(ratio)
        name = Path(folder).name
        docs = runs[pure][0][folder]["docs"]  # type: ignore[index]
        rows.append(f"| {name} ({docs}) | {best(pure, folder):.2f} | {best(compiled, folder):.2f} | {ratio:.2f}x |")
    worth = min(ratios) >= GAIN_WORTH_A_BUILD
    shown = " ".join(args.folders)
    markdown = "\n".join([
        "## Compiled with mypyc (a trial)",
        "",
        f"Produced by `python benchmarks/mypyc_trial.py {shown}`{' --no-rules' if args.no_rules else ''} "
        f"(Python {platform.python_version()}; {len(modules)} modules compiled with mypyc, {loaded} of them "
        f"loaded by a clean, built in {seconds:.0f} s; the pure and the compiled copy take turns in fresh "
        f"processes, {args.rounds} rounds, one core, CPU time, best of {args.repeats} warm passes).",
        "",
        "| documents | pure Python ms / 5 KB | compiled ms / 5 KB | speed-up |",
        "| --- | ---: | ---: | ---: |",
        *rows,
        "",
        f"Same output (text, title, removals, suspicions) from both: {'yes' if same else 'NO'}. "
        f"A compiled build is kept only for a speed-up of {GAIN_WORTH_A_BUILD}x or more on every folder: "
        f"{'reached' if worth else 'not reached, so cleanser ships as pure Python only'}. "
        "The modules left interpreted, and why, are listed in the script's docstring.",
    ])
    print(markdown)
    if not args.no_write:
        write_section(args.doc, SECTION, markdown)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
