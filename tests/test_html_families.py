"""Page families of issue 10, each tested on variants generated here (pages written for these
tests; no text from ../shared):

- tag links inside sentences are never pruned with the tag widgets;
- the standfirst (the page's own description shown above the body) is put back;
- paragraphs the page's JSON-LD ``articleBody`` holds are put back (listicle headings
  between galleries), only when that body is this article;
- groups of teaser cards of other articles (linked headline + summary) are left out;
- subheadings, numbered listicle items and tweets quoted in the story, dropped between
  kept text, are put back;
- paragraphs and datelines the extractor split at inline markup are joined back;
- author boxes after the story, captions under pictures without caption markup,
  kickers above the headline and read-also blocks of linked headlines are left out;
- a property: body paragraphs between any mix of that chrome keep every word.
"""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanser
from cleanser.html.blocks import walk
from cleanser.html.cards import mark_teaser_cards
from cleanser.html.claims import page_claims
from cleanser.html.extract import parse
from cleanser.html.report import reconcile
from tests.property_settings import fixed_or_explore

BODY = (
    "Pemerintah kota Balikpapan mulai menguji coba bus listrik di tiga koridor utama sejak awal pekan ini "
    "untuk mengurangi kemacetan di pusat kota.",
    "Kepala dinas perhubungan, Hendra Wijaya, mengatakan setiap bus mampu menempuh dua ratus kilometer "
    "sekali isi daya dan dilengkapi kursi prioritas bagi penumpang lanjut usia.",
    "Selama masa uji coba warga tidak dipungut biaya, namun penumpang diminta mendaftar lewat aplikasi "
    "agar petugas bisa menghitung jumlah pengguna di setiap halte.",
    "Jika hasilnya memuaskan, pemerintah kota berencana menambah dua puluh unit bus lagi pada tahun "
    "depan dengan dukungan anggaran dari pemerintah provinsi.",
)
TITLE = "Balikpapan Uji Coba Bus Listrik di Tiga Koridor Utama"
STANDFIRST = "Warga bisa menumpang gratis selama sebulan masa uji coba"
ENGLISH_BODY = (
    "The city council approved a new plan on Monday to plant ten thousand trees along the river banks "
    "before the start of the rainy season next year.",
    "Officials said the work would be carried out by volunteers from local schools and neighbourhood "
    "groups, with the council paying for the saplings and the tools.",
    "The plan also includes new benches and lights for the walking path that runs beside the water, "
    "which residents have asked for since the floods of last spring.",
)


def _page(head: str, body: str, lang: str = "id") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE}</title>{head}'
            f"</head><body>{body}</body></html>")


def _paragraphs(body: tuple[str, ...] = BODY) -> str:
    return "".join(f"<p>{p}</p>" for p in body)


# ----------------------------------------------------------------------- tag links in text

TAG_CLASSES = ("inner-link-tag", "tag", "tags-link", "topic-tag", "social-link")


@pytest.mark.parametrize(("cls", "wrap", "where"),
                         list(itertools.product(TAG_CLASSES, ("", "b"), ("start", "middle", "end"))))
def test_a_tag_link_inside_a_sentence_is_never_pruned(cls: str, wrap: str, where: str) -> None:
    link = f'<a class="{cls}" href="/tag/bus-listrik">bus listrik</a>'
    if wrap:
        link = f"<{wrap}>{link}</{wrap}>"
    sentence = {
        "start": f"{link} mulai diuji coba di tiga koridor utama kota sejak awal pekan ini.",
        "middle": f"Pemerintah kota menguji coba {link} di tiga koridor utama sejak awal pekan ini.",
        "end": f"Pemerintah kota mulai menguji coba kendaraan baru, yaitu {link}.",
    }[where]
    tags = (f'<div class="tag-list"><a class="{cls}" href="/tag/a">Transportasi</a>, '
            f'<a class="{cls}" href="/tag/b">Balikpapan</a></div>')
    page = _page("", f"<article><h1>{TITLE}</h1><p>{sentence}</p>{_paragraphs()}{tags}</article>")
    walked = walk(parse(page))
    assert not any(element.tag == "a" and element.getparent().tag in ("p", "b") for element in walked.prunable)
    assert any(element.get("class") == "tag-list" for element in walked.prunable)
    text = cleanser.clean_html(page).text
    assert "bus listrik" in text
    assert "Transportasi" not in text


def test_a_run_of_inline_tag_links_outside_sentences_is_still_pruned() -> None:
    links = ", ".join(f'<a class="tag" href="/tag/{n}">Topik {n}</a>' for n in range(3))
    page = _page("", f"<article><h1>{TITLE}</h1>{_paragraphs()}<p>{links}</p></article>")
    pruned = [element for element in walk(parse(page)).prunable if element.tag == "a"]
    assert len(pruned) == 3


# ----------------------------------------------------------------------------- standfirst

