"""No sentence of ../shared is copied into the project.

The development set's expected bodies (devset/gold) and the rows of the spam set (spam.tsv,
negatives.tsv) are for measuring only. This check fails when 8 consecutive words of any of
them appear in a file the project ships or tests with (code, data, corpus, docs). Chrome
strings of outlets are not in the expected bodies, so they never trip it. Skipped when
../shared is absent.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
N = 8
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _grams(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def _shared_texts() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    gold = SHARED / "devset" / "gold"
    if gold.is_dir():
        found += [(f"devset/gold/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.txt"))]
    for name in ("spam.tsv", "negatives.tsv"):
        path = SHARED / "spam" / name
        if path.is_file():
            for row in path.read_text(encoding="utf-8").splitlines()[1:]:
                parts = row.split("\t")
                if len(parts) > 1:
                    found.append((f"spam/{name} {parts[0]}", parts[1]))
    return found


def _project_files() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.splitlines()
        files = [ROOT / f for f in listed]
    except (OSError, subprocess.CalledProcessError):
        files = [p for p in ROOT.rglob("*") if ".venv" not in p.parts and ".git" not in p.parts]
    return [f for f in files if f.is_file() and f.suffix in {".py", ".txt", ".toml", ".md", ".json", ".jsonl", ".tsv"}
            and f.stat().st_size < 2_000_000]


def test_no_eight_words_of_shared_texts_in_the_project() -> None:
    texts = _shared_texts()
    if not texts:
        pytest.skip("../shared is absent")
    owner: dict[tuple[str, ...], str] = {}
    for name, text in texts:
        for gram in _grams(text):
            owner.setdefault(gram, name)
    hits = []
    for path in _project_files():
        try:
            content = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for gram in _grams(content) & owner.keys():
            hits.append(f"{path.relative_to(ROOT)}: {' '.join(gram)!r} (from {owner[gram]})")
    assert not hits, "text copied from ../shared:\n" + "\n".join(sorted(hits)[:40])
