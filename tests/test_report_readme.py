"""README.md's example blocks are what benchmarks/readme_examples.py makes, and what the
command prints."""

from __future__ import annotations

import re

import cleanser
from benchmarks import readme_examples
from cleanser.cli import main

README = readme_examples.README.read_text(encoding="utf-8")


def test_readme_blocks_are_the_scripts_output() -> None:
    made = readme_examples.blocks()
    for name, (start, end) in readme_examples.readme_blocks(README).items():
        stale = f"README block {name!r} is stale: run python -m benchmarks.readme_examples --write"
        assert README[start:end] == made[name], stale
    assert readme_examples.rewrite(README) == README


def test_the_explain_block_is_what_the_command_prints(capsys, tmp_path) -> None:
    path = tmp_path / "example.txt"
    path.write_text(readme_examples.example_text(), encoding="utf-8")
    assert main(["clean", "--explain", "--no-color", str(path)]) == 0
    start, end = readme_examples.readme_blocks(README)["explain"]
    assert capsys.readouterr().out == README[start:end] + "\n"


def test_the_readme_claims_about_the_example_hold() -> None:
    result = cleanser.clean(readme_examples.example_text())
    quoted = re.search(r"clean text starts `([^`]*?) \.\.\.`", README)
    assert quoted and result.text.startswith(quoted.group(1))
    published = re.search(r'metadata\["published"\]\.value\s+# "([^"]+)"', README)
    assert published and result.metadata["published"].value == published.group(1)
    assert result.title and result.metadata["dateline_city"].value == "SEOUL"
    assert max(len(line) for line in readme_examples.blocks()["explain"].splitlines()) <= 80
