"""The README's "Before and after" example blocks, produced by cleanser itself.

    python -m benchmarks.readme_examples           # print the blocks
    python -m benchmarks.readme_examples --write   # put them into README.md

The input block is a shortened copy of corpus/seed-002 (a real SINDOnews extraction): the
lines named in ``LINES``. The explain block is what ``cleanser clean --explain --no-color``
prints for exactly that text, in 80 columns. tests/test_report_readme.py checks that
README.md holds what this script makes, so the README cannot drift from the code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import cleanser
from cleanser.explain import explain

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "seed-002" / "input.txt"
README = ROOT / "README.md"
# Header, the first paragraphs, the promo, the start of the "Berita Terkini" feed, the footer.
LINES = [*range(1, 13), 27, 55, 56, 57, 58, 59, 60, 61, 77]
# Each block is the first fenced block after its anchor line in README.md.
ANCHORS = {"input": "A real SINDOnews extraction (shortened):", "explain": "`cleanser clean --explain` shows"}


def example_text() -> str:
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[n - 1] for n in LINES)


def blocks() -> dict[str, str]:
    text = example_text()
    return {"input": text, "explain": explain(cleanser.clean(text), width=80)}


def readme_blocks(readme: str) -> dict[str, tuple[int, int]]:
    """Where each example block's body is in ``readme``: (start, end) character offsets."""
    spans: dict[str, tuple[int, int]] = {}
    for name, anchor in ANCHORS.items():
        at = readme.index(anchor)
        start = readme.index("```\n", at) + len("```\n")
        end = readme.index("\n```", start)
        spans[name] = (start, end)
    return spans


def rewrite(readme: str) -> str:
    made = blocks()
    for name, (start, end) in sorted(readme_blocks(readme).items(), key=lambda kv: -kv[1][0]):
        readme = readme[:start] + made[name] + readme[end:]
    return readme


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the blocks in README.md")
    args = parser.parse_args(argv)
    if args.write:
        README.write_text(rewrite(README.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"wrote the example blocks of {README}")
    else:
        for name, body in blocks().items():
            print(f"--- {name} ---\n{body}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
