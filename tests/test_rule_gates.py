"""Cheap gates and shortcuts inside the rules give the answers of the full patterns: a line a
gate rules out is one the pattern does not match, and a pattern read another way gives the
same groups."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from cleanser import patterns
from cleanser.pipeline import default_pipeline
from cleanser.rules import md02_byline as md02
from cleanser.rules import rl01_read_also_link as rl01
from tests.property_settings import fixed_or_explore

_LEAD_IN_PIECES = st.sampled_from([
    " ", "\t", "\u00a0", "\x1c", "\u2028", "\n", "[", "(", "«", "•", "-", "*", ")", "]", "))", "] ", "ADVERTISEMENT ",
    "SCROLL TO CONTINUE WITH CONTENT ", "Baca juga", "BACA JUGA", "ſimak juga", "Lihat pula", "Related", ":", "：",
    " | ", "»", "–", " Judul Lain", "Harga Naik", "x", "é", "\u212a", "Video", "video ", "Baca juga:",
])


@fixed_or_explore(600)
@given(st.lists(_LEAD_IN_PIECES, max_size=10).map("".join))
@example("Baca juga: Judul Lain )")
@example("Baca juga )")
@example("Baca juga: ) ")
@example("Baca juga:  ]]\u00a0")
@example("Baca juga: Judul\x1c")
@example("• Baca juga: Judul\n")
@example("Baca juga")
def test_rl01_at_start_gives_the_groups_at_start_gives(text: str) -> None:
    found = rl01.at_start(text)
    expected = rl01.AT_START.match(text)
    assert (found is None) == (expected is None)
    if found is None or expected is None:
        return
    for name in ("lead", "phrase", "title"):
        assert (found.start(name), found.end(name), found.group(name)) == (
            expected.start(name), expected.end(name), expected.group(name)
        ), name
    assert found.group("colon") == (expected.group("colon") or "")
    if expected.group("colon") is not None:
        assert (found.start("colon"), found.end("colon")) == expected.span("colon")


_BYLINE_PIECES = st.sampled_from([
    " ", "\u00a0", "(", "[", ")", "]", ":", "：", ".", ",", " | ", " & ", " dan ", " / ", "Penulis", "PENULIS",
    "penulis", "Editor", "ſunting", "Penyunting", "\u212aontributor", "Laporan Wartawan", "Ditulis oleh", "Oleh",
    "By", "BY", "bY", "by", "Byline", "Nama Penulis", "Rina Kusuma", "Bandung", "Harga naik", "x", "Rep", "Red",
])


@fixed_or_explore(400)
@given(st.lists(_BYLINE_PIECES, max_size=9).map("".join))
@example("By. Rina Kusuma")
@example("(By: Rina Kusuma)")
@example("BY : Rina | Bandung")
@example("Penulis. Nama Penulis")
@example("\u212aontributor: Nama Penulis")
def test_md02_label_patterns_match_only_where_the_gate_lets_them(text: str) -> None:
    doc = default_pipeline().analyse(text)
    for line in doc.content_lines:
        line_text = line.text
        if doc.hits.holds_key(line.index, "byline_labels") or md02._BY_LABEL.match(line_text):
            continue
        assert md02.LABELLED.match(line_text) is None
        assert md02.DOTTED.match(line_text) is None


def _entry_lines() -> list[str]:
    from cleanser import lexicon

    found = []
    for name in ("interface_lines", "navigation_lines"):
        found += [e for e in lexicon.entries(name) if not e.startswith("re:")]
    return found


_PHRASE_PIECES = st.one_of(
    st.sampled_from(_entry_lines()),
    st.sampled_from([" ", "\t", "\u00a0", ":", "1", "2 / 3", "« Sebelumnya 1 2 3 Selanjutnya »", "A A", "on", "by",
                     "·", "|", "-", "—", "Facebook | Twitter", "WhatsApp, Telegram", "X", "Line", "Halaman 2",
                     "ſhare", "\u212a", "İ", "ı", "Harga naik", "menurut", "mencari", "é", "“", "(", "[", "Ǆ"]),
)


@fixed_or_explore(300)
@given(st.lists(st.lists(_PHRASE_PIECES, min_size=1, max_size=4).map("".join), min_size=1, max_size=6))
@example(["A A A", "on", "by", "12 13 14", "•••", "Facebook Twitter"])
@example(["\u212aembali ke atas", "ſhare this", "İklan"])
def test_a_line_the_phrase_gate_rules_out_is_no_phrase_line(lines: list[str]) -> None:
    """``scan.may_be_phrase_line`` (the gate IF01 and NV01 use) is True wherever the line is
    one of the list's entries."""
    from cleanser.analysis import scan

    doc = default_pipeline().analyse("\n".join(lines))
    for line in doc.content_lines:
        for name in ("interface_lines", "navigation_lines"):
            if doc.is_phrase_line(line, name):
                assert scan.may_be_phrase_line(doc.hits, line.index, line.text, name), (name, line.text)


def test_if01_and_nv01_propose_what_they_propose_without_the_phrase_gate(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With a gate that lets every line through, the rules propose the same."""
    from cleanser.analysis import scan
    from tests.conftest import corpus_docs
    from tests.test_rule_dispatch import _case_texts

    pipeline = default_pipeline()
    rules = [rule for rule in pipeline.rules if rule.code in ("IF01", "NV01")]
    texts = [(doc.input, doc.url) for doc in corpus_docs()] + list(_case_texts())
    texts.append(("\n".join(_entry_lines()) + "\nA A A\non\n1 2 3\n•••\nFacebook | Twitter\n", None))
    gated = []
    for text, url in texts:
        doc = pipeline.analyse(text, url=url)
        gated.append([list(rule.propose(doc)) for rule in rules])
    every = frozenset(map(chr, range(0x300)))
    monkeypatch.setattr(scan, "unkeyed_starts", lambda name: every)
    for (text, url), found in zip(texts, gated, strict=True):
        doc = pipeline.analyse(text, url=url)
        assert [list(rule.propose(doc)) for rule in rules] == found
    assert any(any(found) for found in gated)


_STAFF_PIECES = st.sampled_from([
    " ", "\u00a0", "\x1c", "\t", "Rep", "REP", "rep", "Reporter", "REPORTER", "Red", "Redaktur", ":", "：", "(", ")",
    " )", ")\x1c", "Nama", "Penulis", "Wulan Kusumawati", "The Jakarta Post", "Kota", ".", "x", "Ré", "ʀep",
])


@fixed_or_explore(500)
@given(st.lists(_STAFF_PIECES, max_size=10).map("".join))
@example("Rep: Wulan Kusumawati Red: Ani Nursalikah")
@example("  rep : Wulan Red: Ani")
@example("Aditya Pramana (The Jakarta Post)")
@example("Aditya Pramana (The Jakarta Post)  ")
def test_md02_staff_patterns_match_only_where_their_gates_let_them(text: str) -> None:
    if not md02.may_be_rep_red(text):
        assert md02.REP_RED.match(text) is None
    if not patterns.may_name_outlet(text):
        assert patterns.NAME_WITH_OUTLET.match(text) is None