DESCRIPTION_TAGS = (
    '<meta name="description" content="{0}">',
    '<meta property="og:description" content="{0}">',
    '<meta name="twitter:description" content="{0}">',
)
STANDFIRST_SHAPES = (
    "<h2>{0}</h2>",
    '<p class="lead">{0}</p>',
    '<div class="summary">{0}</div>',
    "<header><h1>{title}</h1><p>{0}</p></header>",
)


def _standfirst_page(meta: str, shape: str, standfirst: str = STANDFIRST, body: tuple[str, ...] = BODY,
                     lang: str = "id") -> str:
    shown = shape.format(standfirst, title=TITLE)
    heading = "" if "<h1>" in shown else f"<h1>{TITLE}</h1>"
    return _page(meta.format(standfirst), f'<article>{heading}{shown}<div class="isi">{_paragraphs(body)}</div>'
                 "</article>", lang)


@pytest.mark.parametrize(("meta", "shape", "stop"),
                         list(itertools.product(DESCRIPTION_TAGS, STANDFIRST_SHAPES, ("", "."))))
def test_the_standfirst_the_extractor_dropped_is_put_back_first(meta: str, shape: str, stop: str) -> None:
    page = _standfirst_page(meta, shape, STANDFIRST + stop)
    walked = walk(parse(page))
    notes: list[str] = []
    text, _, recovered = reconcile(walked, "\n".join(BODY), claims=page_claims(parse(page)), notes=notes)
    assert recovered == 1
    assert text.split("\n") == [STANDFIRST + stop, *BODY]
    assert any("standfirst" in note for note in notes)
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n")[0] == STANDFIRST + stop


@pytest.mark.parametrize("meta", DESCRIPTION_TAGS)
def test_a_description_shown_elsewhere_is_no_standfirst(meta: str) -> None:
    tree = parse(_page(meta.format(STANDFIRST), ""))
    claims = page_claims(tree)
    places = (
        f"<article><h1>{TITLE}</h1>{_paragraphs()}<p>{STANDFIRST}</p></article>",  # after the body
        f'<aside><p>{STANDFIRST}</p></aside><article><h1>{TITLE}</h1>{_paragraphs()}</article>',  # in a feed
        f'<article><h1>{TITLE}</h1><p><a href="/lain">{STANDFIRST}</a></p>{_paragraphs()}</article>',  # a link
    )
    for place in places:
        page = _page(meta.format(STANDFIRST), place)
        text, _, recovered = reconcile(walk(parse(page)), "\n".join(BODY), claims=claims)
        assert recovered == 0 and text == "\n".join(BODY)


def test_no_standfirst_without_a_matching_description_nor_on_english_pages() -> None:
    other = _standfirst_page('<meta name="description" content="Ringkasan lain yang tidak tampil di halaman">',
                             "<h2>{0}</h2>")
    assert reconcile(walk(parse(other)), "\n".join(BODY), claims=page_claims(parse(other)))[2] == 0
    english = _standfirst_page(DESCRIPTION_TAGS[0], "<h2>{0}</h2>", "Trees will line the river within a year",
                               ENGLISH_BODY, lang="en")
    text, _, recovered = reconcile(walk(parse(english)), "\n".join(ENGLISH_BODY), claims=page_claims(parse(english)))
    assert recovered == 0 and text == "\n".join(ENGLISH_BODY)


# ------------------------------------------------------------------- JSON-LD articleBody

ITEMS = (
    "Bus listrik pertama tiba di halte terminal pada pagi hari",
    "Penumpang lanjut usia mendapat kursi khusus di bagian depan",
    "Petugas membantu warga mendaftar lewat aplikasi di setiap halte",
    "Sopir bus mengikuti pelatihan mengemudi kendaraan listrik",
)


def _listicle(items: tuple[str, ...], numbered: bool, json_ld: str, heading: str = "h2") -> str:
    blocks = []
    for n, item in enumerate(items, 1):
        label = f"{n}. {item}" if numbered else item
        blocks.append(f"<div class='slide'><{heading}>{label}</{heading}><figure><img src='/f{n}.jpg'>"
                      f"<figcaption>Foto: dokumentasi dinas perhubungan</figcaption></figure>"
                      f"<div class='iklan'>Advertisement</div></div>")
    script = f'<script type="application/ld+json">{json_ld}</script>'
    return _page(script, f"<article><h1>{TITLE}</h1><div class='isi'><div class='page'>{_paragraphs()}</div>"
                 f"{''.join(blocks)}</div></article>")


def _article_body(parts: list[str], glue: str) -> str:
    return glue.join(parts)


@pytest.mark.parametrize(("numbered", "glue", "heading", "wrapper"),
                         list(itertools.product((True, False), ("", "\n", " &nbsp;\r\n"), ("h2", "h3", "p"),
                                           ("plain", "graph", "list"))))
