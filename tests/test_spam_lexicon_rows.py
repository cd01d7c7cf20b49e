"""The helpers that keep the spam figures honest: the fixed tuning/test split and the list
of lexicon entries that only one shared row shows (rows written here, not from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import spam_lexicon_rows
from benchmarks.spam_bench import TEST, TUNING, Row, part_of

HEADER = "id\ttext\twhere\tcontext\n"


def test_rows_are_split_by_the_parity_of_their_id() -> None:
    assert part_of(Row("S002", "x", "", "")) == TUNING
    assert part_of(Row("N101", "x", "", "")) == TEST
    assert part_of(Row("S1000", "x", "", "")) == TUNING


def _write(tmp_path: Path, spam: list[tuple[str, str]], negatives: list[tuple[str, str]]) -> Path:
    for name, rows in (("spam.tsv", spam), ("negatives.tsv", negatives)):
        body = "".join(f"{i}\t{t}\twritten for the test\tcomment\n" for i, t in rows)
        (tmp_path / name).write_text(HEADER + body, encoding="utf-8")
    return tmp_path


def test_an_entry_seen_in_one_row_only_is_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spam_dir = _write(
        tmp_path,
        [("S002", "Sweet Bonanza lagi pecah malam ini bosku"), ("S003", "situs slot gacor")],
        [("N002", "Polisi menangkap bandar togel di Medan.")],
    )
    monkeypatch.setattr(spam_lexicon_rows, "own_examples", lambda: [])
    found = {(row, entry) for _, row, _, entry in spam_lexicon_rows.single_row_entries(spam_dir)}
    assert ("S002", "sweet bonanza") in found
    assert ("N002", "polisi") in found


def test_an_entry_with_an_example_of_our_own_is_not_listed(tmp_path: Path) -> None:
    spam_dir = _write(tmp_path, [("S002", "Sweet Bonanza lagi pecah malam ini bosku")], [])
    found = {entry for _, _, _, entry in spam_lexicon_rows.single_row_entries(spam_dir)}
    assert "sweet bonanza" not in found  # tests/spam_examples.py shows its family
