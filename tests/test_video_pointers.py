"""Pointers to a video that an outlet prints inside the story, drawn from their grammar, with
news sentences written for these tests:

- a watch verb or "Video" with a colon and the video's title ("Tonton: <title>", Kontan's,
  between two paragraphs), on a line of its own (EM02), glued between two sentences of a
  flattened line or opening a line before the story's next sentence (RL01, which finds where
  the title ends);
- a lead-in that points at the video below and says nothing else ("Yuk, Simak Juga Video
  ini!", jpnn's, under the story's sign-off, with the video's description after it: EM02).

Every test asserts that the pointer goes, that the story around it stays, and that a second
cleaning changes nothing; story sentences that name a video, or open with a bare watch verb,
stay.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from tests.property_settings import fixed_or_explore
from tests.spam_examples import GLUED_SPAM

BEFORE = [
    "Harga kedelai impor naik tajam pekan ini karena pasokan dari negara produsen berkurang.",
    "Setelah dirakit di pabrik mitra, perangkat itu dikirim kembali ke negara asal perusahaannya.",
    "Gudang beras milik pemerintah di pelabuhan itu kini terisi hampir penuh, kata petugas.",
]
# the story's next sentence: its subject a name, a sentence opener, a title before a name
AFTER = [
    "Pedagang tahu di pasar tradisional mengaku terpaksa mengecilkan ukuran produk mereka.",
    "Di sinilah persoalannya bermula bagi para produsen kecil di daerah.",
    "Menurut dia, kondisi itu diperkirakan berlangsung hingga akhir tahun depan.",
    "Kepala Dinas Perdagangan Provinsi Rudi Hartanto memastikan stok masih aman.",
]
TITLES = [
    "Perang Tarif Dua Negara Raksasa",
    "Harga Emas Batangan Naik Tajam Pekan Ini",
    "Detik-detik Banjir Bandang Terjang Permukiman Warga",
    "5 Fakta Kenaikan Harga Beras di Pasar Induk",
    "Cara Bank Sentral Menjaga Nilai Tukar Rupiah",
]
# the watch verb alone needs its colon; with "video" after it too; "Video:" alone
VERB_LEADS = ["Tonton:", "Tonton Juga:", "Saksikan:", "Saksikan Juga:", "Simak Video:", "Tonton Video:",
              "Simak Juga Video:", "Lihat juga video:", "Yuk, Tonton Video:"]
BARE_LEADS = ["Video:", "VIDEO:"]
LEADS = VERB_LEADS + BARE_LEADS


def _layout(where: str, before: str, pointer: str, after: str) -> str:
    return {
        "inside": f"{before} {pointer} {after}",  # glued between two sentences
        "inside-unspaced": f"{before}{pointer} {after}",  # glued onto the sentence end
        "line": f"{before}\n{pointer}\n{after}",  # a line of its own
        "paragraph": f"{before}\n\n{pointer}\n\n{after}",
        "opening": f"{before}\n{pointer} {after}",  # opening the line of the next sentence
        "closing": f"{before} {pointer}\n{after}",  # closing the line of the sentence before
    }[where]


WHERE = ["inside", "inside-unspaced", "line", "paragraph", "opening", "closing"]


def _assert_pointer_goes(text: str, pointer: str, kept: list[str]) -> None:
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    assert [r.text for r in result.removals] == [pointer], removed
    for sentence in kept:
        assert sentence in result.text, removed
    assert cleanser.clean(result.text).text == result.text


CASES = list(itertools.product(LEADS, WHERE))


@pytest.mark.parametrize(("lead", "where"), CASES, ids=[f"{w}-{lead}" for lead, w in CASES])
def test_a_video_pointer_and_its_title_go_and_the_story_stays(lead: str, where: str) -> None:
    n = LEADS.index(lead) + WHERE.index(where)
    before, title, after = BEFORE[n % len(BEFORE)], TITLES[n % len(TITLES)], AFTER[n % len(AFTER)]
    pointer = f"{lead} {title}"
    _assert_pointer_goes(_layout(where, before, pointer, after), pointer, [before, after])


@fixed_or_explore(150)
@given(st.sampled_from(LEADS), st.sampled_from(TITLES), st.sampled_from(BEFORE), st.sampled_from(AFTER),
       st.sampled_from(WHERE), st.sampled_from([" ", "", "  "]))
def test_every_pointer_title_and_story_combination(
    lead: str, title: str, before: str, after: str, where: str, gap: str
) -> None:
    pointer = f"{lead}{gap}{title}"
    _assert_pointer_goes(_layout(where, before, pointer, after), pointer, [before, after])


def test_the_pointer_in_a_flattened_story_goes_between_its_paragraphs() -> None:
    """Kontan's flattened page: the pointer sits between two paragraphs of one long line."""
    story = [BEFORE[1], "Tonton: Perang Dagang Dua Negara Besar", AFTER[1], BEFORE[0], AFTER[2]]
    text = " ".join(story)
    _assert_pointer_goes(text, story[1], [" ".join(story[:1]), " ".join(story[2:])])