def test_paragraphs_in_the_article_body_are_put_back_in_order(numbered: bool, glue: str, heading: str,
                                                              wrapper: str) -> None:
    labels = [f"{n}. {item}" if numbered else item for n, item in enumerate(ITEMS, 1)]
    article = {"@type": "NewsArticle", "headline": TITLE,
               "articleBody": "\n".join(BODY) + glue + _article_body(labels, glue)}
    data: object = {"plain": article, "graph": {"@context": "https://schema.org", "@graph": [article]},
                    "list": [{"@type": "Organization", "name": "Kabar Kota"}, article]}[wrapper]
    page = _listicle(ITEMS, numbered, json.dumps(data, ensure_ascii=False), heading)
    tree = parse(page)
    notes: list[str] = []
    text, _, recovered = reconcile(walk(tree), "\n".join(BODY), claims=page_claims(tree), notes=notes)
    assert text.split("\n") == [*BODY, *labels]
    assert recovered == len(ITEMS)
    assert any("articleBody" in note for note in notes)
    assert "dokumentasi" not in text


def test_an_article_body_in_the_page_body_is_read_too() -> None:
    labels = [f"{n}. {item}" for n, item in enumerate(ITEMS, 1)]
    script = json.dumps({"@type": "NewsArticle", "articleBody": " ".join([*BODY, *labels])})
    page = _listicle(ITEMS, True, "{}").replace("</article>", f'<script type="application/ld+json">{script}</script>'
                                                 "</article>")
    result = cleanser.clean_html(page)
    assert any("articleBody" in note for note in result.notes)
    assert result.input_text.split("\n")[-len(ITEMS):] == labels  # what the rules are given


def test_an_article_body_of_another_article_puts_nothing_back() -> None:
    other = {"@type": "NewsArticle", "articleBody": " ".join(ENGLISH_BODY) + " " + " ".join(ITEMS)}
    page = _listicle(ITEMS, True, json.dumps(other))
    tree = parse(page)
    text, _, recovered = reconcile(walk(tree), "\n".join(BODY), claims=page_claims(tree))
    assert recovered == 0 and text == "\n".join(BODY)


@pytest.mark.parametrize("script", ("{not json", '{"articleBody": 12}', "[]", '{"@graph": "x"}', "null",
                                    '{"articleBody": "<p>Teks &amp; <b>tebal</b></p>"}'))
def test_malformed_or_odd_json_ld_never_raises(script: str) -> None:
    page = _page(f'<script type="application/ld+json">{script}</script>', f"<article>{_paragraphs()}</article>")
    claims = page_claims(parse(page))
    assert all("<" not in body and "&amp;" not in body for body in claims.article_bodies)
    assert cleanser.clean_html(page).text.split("\n\n") == list(BODY)


# ----------------------------------------------------------------------------- teaser cards

TEASERS = (
    ("Harga Tiket Kapal Cepat ke Samarinda Naik Menjelang Libur Panjang",
     "Operator pelabuhan menyebut kenaikan terjadi karena permintaan penumpang melonjak tajam."),
    ("Jalan Tol Baru Dibuka untuk Umum Mulai Akhir Bulan Depan",
     "Pengendara diminta memperhatikan rambu sementara selama masa sosialisasi berlangsung."),
    ("Pasar Malam Kembali Digelar di Lapangan Merdeka Pekan Ini",
     "Panitia menyiapkan ratusan lapak bagi pedagang kecil dari berbagai kelurahan di kota."),
    ("Ratusan Pelajar Ikuti Lomba Sains Tingkat Provinsi di Balikpapan",
     "Para peserta datang dari dua puluh sekolah dan akan bertanding selama tiga hari penuh."),
)
CARD_SHAPES = (
    ("ul", "li", "<h3><a href='{href}'>{title}</a></h3><span>12/3/2025 10:15</span><p>{summary}</p>"),
    ("div", "article", "<a href='{href}'><h4>{title}</h4></a><div class='teks'>{summary}</div>"),
    ("section", "div", "<div class='pic'><a href='{href}'><img src='/x.jpg'></a></div>"
                       "<div class='text'><h2><a href='{href}'>{title}</a></h2><p>{summary}</p></div>"),
)


# A site menu: the page's other text, as on real pages (a group of cards is taken out only
# while it is a small share of the page).
MENU = "<nav>" + " ".join(f"<a href='/kanal/{n}'>Kanal Berita {n}</a>" for n in range(60)) + "</nav>"


def _cards(shape: tuple[str, str, str], count: int) -> str:
    outer, item, inner = shape
    cards = "".join(
        f"<{item}>" + inner.format(href=f"https://kabarkota.example/berita/{n}/judul-lain", title=title,
                                   summary=summary) + f"</{item}>"
        for n, (title, summary) in enumerate(TEASERS[:count])
    )
    return f"<{outer}><div class='ti'>Berita Lainnya</div>{cards}</{outer}>" if outer == "section" else \
        f"<{outer}>{cards}</{outer}>"


