"""The memory-saving views of the text give the answers of the whole-text ones: lines cut as
``str.splitlines`` cuts them, the scan read a stretch of lines at a time, fingerprint keys
looked for a piece of the text at a time, the clean text joined a stretch at a time."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleanser import pipeline as pipeline_module
from cleanser.analysis import scan, sitepacks
from cleanser.document import Document
from cleanser.pipeline import default_pipeline
from tests.conftest import corpus_docs

# line breaks of every kind str.splitlines knows, letters whose casefold is longer or
# carries a combining dot, and plain text
_PIECES = st.sampled_from(
    ["\n", "\r", "\r\n", "\n\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
     "\x1f", " ", "a", "B", "ß", "İ", "ﬁ", "Σ", "ς", "s", "S", "i", "\u0307", "baca juga", "Klik"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@given(_TEXTS)
@example("a\r\nb\rc\n")
@example("\r\n\r\n")
@example("last line without a break")
def test_lines_are_cut_as_splitlines_cuts_them(text: str) -> None:
    doc = Document(text)
    assert [line.text for line in doc.lines] == text.splitlines()
    position = 0
    for line, raw in zip(doc.lines, text.splitlines(keepends=True), strict=True):
        assert (line.start, line.end) == (position, position + len(line.text))
        assert text[line.start : line.end] == line.text
        position += len(raw)
    assert [line.is_blank for line in doc.lines] == [not t.strip() for t in text.splitlines()]


@given(_TEXTS, st.sets(st.sampled_from(["ss", "fi", "i\u0307", "σ", "a b", "bss", "s\ns", "klik", "juga"]), max_size=5))
@example("Straße", {"ss"})
@example("İİ", {"i\u0307i"})
def test_present_keys_read_by_pieces_answer_as_the_folded_text(
    text: str, keys: set[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sitepacks, "_FOLD_CHUNK", 3)  # many piece boundaries in a short text
        assert sitepacks.present_keys(text, keys) == {key for key in keys if key in text.casefold()}
        assert sitepacks.casefolded(text) == text.casefold()


@pytest.mark.parametrize("engine", scan.ENGINES)
def test_the_scan_by_stretches_finds_what_a_whole_read_finds(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine not in (scan.default_engine(), "find"):
        pytest.skip("pyahocorasick is not installed")
    scanner = default_pipeline().analysis.scanner
    scanner = scan.Scanner(tuple(scanner.families.values()), engine)
    text = "\n".join(doc.input for doc in corpus_docs()[:12]) + "\nİSTANBUL - Baca juga: judul\n"
    folded = tuple(line.casefold() for line in text.splitlines())
    whole = scanner._found_in(folded, 0)
    assert whole  # the corpus holds phrases of the lists
    monkeypatch.setattr(scan, "_STRETCH_CHARS", 40)  # a stretch every line or two
    assert list(scanner._found(folded)) == whole
    assert list(scanner._found(iter(folded))) == whole  # folded as they are read
    hits = scan.hits(scanner, iter(folded), len(folded))
    assert hits == scan.hits(scanner, folded)
    assert hits.by_line[len(folded) - 1]  # the last line's phrase was found


def test_the_clean_text_joined_by_stretches_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [doc.input for doc in corpus_docs()[:8]]
    before = [default_pipeline().clean(text).text for text in texts]
    monkeypatch.setattr(pipeline_module, "_STRETCH_LINES", 2)
    after = [default_pipeline().clean(text).text for text in texts]
    assert after == before
    assert any(text.count("\n\n") > 4 for text in after)  # several stretches were joined