# -- what stays -------------------------------------------------------------------------------

STORY_SENTENCES = [
    # a bare watch verb without its colon opens a sentence of the story
    "Tonton pertandingan itu di stadion utama kota pada Sabtu malam bersama keluarga.",
    "Saksikan Juga Bagaimana Warga Bergotong Royong adalah judul pameran foto yang dibuka wali kota.",
    # "video:" inside a sentence introduces what the video says
    "Berikut narasi yang ditampilkan dalam video: “Kami datang untuk membantu warga,” ujar relawan.",
    "Video itu viral di media sosial dan sudah ditonton ratusan ribu kali sejak Minggu.",
    "Simak video rekaman kamera pengawas itu menjadi bukti utama di persidangan, kata jaksa.",
    # a colon with no title after it: the story follows
    "Saksikan: pertandingan final digelar di stadion utama pada Sabtu malam.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
@pytest.mark.parametrize("where", ["inside", "line"])
def test_a_story_sentence_naming_a_video_stays(sentence: str, where: str) -> None:
    text = f"{BEFORE[0]} {sentence} {AFTER[0]}" if where == "inside" else f"{BEFORE[0]}\n{sentence}\n{AFTER[0]}"
    result = cleanser.clean(text)
    assert sentence in result.text, [(r.code, r.text) for r in result.removals]


def test_a_lead_in_introducing_a_quote_stays() -> None:
    quote = "“Kami akan menjaga harga tetap stabil sampai akhir tahun,” kata menteri."
    text = f"{BEFORE[0]}\nSimak juga pernyataan menteri berikut ini:\n{quote}\n{AFTER[0]}"
    result = cleanser.clean(text)
    assert result.text == text.replace("\n", "\n\n"), [(r.code, r.text) for r in result.removals]


@pytest.mark.parametrize("lead", BARE_LEADS)
def test_a_video_pages_headline_is_no_pointer(lead: str) -> None:
    """Above the story, "Video: <title>" is the headline of a video page: the title."""
    headline = f"{lead} {TITLES[2]}"
    result = cleanser.clean(f"{headline}\n{BEFORE[0]}\n{AFTER[0]}")
    assert result.title == headline
    assert not [r for r in result.removals if r.code in ("EM02", "RL01")]


# -- a lead-in pointing at the video below ------------------------------------------------------

DEICTIC = [
    "Yuk, Simak Juga Video ini!",
    "Simak Juga Video Berikut Ini",
    "Yuk, Tonton Video Ini!",
    "Jangan Lewatkan Video Pilihan Berikut:",
    "Ayo, Saksikan Video Berikut!",
    "Tonton Juga Video Menarik Berikut Ini",
    "Saksikan videonya di bawah ini.",
    "Jangan lupa tonton video berikut ini",
]
SIGN_OFF = "“Kami ingin semua warga mendapat bantuan sebelum musim hujan,” tegasnya. (ant/jpnn)"
DESCRIPTION = (
    "Wali kota meninjau dapur umum di kantor kelurahan dan meminta petugas menambah porsi makanan"
    " bagi para pengungsi. Dia berharap bantuan logistik tiba sebelum akhir pekan."
)


@pytest.mark.parametrize("lead", DEICTIC)
@pytest.mark.parametrize("sep", ["\n", "\n\n"], ids=["lines", "paragraphs"])
@pytest.mark.parametrize("after", ["description", "story", "nothing"])
def test_a_lead_in_pointing_at_the_video_below_goes(lead: str, sep: str, after: str) -> None:
    """Under the sign-off with the video's description after it (jpnn), between two
    paragraphs of the story, or closing the text. What follows it is cleaned as it is
    without the lead-in."""
    story = [BEFORE[2], SIGN_OFF] if after == "description" else [BEFORE[2], AFTER[2]]
    rest = {"description": [DESCRIPTION], "story": [AFTER[0]], "nothing": []}[after]
    lines = [*story, lead, *rest]
    once = cleanser.clean(sep.join(lines))
    without = cleanser.clean(sep.join(story + rest))
    assert ("EM02", lead) in [(r.code, r.text) for r in once.removals]
    assert BEFORE[2] in once.text
    assert (once.text, once.title) == (without.text, without.title)
    assert cleanser.clean(once.text).text == once.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Lihat video ini, kata dia sambil menunjuk layar ponselnya di depan wartawan.",
        "Simak video berikut ini menjadi bahan diskusi warga di balai desa.",
        "Video ini diunggah akun seorang warga pada Minggu malam.",
    ],
)
def test_a_story_sentence_pointing_at_a_video_stays(sentence: str) -> None:
    text = f"{BEFORE[2]}\n{sentence}\n{AFTER[0]}"
    result = cleanser.clean(text)
    assert sentence in result.text, [(r.code, r.text) for r in result.removals]


