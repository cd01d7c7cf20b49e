"""Which lexicon entries fire in only one row of the shared spam data, and nowhere else.

    python benchmarks/spam_lexicon_rows.py SHARED_SPAM_DIR [--all]

Every entry of the spam lists (cleanser/data/spam_*.txt: evidence, reporting words,
collocations, promotion marks) is matched on its own, the way the lexicon matches it,
against each row of SHARED_SPAM_DIR (spam.tsv, negatives.tsv) and against the project's
own examples (every string in tests/spam_examples.py and tests/test_spam_*.py). An entry
that fires in exactly one shared row and in none of the project's examples looks fitted to
that row: it needs an example of its own family in the tests (then it fires elsewhere) or
it goes. The rows' text is never printed, only their ids and the entries.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.spam_bench import part_of, read_rows  # noqa: E402
from cleanser import lexicon  # noqa: E402
from cleanser.spam.lexicon import _JOIN, _RIGHT, FLAGS, _split_weight  # noqa: E402
from cleanser.spam.normalise import fold_phrase, normalise  # noqa: E402

FILES = (
    "spam_strong", "spam_games", "spam_slang", "spam_promo", "spam_mechanics", "spam_weak",
    "spam_news", "spam_speech", "spam_innocent", "spam_address",
)


def entries() -> Iterator[tuple[str, str, regex.Pattern[str]]]:
    """(file, entry, pattern) for every entry, matched as the lexicon matches it."""
    for name in FILES:
        for raw in lexicon.entries(name):
            entry, _ = _split_weight(raw, 1.0)
            if entry.startswith("re:"):
                yield name, entry, regex.compile(entry[3:].strip(), FLAGS)
                continue
            folded = " ".join(fold_phrase(entry).split())
            if not folded:
                continue
            body = "".join(_JOIN if ch == " " else regex.escape(ch) for ch in folded)
            left = r"\b" if folded[0].isalnum() else r"(?<![\p{L}\p{N}])"
            yield name, entry, regex.compile(rf"{left}{body}(?:-?nya)?{_RIGHT}", FLAGS)


def own_examples() -> list[str]:
    """Every string literal in the project's spam examples and spam tests."""
    texts: list[str] = []
    for path in [ROOT / "tests" / "spam_examples.py", *sorted((ROOT / "tests").glob("test_spam_*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(node.value)
    return texts


def single_row_entries(spam_dir: Path, *, unmatched: bool = False) -> list[tuple[str, str, str, str]]:
    """(file, row id, part, entry) of each entry that fires in exactly one shared row and in
    no example of the project; with ``unmatched``, also entries firing nowhere ("-")."""
    rows = read_rows(spam_dir / "spam.tsv") + read_rows(spam_dir / "negatives.tsv")
    shared = [(row, normalise(row.text).text) for row in rows]
    own = [normalise(text).text for text in own_examples()]
    out: list[tuple[str, str, str, str]] = []
    for name, entry, pattern in entries():
        hits = [row for row, text in shared if pattern.search(text)]
        elsewhere = any(pattern.search(text) for text in own)
        if len(hits) == 1 and not elsewhere:
            out.append((name, hits[0].id, part_of(hits[0]), entry))
        elif unmatched and not hits and not elsewhere:
            out.append((name, "-", "-", entry))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spam_dir", type=Path)
    parser.add_argument("--all", action="store_true", help="also list entries firing in no row")
    args = parser.parse_args(argv)
    found = single_row_entries(args.spam_dir, unmatched=args.all)
    for name, row_id, part, entry in found:
        print(f"{name}\t{row_id}\t{part}\t{entry}")
    single = sum(1 for f in found if f[1] != "-")
    print(f"{single} of {sum(1 for _ in entries())} entries fire in exactly one shared row and in "
          "no example of the project", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
