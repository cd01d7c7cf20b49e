"""clean_html on small pages written for these tests: body, page report, metadata, encodings,
broken and empty input."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from cleanser.categories import Category
from cleanser.html import MAX_PAGE_SIZE, looks_like_html
from cleanser.html.encoding import declared_encoding, decode

BODY = (
    "Ratusan warga Desa Sukamaju, Kabupaten Garut, bergotong royong membangun jembatan bambu sepanjang "
    "empat puluh meter yang menghubungkan dua dusun yang selama ini terpisah oleh sungai.",
    "Kepala desa, Asep Suhendar, mengatakan jembatan lama hanyut terbawa banjir bandang pada awal bulan "
    "sehingga anak-anak harus menyeberangi sungai untuk berangkat ke sekolah setiap pagi.",
    "Pembangunan dimulai sejak Senin pagi dengan bahan bambu yang dikumpulkan dari kebun warga. Para ibu "
    "menyiapkan makanan, sementara para pemuda mengangkut bambu dari hulu sungai.",
    '"Kami tidak bisa menunggu bantuan terlalu lama. Anak-anak harus tetap sekolah," kata Asep kepada '
    "wartawan di lokasi pembangunan, Rabu sore.",
    "Jembatan itu ditargetkan rampung dalam dua pekan dan akan diperkuat dengan tali baja sumbangan "
    "seorang pengusaha setempat.",
)
TITLE = "Warga Desa Sukamaju Bangun Jembatan Bambu Secara Gotong Royong"
READ_ALSO = "Banjir Bandang Terjang Tiga Kecamatan di Garut"
SPAM = (
    "Situs slot gacor hari ini gampang menang, daftar sekarang di link alternatif terpercaya dan dapatkan "
    "bonus new member 100 persen tanpa syarat."
)

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{TITLE} - Kabar Nusantara</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Kabar Nusantara">
<meta name="author" content="Rina Kartika">
<meta property="article:published_time" content="2024-03-14T09:30:00+07:00">
<link rel="canonical" href="https://kabarnusantara.example/daerah/2024/03/14/jembatan-bambu-sukamaju">
<style>.judul {{ font-weight: bold }}</style>
<script>var iklan = "slot gacor";</script>
</head>
<body>
<header class="site-header">
  <nav class="main-nav"><ul>
    <li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li>
    <li><a href="/daerah">Daerah</a></li><li><a href="/olahraga">Olahraga</a></li>
  </ul></nav>
</header>
<main>
<article>
  <h1>{TITLE}</h1>
  <div class="article-content">
    <p>{BODY[0]}</p>
    <p>{BODY[1]}</p>
    <p>Baca juga: <a href="/daerah/2024/03/10/banjir-garut">{READ_ALSO}</a></p>
    <p>{BODY[2]}</p>
    <p>{SPAM}</p>
    <p>{BODY[3]}</p>
    <p>{BODY[4]}</p>
  </div>
  <div class="share-buttons"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke WhatsApp</a></div>
</article>
<section id="comments" class="comments-area">
  <h3>2 Komentar</h3>
  <div class="comment"><b>Budi</b> <p>Salut untuk warga Sukamaju, semoga cepat selesai dan anak-anak bisa
  kembali sekolah dengan aman.</p></div>
  <div class="comment"><b>Sari</b> <p>Pemerintah daerah harus segera turun tangan membantu pembangunan
  jembatan permanen di sana.</p></div>
  <form class="comment-form"><label>Tulis komentar</label><textarea></textarea><button>Kirim</button></form>
</section>
</main>
<aside class="sidebar">
  <h3>Berita Terpopuler</h3>
  <ul>
    <li><a href="/a">Harga Cabai Rawit di Pasar Garut Kembali Naik Jelang Ramadan</a></li>
    <li><a href="/b">Persib Bandung Tundukkan Persija di Stadion Si Jalak Harupat</a></li>
    <li><a href="/c">Jalan Provinsi Longsor, Arus Kendaraan Dialihkan Lewat Cikajang</a></li>
  </ul>
</aside>
<div class="ads-container"><span>ADVERTISEMENT</span></div>
<div style="display:none">Teks tersembunyi yang tidak pernah terlihat oleh pembaca halaman ini.</div>
<footer class="site-footer">
  <p>Copyright © 2024 Kabar Nusantara. All Rights Reserved.</p>
  <p><a href="/tentang">Tentang Kami</a> | <a href="/pedoman">Pedoman Media Siber</a></p>
</footer>
</body>
</html>
"""


