"""clean_html's size checks before the parse and before trafilatura (cleanser.html.limits)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanser
import cleanser.html
from cleanser.html.blocks import walk
from cleanser.html.extract import parse
from cleanser.html.limits import (
    MAX_TAGS,
    page_problem,
    prose_problem,
    prose_threshold,
    tags_problem,
    threshold,
    visible_estimate,
)
from cleanser.pipeline import MAX_CHARS

WORDS = ("warga", "balai", "desa", "saluran", "air", "ronda", "malam", "pasar", "murah", "hari", "raya",
         "kepala", "dinas", "jalan", "kota", "anggaran", "dewan", "tender", "pekerjaan", "rambu")


def _paragraph(i: int, words: int = 40) -> str:
    return " ".join(WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(words)).capitalize() + "."


def _page(paragraphs: int, *, head: str = "", before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{_paragraph(i)}</p>\n" for i in range(paragraphs))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Rapat warga desa</title>{head}</head>"
            f"<body><nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav>{before}"
            f"<article><h1>Rapat warga desa</h1>{body}</article>{after}<footer>Hak cipta</footer></body></html>")


def _walked(page: str) -> int:
    return walk(parse(page)).total_chars


# --- the estimate ---------------------------------------------------------------------


def test_estimate_counts_what_a_reader_sees() -> None:
    page = ("<html><head><style>p { color: red }</style><script>var a = '<p>bukan teks</p>';</script></head>"
            "<body><!-- catatan --><p>Satu  dua &amp; tiga&#8217;</p><svg><text>abc</text></svg>"
            "<noscript>aktifkan skrip</noscript><textarea>isi</textarea><template><p>t</p></template></body></html>")
    assert visible_estimate(page) == len("Satu dua & tiga\u2019")
    assert abs(visible_estimate(page) - _walked(page)) <= 1  # the walk counts a separator


@pytest.mark.parametrize("extra", [
    "<script>" + "var x = 1;\n" * 2000 + "</script>",
    "<style>" + ".a{b:c}\n" * 2000 + "</style>",
    "<svg>" + "<path d='M0 0L1 1'/>" * 500 + "</svg>",
    "<img src='data:image/png;base64," + "QUJD" * 5000 + "'>",
    "<!--" + " komentar " * 1000 + "-->",
])
def test_estimate_leaves_out_what_is_not_shown(extra: str) -> None:
    plain = _page(30)
    heavy = _page(30, before=extra)
    assert visible_estimate(heavy) == visible_estimate(plain)
    assert abs(visible_estimate(plain) - _walked(plain)) <= 0.02 * _walked(plain)


@pytest.mark.parametrize("page", [
    "<script>" * 50_000,
    "<!--" * 50_000,
    "<" * 100_000,
    "<a " * 50_000,
    "<!-->" * 50_000 + "teks",
    "teks <script>tanpa akhir " + "x" * 100_000,
    "&amp;" * 50_000,
    " \n" * 100_000,
])
def test_estimate_of_hostile_markup_is_bounded(page: str) -> None:
    estimate = visible_estimate(page)
    assert 0 <= estimate <= len(page)


def test_unclosed_raw_element_hides_the_rest() -> None:
    assert visible_estimate("awal <script>var s = 1; " + "teks " * 100) == len("awal ")
    assert visible_estimate("<!-->awal") == len("awal")


def test_estimate_stops_once_over() -> None:
    page = "<p>" + "kata " * 10_000 + "</p>" + "<p>lagi</p>" * 10_000
    full = visible_estimate(page)
    early = visible_estimate(page, stop_above=1000)
    assert early > 1000
    assert early < full


# --- the thresholds -------------------------------------------------------------------


def test_threshold_leaves_room_beyond_the_article() -> None:
    assert threshold(MAX_CHARS) == 2 * MAX_CHARS + 1_000_000
    assert threshold(10) > 1_000_000
    assert page_problem("x" * 2_000_000, None) is None
    assert prose_problem(10**9, None) is None
    assert prose_threshold(MAX_CHARS) == MAX_CHARS + 1_000_000
    assert prose_problem(prose_threshold(5000), 5000) is None
    assert "max_chars=5,000" in (prose_problem(prose_threshold(5000) + 1, 5000) or "")


def test_page_under_threshold_length_is_not_scanned() -> None:
    page = _page(10)
    assert page_problem(page, 1) is None  # shorter than threshold(1): no estimate needed


# --- clean_html -----------------------------------------------------------------------


def _forbid(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} must not run")
    monkeypatch.setattr(cleanser.html, name, fail)


def test_text_heavy_page_is_too_large_before_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    _forbid(monkeypatch, "parse")
    max_chars = 50_000
    page = _page(5_000)  # about 1.4M characters of paragraphs
    assert visible_estimate(page) > threshold(max_chars)
    for form in (page, page.encode("utf-8")):
        result = cleanser.clean_html(form, max_chars=max_chars)
        assert result.status == "too-large"
        assert result.text == ""
        assert "was not parsed" in result.notes[-1]
        assert "max_chars=50,000" in result.notes[-1]


def test_default_limit_on_a_ten_megabyte_page(monkeypatch: pytest.MonkeyPatch) -> None:
    _forbid(monkeypatch, "parse")
    page = _page(25_000).encode("utf-8")
    result = cleanser.clean_html(page)
    assert result.status == "too-large"
    assert "5,000,000 characters of visible text" in result.notes[-1]


def test_prose_check_stops_the_page_before_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cleanser.html, "page_problem", lambda page, max_chars: None)
    _forbid(monkeypatch, "extract_article")
    page = _page(5_000)
    result = cleanser.clean_html(page, max_chars=50_000)
    assert result.status == "too-large"
    assert "characters of prose" in result.notes[-1]
    assert "parsed but not extracted" in result.notes[-1]


@pytest.mark.parametrize("padding", [
    "<script>" + "var data = {'kunci': 'nilai panjang sekali'};\n" * 30_000 + "</script>",
    "<style>" + ".kartu-berita .judul { font-weight: bold; }\n" * 30_000 + "</style>",
    "<div><img src='data:image/jpeg;base64," + "QUJDREVGR0hJSktMTU5PUA==" * 60_000 + "'></div>",
])
def test_page_heavy_with_markup_is_still_extracted(padding: str) -> None:
    max_chars = 50_000
    page = _page(20, head=padding if "style" in padding else "", before=padding if "style" not in padding else "")
    assert len(page) > threshold(max_chars)
    result = cleanser.clean_html(page, max_chars=max_chars)
    assert result.status == "ok"
    assert _paragraph(7) in result.text


def test_page_with_a_large_menu_and_a_short_article_is_extracted() -> None:
    max_chars = 5_000
    menu = "<ul>" + "".join(f"<li><a href='/tag/{i}'>{_paragraph(i, 12)}</a></li>" for i in range(10_000)) + "</ul>"
    page = _page(12, before=menu)
    assert len(page) > threshold(max_chars)
    assert visible_estimate(page) > 0.5 * threshold(max_chars)
    result = cleanser.clean_html(page, max_chars=max_chars)
    assert result.status == "ok"
    assert _paragraph(3) in result.text


def test_no_limit_turns_the_checks_off(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(200)
    assert page_problem(page * 10, None) is None
    result = cleanser.clean_html(page, max_chars=None)
    assert result.status == "ok"


# --- the number of tags ---------------------------------------------------------------


def test_page_with_too_many_tags_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    _forbid(monkeypatch, "parse")
    links = "<ul>" + "<li><a href='/t'>t</a></li>" * (MAX_TAGS // 2 + 10) + "</ul>"
    page = _page(20, before=links)
    result = cleanser.clean_html(page)
    assert result.status == "too-large"
    assert f"over {MAX_TAGS:,} tags" in result.notes[-1]
    assert tags_problem(page) is not None


def test_less_than_signs_in_text_and_scripts_are_not_tags() -> None:
    page = _page(20, before="<p>" + "1 < 2 dan 3 <= 4 " * MAX_TAGS + "</p>")
    assert page.count("<") > MAX_TAGS
    assert tags_problem(page) is None


def test_page_under_the_tag_limit_is_extracted() -> None:
    links = "<ul>" + "<li><a href='/t'>t</a></li>" * 5_000 + "</ul>"
    page = _page(20, before=links)
    assert tags_problem(page) is None
    result = cleanser.clean_html(page)
    assert result.status == "ok"
    assert _paragraph(5) in result.text


# --- libxml2's limits -------------------------------------------------------------------


@pytest.mark.parametrize("payload", [
    "<img alt='' src='data:image/png;base64," + "QUJDRA==" * 1_320_000 + "'>",  # 10.5 MB in one attribute
    "<script>var peta = '" + "\U0001f5fa" * 2_600_000 + "';</script>",  # 10.4 MB once in UTF-8
    "<!--" + "catatan " * 1_320_000 + "-->",
])
def test_payload_over_the_parser_limit_is_emptied_and_the_article_kept(payload: str) -> None:
    page = _page(20, before=payload)
    result = cleanser.clean_html(page)
    assert result.status == "ok"
    assert _paragraph(11) in result.text
    assert any("were emptied before parsing" in note for note in result.notes)


def test_small_payloads_are_left_alone() -> None:
    from cleanser.html.limits import HUGE_PAYLOAD, empty_huge_payloads

    page = _page(5, before="<script>" + "x" * (HUGE_PAYLOAD - 10) + "</script>" + "<!--" * 1000)
    assert empty_huge_payloads(page) == (page, 0)
    huge = "<style>" + "a{b:c}" * HUGE_PAYLOAD + "</style>"
    emptied, count = empty_huge_payloads(_page(5, before=huge))
    assert count == 6 * HUGE_PAYLOAD
    assert emptied == _page(5, before="<style></style>")


def test_a_parse_cut_short_says_so() -> None:
    page = _page(20, before="<div data-peta='" + "x" * 10_500_000 + "'></div>")
    result = cleanser.clean_html(page)
    assert any("libxml2's limits" in note and "not read" in note for note in result.notes)
    nested = _page(3, before="<div>" * 400 + "dalam" + "</div>" * 400)
    result = cleanser.clean_html(nested)
    assert any("Excessive depth" in note for note in result.notes)


_PIECES = ["<", ">", "</", "<!--", "-->", "<!-->", "<script>", "</script>", "<style x='>'>", "</STYLE>", "<svg>",
           "</svg>", "<textarea>", "&amp;", "&#8217;", "&", "  ", "\n", "kata", "<p>", "</p>", "<a href=x>", "\u00e9"]


@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_estimate_of_any_markup_is_within_the_page(pieces: list[str]) -> None:
    page = "".join(pieces)
    estimate = visible_estimate(page)
    assert 0 <= estimate <= len(page)
    assert visible_estimate(page, stop_above=estimate) == estimate
    if "<" not in page and "&" not in page:
        assert estimate == len(re.sub(r"\s{2,}", " ", page))
