"""Chrome families of outlets the rules were not written for, tested on variants drawn from
each family's grammar (cities x outlets x dashes x spacing x glue), with news paragraphs
written for these tests. A family counts as covered when all its variants pass.

Every test asserts both sides: the chrome is gone and each story paragraph is kept whole.
"""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanser
from cleanser import lexicon
from tests.property_settings import fixed_or_explore

# -- our own story paragraphs (sentence-shaped, at least 12 words) -------------------------

PARAGRAPHS = [
    "Pemerintah kabupaten mulai memperbaiki jembatan gantung yang putus diterjang banjir bandang pekan lalu.",
    "Kepala dinas pekerjaan umum mengatakan perbaikan ditargetkan rampung sebelum anak sekolah masuk kembali.",
    "Warga di dua desa terpaksa menyeberang sungai dengan rakit bambu selama jembatan itu belum bisa dilalui.",
    '"Kami sudah menyiapkan anggaran darurat dan material sudah tiba di lokasi sejak kemarin," kata dia.',
    "Selain jembatan, petugas juga membersihkan lumpur yang menutup saluran irigasi di sepanjang sawah warga.",
    "Camat setempat meminta warga tetap waspada karena hujan deras diperkirakan masih turun hingga akhir bulan.",
    "Klub tuan rumah menang dua gol tanpa balas berkat gol sundulan bek tengah pada menit ketujuh puluh.",
    "Pelatih mengaku puas dengan disiplin para pemain bertahan yang membuat lawan kesulitan menciptakan peluang.",
]

# -- a grammar of headlines (Title Case, no closing full stop) -----------------------------

SUBJECTS = ["Bek Muda Timnas", "Wali Kota Baru", "Harga Cabai Rawit", "Pelatih Klub Ibu Kota",
            "Ribuan Buruh Pabrik", "Menteri Perhubungan"]
VERBS = ["Umumkan", "Tolak", "Dukung", "Kritik", "Siapkan", "Tunda"]
OBJECTS = ["Rencana Kenaikan Tarif Parkir", "Kontrak Baru hingga 2028", "Program Bantuan Pangan",
           "Jadwal Laga Tandang Pekan Depan", "Aturan Ojek Daring di Terminal"]
PLACES = ["di Surabaya", "di Makassar", "Jelang Akhir Tahun", "Usai Rapat Paripurna"]
TAILS = ["", ": Ini Kata Warga", ", Begini Tanggapan Pengamat", "?", "!"]


def headline(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(PLACES)}{rng.choice(TAILS)}")


TAG_NAMES = ["Persatuan Sepak Bola Kota", "Liga Nusantara", "Stadion Utama", "Berita Olahraga",
             "Pemilu Daerah", "Transportasi Publik", "Bantuan Sosial", "Liga 2"]

SEEDS = range(12)


def paragraphs_of(result: cleanser.Result) -> list[str]:
    return [p for p in result.text.split("\n\n") if p.strip()]


def assert_story_kept(result: cleanser.Result, story: list[str]) -> None:
    kept = paragraphs_of(result)
    for paragraph in story:
        assert paragraph in kept, (paragraph, [(r.code, r.text) for r in result.removals])


# -- unmarked related headlines ----------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_pairs_of_headlines_between_paragraphs_go(seed: int) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 4)
    links = [headline(rng) for _ in range(rng.choice((2, 3)))]
    text = "\n".join([story[0], story[1], *links, story[2], story[3]])
    result = cleanser.clean(text)
    assert paragraphs_of(result) == story, [(r.code, r.text) for r in result.removals]
    assert {r.code for r in result.removals} == {"RL03"}


@pytest.mark.parametrize("seed", SEEDS)
def test_headlines_and_tags_after_the_story_go(seed: int) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 3)
    links = [headline(rng) for _ in range(rng.choice((1, 2, 3)))]
    tags = rng.sample(TAG_NAMES, rng.choice((3, 4, 5)))
    widget = ["Pertandingan Berikutnya"] if rng.random() < 0.5 else []
    text = "\n".join([*story, *links, *widget, *tags])
    result = cleanser.clean(text)
    assert paragraphs_of(result) == story, [(r.code, r.text) for r in result.removals]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sub_heading_before_prose_is_never_removed(seed: int) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 3)
    # 5-11 words of Title Case, no colon: a sub-heading, however long
    heading = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    text = "\n".join([story[0], heading, story[1], story[2]])
    result = cleanser.clean(text)
    assert heading in paragraphs_of(result)
    assert_story_kept(result, story)


@pytest.mark.parametrize("seed", SEEDS)
def test_headlines_glued_after_a_flattened_story_go(seed: int) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 3)
    links = " ".join(headline(rng).rstrip("?!") for _ in range(3))
    result = cleanser.clean(" ".join(story) + " " + links)
    assert result.text == " ".join(story), [(r.code, r.text) for r in result.removals]


