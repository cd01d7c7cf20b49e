"""`cleanser clean --explain [--reasons]`: removals marked in place, reasons on request, every
line within 80 columns (a single word longer than that stays whole)."""

from __future__ import annotations

import json
import re

import pytest

import cleanser
from cleanser.cli import main
from cleanser.explain import explain
from tests.conftest import CORPUS

FOLDERS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def corpus_result(folder: str) -> cleanser.Result:
    meta = json.loads((CORPUS / folder / "meta.json").read_text(encoding="utf-8"))
    return cleanser.clean((CORPUS / folder / "input.txt").read_text(encoding="utf-8"), meta.get("url"))


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_line_fits_in_80_columns_and_wrapping_only_moves_spaces(folder: str) -> None:
    result = corpus_result(folder)
    for reasons in (False, True):
        wrapped = explain(result, reasons=reasons)
        for line in wrapped.split("\n"):
            assert len(line) <= 80 or " " not in line.strip(), line
        unwrapped = explain(result, reasons=reasons, width=0)
        assert squash(wrapped) == squash(unwrapped)
        # colour adds escape codes and nothing else, and they do not count toward the width
        assert ANSI.sub("", explain(result, reasons=reasons, color=True)) == wrapped


@pytest.mark.parametrize("folder", FOLDERS[:12])
def test_unwrapped_markers_rebuild_the_input(folder: str) -> None:
    result = corpus_result(folder)
    marked = explain(result, width=0).split("\n\nkept but suspicious:")[0].split("\n\nnote: ")[0]
    rebuilt = marked
    for removal in result.removals:
        rebuilt = rebuilt.replace(f"[{removal.code} {removal.category.value}: {removal.text}]", removal.text, 1)
    assert rebuilt == result.input_text


def test_reasons_are_numbered_and_listed_below() -> None:
    result = corpus_result("seed-002")
    text = explain(result, reasons=True)
    body, listing = text.split("\n\nreasons:\n", 1)
    for number, removal in enumerate(result.removals, 1):
        assert f"[#{number} {removal.code} {removal.category.value}: " in body
        entry = re.search(rf"(?ms)^  #{number} +(.*?)(?=^  #\d|\Z|^\S)", listing)
        assert entry, number
        assert squash(entry.group(1)).startswith(f"{removal.code} {removal.name} ({removal.category.value}), line")
        assert squash(removal.reason) in squash(entry.group(1))
    assert "reasons:" not in explain(result)


def test_cli_reasons_imply_explain_and_refuse_json(capsys) -> None:
    path = str(CORPUS / "seed-004" / "input.txt")
    assert main(["clean", "--reasons", "--no-color", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[#1 TT01 title: ") and "\nreasons:\n  #1 " in out
    assert max(len(line) for line in out.splitlines()) <= 80
    with pytest.raises(SystemExit) as exit_info:
        main(["clean", "--reasons", "--json", path])
    assert exit_info.value.code == 2
    assert "--reasons goes with --explain" in capsys.readouterr().err


def test_cli_width_zero_keeps_the_input_lines(capsys) -> None:
    path = CORPUS / "seed-002" / "input.txt"
    main(["clean", "--explain", "--no-color", "--width", "0", str(path)])
    out = capsys.readouterr().out
    longest = max(len(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert max(len(line) for line in out.splitlines()) >= longest > 80