@pytest.mark.parametrize(("shape", "count", "where"),
                         list(itertools.product(CARD_SHAPES, (2, 3, 4), ("inside", "after"))))
def test_a_group_of_teaser_cards_is_left_out(shape: tuple[str, str, str], count: int, where: str) -> None:
    cards = _cards(shape, count)
    inside = cards if where == "inside" else ""
    after = cards if where == "after" else ""
    page = _page("", f"{MENU}<article><h1>{TITLE}</h1><div class='isi'>{_paragraphs()}</div>{inside}</article>"
                 f"{after}")
    walked = walk(parse(page))
    assert mark_teaser_cards(walked) == count
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)
    assert any("teaser card" in note for note in result.notes)
    reported = "\n".join(r.text for r in result.page_removals if "teaser card" in r.reason)
    assert all(summary in reported for _, summary in TEASERS[:count])


def test_one_card_alone_is_no_teaser_list() -> None:
    page = _page("", f"<article><h1>{TITLE}</h1><div class='isi'>{_paragraphs()}</div>{_cards(CARD_SHAPES[0], 1)}"
                 "</article>")
    assert mark_teaser_cards(walk(parse(page))) == 0


def test_linked_headings_of_the_article_itself_are_no_cards() -> None:
    # a live report: each entry a heading linking to its own anchor, then its text
    entries = "".join(f"<div class='entry'><h3><a href='#e{n}'>{title}</a></h3><p>{BODY[n]}</p></div>"
                      for n, (title, _) in enumerate(TEASERS))
    assert mark_teaser_cards(walk(parse(_page("", f"<article><h1>{TITLE}</h1>{entries}</article>")))) == 0
    # a listicle whose items link out: the items hold most of the page's prose
    items = "".join(f"<li><h3><a href='https://toko.example/{n}'>{title}</a></h3><p>{BODY[n]}</p></li>"
                    for n, (title, _) in enumerate(TEASERS))
    page = _page("", f"<article><h1>{TITLE}</h1><p>{STANDFIRST}.</p><ul>{items}</ul></article>")
    assert mark_teaser_cards(walk(parse(page))) == 0
    result = cleanser.clean_html(page)
    assert all(p in result.text for p in BODY)


# --------------------------------------------------------------------------------- subheads

SUBHEADS = ("Hasil Uji Coba", "Kesimpulan", "Apa kata warga?", "Tanggapan Pemerintah Provinsi Kalimantan Timur")
SUBHEAD_MARKUP = ("<p><strong>{0}</strong></p>", "<p><span style='font-weight:bold'>{0}</span></p>", "<h3>{0}</h3>",
                  "<h2>{0}</h2>")


@pytest.mark.parametrize(("subhead", "markup", "list_before"),
                         list(itertools.product(SUBHEADS, SUBHEAD_MARKUP, (False, True))))
def test_a_subheading_dropped_between_kept_paragraphs_is_put_back(subhead: str, markup: str,
                                                                  list_before: bool) -> None:
    items = "<ul><li>Nama lengkap,</li><li>alamat rumah, dan</li><li>nomor telepon aktif.</li></ul>"
    before = items if list_before else f"<p>{BODY[1]}</p>"
    page = _page("", f"<article><h1>{TITLE}</h1><div class='isi'><p>{BODY[0]}</p>{before}"
                 f"{markup.format(subhead)}<p>{BODY[2]}</p><p>{BODY[3]}</p></div></article>")
    first = ["Nama lengkap,", "alamat rumah, dan", "nomor telepon aktif."] if list_before else [BODY[1]]
    extracted = "\n".join([BODY[0], *first, BODY[2], BODY[3]])
    notes: list[str] = []
    text, _, recovered = reconcile(walk(parse(page)), extracted, notes=notes)
    assert recovered == 1
    assert text.split("\n") == [BODY[0], *first, subhead, BODY[2], BODY[3]]
    assert any("subheading" in note for note in notes)


@pytest.mark.parametrize("line", ("Baca juga: Harga cabai naik lagi", "Senin, 12 Mei 2025 10:15 WIB",
                                  "ADVERTISEMENT", "Penulis: Rina Kartika", "© 2025 Kabar Kota"))
def test_chrome_lines_between_kept_paragraphs_are_no_subheads(line: str) -> None:
    page = _page("", f"<article><div class='isi'><p>{BODY[0]}</p><p>{line}</p><p>{BODY[1]}</p></div></article>")
    text, _, recovered = reconcile(walk(parse(page)), f"{BODY[0]}\n{BODY[1]}")
    assert recovered == 0 and text == f"{BODY[0]}\n{BODY[1]}"