LEAD_INS = ["Baca juga: ", "Simak juga: ", "Baca Juga : ", "BACA JUGA: ", "Lihat juga: "]
QUOTED_ENDS = ['"Kami siap," kata dia.', '"Apa yang harus kami lakukan?" tanya warga.',
               'Warga bertanya, "Sampai kapan kami menunggu?"', '"Luar biasa!"', "Semua berjalan lancar."]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("glue", ["", " "])
def test_a_sentence_glued_to_a_long_link_title_is_kept(seed: int, glue: str) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 3)
    # the last sentence of a flattened line, a read-also lead-in glued after it (with or without
    # a space), then two headlines' worth of Title Case: the link goes, the sentence stays
    last = rng.choice(QUOTED_ENDS)
    link = rng.choice(LEAD_INS) + headline(rng).rstrip("?!") + " " + headline(rng).rstrip("?!")
    text = "\n".join([story[0], story[1] + " " + last + glue + link, story[2]])
    result = cleanser.clean(text)
    assert paragraphs_of(result) == [story[0], story[1] + " " + last, story[2]], [
        (r.code, r.text) for r in result.removals]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("glue", ["", " "])
@pytest.mark.parametrize("linked", [False, True])
def test_a_paragraph_printed_again_before_a_long_glued_link_goes_at_once(seed: int, glue: str, linked: bool) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 3)
    # a paragraph printed again with a read-also link and two headlines glued after it (and,
    # when ``linked``, the first print with the same link): one print stays, in the first pass
    link = rng.choice(LEAD_INS) + headline(rng).rstrip("?!") + " " + headline(rng).rstrip("?!")
    first = story[1] + (glue + link if linked else "")
    text = "\n".join([story[0], first, story[1] + glue + link, story[2]])
    result = cleanser.clean(text)
    assert paragraphs_of(result) == story, [(r.code, r.text) for r in result.removals]
    assert not cleanser.clean(result.text).removals


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("dash", ["—", "–", "-", "--"])
def test_headlines_glued_before_an_inner_dateline_go(seed: int, dash: str) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 3)
    links = " ".join(headline(rng).rstrip("?") for _ in range(rng.choice((2, 4))))
    city = rng.choice(["Jakarta", "MEDAN", "Makassar"])
    outlet = rng.choice(OUTLETS)
    glue = rng.choice(["", " "])
    text = f"{links} {city}, {outlet} {dash}{glue}" + " ".join(story)
    result = cleanser.clean(text)
    assert result.text == " ".join(story), [(r.code, r.text) for r in result.removals]


# -- tables and lists are not tag blocks -----------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_a_table_of_figures_after_the_story_stays(seed: int) -> None:
    rng = random.Random(seed)
    story = rng.sample(PARAGRAPHS, 2)
    rows = [f"{rng.randint(1, 28):02d}/10/25 {rng.choice(['Putra Selatan', 'Bintang Timur', 'Tim Tamu'])} "
            f"{rng.randint(0, 4)}-{rng.randint(0, 4)} {rng.choice(['Kota Lama', 'Putra Barat'])}"
            for _ in range(rng.choice((3, 5)))]
    text = "\n".join([*story, "Lima Pertandingan Terakhir Tim Tamu", *rows])
    result = cleanser.clean(text)
    for row in rows:
        assert row in paragraphs_of(result), [(r.code, r.text) for r in result.removals]


# -- datelines, bylines, sign-offs -------------------------------------------------------------

CITIES = ["JAKARTA", "Surabaya", "BANDUNG", "Makassar"]
OUTLETS = ["Kabarkita.co", "BERITAKOTA.ID", "harianpagi.net", "Warta24.com"]
DASHES = ["-", "–", "—", "--"]


@pytest.mark.parametrize(("city", "outlet", "dash"), list(itertools.product(CITIES, OUTLETS, DASHES))[::3])
@pytest.mark.parametrize("space", [" ", ""])
def test_city_outlet_datelines(city: str, outlet: str, dash: str, space: str) -> None:
    story = PARAGRAPHS[:3]
    forms = [f"{city}, {outlet} {dash} ", f"{city} ({outlet}){space}{dash}{space}"]
    for form in forms:
        result = cleanser.clean(form + "\n".join(story))
        assert paragraphs_of(result) == story, (form, [(r.code, r.text) for r in result.removals])


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("dash", DASHES)
def test_outlet_dash_alone_on_its_line(outlet: str, dash: str) -> None:
    story = PARAGRAPHS[2:5]
    result = cleanser.clean(f"{outlet} {dash}\n" + "\n".join(story))
    assert paragraphs_of(result) == story, [(r.code, r.text) for r in result.removals]


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize("form", ["{CITY}, {city}.{outlet} {dash} ", "{CITY} {dash} ", "{City} {dash} "])
def test_regional_subdomain_and_bare_city_datelines(city: str, dash: str, form: str) -> None:
    story = PARAGRAPHS[1:4]
    outlet = "kabarkita.id"
    prefix = form.format(CITY=city.upper(), City=city.title(), city=city.lower(), outlet=outlet, dash=dash)
    result = cleanser.clean(prefix + "\n".join(story))
    assert paragraphs_of(result) == story, (prefix, [(r.code, r.text) for r in result.removals])