@pytest.fixture(scope="module")
def article() -> cleanser.Result:
    return cleanser.clean_html(ARTICLE_PAGE.encode("utf-8"))


def _page_removal(result: cleanser.Result, needle: str) -> cleanser.PageRemoval:
    found = [p for p in result.page_removals if needle in p.text]
    assert found, f"{needle!r} is not in any page removal: {[p.text for p in result.page_removals]}"
    return found[0]


def test_body_is_the_article_paragraphs_in_order(article: cleanser.Result) -> None:
    assert article.status == "ok"
    assert article.source == "html"
    assert article.text.split("\n\n") == list(BODY)


def test_extracted_text_holds_one_paragraph_per_line(article: cleanser.Result) -> None:
    lines = article.input_text.split("\n")
    for paragraph in BODY:
        assert paragraph in lines
    assert f"Baca juga: {READ_ALSO}" in lines


def test_chrome_inside_the_article_is_removed_by_the_rules(article: cleanser.Result) -> None:
    by_text = {r.text: r for r in article.removals}
    related = [r for r in article.removals if READ_ALSO in r.text]
    assert related and related[0].category is Category.RELATED
    spam = [r for r in article.removals if "slot gacor" in r.text]
    assert spam and spam[0].category is Category.SPAM
    for removal in by_text.values():
        # offsets refer to the extracted text
        assert article.input_text[removal.start : removal.end] == removal.text
    assert article.to_dict()["offsets"]["of"] == "extracted_text"


@pytest.mark.parametrize(
    ("needle", "category", "path"),
    [
        ("Beranda", Category.NAVIGATION, "/html/body/header"),
        ("Bagikan ke Facebook", Category.NAVIGATION, "/html/body/main/article/div[2]"),
        ("Salut untuk warga Sukamaju", Category.COMMENTS, "/html/body/main/section"),
        ("Tulis komentar", Category.COMMENTS, "/html/body/main/section"),
        ("Harga Cabai Rawit", Category.FEED, "/html/body/aside"),
        ("ADVERTISEMENT", Category.INTERFACE, "/html/body/div[1]"),
        ("Copyright © 2024", Category.LEGAL, "/html/body/footer"),
        ("Pedoman Media Siber", Category.LEGAL, "/html/body/footer"),
        (TITLE, Category.TITLE, "/html/body/main/article/h1"),
    ],
)
def test_page_text_left_out_is_reported_with_category_and_xpath(
    article: cleanser.Result, needle: str, category: Category, path: str
) -> None:
    removal = _page_removal(article, needle)
    assert removal.category is category
    assert removal.path == path
    assert removal.reason
    assert removal.to_dict()["code"] == "HT01"


def test_a_menu_is_one_page_removal_not_one_per_link(article: cleanser.Result) -> None:
    menu = _page_removal(article, "Beranda")
    assert menu.text.split("\n") == ["Beranda", "Nasional", "Daerah", "Olahraga"]


def test_invisible_text_is_not_reported(article: cleanser.Result) -> None:
    everything = "\n".join(p.text for p in article.page_removals)
    assert "Teks tersembunyi" not in everything  # display:none
    assert "iklan" not in everything and "font-weight" not in everything  # script, style
    assert "Kabar Nusantara</title>" not in everything


def test_page_removals_never_repeat_body_text(article: cleanser.Result) -> None:
    for removal in article.page_removals:
        for paragraph in BODY:
            assert paragraph not in removal.text