def test_a_short_line_in_another_block_is_no_subhead() -> None:
    page = _page("", f"<article><div class='isi'><p>{BODY[0]}</p></div><div class='box'><p>Hasil Uji Coba</p></div>"
                 f"<div class='isi'><p>{BODY[1]}</p></div></article>")
    assert reconcile(walk(parse(page)), f"{BODY[0]}\n{BODY[1]}")[2] == 0


# ------------------------------------------------------------------- datelines split by markup

DATELINES = ("Jakarta -", "Balikpapan –", "SAMARINDA, Kabar Kota -", "Bandung, kabarkota.example —")


@pytest.mark.parametrize(("dateline", "title_line"), list(itertools.product(DATELINES, (False, True))))
def test_a_dateline_split_from_its_paragraph_is_joined_back(dateline: str, title_line: bool) -> None:
    from cleanser.html.report import join_dateline

    head = [TITLE] if title_line else []
    text = "\n".join([*head, dateline, *BODY])
    assert join_dateline(text).split("\n") == [*head, f"{dateline} {BODY[0]}", *BODY[1:]]
    if "." in dateline:
        return  # an outlet the dateline rules do not know: joined, but not theirs to remove
    page = _page("", f"<article><h1>{TITLE}</h1><div class='detail__body-text'><strong>{dateline.split()[0]}"
                 f"</strong> {' '.join(dateline.split()[1:])} {_paragraphs()}</div></article>")
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)


@pytest.mark.parametrize("text", (
    "\n".join(["Baca juga -", *BODY]),  # a read-also lead
    "\n".join([BODY[0], "Jakarta -", *BODY[1:]]),  # after the first prose line
    "\n".join(["Jakarta -", "Foto: dokumentasi", *BODY]),  # no prose line next
    "\n".join(["jakarta -", *BODY]),  # no capital
    "\n".join(["Ini judul yang sangat panjang untuk sebuah dateline -", *BODY]),
))
def test_other_short_lines_ending_with_a_dash_are_left_alone(text: str) -> None:
    from cleanser.html.report import join_dateline

    assert join_dateline(text) == text


# ------------------------------------------------------------ paragraphs split at inline markup


@pytest.mark.parametrize("cut", (1, 2, 3))
def test_a_paragraph_the_extractor_split_at_bold_words_is_joined(cut: int) -> None:
    words = BODY[0].split()
    pieces = [" ".join(words[:4]), " ".join(words[4:9]), " ".join(words[9:14]), " ".join(words[14:])]
    html_block = f"<b>{pieces[0]}</b> {pieces[1]} <b>{pieces[2]}</b> {pieces[3]}<br><br>{BODY[1]}"
    page = _page("", f"<article><div class='ncont'>{html_block}</div></article>")
    lines = [" ".join(pieces[:cut]), *pieces[cut:]] if cut < 4 else pieces
    extracted = "\n".join([*lines, BODY[1]])
    notes: list[str] = []
    text, kept, _ = reconcile(walk(parse(page)), extracted, notes=notes)
    assert text.split("\n") == [BODY[0], BODY[1]]
    assert all(kept) and any("split" in note for note in notes)


def test_lines_of_two_blocks_are_not_joined() -> None:
    page = _page("", f"<article><p>{BODY[0]}</p><p>{BODY[1]}</p></article>")
    assert reconcile(walk(parse(page)), f"{BODY[0]}\n{BODY[1]}")[0] == f"{BODY[0]}\n{BODY[1]}"


# ------------------------------------------------------------------ numbered listicle items


def _numbered_page(items: tuple[str, ...], style: str, heading: str, linked: bool = False, intro: str = "") -> str:
    blocks = []
    for n, item in enumerate(items, 1):
        label = {"dot": f"{n}. {item}", "paren": f"{n}) {item}"}[style]
        if linked:
            label = f"<a href='/berita/{n}'>{label}</a>"
        blocks.append(f"<div class='slide-{n}'><{heading}>{label}</{heading}><figure><img src='/f{n}.jpg'>"
                      "<figcaption>Foto: dokumentasi dinas perhubungan</figcaption></figure></div>")
    more = f"<p>{intro}</p>" if intro else ""
    return _page("", f"<article><h1>{TITLE}</h1><div class='isi'><div class='page'>{_paragraphs()}{more}</div>"
                 f"{''.join(blocks)}</div></article>")


@pytest.mark.parametrize(("style", "heading", "count_in"),
                         list(itertools.product(("dot", "paren"), ("h2", "h3", "p"), ("title", "text"))))