EDITORS = ["Bambang Irawan", "Sari Dewi", "Rudi Hartono"]


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("city", ["JAKARTA.", "Medan.", ""])
@pytest.mark.parametrize("label", ["Reporter: Ayu Lestari", "Sumber: Kantor Berita Asing", "Penulis: Bima Saputra"])
def test_byline_prefix_glued_before_the_first_sentence(outlet: str, city: str, label: str) -> None:
    story = PARAGRAPHS[:2]
    prefix = f"{label} | Editor: {EDITORS[len(city) % 3]} {outlet.upper()} - {city} ".replace("  ", " ")
    result = cleanser.clean(prefix + " ".join(story))
    assert result.text == " ".join(story), [(r.code, r.text) for r in result.removals]


SIGN_OFFS = ["(Z-8)", "(RO/Z-1)", "(AFP/Z-10)", "(rzy)", "(ant/tri)", "(Ditulis oleh Rahmat Hidayat)"]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
@pytest.mark.parametrize("glue", [" ", ""])
def test_sign_offs_glued_to_the_last_sentence(sign_off: str, glue: str) -> None:
    story = PARAGRAPHS[3:6]
    result = cleanser.clean("\n".join(story) + glue + sign_off)
    assert paragraphs_of(result) == story, [(r.code, r.text) for r in result.removals]


# -- flattened promos and footers ------------------------------------------------------------

PROMOS = [
    "Cek Berita dan Artikel yang lain di Google News",
    "Ikuti kabar terbaru Harian Kita langsung di WhatsApp Anda.",
    "Simak berita pilihan lainnya di Telegram.",
]
FOOTERS = ["©2025 Harian Kita. Harian Kita tidak bertanggung jawab atas isi situs eksternal.",
           "Copyright 2024 Warta24.com. All rights reserved."]


@pytest.mark.parametrize(("promo", "where"), list(itertools.product(PROMOS, [1, 2])))
def test_promo_sentence_inside_a_flattened_line(promo: str, where: int) -> None:
    story = PARAGRAPHS[:4]
    text = " ".join([*story[:where], promo if promo.endswith(".") else promo + ".", *story[where:]])
    result = cleanser.clean(text)
    assert result.text == " ".join(story), [(r.code, r.text) for r in result.removals]


@pytest.mark.parametrize("footer", FOOTERS)
def test_footer_closing_a_flattened_line(footer: str) -> None:
    story = PARAGRAPHS[1:5]
    result = cleanser.clean(" ".join(story) + " " + footer)
    assert result.text == " ".join(story), [(r.code, r.text) for r in result.removals]


# -- body protection: story paragraphs between any chrome never lose a character ------------

CHROME_LINES = [
    "Bek Muda Timnas Perpanjang Kontrak hingga 2028 demi Kejar Gelar Juara",
    "Pertandingan Berikutnya",
    "Liga Nusantara",
    "Baca juga: Harga Cabai Rawit Naik Lagi Jelang Akhir Tahun",
    "(Z-8)",
    "Cek Berita dan Artikel yang lain di Google News",
    "12 November 2025, 20:07 WIB",
    "Warta24.com -",
    "Stadion Utama",
    "Wali Kota Baru Tunda Rencana Kenaikan Tarif Parkir: Ini Kata Warga",
]


@fixed_or_explore(120)
@given(
    st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=5, unique=True),
    st.lists(st.lists(st.sampled_from(CHROME_LINES), max_size=3), min_size=6, max_size=6),
)
def test_story_paragraphs_between_chrome_are_kept_whole(story: list[str], chrome: list[list[str]]) -> None:
    lines: list[str] = []
    for i, paragraph in enumerate(story):
        lines += chrome[i]
        lines.append(paragraph)
    lines += chrome[-1]
    result = cleanser.clean("\n".join(lines))
    assert_story_kept(result, story)


# -- a story sentence that reports a notice's words ----------------------------------------

REPORTING_FORMS = [
    "Menurut warga, tulisan {e} kerap muncul di spanduk yang dipasang di depan balai warga.",
    "Ketua RT mengatakan kata {e} tertulis di spanduk yang dipasang di depan balai warga sejak pekan lalu.",
    "\"Kami tidak pernah memakai kata {e} dalam pengumuman resmi,\" ujar juru bicara dinas kepada wartawan.",
]


@pytest.mark.parametrize("entry", [e for e in lexicon.entries("legal_notice") if not e.startswith("re:")])
@pytest.mark.parametrize("form", REPORTING_FORMS)
@pytest.mark.parametrize("last", [False, True])
def test_a_story_sentence_reporting_a_notice_s_words_is_kept(entry: str, form: str, last: bool) -> None:
    """A notice phrase said by someone in a sentence of the story, between its paragraphs or
    closing it, is the story's (a suspicion at most): the notice rule takes notices, not
    sentences about them."""
    sentence = form.format(e=entry)
    story = [PARAGRAPHS[0], PARAGRAPHS[2], sentence] if last else [PARAGRAPHS[0], sentence, PARAGRAPHS[2]]
    result = cleanser.clean("\n".join(story))
    assert_story_kept(result, story)
