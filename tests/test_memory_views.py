"""The memory-saving views of the text give the answers of the whole-text ones: lines cut as
``str.splitlines`` cuts them, the scan read a stretch of lines at a time, fingerprint keys
looked for a piece of the text at a time, the clean text joined a stretch at a time."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleanser import document as document_module
from cleanser import pipeline as pipeline_module
from cleanser import textshape
from cleanser.analysis import copies, scan, sitepacks
from cleanser.document import Document, Line
from cleanser.pipeline import default_pipeline
from tests.conftest import corpus_docs

# line breaks of every kind str.splitlines knows, letters whose casefold is longer or
# carries a combining dot, and plain text
_PIECES = st.sampled_from(
    ["\n", "\r", "\r\n", "\n\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
     "\x1f", " ", "a", "B", "ß", "İ", "ﬁ", "Σ", "ς", "s", "S", "i", "\u0307", "baca juga", "Klik"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@pytest.mark.parametrize("chunk", [1, 3, 1 << 16])
@given(_TEXTS)
@example("a\r\nb\rc\n")
@example("\r\n\r\n")
@example("last line without a break")
def test_lines_are_cut_as_splitlines_cuts_them(chunk: int, text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document_module, "_CHUNK", chunk)  # split a few characters at a time
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


def test_a_line_holds_offsets_and_reads_as_a_line_made_with_its_text() -> None:
    text = "Judul berita\r\n\n  Paragraf pertama ditulis di sini.  \nAkhir"
    doc = Document(text)
    line = doc.lines[2]
    made = Line(2, line.start, "  Paragraf pertama ditulis di sini.  ")
    assert line == made and hash(line) == hash(made) and repr(line) == repr(made)
    assert (made.text, made.end, made.stripped) == (line.text, line.end, line.stripped)
    assert (made.content_start, made.content_end) == (line.content_start, line.content_end)
    assert text[line.content_start : line.content_end] == "Paragraf pertama ditulis di sini."
    assert line != Line(2, line.start, "  Paragraf kedua ditulis di sini.    ")
    assert pickle.loads(pickle.dumps(line)) == line
    assert doc.lines[1].is_blank and not line.is_blank
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.start = 0  # type: ignore[misc]


def test_lines_with_the_same_words_share_their_tuples() -> None:
    paragraph = "Warga Desa menanam padi di sawah dekat sungai sejak pagi hari."
    doc = Document(f"{paragraph}\n\nLain kali.\n{paragraph}\n")
    assert doc.words[0] is doc.words[3] and doc.folded_words[0] is doc.folded_words[3]
    for line in doc.lines:
        assert doc.words[line.index] == tuple(textshape.WORD.findall(line.text))
        assert doc.folded_words[line.index] == tuple(w.casefold() for w in doc.words[line.index])


def test_copies_found_with_candidates_pruned_as_they_come_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanser.analysis import analyse

    # ten paragraphs opening alike (one key), of different lengths, each printed twice; then
    # the longest ones glued into one line: more candidates share the key than are tried
    places = ["pasar", "sekolah", "masjid", "terminal", "puskesmas", "kantor desa", "jembatan", "stadion"]
    paragraphs = [
        f"Menurut warga setempat, air mulai naik ke {place} sejak subuh dan "
        + "petugas datang membawa perahu karet " * (1 + i % 4) + "untuk menolong warga."
        for i, place in enumerate(places * 2)
    ]
    longest = sorted(paragraphs, key=len)[-3:]
    story = [*paragraphs, " ".join(longest[:2]), *paragraphs[:3], "Hujan diperkirakan turun lagi besok sore."]
    texts = [doc.input for doc in corpus_docs()[:12]] + ["\n\n".join(story)]

    def found() -> list[list[tuple[int, str, int | None, int | None]]]:
        return [[(c.line.index, c.reason, c.start, c.end) for c in analyse(text).copies] for text in texts]

    whole = found()
    monkeypatch.setattr(copies, "_PRUNE_AT", 1)  # candidates kept after every line of a key
    assert found() == whole
    assert any(whole)  # some copies were found


_SPACES_AND_MORE = st.sampled_from(
    [" ", "\t", "\u00a0", "\u3000", "\x1f", "\u200b", "\x85", "a", "é", ".", "\r", "\n", "\u2028"]
)


@given(st.lists(_SPACES_AND_MORE, max_size=12).map("".join))
@example(" \u00a0 ")
@example("\x1fa\x1f")
def test_a_lines_content_bounds_are_where_its_stripped_text_lies(text: str) -> None:
    """``content_start`` / ``content_end`` (read from the line's first and last character
    where those are not white space) agree with ``strip``, on lines of the document and on
    lines made on their own."""
    lines = [*Document(text).lines, Line(0, 7, text.replace("\n", " ").replace("\r", " "))]
    for line in lines:
        body = line.text
        assert line.content_start == line.start + len(body) - len(body.lstrip())
        assert line.content_end == line.start + len(body.rstrip())


def test_a_lines_content_bounds_with_every_character_at_its_ends() -> None:
    for code in range(0x110000):  # every character as a line's first and last
        if 0xD800 <= code < 0xE000:
            continue
        line = Line(0, 3, chr(code) + "x" + chr(code))
        stripped_left = len(line.text) - len(line.text.lstrip())
        assert line.content_start == 3 + stripped_left
        assert line.content_end == 3 + len(line.text.rstrip())