# -- judged as a second pass judges it ----------------------------------------------------------

SHORT_PROSE = "Pameran kerajinan itu terbuka untuk umum setiap hari hingga akhir bulan."


@pytest.mark.parametrize("lead", VERB_LEADS + BARE_LEADS)
def test_a_pointer_glued_at_a_lines_end_hides_no_prose(lead: str) -> None:
    """A short paragraph closed by a glued pointer is prose, as it reads once the pointer is
    cut: the story has begun, and a bare "Video: <title>" line under it is a pointer."""
    glued, alone = f"{lead} {TITLES[0]}", f"Video: {TITLES[1]}"
    once = cleanser.clean(f"{SHORT_PROSE} {glued}\n\n{alone}\n")
    assert [r.text for r in once.removals] == [glued, alone], [(r.code, r.text) for r in once.removals]
    assert once.text == SHORT_PROSE
    assert cleanser.clean(once.text).text == once.text


@pytest.mark.parametrize("lead", ["Baca juga:", *VERB_LEADS[:4], "Video:"])
@pytest.mark.parametrize("other", ["line", "glued"])
@pytest.mark.parametrize("second_lead", ["Tonton:", "Baca Juga:"])
def test_a_title_linked_twice_is_cut_in_one_pass(lead: str, other: str, second_lead: str) -> None:
    """The title's words are the title's, wherever another link or pointer to the same title
    names them again (on a line of its own that goes, or glued in another paragraph): both go
    in one pass, and the story's subject after each stays. (Two read-also links to one title
    were cut one per pass on the base code.)"""
    first = f"{lead} {TITLES[0]}"
    second = f"{second_lead} {TITLES[0]}"
    lines = [BEFORE[0], f"{second}" if other == "line" else f"{BEFORE[1]} {second} {AFTER[2]}",
             f"{BEFORE[2]} {first} {AFTER[0]}"]
    once = cleanser.clean("\n".join(lines))
    assert sorted(r.text for r in once.removals) == sorted([first, second]), [(r.code, r.text) for r in once.removals]
    assert AFTER[0] in once.text
    assert cleanser.clean(once.text).text == once.text


@pytest.mark.parametrize("lead", ["Lihat juga video:", "Simak juga Video:", "Tonton juga video:"])
def test_a_read_also_link_glued_after_a_line_opening_video_pointer_goes_too(lead: str) -> None:
    """A line that opens with a read-also lead-in before 'video' (the pointer's) still has
    the read-also links glued further in it looked for."""
    pointer, link = f"{lead} {TITLES[2]}", "Baca juga: Amalan Sederhana Menjaga Kesehatan Ginjal"
    quote = "“Minum air putih yang cukup setiap hari,” ujarnya."
    text = f"{pointer} {BEFORE[0]}{link} {quote}\n{AFTER[0]}"
    once = cleanser.clean(text)
    assert [r.text for r in once.removals] == [pointer, link], [(r.code, r.text) for r in once.removals]
    assert BEFORE[0] in once.text and quote in once.text
    assert cleanser.clean(once.text).text == once.text


# the outlet's channel invitation after the pointer, which its site pack removes (from the
# project's corpus): once both go, nothing is left of the line
CHANNEL_INVITATION = (
    "Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita terkini setiap hari dengan"
    " mengklik tautan ini."
)


@pytest.mark.parametrize("lead", VERB_LEADS)
def test_a_line_opening_with_a_pointer_is_known_chrome_to_the_title_finder(lead: str) -> None:
    """A line that opens with a watch verb's pointer is chrome whatever follows it, as one
    opening with a read-also lead-in is: the headline under it is found in the first pass,
    not once the line is gone."""
    headline = "Kampung Lontong di Pinggir Kota Kebanjiran Pesanan Jelang Tahun Baru"
    lines = [f"{lead} {TITLES[2]} {CHANNEL_INVITATION}", headline, BEFORE[1], AFTER[2]]
    once = cleanser.clean("\n".join(lines))
    assert once.title == headline, [(r.code, r.text) for r in once.removals]
    assert BEFORE[1] in once.text and AFTER[2] in once.text
    assert cleanser.clean(once.text).text == once.text


