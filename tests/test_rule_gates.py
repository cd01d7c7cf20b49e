"""Cheap gates and shortcuts inside the rules give the answers of the full patterns: a line a
gate rules out is one the pattern does not match, and a pattern read another way gives the
same groups."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

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