def test_metadata_from_the_page_with_sources(article: cleanser.Result) -> None:
    assert article.title == TITLE
    assert article.metadata["published"].value == "2024-03-14"
    assert article.metadata["author"].value == ["Rina Kartika"]
    assert article.metadata["sitename"].value == "Kabar Nusantara"
    assert str(article.metadata["url"].value).endswith("/jembatan-bambu-sukamaju")
    for key in ("published", "author", "sitename", "url"):
        assert article.metadata_sources[key] == "trafilatura"
    assert article.metadata_sources["title"] == "trafilatura"
    report = article.to_dict()
    assert report["metadata"]["published"] == {"value": "2024-03-14", "source": "trafilatura", "raw": "2024-03-14"}


def test_rule_facts_win_over_page_metadata() -> None:
    page = ARTICLE_PAGE.replace(
        f"<p>{BODY[4]}</p>", f"<p>{BODY[4]}</p>\n    <p>Penulis: Dewi Lestari</p><p>Editor: Bambang Sutejo</p>"
    ).replace('<meta name="author" content="Rina Kartika">', '<meta name="author" content="Tim Redaksi">')
    result = cleanser.clean_html(page)
    assert "Dewi Lestari" not in result.text and "Bambang Sutejo" not in result.text
    # the visible byline beats the page's <meta name="author">
    assert result.metadata["author"].value == ["Dewi Lestari"]
    assert result.metadata_sources["author"] not in ("trafilatura", "")
    assert result.metadata["editor"].value == ["Bambang Sutejo"]
    # fields only the page has keep their page source
    assert result.metadata_sources["published"] == "trafilatura"


def test_str_and_bytes_give_the_same_result(article: cleanser.Result) -> None:
    from_str = cleanser.clean_html(ARTICLE_PAGE)
    assert from_str.text == article.text
    assert [p.to_dict() for p in from_str.page_removals] == [p.to_dict() for p in article.page_removals]


def test_pipeline_options_are_honoured() -> None:
    result = cleanser.clean_html(ARTICLE_PAGE, ignore=["related"])
    assert f"Baca juga: {READ_ALSO}" in result.text
    assert all(r.category is not Category.RELATED for r in result.removals)


# ------------------------------------------------------------------------------ encodings

CAFE = (
    "Café “Senja” di pinggir Kali Code menjadi tempat favorit mahasiswa untuk berdiskusi hingga larut "
    "malam setiap akhir pekan."
)
OWNER = (
    "Pemiliknya, André Wijaya, mengatakan kafe itu buka sejak tahun lalu dan kini ramai dikunjungi "
    "wisatawan dari berbagai daerah."
)


def _cafe_page(head: str = "") -> str:
    return (
        f"<html><head>{head}<title>Kafe Senja</title></head><body><article><h1>Kafe Senja</h1>"
        f"<p>{CAFE}</p><p>{OWNER}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "codec", "note"),
    [
        ('<meta charset="windows-1252">', "cp1252", "declared by the page"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "cp1252", "declared"),
        ("", "utf-8", None),
        ('<meta charset="utf-8">', "utf-8", None),
        ('<meta charset="iso-8859-1">', "utf-8", "valid UTF-8 although the page declares"),
        ("", "cp1252", "charset-normalizer"),
        ('<meta charset="utf-8">', "cp1252", "not valid UTF-8"),
        ('<meta charset="x-klingon">', "cp1252", "unknown encoding 'x-klingon'"),
    ],
)
def test_bytes_are_decoded_from_bom_declaration_or_detection(head: str, codec: str, note: str | None) -> None:
    result = cleanser.clean_html(_cafe_page(head).encode(codec))
    assert result.status == "ok"
    assert result.text.split("\n\n") == [CAFE, OWNER]
    if note is None:
        assert not any("encoding" in n for n in result.notes)
    else:
        assert any(note in n for n in result.notes), result.notes


