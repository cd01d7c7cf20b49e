"""The report's contract, checked by the property tests and the corpus tests alike."""

from __future__ import annotations

from cleanser.result import Result


def line_number(source: str, offset: int) -> int:
    """1-based number of the line holding ``offset`` (line breaks as str.splitlines sees them)."""
    return len((source[:offset] + "x").splitlines())


def assert_report_accounts_for_input(result: Result) -> None:
    """Deleting every removal span from the input and changing only whitespace gives the
    clean text; removals do not overlap; offsets, texts and line numbers agree with the input."""
    source = result.input_text
    previous_end = 0
    kept: list[str] = []
    for removal in result.removals:
        assert 0 <= removal.start < removal.end <= len(source)
        assert source[removal.start : removal.end] == removal.text
        assert removal.start >= previous_end, "removals overlap or are out of order"
        assert removal.text.strip() == removal.text, "a removal starts or ends with whitespace"
        assert removal.line == line_number(source, removal.start)
        assert removal.end_line == line_number(source, removal.end - 1)
        assert removal.reason and removal.code and removal.name
        kept.append(source[previous_end : removal.start])
        previous_end = removal.end
    kept.append(source[previous_end:])
    remaining = "".join(kept)
    # only whitespace changed ...
    assert "".join(remaining.split()) == "".join(result.text.split())
    # ... and no two words were glued together nor one word split
    assert remaining.split() == result.text.split()
    for suspicion in result.suspicions:
        assert source[suspicion.start : suspicion.end] == suspicion.text
