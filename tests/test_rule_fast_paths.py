"""Fast paths of the rules and of the shared patterns: a line skipped by a cheap test, or a
pattern searched for another way, gives the answers the full work gives."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleanser import lexicon, patterns
from tests.property_settings import fixed_or_explore

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_an_ascii_letters_caseless_class_holds_what_a_caseless_pattern_matches() -> None:
    for letter in "abcdefghijklmnopqrstuvwxyz":
        caseless = set(lexicon.caseless(f"[{letter}{letter.upper()}]").findall(_EVERY_CHARACTER))
        assert set(regex.findall(patterns._caseless_class(letter), _EVERY_CHARACTER)) == caseless, letter


@pytest.mark.parametrize("name", ["read_also", "byline_labels"])
def test_a_lists_first_letters_match_what_a_caseless_pattern_matches(name: str) -> None:
    letters = patterns.caseless_letters(name)
    assert letters is not None
    firsts = "".join(sorted({c for entry in lexicon.entries(name) for c in (entry[0].lower(), entry[0].upper())}))
    caseless = set(lexicon.caseless(f"[{firsts}]").findall(_EVERY_CHARACTER))
    assert set(regex.findall(letters, _EVERY_CHARACTER)) == caseless


_PIECES = st.sampled_from([
    ". ", ".", "!", "”", ")", " ", "\u00a0", "Baca juga", "baca JUGA", "BACA", "ca", "Lihat pula", "Related",
    "ſimak juga", "\u212aek juga", "Berita terkait", ":", " - ", "Harga", "naik", "x", "A", "Ǆ", "juga",
    "L", "S", "İ", "ı", "hat juga", "mak juga",
])


@fixed_or_explore(400)
@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=40))
@example("Harga naik.Baca juga: Pasar Sepi. Lihat pula: Dua Hal", 0)
@example("Harga naik.Baca juga: Pasar Sepi. Lihat pula: Dua Hal", 12)
@example("Kata dia. ſimak juga: Judul Lain", 0)
@example("Kata dia. Lİhat juga: Judul Lain", 0)
@example("Kata dia. SıMAK JUGA: Judul Lain", 0)
def test_glued_read_also_is_found_where_a_full_search_finds_it(text: str, pos: int) -> None:
    found = patterns.search_glued_read_also(text, pos)
    expected = patterns.GLUED_READ_ALSO.search(text, pos)
    assert (found and (found.span(), found.span("phrase"), found.span("title"))) == (
        expected and (expected.span(), expected.span("phrase"), expected.span("title"))
    )



_CHROME_VARIANTS = (
    "Warga mengantre air bersih di posko bantuan. FOTO/Dok. Warga\n"
    "Petani memanen padi di sawah. (Outlet.com/Nama Fotografer)\n"
    "Gambar : AFPpix\nPhoto :\nNama Fotografer\n"
    "Penulis: Marlina Sari | Editor: Dimas Aji\nEditor. Rina Kusuma\n"
    "Pelatih Baru Umumkan Daftar Pemain untuk Laga Tandang di Surabaya\n"
    "Bek Muda Timnas Perpanjang Kontrak hingga 2028 demi Kejar Gelar Juara\n"
    "Pertandingan Selanjutnya\n"
    "Harga cabai turun di pasar induk.Baca juga: Harga Bawang Naik Lagi di Pasar Kota\n"
)


def test_every_rule_proposes_the_same_with_a_scan_that_rules_nothing_out() -> None:
    """The rules look only at the lines where the scan found their keys: with a scan that
    says "maybe" for every family on every line they must propose exactly the same."""
    from cleanser.analysis import ORDER
    from cleanser.analysis.scan import Hits
    from cleanser.pipeline import default_pipeline
    from tests.conftest import corpus_docs

    pipeline = default_pipeline()
    texts = [doc.input for doc in corpus_docs()] + [STORY_WITH_CHROME]
    for text in texts:
        doc = pipeline.analyse(text)
        for name in ORDER:
            getattr(doc, name)
        found = {rule.code: list(rule.propose(doc)) for rule in pipeline.rules}
        hits = doc.hits
        doc.__dict__["hits"] = Hits(hits.by_line, frozenset(), hits.lines_with, hits.known)
        doc._memo.clear()
        for rule in pipeline.rules:
            assert list(rule.propose(doc)) == found[rule.code], rule.code


STORY_WITH_CHROME = (
    "Pemerintah kota menata ulang trotoar di sekitar taman kota agar lebih ramah bagi pejalan kaki.\n"
    + _CHROME_VARIANTS
    + "Penataan dilakukan bertahap dan ditargetkan selesai sebelum akhir tahun, kata kepala dinas itu.\n"
    + _CHROME_VARIANTS
)


@fixed_or_explore(300)
@given(
    st.lists(st.sampled_from(["[", "[[", "ab", "shared by", "x", " ", "\n", "\r\n", "\r", "\u2028", "\x1c", "\x85"]),
             max_size=30).map("".join)
)
@example("[a]\n\nb[\r\nshared by[\u2028x")
def test_lines_holding_finds_the_lines_whose_text_holds_a_piece(text: str) -> None:
    from cleanser.document import Document

    doc = Document(text)
    pieces = ("[", "shared by")
    expected = [line.index for line in doc.lines if any(piece in line.text for piece in pieces)]
    assert patterns.lines_holding(doc, *pieces) == expected


_LEAD_IN_PIECES = st.sampled_from([
    " ", "\t", "[", "(", "«", "•", "-", "*", "ADVERTISEMENT ", "SCROLL TO CONTINUE WITH CONTENT ", "Baca juga",
    "BACA JUGA", "ſimak juga", "Related", "More on this story", "Topik Terkait", ":", " Judul Lain", "Harga",
    "x", "é", "\u212a",
])


@fixed_or_explore(400)
@given(st.lists(_LEAD_IN_PIECES, max_size=8).map("".join))
@example("• Baca juga: Judul Lain")
@example("ADVERTISEMENT Baca juga: Judul Lain")
@example("More on this story")
def test_rl01_tries_its_line_patterns_only_where_their_first_character_may_stand(text: str) -> None:
    from cleanser.patterns import related_header
    from cleanser.rules import rl01_read_also_link as rl01

    if rl01._MAY_START.match(text) is None:
        assert rl01.AT_START.match(text) is None
        assert related_header().match(text) is None


@fixed_or_explore(400)
@given(st.text(alphabet=st.sampled_from("aZé\u0130\u01c5ǅ1.,\"'“”()[]:;!?*ﬁ-ᵃ"), min_size=1, max_size=8))
@example("“kata”")
@example("ǅemal")
def test_rl01_passes_over_no_sentence_word(token: str) -> None:
    from cleanser.rules import rl01_read_also_link as rl01

    if rl01._is_sentence_word(token):
        assert token[0].islower() or token[0] in rl01._EDGE



_CREDIT_PIECES = st.sampled_from([
    "(", ")", "[", "]", "Foto", "foto", "FOTO", "Photo", "Gambar", "Image", "İmage", "Kredit", "\u212aredit", "Credit",
    ":", "：", "/", " ", "\u00a0", ".", "Dok", "dok.", "Dokumentasi", "Istimewa", "Ilustrasi", "Sumber foto",
    "Pict by", "PİCT", "ANTARA FOTO", "Antara", "(c)", "(C)", "Nama Fotografer", "Outlet.com", "by", "oleh",
    "Tangkapan layar", "Screenshot", "Repro", "warga antre", "x", "ıstimewa", "Pıct",
])


@fixed_or_explore(600)
@given(st.lists(_CREDIT_PIECES, max_size=12).map("".join), st.sampled_from(["", "Kalimat cerita itu panjang. " * 8]))
@example("Warga antre di posko. Foto: Dok. Istimewa", "")
@example("Pict by Instagram", "")
@example("(c) Dok. Persatuan", "")
@example("Petani memanen padi. (Outlet.com/Nama Fotografer).", "")
@example("Tentara dilaporkan di Rusia. Foto/youtube", "")
@example("Warga antre. (\u0131stimewa)", "")
def test_photo_credit_finds_what_a_search_of_the_lines_end_finds(text: str, before: str) -> None:
    text = before + text
    start = max(0, len(text) - patterns.CREDIT_TAIL_CHARS)
    expected = patterns.PHOTO_CREDIT.search(text, start)
    found = patterns.photo_credit(text)
    assert (found and found.span()) == (expected and expected.span())


_SOURCE_PIECES = st.sampled_from([
    "(", ")", "[", "]", "/", " ", ".", "©2025 ", "Outlet.com", "OUTLET.CO.ID", "Kota.id", "Nama Fotografer", "NAMA",
    "AFP", "EPA-EFE", "AP Photo", "Reuters", "reuters", "Getty Images", "Antara", "x", "kata dia", "\u00a0",
])


@fixed_or_explore(600)
@given(st.lists(_SOURCE_PIECES, max_size=10).map("".join), st.sampled_from(["", "Kalimat cerita itu panjang. " * 8]))
@example("Petani memanen padi. (Tribunnews.com/Fajar Nugraha)", "")
@example("Pedagang di sungai. BANJARMASINPOST.CO.ID/NAMA FOTOGRAFER", "")
@example("Warga berkumpul. (EPA)", "")
@example("Gedung itu. (AP Photo/Nama Fotografer)", "")
@example("Warga antre di posko. [Suara.com/Nama Fotografer]", "")
@example("Warga antre (di posko). [Suara.com/Nama Fotografer] ", "")
def test_source_credit_finds_what_a_search_of_the_lines_end_finds(text: str, before: str) -> None:
    text = before + text
    start = max(0, len(text) - patterns.CREDIT_TAIL_CHARS)
    expected = patterns.SOURCE_CREDIT.search(text, start)
    found = patterns.source_credit(text)
    assert (found and found.span()) == (expected and expected.span())


@fixed_or_explore(300)
@given(
    st.integers(min_value=120, max_value=170),
    st.sampled_from(["(", "["]),
    st.sampled_from(["Outlet.com/Nama Fotografer", "AFP", "Reuters/Nama", "Kota (x)/Nama", "A/B/C"]),
    st.sampled_from([")", "]"]),
    st.sampled_from(["", " ", "\u00a0", "\x1c", " ."]),
)
@example(131, "(", "Outlet.com/Nama Fotografer", ")", "")
@example(131, "[", "Outlet.com/Nama Fotografer", "]", "")
@example(131, "(", "A" * 153 + "/Nama", ")", "")  # the opening bracket where the search starts
def test_source_credit_finds_a_bracketed_credit_where_a_search_of_the_lines_end_finds_it(
    padding: int, opening: str, credit: str, closing: str, after: str
) -> None:
    text = "Kalimat cerita itu panjang. " * 6 + "x" * padding + opening + credit + closing + after
    start = max(0, len(text) - patterns.CREDIT_TAIL_CHARS)
    expected = patterns.SOURCE_CREDIT.search(text, start)
    found = patterns.source_credit(text)
    assert (found and found.span()) == (expected and expected.span())


_DATE_PIECES = st.sampled_from([
    " ", "-", "|", ",", "•", "Nama Penulis", "Jakarta", "Diperbarui", "Jum'at", "Senin", "25", "Oktober", "Okt.",
    "2024",
    "25/10/2024", "2024-10-25", "15:40", "15.40", "WIB", "wita", "GMT+7", "UTC", "PM", "am", "3 menit baca",
    "2 min read", ".", "pukul", "x", "\u00a0", "\x1c", "١٢", "𑛐",
])


@fixed_or_explore(600)
@given(st.lists(_DATE_PIECES, max_size=10).map("".join))
@example("Jum'at, 25 Oktober 2024 - 15:40 WIB")
@example("Nama Penulis | Sabtu, 21 Juni 2025 | 08.30 WIB")
@example("- Selasa, 23/02/2016 16:10 WIB")
@example("Rabu, 18 Jun 2025 21:35 WIB | 3 menit baca")
def test_date_line_finds_what_the_date_line_pattern_finds(text: str) -> None:
    from tests.date_variants import variants

    for candidate in (text, *(line for _name, line, _iso in variants(2, seed=len(text)))):
        found, expected = patterns.date_line(candidate), patterns.DATE_LINE.match(candidate)
        assert (found and found.span()) == (expected and expected.span()), candidate


@fixed_or_explore(600)
@given(st.lists(st.sampled_from([" ", "\t", "\u00a0", "Bima", "Setiawan", "İstanbul", "Ǆemal", "ẞtraße", "O'Neil", "-x",
                                 "Ángel", "Ω", "\x1c", "ab"]), min_size=1, max_size=6).map("".join))
@example("  Bima Setiawan")
@example("İbrahim Nasution")
def test_md02_reads_a_name_line_only_where_its_slug_may_open(text: str) -> None:
    from cleanser.rules import md02_byline as md02

    if md02.NAME_ONLY.match(text):
        assert text.lstrip()[:1].casefold()[:1] == md02._slug(text)[:1]



def _case_variants(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.lower(), word.replace("i", "İ").replace("k", "\u212a")])


_BYLINE_LABELS = [entry for entry in lexicon.entries("byline_labels") if not entry.startswith("re:")]
_GLUED_BYLINE = st.tuples(
    st.sampled_from(["Harga cabai naik, kata dia", "", "x", "Harga naik. Kata dia"]),
    st.sampled_from([".", "!", "?", "”", "’", "\"", ")", ",", ""]),
    st.sampled_from(["", " ", "\t", "\u00a0", "  ", "\n"]),
    st.sampled_from(["", "(", "[", "( ", "["]),
    st.sampled_from(_BYLINE_LABELS).flatmap(_case_variants),
    st.sampled_from([": ", " : ", "：", ". ", " "]),
    st.sampled_from(["Nama Penulis", "Sari", "Nama Penulis | Editor: Nama Lain", "Nama | Kota", "x"]),
    st.sampled_from(["", ")", "]", " ", ". Lagi", "\n"]),
).map("".join)


@fixed_or_explore(600)
@given(_GLUED_BYLINE, st.integers(min_value=0, max_value=40))
@example("Harga cabai naik, kata dia. Reporter : Nama Penulis | Editor: Nama Lain", 0)
@example("Harga cabai naik, kata dia.\u00a0(Penulis: Nama Penulis)", 0)
@example("Harga naik. Kata dia. Editor: Nama Penulis", 12)
@example("Harga naik.Editor: Nama Penulis", 11)
@example("Harga naik? Laporan: Nama Penulis", 0)
def test_md02_finds_a_glued_byline_where_a_full_search_finds_it(text: str, pos: int) -> None:
    from cleanser.rules import md02_byline as md02

    found = md02.search_glued_tail(text, pos)
    expected = md02.GLUED_TAIL.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


_CLOSING_VARIANTS = (
    "Harga cabai di pasar induk turun setelah pasokan dari daerah bertambah, kata pedagang. (ant)\n"
    "Pedagang berharap harga tetap stabil hingga akhir bulan depan, ujar ketua paguyuban. [ab]\n"
    "(rin/nas)\n[ab]\n"
    "Pasokan dari luar daerah diperkirakan kembali normal pada pekan depan menurut dinas. (Z-8)\n"
)


def test_every_rule_proposes_the_same_when_every_line_may_hold_the_pieces_it_looks_for() -> None:
    """A rule that reads only the lines holding a piece (``patterns.lines_holding``) must
    propose exactly what it proposes when told that every line holds one."""
    from unittest import mock

    from cleanser.analysis import ORDER
    from cleanser.pipeline import default_pipeline
    from tests.conftest import corpus_docs

    pipeline = default_pipeline()
    texts = [doc.input for doc in corpus_docs()] + [
        STORY_WITH_CHROME,
        _CLOSING_VARIANTS + STORY_WITH_CHROME + _CLOSING_VARIANTS + "\n(ant)\n",
    ]
    for text in texts:
        doc = pipeline.analyse(text)
        for name in ORDER:
            getattr(doc, name)
        found = {rule.code: list(rule.propose(doc)) for rule in pipeline.rules}
        doc._memo.clear()
        with mock.patch.object(patterns, "lines_holding", lambda doc, *pieces: list(range(len(doc.lines)))):
            for rule in pipeline.rules:
                assert list(rule.propose(doc)) == found[rule.code], rule.code


def test_dl01_finds_a_dash_where_any_dateline_dash_is() -> None:
    from cleanser.analysis.datelines import DASH_CHARS
    from cleanser.rules import dl01_dateline_prefix as dl01

    assert {c for c in _EVERY_CHARACTER if dl01._has_dash(c)} == set(DASH_CHARS)
    assert dl01._has_dash("KOTA ‒ Warga") and not dl01._has_dash("KOTA, Warga")


_CREDIT_WORD_TEXT = st.lists(
    st.sampled_from([
        "Foto", "PHOTO", "gambar", "Pict", "İmage", "ımage", "\u212aredit", "Kredit", "Credit", "Dok", "Dokumentasi",
        "ILUSTRASI", "Ilustrasi", "ılustrasi", "Istimewa", "İSTİMEWA", "ANTARA FOTO", "ANTARA\u00a0FOTO",
        "Tangkapan layar", "Tangkapan\tLayar", "Screenshot", "ſcreenſhot", "Repro", "Sumber foto",
        "Sumber", "Antara", "x", " ", "/", "(", ")", ":", "ab", "é", "\u0307",
    ]),
    max_size=8,
).map("".join)


@fixed_or_explore(600)
@given(_CREDIT_WORD_TEXT)
@example("(ılustrasi)")
@example("ſcreenſhot")
def test_cp01_looks_for_an_explicit_credit_only_where_a_credit_words_text_is(text: str) -> None:
    from cleanser.rules import cp01_photo_caption as cp01

    if cp01.CREDIT_WORD.search(text):
        assert patterns.holds_any(text, cp01._CREDIT_WORD_PIECES)


_TITLE_PIECES = st.sampled_from([
    " ", "Harga", "Cabai", "Naik", "di", "dan", "Pasar", "Induk", "warga", "mengeluh", "kata", "Dia", "iPhone",
    "YouTube", "WhatsApp", "TikTok", "BeritaLain", "naikHarga", "Jakarta", "“Kami", "\"Ini", "ke-3", ".", "!", "?",
    ",", ":", "(", ")", "Baca", "Juga", "2024", "Rp10", "PT", "ASEAN", "Menurut", "Sementara", "Judul”", "a",
])


@fixed_or_explore(500)
@given(st.lists(_TITLE_PIECES, min_size=1, max_size=24), st.integers(min_value=0, max_value=30))
@example(["Harga", " ", "Cabai", " ", "Naik", " ", "warga", " ", "mengeluh"], 0)
@example(["Harga", " ", "Cabai", "BeritaLain", " ", "warga"], 0)
@example(["Harga", " ", "naikHarga", " ", "warga"], 0)
@example(["Harga", " ", "Cabai", " ", "Naik", "“Kami", " ", "warga"], 0)
@example(["YouTube", " ", "Cabai", " ", "Naik", " ", "warga", " ", "Pasar"], 0)
@example(["Harga", " ", "warga", " ", "Pasar", "BeritaLain", ".", " ", "Dia"], 0)  # the first segment's end read
def test_rl01_finds_a_titles_end_as_reading_every_segment_finds_it(pieces: list[str], start: int) -> None:
    from cleanser.pipeline import default_pipeline
    from cleanser.rules import rl01_read_also_link as rl01

    line = "".join(pieces)
    text = "Warga Pasar Induk mengeluh harga naik sejak pekan lalu di Jakarta.\n" + line
    doc = default_pipeline().analyse(text)
    start = min(start, len(line))
    at = len(text) - len(line)
    expected = rl01._find_title_end_by_segments(doc, line, start, at)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rl01, "SHORT_REST_CHARS", 0)  # the way a long line is read, on a short one
        assert rl01.find_title_end(doc, line, start, at) == expected
    assert rl01.find_title_end(doc, line, start, at) == expected