def test_utf16_with_byte_order_mark() -> None:
    result = cleanser.clean_html(b"\xff\xfe" + _cafe_page().encode("utf-16-le"))
    assert result.text.split("\n\n") == [CAFE, OWNER]
    assert any("byte-order mark" in n for n in result.notes)


def test_declared_encoding_is_read_from_meta_and_xml_declaration() -> None:
    assert declared_encoding(b'<html><head><meta charset="Windows-1252">') == "windows-1252"
    assert declared_encoding(b'<meta http-equiv="content-type" content="text/html;charset=ISO-8859-1">') == (
        "iso-8859-1"
    )
    assert declared_encoding(b'<?xml version="1.0" encoding="utf-8"?><html>') == "utf-8"
    assert declared_encoding(b"<html><head><title>x</title>") is None


def test_undecodable_bytes_never_raise() -> None:
    decoded = decode(b"<p>caf\xe9 \x81\x8d\x8f\x90\x9d</p>")
    assert decoded.text.startswith("<p>caf")
    assert decoded.notes


# ------------------------------------------------------------------------ broken and empty


@pytest.mark.parametrize("page", [b"", b"   \n\t ", "", "  \n"])
def test_empty_input_is_status_empty(page: str | bytes) -> None:
    result = cleanser.clean_html(page)
    assert result.status == "empty"
    assert result.text == ""
    assert result.source == "html"
    assert result.notes == ("the page is empty",)


def test_broken_markup_still_gives_the_paragraphs() -> None:
    page = (
        "<html><body><div><p>Warga desa membangun jembatan bambu secara gotong royong pada hari Senin pagi "
        "bersama seluruh perangkat desa.<p>Kepala desa mengatakan <b>jembatan lama <i>hanyut terbawa banjir "
        "bandang pada awal bulan ini.</div></span></td> <<< >>> &bogus; <p>Paragraf ketiga juga cukup panjang "
        "untuk dianggap isi berita oleh ekstraktor halaman."
    )
    result = cleanser.clean_html(page)
    assert result.status == "ok"
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("Warga desa membangun jembatan bambu")
    assert paragraphs[1] == "Kepala desa mengatakan jembatan lama hanyut terbawa banjir bandang pada awal bulan ini."
    assert paragraphs[-1].startswith("Paragraf ketiga")


def test_page_without_an_article_is_no_article() -> None:
    links = "".join(f'<li><a href="/k{i}">Kanal {i}</a></li>' for i in range(20))
    page = f"<html><head><title>Indeks</title></head><body><nav><ul>{links}</ul></nav>" \
           "<footer>Copyright 2024 Kabar Nusantara</footer></body></html>"
    result = cleanser.clean_html(page)
    assert result.status == "no-article"
    assert result.text == ""
    assert any("no article text" in n for n in result.notes)
    categories = {p.category for p in result.page_removals}
    assert categories == {Category.NAVIGATION, Category.LEGAL}


def test_binary_garbage_is_not_text() -> None:
    result = cleanser.clean_html(b"\x00\x01\x02\xff\xfe\x00 not a page \x00")
    assert result.status == "not-text"
    assert result.text == ""
    assert result.notes


def test_plain_text_given_as_a_page_says_so() -> None:
    result = cleanser.clean_html("Sebuah kalimat biasa tanpa markup sama sekali.")
    assert result.status == "no-article"
    assert any("does not look like HTML" in n for n in result.notes)


def test_deeply_nested_markup_does_not_raise() -> None:
    page = "<html><body>" + "<div>" * 3000 + "<p>" + BODY[0] + "</p>" + "</div>" * 10 + "</body></html>"
    result = cleanser.clean_html(page)
    assert result.status in ("ok", "no-article")
    assert result.notes or result.text


def test_page_over_the_size_limit_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleanser.html.MAX_PAGE_SIZE", 1000)
    result = cleanser.clean_html(ARTICLE_PAGE.encode())
    assert result.status == "too-large"
    assert "over the 1000 limit" in result.notes[-1]
    assert MAX_PAGE_SIZE == 20_000_000