def test_numbered_listicle_items_are_put_back_when_the_count_is_named(style: str, heading: str,
                                                                      count_in: str) -> None:
    intro = f"Berikut {len(ITEMS)} catatan dari hari pertama uji coba." if count_in == "text" else ""
    page = _numbered_page(ITEMS, style, heading, intro=intro)
    labels = [{"dot": f"{n}. {item}", "paren": f"{n}) {item}"}[style] for n, item in enumerate(ITEMS, 1)]
    extracted = "\n".join([*BODY, intro]) if count_in == "text" else "\n".join(BODY)
    title = f"{len(ITEMS)} Catatan Uji Coba Bus Listrik" if count_in == "title" else TITLE
    notes: list[str] = []
    text, _, recovered = reconcile(walk(parse(page)), extracted, title=title, notes=notes)
    assert recovered == len(ITEMS)
    assert text.split("\n")[-len(ITEMS):] == labels
    assert "dokumentasi" not in text and any("listicle" in note for note in notes)


@pytest.mark.parametrize("case", ("no count", "other count", "linked", "gap"))
def test_numbered_runs_without_the_listicle_evidence_stay_out(case: str) -> None:
    items = ITEMS if case != "gap" else ITEMS[:2]
    page = _numbered_page(items, "dot", "h3", linked=case == "linked")
    if case == "gap":  # 1, 2, then 4 and 5: no complete run of three
        page = page.replace("</div></article>", "<h3>4. Sopir mengikuti pelatihan</h3><h3>5. Halte baru dibangun"
                            "</h3></div></article>")
    title = {"no count": TITLE, "other count": "9 Catatan Uji Coba Bus Listrik"}.get(case, f"{len(ITEMS)} Catatan")
    text, _, recovered = reconcile(walk(parse(page)), "\n".join(BODY), title=title)
    assert recovered == 0 and text == "\n".join(BODY)


# ----------------------------------------------------------------------------- author boxes

BIO = ("Rina Kartika adalah jurnalis yang meliput isu perkotaan dan transportasi publik di Kalimantan Timur "
       "sejak sepuluh tahun terakhir.")
NAME_LINKS = ("/penulis/rina-kartika", "https://kabarkota.example/author/rina", "/profil/rina-kartika/",
              "/index.php?author=12", "/reporter/rina")
BOX_SHAPES = (
    "<div class='box-penulis'><img src='/r.jpg'><div><a href='{href}'>Rina Kartika</a></div><p>{bio}</p></div>",
    "<section><h4><a href='{href}'>Rina Kartika</a></h4><div class='ket'>{bio}</div>"
    "<div><a href='https://x.example/rinakartika'>@rinakartika</a></div></section>",
    "<div class='writer-card'><p>{bio}</p><p><a href='{href}'>Rina Kartika</a></p></div>",
)


@pytest.mark.parametrize(("href", "shape"), list(itertools.product(NAME_LINKS, BOX_SHAPES)))
def test_an_author_box_after_the_story_is_left_out(href: str, shape: str) -> None:
    from cleanser.html.authors import mark_author_boxes

    box = shape.format(href=href, bio=BIO)
    page = _page("", f"<article><h1>{TITLE}</h1><div class='isi'>{_paragraphs()}</div>{box}</article>")
    assert mark_author_boxes(walk(parse(page))) == 1
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)
    assert any(r.category.value == "author-bio" and BIO in r.text for r in result.page_removals)


def test_bylines_and_people_named_in_the_story_are_no_author_boxes() -> None:
    from cleanser.html.authors import mark_author_boxes

    byline = (f"<div class='info'><div><a href='/penulis/rina-kartika'>Rina Kartika</a></div>"
              f"<p>{STANDFIRST} bagi warga kota.</p></div>")
    inline = ("<p>Menurut <a href='/profil/hendra-wijaya'>Hendra Wijaya</a>, setiap bus mampu menempuh dua ratus "
              "kilometer sekali isi daya.</p>")
    tag_link = f"<div><div><a href='/tag/rina-kartika'>Rina Kartika</a></div><p>{BIO}</p></div>"
    for page in (
        _page("", f"<article><h1>{TITLE}</h1>{byline}<div class='isi'>{_paragraphs()}</div></article>"),
        _page("", f"<article><h1>{TITLE}</h1><div class='isi'>{_paragraphs()}{inline}</div></article>"),
        _page("", f"<article><h1>{TITLE}</h1><div class='isi'>{_paragraphs()}</div>{tag_link}</article>"),
    ):
        assert mark_author_boxes(walk(parse(page))) == 0
    page = _page("", f"<article><h1>{TITLE}</h1>{byline}<div class='isi'>{_paragraphs()}{inline}</div></article>")
    text = cleanser.clean_html(page).text
    assert all(p in text for p in BODY) and "Hendra Wijaya" in text


# ------------------------------------------------------------------- captions without markup

CAPTION_TEXTS = ("BERAGAM: Deretan bus listrik terparkir di halaman terminal kota.",
                 "SIAP MELAYANI: Petugas memeriksa bus sebelum berangkat pagi tadi.",
                 "Foto: Dokumentasi Dinas Perhubungan", "(Dok. Kabar Kota)")
