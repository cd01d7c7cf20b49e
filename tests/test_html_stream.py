"""The bounded path of clean_html (cleanser.html.stream): pages whose tree would cost too
much are extracted by a streaming parse. Pages are generated here from our own sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanser
from cleanser.categories import Category
from cleanser.html.blocks import walk
from cleanser.html.extract import parse
from cleanser.html.limits import page_problem
from cleanser.html.stream import NAME, _stream, bounded_reason, extract_bounded

SUBJECTS = ("Pengurus koperasi", "Ketua rukun warga", "Petugas puskesmas", "Guru sekolah dasar", "Kelompok tani",
            "Relawan pemadam", "Pedagang pasar", "Pengelola perpustakaan", "Karang taruna", "Bidan desa",
            "Penyuluh perikanan")
VERBS = ("memeriksa", "memperbaiki", "mencatat", "membersihkan", "menghitung", "mengecat", "menata")
OBJECTS = ("saluran irigasi", "gudang beras", "papan pengumuman", "sumur bor", "jalan setapak",
           "pos ronda", "kebun bibit", "jembatan kayu", "balai pertemuan")
PLACES = ("Dusun Cempaka", "Kampung Leuwi", "Desa Mekarsari", "tepi Sungai Ciliwung", "Kelurahan Tanjung")


def paragraph(i: int) -> str:
    """A distinct paragraph of two sentences for each i."""
    who, verb, what = SUBJECTS[i % 11], VERBS[i % 7], OBJECTS[i % 9]
    where = PLACES[i % 5]
    return (f"{who} {verb} {what} di {where} pada pekan ke-{i + 1} sejak musim hujan dimulai. "
            f"Sebanyak {i % 40 + 3} orang ikut membantu hingga sore dan mencatat {i % 13 + 2} kebutuhan baru.")


TITLE = "Warga Bergotong Royong Menjelang Musim Tanam"
MENU = ("Beranda", "Nasional", "Daerah", "Ekonomi", "Olahraga", "Hiburan")
POPULAR = tuple(f"Harga cabai di pasar induk naik {i} persen pekan ini" for i in range(3, 9))
RELATED = tuple(f"Kelompok tani desa tetangga panen raya ke-{i}" for i in range(1, 5))
COPYRIGHT = "© 2024 Kabar Kampung. Hak cipta dilindungi undang-undang."


def page(paragraphs: int, *, padding: str = "") -> str:
    body = "".join(f"<p>{paragraph(i)}</p>\n" for i in range(paragraphs))
    menu = "".join(f'<li><a href="/kanal/{name.lower()}">{name}</a></li>' for name in MENU)
    popular = "".join(f'<li><a href="/berita/{i}">{text}</a></li>' for i, text in enumerate(POPULAR))
    related = "".join(f'<li><a href="/terkait/{i}">{text}</a></li>' for i, text in enumerate(RELATED))
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE} | Kabar Kampung</title>'
        f'<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="Kabar Kampung">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-02T08:00:00+07:00",'
        ' "author": {"@type": "Person", "name": "Dewi Lestari"}}</script>'
        "<script>window.iklan = [];</script><style>.isi p { margin: 0 }</style></head>"
        f"<body><header><nav><ul>{menu}</ul></nav></header>{padding}"
        f'<main><article><h1>{TITLE}</h1><div class="byline">Penulis: Dewi Lestari</div>'
        f'<div class="isi-artikel">{body}</div><div class="baca-juga"><ul>{related}</ul></div></article>'
        f'<aside class="sidebar"><h3>Terpopuler</h3><ul>{popular}</ul></aside></main>'
        f"<footer><p>{COPYRIGHT}</p></footer></body></html>"
    )


BIG = 4_000  # paragraphs: about 4,000 elements and 650,000 characters, past the usual path's budget
LINKS = 22_000


@pytest.fixture(scope="module")
def big() -> cleanser.Result:
    return cleanser.clean_html(page(BIG).encode())


@pytest.fixture(scope="module")
def linked() -> cleanser.Result:
    archive = "".join(f'<li><a href="/arsip/{i}">arsip nomor {i}</a></li>' for i in range(LINKS))
    return cleanser.clean_html(page(12, padding=f'<ul class="arsip">{archive}</ul>'))


def _removed(result: cleanser.Result, category: Category) -> str:
    return "\n".join(r.text for r in result.page_removals if r.category is category)


def test_a_big_article_page_takes_the_bounded_path_and_says_why(big: cleanser.Result) -> None:
    assert big.status == "ok"
    notes = [n for n in big.notes if NAME in n]
    assert len(notes) == 1 and "start tags" in notes[0] and "MB" in notes[0]
    assert any("smallest element holding" in n for n in big.notes)


def test_the_paragraphs_come_back_in_order(big: cleanser.Result) -> None:
    expected = [paragraph(i) for i in range(BIG)]
    assert big.input_text.split("\n") == expected
    assert big.text.split("\n\n") == expected


def test_chrome_blocks_are_left_out_and_reported(big: cleanser.Result) -> None:
    for chrome in (*MENU, *POPULAR, *RELATED, COPYRIGHT, "Terpopuler"):
        assert chrome not in big.input_text
    assert all(name in _removed(big, Category.NAVIGATION) for name in MENU)
    assert all(text in _removed(big, Category.FEED) for text in POPULAR)
    assert all(text in _removed(big, Category.RELATED) for text in RELATED)
    assert COPYRIGHT in _removed(big, Category.LEGAL)
    assert TITLE in _removed(big, Category.TITLE)
    assert "Penulis: Dewi Lestari" in _removed(big, Category.METADATA)
    for removal in big.page_removals:
        assert removal.path.startswith("/html[1]/body[1]/")


def test_metadata_is_read_from_the_head(big: cleanser.Result) -> None:
    assert big.title == TITLE
    assert big.metadata_sources["title"] == "trafilatura"
    assert big.metadata["published"].value == "2024-05-02"
    assert big.metadata["sitename"].value == "Kabar Kampung"
    assert big.metadata_sources["published"] == big.metadata_sources["sitename"] == "trafilatura"


def test_the_same_page_small_takes_the_usual_path_with_the_same_paragraphs() -> None:
    small = cleanser.clean_html(page(40).encode())
    assert small.status == "ok"
    assert not any(NAME in n for n in small.notes)
    assert bounded_reason(page(40)) is None
    assert small.text.split("\n\n")[-40:] == [paragraph(i) for i in range(40)]


def test_a_page_of_many_links_takes_the_bounded_path_and_loses_no_text(linked: cleanser.Result) -> None:
    assert linked.status == "ok"
    assert any(NAME in n and f"{LINKS * 2 + 12:,}" not in n for n in linked.notes)
    assert linked.text.split("\n\n") == [paragraph(i) for i in range(12)]
    archive = [r for r in linked.page_removals if "arsip nomor 0" in r.text]
    assert len(archive) == 1  # one removal for the list, with every link's text
    assert archive[0].text.split("\n") == [f"arsip nomor {i}" for i in range(LINKS)]
    assert archive[0].path == "/html[1]/body[1]/ul[1]"


def test_prose_over_the_limit_is_too_large_on_the_bounded_path() -> None:
    big_page = page(7_600)  # 1.37 M characters of prose: over max_chars + 1,000,000 for max_chars=200,000
    assert page_problem(big_page, 200_000) is None  # (its visible text is under 2 * max_chars + 1,000,000)
    assert bounded_reason(big_page) is not None
    result = cleanser.clean_html(big_page, max_chars=200_000)
    assert result.status == "too-large"
    assert result.text == ""
    assert "characters of prose" in result.notes[-1] and "200,000" in result.notes[-1]
    assert any(NAME in n for n in result.notes)


def _keep_all(prose: int) -> None:
    return None


def test_a_lone_surrogate_does_not_stop_the_stream() -> None:
    markup = (f"<html><body><div><p>{paragraph(1)}</p><p>Tanda rusak \ud800 di tengah kalimat ini.</p>"
              f"<p>{paragraph(2)}</p></div></body></html>")
    found = extract_bounded(markup, None, _keep_all)
    assert found.text.split("\n")[0] == paragraph(1)
    assert found.text.split("\n")[-1] == paragraph(2)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_text_over_libxml2s_buffer_limit_does_not_stop_the_stream(as_bytes: bool) -> None:
    script = "<script>" + "var data = 'isi skrip yang panjang';\n" * 300_000 + "</script>"  # 11 MB
    markup = f"<html><body>{script}<div><p>{paragraph(3)}</p><p>{paragraph(4)}</p></div></body></html>"
    found = extract_bounded(markup.encode() if as_bytes else markup, None, _keep_all)
    assert found.text.split("\n") == [paragraph(3), paragraph(4)]


def test_deep_nesting_keeps_the_text_and_short_paths() -> None:
    depth = 400
    opened = "".join(f"<div>lapisan {i} " for i in range(depth))
    markup = (f"<html><body>{opened}<nav><a href='/'>Beranda</a> <a href='/x'>Kanal</a></nav>"
              f"<p>{paragraph(5)}</p>{'</div>' * depth}</body></html>")
    found = extract_bounded(markup, None, _keep_all)
    assert found.text.split("\n")[-1] == paragraph(5)
    assert "lapisan 0" in found.text and f"lapisan {depth - 1}" in found.text
    menu = [r for r in found.page_removals if "Beranda" in r.text]
    assert len(menu) == 1 and menu[0].path.endswith("//nav") and len(menu[0].path) < 1_000


def test_usual_path_for_small_pages_whatever_their_markup() -> None:
    assert bounded_reason("<p>satu</p>" * 1_000) is None
    dense = "<p>x</p>" * 9_000  # 72 KB, 9,000 elements: about 18 MB on the usual path
    assert bounded_reason(dense) is not None


# --- the stream reads a page as the block walk reads its tree ---------------------------

_TAGS = ("div", "p", "span", "a", "b", "li", "ul", "h2", "section", "td", "blockquote", "em")
_ATTRIBUTES = ("", ' class="sidebar"', ' class="related-posts"', ' id="komentar"', ' hidden', ' class="isi"',
               ' style="display:none"', ' class="byline"', ' role="navigation"', ' itemprop="articleBody"')
_WORDS = st.sampled_from(("warga", "desa", "pasar", "hujan", "Jakarta", "dan", "  ", "\n", "&amp;", "bambu"))
_TEXT = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)


_LEAVES = st.sampled_from(("<br>", "<img src='x.jpg'>", "<script>var a = '<p>x</p>';</script>",
                           "<style>p { color: red }</style>", "<nav><a href='/'>Beranda</a></nav>",
                           "<footer>Hak cipta</footer>", "<!-- catatan -->", "<br><br>"))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def build(tag: str, attribute: str, inner: list[str]) -> str:
        return f"<{tag}{attribute}>{''.join(inner)}</{tag}>"

    return st.builds(build, st.sampled_from(_TAGS), st.sampled_from(_ATTRIBUTES),
                     st.lists(children, min_size=1, max_size=5))


MARKUP = st.lists(st.recursive(st.one_of(_TEXT, _TEXT, _LEAVES), _element, max_leaves=40),
                  min_size=1, max_size=6).map(lambda parts: f"<html><body>{''.join(parts)}</body></html>")


@given(MARKUP)
def test_the_stream_cuts_the_same_segments_as_the_block_walk(markup: str) -> None:
    walked = [segment.text for segment in walk(parse(markup)).segments]
    streamed, _ = _stream(markup)
    assert list(streamed.segments.texts) == walked


@given(MARKUP)
def test_every_segment_is_kept_or_reported(markup: str) -> None:
    found = extract_bounded(markup, None, _keep_all)
    walked = sorted(segment.text for segment in walk(parse(markup)).segments)
    kept = found.text.split("\n") if found.text else []
    reported = [line for removal in found.page_removals for line in removal.text.split("\n")]
    assert sorted(kept + reported) == walked


def test_an_oversized_json_ld_script_is_not_kept_and_that_is_said() -> None:
    huge = '{"@type": "NewsArticle", "articleBody": "' + "isi " * 600_000 + '"}'  # 2.4 M characters
    markup = (f'<html><head><title>{TITLE}</title><script type="application/ld+json">{huge}</script></head>'
              f"<body><div><p>{paragraph(6)}</p></div></body></html>")
    found = extract_bounded(markup, None, _keep_all)
    assert found.text == paragraph(6)
    assert found.metadata["title"] == TITLE
    assert any("JSON-LD were not read" in note for note in found.notes)