def test_wrong_input_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        cleanser.clean_html(123)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE_PAGE,
        ARTICLE_PAGE.encode(),
        "\ufeff  <!doctype html><title>x</title>",
        b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body></body></html>",
        "<!-- saved page --><html><body><p>x</p></body></html>",
        "<div class='isi'><p>Paragraf pertama.</p><p>Paragraf <b>kedua</b>.</p></div>",
        b"\xff\xfe" + "<html><body>x</body></html>".encode("utf-16-le"),
    ],
)
def test_looks_like_html_for_pages_and_fragments(data: str | bytes) -> None:
    assert looks_like_html(data)


@pytest.mark.parametrize(
    "data",
    [
        "",
        b"",
        "JAKARTA, KOMPAS.com - Presiden meresmikan jembatan baru.\n\nBaca juga: Jembatan lama ambruk",
        "Gunakan tag <br> untuk baris baru dan <p> untuk paragraf, kata pengajar kursus web itu.",
        "Skor akhir 3 < 5 dan 7 > 2 menurut papan.",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_looks_like_html_rejects_text_and_binary(data: str | bytes) -> None:
    assert not looks_like_html(data)


def test_the_parsed_tree_is_lxml_html_elements_and_trafilatura_takes_it() -> None:
    # the parser picks element classes in C (no per-element Python lookup), still the
    # lxml.html classes: trafilatura and htmldate take nothing else, forms included
    from lxml.html import HtmlElement
    from trafilatura import bare_extraction

    from cleanser.html.extract import parse

    body = ("Petugas pemadam kebakaran berhasil memadamkan api yang melalap gudang kayu di pinggir kota "
            "setelah berjuang selama tiga jam sejak dini hari.")
    tree = parse(f"<html><body><form><label>Cari</label><input name=q><select><option>a</select>"
                 f"<textarea>x</textarea></form><article><p>{body}</p></article></body></html>")
    elements = list(tree.iter())
    assert {el.tag for el in elements} >= {"form", "label", "input", "select", "textarea", "p"}
    assert all(isinstance(el, HtmlElement) for el in elements)
    assert body in bare_extraction(tree, fast=True).text


_REPAIR_PIECES = st.sampled_from((
    "<!DOCTYPE html>", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">',
    "<! DOCTYPE x/y>", "<html/>", "<html lang=id />", "<html>", "<body>", "<p>", "teks", "caf\u00e9", "\u4e2d",
    "\U0001f600", "\n", "\r\n", "\t", "\x00", "\x08", "\x0b", "\x1f", "\x7f", "\ufffe", "\uffff", "\ud800", " ",
))


@given(st.lists(_REPAIR_PIECES, max_size=12).map("".join))
@example("<!DOCTYPE html>")  # one line: trafilatura adds a line break
@example("<!doctype x/y>\n<html/>\n<p>a\x00b</p>")
@example("<html>\ufffe\ud800")
def test_repair_is_trafilaturas_repair_and_its_bytes(page: str) -> None:
    from trafilatura.utils import repair_faulty_html

    from cleanser.html.extract import repair

    beginning = page[:50].lower()
    text, data = repair(page, beginning)
    assert text == repair_faulty_html(page, beginning)
    assert data == (None if "\ud800" in text else text.encode("utf-8"))


@pytest.mark.parametrize("head", (
    '<meta charset="windows-1252">',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    '<meta charset="shift_jis">',
    "",
))
@pytest.mark.parametrize("declaration", ("", '<?xml version="1.0" encoding="iso-8859-1"?>'))
def test_the_page_parsed_from_its_bytes_is_the_page_parsed_from_its_text(head: str, declaration: str) -> None:
    # parse() hands libxml2 the page's UTF-8 bytes; whatever charset the page declares, the
    # tree is the one trafilatura gets from the text
    from lxml import etree
    from trafilatura.utils import load_html

    from cleanser.html.extract import parse

    page = (f"{declaration}<html><head>{head}<title>Kafe \u2013 caf\u00e9</title></head><body><p>Harga kopi "
            "\u20ac3, \u00e9t\u00e9, \u4e2d\u6587 dan \U0001f600 di kafe baru.</p></body></html>")
    assert etree.tostring(parse(page), encoding="unicode") == etree.tostring(load_html(page), encoding="unicode")


# ----------------------------------------------------------------- matching and recovery


def _walk(page: str):  # type: ignore[no-untyped-def]
    from cleanser.html.blocks import walk
    from cleanser.html.extract import parse

    return walk(parse(page))


def test_text_split_by_inline_elements_matches_the_extracted_line() -> None:
    from cleanser.html.report import reconcile

    page = (
        "<html><body><article><p>Setiap pagi petani <em>sudah</em> <em>berangkat</em>, lalu memanen "
        "cabai\u200b sebelum matahari tinggi, kata kepala desa.</p><p>Menu</p></article></body></html>"
    )
    # the extractor glued two words and dropped the zero-width space: still the same line
    extracted = "Setiap pagi petani sudahberangkat, lalu memanen cabai sebelum matahari tinggi, kata kepala desa."
    text, kept, recovered = reconcile(_walk(page), extracted)
    assert kept == [True, False]
    assert text == extracted and recovered == 0


def test_a_paragraph_dropped_beside_kept_body_is_put_back() -> None:
    from cleanser.html.report import reconcile

    first = ("Tahun depan dua produsen mobil asal China mulai meramaikan pasar otomotif nasional dan "
             "membangun pabrik di Jawa Barat.")
    page = (
        "<html><body><div class='isi'><br><strong>Jakarta, Kabar Otomotif</strong> – " + first
        + "<p>" + BODY[0] + "</p><p>" + BODY[1] + "</p></div>"
        "<div class='box'>Jumat, 17 Februari 2017 13:30 WIB oleh redaksi kami di Jakarta</div></body></html>"
    )
    extracted = f"{BODY[0]}\n{BODY[1]}"
    text, kept, recovered = reconcile(_walk(page), extracted)
    assert recovered == 1
    assert text.split("\n") == [f"Jakarta, Kabar Otomotif – {first}", BODY[0], BODY[1]]
    assert kept == [True, True, True, False]  # the date line outside the body stays out
    text, kept, recovered = reconcile(_walk(page), extracted, recover=False)
    assert recovered == 0 and text == extracted and kept == [False, True, True, False]


def test_chrome_containers_with_article_prose_are_not_pruned() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        f"<html><body><div class='post-share-wrap'>{paragraphs}</div>"
        "<nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav>"
        "<div class='sidebar'><a href='/x'>Harga cabai naik lagi</a></div></body></html>"
    )
    walked = _walk(page)
    pruned = {element.tag + "." + (element.get("class") or "") for element in walked.prunable}
    assert pruned == {"nav.", "div.sidebar"}
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)


_COPYRIGHT_PIECES = st.sampled_from((
    "Copyright", "COPYRIGHT", "copy right", "(c) 2024", "(C)2023", "(c) abc", "\u00a9", "&copy;", "&COPY;", "Hak Cipta",
    "hak  cipta", "All Rights Reserved", "all rights  reserved", "Dilarang keras mengutip", "dilarang menyalin",
    "dilarang", "co\u017fpyright", "\u017fopyright", "Co\u212aomentar", "berita", " ", "-", "2024", "cipta", "reserved",
    "copycat", "xcopyright", "\u00e9",
))


@given(st.lists(_COPYRIGHT_PIECES, max_size=6).map("".join))
@example("COPYRIGHT 2024")
@example("Dilarang Keras Memperbanyak")
@example("hak cipta \u00e9")
def test_the_copyright_shortcut_is_the_regular_expression(text: str) -> None:
    from cleanser.html.report import _COPYRIGHT, _has_copyright

    assert _has_copyright(text) == (_COPYRIGHT.search(text) is not None)