CAPTION_BLOCKS = ("<div class='text-muted'>{0}</div>", "<p><small>{0}</small></p>", "<p class='ket'>{0}</p>",
                  "<div style='font-size:12px'>{0}</div>", "<p><em>{0}</em></p>")
PICTURES = ("<img src='/bus.jpg'>", "<a href='/bus.jpg'><img src='/bus.jpg'></a>",
            "<picture><img src='/b.jpg'></picture>")


@pytest.mark.parametrize(("caption", "block", "picture"),
                         list(itertools.product(CAPTION_TEXTS, CAPTION_BLOCKS, PICTURES)))
def test_a_caption_under_a_picture_is_left_out(caption: str, block: str, picture: str) -> None:
    from cleanser.html.captions import mark_captions

    page = _page("", f"<article><h1>{TITLE}</h1><div class='isi'>{picture}{block.format(caption)}{_paragraphs()}"
                 "</div></article>")
    assert mark_captions(walk(parse(page))) == 1
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)
    assert any(r.category.value == "caption" and caption in r.text for r in result.page_removals)


@pytest.mark.parametrize("first", (
    "JAKARTA: Pemerintah kota mulai menguji coba bus listrik di tiga koridor utama sejak awal pekan ini.",
    "Pemerintah kota mulai menguji coba bus listrik di tiga koridor utama sejak awal pekan ini.",
))
def test_a_paragraph_under_the_main_picture_is_no_caption(first: str) -> None:
    from cleanser.html.captions import mark_captions

    page = _page("", f"<article><h1>{TITLE}</h1><div class='isi'><img src='/bus.jpg'><p>{first}</p>{_paragraphs()}"
                 "</div></article>")
    assert mark_captions(walk(parse(page))) == 0
    assert first.split(": ")[-1] in cleanser.clean_html(page).text


# ---------------------------------------------------------------------------------- kickers

KICKERS = ("MUDA DAN MENGINSPIRASI", "Eksklusif", "Laporan Khusus", "<a href='/kanal/analisis'>Analisis</a>")


@pytest.mark.parametrize(("kicker", "tag"), list(itertools.product(KICKERS, ("h2", "h3", "div", "p"))))
def test_a_kicker_above_the_headline_is_left_out(kicker: str, tag: str) -> None:
    from cleanser.html.kickers import mark_kickers

    page = _page("", f"<article><div class='jdl'><div class='date'>Selasa 3 Juni 2025, 10:05 WIB</div>"
                 f"<{tag}>{kicker}</{tag}><h1>{TITLE}</h1></div><div class='isi'>{_paragraphs()}</div></article>")
    assert mark_kickers(walk(parse(page))) == 1
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)


def test_text_after_the_headline_or_before_a_linked_h1_is_no_kicker() -> None:
    from cleanser.html.kickers import mark_kickers

    after = _page("", f"<article><h1>{TITLE}</h1><p>{STANDFIRST}</p><div class='isi'>{_paragraphs()}</div></article>")
    linked = _page("", f"<article><div class='isi'>{_paragraphs()}<p>Baca juga</p><h1><a href='/lain'>Jalan Tol "
                   "Baru Dibuka untuk Umum</a></h1></div></article>")
    sentence = _page("", f"<article><p>Ini kalimat pendek.</p><h1>{TITLE}</h1>{_paragraphs()}</article>")
    for page in (after, linked, sentence):
        assert mark_kickers(walk(parse(page))) == 0


# ------------------------------------------------------------------------ read-also blocks

LEADS = ("Baca juga:", "<strong>Baca Juga:</strong>", "Lihat juga", "Berita terkait:", "Simak pula -")


@pytest.mark.parametrize(("lead", "count"), list(itertools.product(LEADS, (1, 2, 3))))
def test_a_read_also_block_of_linked_headlines_is_left_out_whole(lead: str, count: int) -> None:
    from cleanser.html.cards import mark_read_also_blocks

    links = "".join(f"<br><a href='/berita/{n}/lain'>{title}</a>" for n, (title, _) in enumerate(TEASERS[:count]))
    page = _page("", f"<article><h1>{TITLE}</h1><div class='isi'><p>{BODY[0]}</p><p>{lead}{links}</p>"
                 f"{_paragraphs(BODY[1:])}</div></article>")
    assert mark_read_also_blocks(walk(parse(page))) == 1
    result = cleanser.clean_html(page)
    assert result.text.split("\n\n") == list(BODY)


def test_a_read_also_lead_beside_body_text_is_no_block() -> None:
    from cleanser.html.cards import mark_read_also_blocks

    mixed = (f"<p>Baca juga<br><a href='/berita/1'>{TEASERS[0][0]}</a><br>Warga menyambut baik uji coba bus "
             "listrik yang dimulai pekan ini.</p>")
    page = _page("", f"<article><div class='isi'>{_paragraphs()}{mixed}</div></article>")
    assert mark_read_also_blocks(walk(parse(page))) == 0
    assert "Warga menyambut baik" in cleanser.clean_html(page).text