# spam sentences, and spam phrases with no sentence end glued straight onto the pointer (a
# spam sentence glued with no space is not drawn: the spam rule takes the story's next
# sentence with it, whatever that is, on the base code too)
SPAM_BEFORE = [f"{sentence} " for sentence in GLUED_SPAM] + [
    "agen togel online terpercaya deposit pulsa tanpa potongan",
    "situs slot gacor KILAT88 gampang maxwin",
]


@pytest.mark.parametrize("spam", SPAM_BEFORE)
@pytest.mark.parametrize("lead", ["Tonton:", "Simak Juga Video:", "Video:"])
def test_a_pointer_after_spam_glued_to_a_sentence_goes_in_the_same_pass(spam: str, lead: str) -> None:
    """Spam glued between a sentence's end and the pointer hides the sentence end the pointer
    follows until it is cut: the pointer is read where the cut leaves it."""
    pointer = f"{lead} {TITLES[1]}"
    text = f"{BEFORE[0]} {spam}{pointer} {AFTER[0]}\n{AFTER[2]}"
    once = cleanser.clean(text)
    assert pointer in [r.text for r in once.removals], [(r.code, r.text) for r in once.removals]
    assert BEFORE[0] in once.text and AFTER[0] in once.text
    assert cleanser.clean(once.text).text == once.text


_PIECES = st.sampled_from([
    "Tonton:", "Video:", "VIDEO :", "Saksikan juga:", "Simak Video:", " Perang Tarif", " kata dia.", "Yuk! ",
    "Tonton Video: X", "Ayo, ", "!", "?", "”", ".", "  ", "\xa0", "Lihat juga video: 5 Fakta", "tonton: abc",
    " Watch also: Y", "Mari Simak Video :“Q”", "tOnToN: P", "ſimak video: K", "Saat ", "Menurut ",
])


@fixed_or_explore(300)
@given(st.lists(_PIECES, max_size=10).map("".join))
@example("Kata dia. Yuk! Tonton Video: X")  # a sentence end inside a pointer found
@example("Kata dia.Video: Y. Tonton: Z")
def test_the_pointer_search_finds_what_the_pattern_finds(text: str) -> None:
    """``videos.pointers`` tries the pattern only at a line's start and after the sentence
    ends a pointer's first word follows: the matches are those of a search at every place."""
    from cleanser.analysis import videos

    assert [m.span() for m in videos.pointers(text)] == [m.span() for m in videos.POINTER.finditer(text)]


DISCLAIMERS = [
    "Disclaimer: Tulisan ini merupakan pandangan pribadi penulis dan bukan rekomendasi investasi. Segala"
    " keputusan membeli atau menjual saham sepenuhnya menjadi tanggung jawab pembaca.",
    "Disclaimer: Artikel ini bukan ajakan untuk membeli atau menjual saham tertentu. Keputusan investasi"
    " sepenuhnya ada di tangan pembaca.",
]
QUOTE = (
    "“Selama ini keluhan wisatawan paling banyak soal toilet dan penerangan jalan. Jadi kenaikan tarif"
    " langsung kembali ke fasilitas,” kata kepala dinas."
)


@pytest.mark.parametrize("disclaimer", DISCLAIMERS)
@pytest.mark.parametrize("lead", ["Simak Juga Video:", "Tonton:", "Saksikan Video:", "Video:"])
def test_a_pointer_glued_after_a_disclaimer_ends_it(disclaimer: str, lead: str) -> None:
    """The pointer's watch verb speaks to the reader, as a disclaimer's sentences do ("Pelajari
    sebelum membeli ..."), but the pointer is no disclaimer's: the disclaimer ends before it,
    and the story's quote after the video's title stays (it went with the disclaimer on the
    base code)."""
    pointer = f"{lead} {TITLES[1]}"
    story = "Pemerintah kota menaikkan tarif retribusi wisata pantai mulai bulan depan untuk memperbaiki fasilitas."
    once = cleanser.clean(f"{story}\n{disclaimer} {pointer} {QUOTE}\n")
    assert [r.text for r in once.removals] == [disclaimer, pointer], [(r.code, r.text) for r in once.removals]
    assert story in once.text and QUOTE in once.text
    assert cleanser.clean(once.text).text == once.text