# ------------------------------------------------------------------------------ quoted posts

TWEET_LINES = ("Bus listrik pertama sudah tiba di halte terminal pagi ini, warga antusias mencoba",
               "\u2014 Kabar Kota (@kabarkota) 3 Juni 2025")


@pytest.mark.parametrize(("cls", "inner"), list(itertools.product(
    ("twitter-tweet", "twitter-tweet tw-align-center", "embed-tweet"),
    ("<p lang='in' dir='ltr'>{0}</p>{1}", "<p>{0}</p><p>{1}</p>"))))
def test_a_tweet_quoted_in_the_story_is_put_back_in_place(cls: str, inner: str) -> None:
    quote = f"<blockquote class='{cls}'>" + inner.format(*TWEET_LINES) + "</blockquote>"
    page = _page("", f"<article><div class='isi'>{_paragraphs(BODY[:2])}{quote}{_paragraphs(BODY[2:])}</div>"
                 "</article>")
    notes: list[str] = []
    text, _, recovered = reconcile(walk(parse(page)), "\n".join(BODY), notes=notes)
    assert recovered == 2
    assert text.split("\n") == [*BODY[:2], *TWEET_LINES, *BODY[2:]]
    assert any("tweets" in note for note in notes)


def test_other_embeds_and_tweets_outside_the_story_stay_out() -> None:
    instagram = ("<blockquote class='instagram-media'><p>Sebuah kiriman dibagikan oleh Kabar Kota (@kabarkota)</p>"
                 "</blockquote>")
    tweet = f"<blockquote class='twitter-tweet'><p>{TWEET_LINES[0]}</p></blockquote>"
    for page in (
        _page("", f"<article><div class='isi'>{_paragraphs(BODY[:2])}{instagram}{_paragraphs(BODY[2:])}</div>"
              "</article>"),
        _page("", f"<article><div class='isi'>{_paragraphs()}</div></article><aside>{tweet}</aside>"),
    ):
        text, _, recovered = reconcile(walk(parse(page)), "\n".join(BODY))
        assert recovered == 0 and text == "\n".join(BODY)


# -------------------------------------------------------------------------------- property

CHROME_BLOCKS = (
    _cards(CARD_SHAPES[0], 3),
    _cards(CARD_SHAPES[2], 2),
    BOX_SHAPES[0].format(href="/penulis/rina", bio=BIO),
    "<div class='tag-list'><a class='tag' href='/tag/a'>Transportasi</a>, <a class='tag' href='/tag/b'>Kota</a></div>",
    "<h3>1. Bus tiba di halte</h3><h3>2. Warga mendaftar</h3><h3>3. Sopir dilatih</h3>",
    "<p><strong>Jakarta</strong> -</p>",
    "<div class='summary'>Ringkasan berita yang tampil di halaman</div>",
    "<p>Baca juga: <a href='/berita/9'>Harga cabai naik lagi di pasar kota</a></p>",
    "<p>Baca juga:<br><a href='/berita/7'>Harga cabai naik lagi di pasar kota</a><br>"
    "<a href='/berita/8'>Jalan tol baru dibuka untuk umum bulan depan</a></p>",
    "<img src='/x.jpg'><div class='text-muted'>BERAGAM: Deretan bus baru di terminal.</div>",
    "<img src='/y.jpg'><p>Foto: Dokumentasi Dinas Perhubungan</p>",
)


@fixed_or_explore(40)
@given(st.lists(st.tuples(st.integers(0, len(CHROME_BLOCKS) - 1), st.integers(0, len(BODY))), max_size=6),
       st.booleans(), st.booleans())
def test_body_paragraphs_between_any_family_chrome_never_lose_a_word(placements: list[tuple[int, int]],
                                                                    with_json_ld: bool, with_description: bool) -> None:
    slots: list[list[str]] = [[] for _ in range(len(BODY) + 1)]
    for block, slot in placements:
        slots[slot].append(CHROME_BLOCKS[block])
    inner = "".join("".join(slots[n]) + (f"<p>{BODY[n]}</p>" if n < len(BODY) else "") for n in range(len(BODY) + 1))
    head = ""
    if with_description:
        head += '<meta name="description" content="Ringkasan berita yang tampil di halaman">'
    if with_json_ld:
        head += ('<script type="application/ld+json">'
                 + json.dumps({"@type": "NewsArticle", "articleBody": " ".join(BODY)}) + "</script>")
    page = _page(head, f"{MENU}<article><h1>{TITLE}</h1><div class='isi'>{inner}</div></article>")
    result = cleanser.clean_html(page)
    for paragraph in BODY:
        assert paragraph in result.text
