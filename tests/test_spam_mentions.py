"""A news sentence that names a gambling term as a term ("istilah slot gacor", "kata maxwin",
"yang disebut togel online", "the term rtp live") talks about the word, it does not advertise
it: no spam rule removes it, or the term out of it, wherever it stands (its own paragraph,
glued to the end of one, the story's last line) and whichever phrase of the lexicon it names.
At most it is a suspicion. Promotion that uses the same words still goes.

The sentences are generated: naming words at the start, after a comma, after a verb and
before a list, crossed with the phrases of the lexicon's own lists.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from cleanser import lexicon
from cleanser.categories import Category
from cleanser.removal import Removal
from cleanser.spam import lexicon as spam_lexicon
from cleanser.spam.normalise import normalise
from cleanser.spam.scoring import Scorer, ceiling
from tests.property_settings import fixed_or_explore
from tests.spam_examples import ANCHORS, PREFIXED_SPAM

# A short story about a police case (reporting words in every paragraph: the document
# reports on gambling) and one about a flood (no gambling anywhere).
POLICE_STORY = (
    "BATAM - Polisi menangkap tiga pemuda yang diduga mengelola grup percakapan berisi "
    "ajakan bermain judi daring.",
    "Ketiganya kini ditahan di Polresta Barelang dan menjalani pemeriksaan lanjutan oleh "
    "penyidik.",
    "Polisi masih menelusuri aliran dana dari grup tersebut ke sejumlah rekening bank.",
)
FLOOD_STORY = (
    "SUKAMAJU - Ratusan warga bergotong royong membersihkan saluran air yang tersumbat "
    "lumpur setelah banjir surut pada Senin pagi.",
    "Air sempat merendam sekitar 300 rumah di tiga dusun selama dua hari.",
    "Relawan dari kecamatan tetangga ikut membersihkan rumah dan membagikan makanan.",
)
STORIES = {"police": POLICE_STORY, "flood": FLOOD_STORY}
PLACEMENTS = ("paragraph", "glued", "inside", "last")

# Sentences that introduce "{t}" as a term: the naming word first, after a comma, after a
# verb, before a list, in English; "kata" as a naming word and as a speech verb nearby.
NAMING = (
    "Istilah {t} kerap muncul dalam unggahan yang menawarkan keuntungan cepat.",
    "Kata {t} sering dipakai para pemain untuk mencari situs yang sedang ramai.",
    "Sebutan {t} dipakai untuk situs yang dianggap sering memberi kemenangan.",
    "Frasa {t} banyak dicari warganet di mesin pencari dalam sebulan terakhir.",
    "Para pelaku memakai kata sandi {t} saat berkomunikasi di grup tersebut.",
    "Situs itu dikenal dengan istilah {t} di kalangan pemain muda.",
    "Permainan yang disebut {t} itu dimainkan lewat ponsel oleh para pemuda.",
    "Para pemain menyebutnya {t} karena dianggap sering memberi kemenangan.",
    "Grup itu beroperasi dengan nama {t} sejak awal tahun lalu.",
    "The term {t} is widely used by players looking for active sites.",
    "Di media sosial, istilah {t} kerap muncul dalam unggahan yang menawarkan keuntungan cepat.",
    "Menurut warga, istilah {t} kerap muncul dalam pesan yang mereka terima.",
    "Belakangan ini, kata-kata seperti {t} makin sering terdengar di kalangan pelajar.",
    "Mereka mengenal situs itu dengan sebutan {t} dari teman sekolah, kata dia.",
    "Dalam bahasa para pemain, istilahnya adalah {t}, yakni waktu ketika mesin dianggap murah hati.",
    "Jika Anda menemukan istilah {t} di media sosial, sebaiknya abaikan saja.",
    "Istilah seperti {t}, maxwin, dan pola gacor kini akrab di telinga anak sekolah.",
)


def _phrases() -> list[str]:
    """The plain phrases of the lexicon's evidence lists (its regular expressions aside)."""
    found: list[str] = []
    for name in ("spam_strong", "spam_games", "spam_slang", "spam_promo", "spam_mechanics"):
        for entry in lexicon.entries(name):
            if not entry.startswith("re:"):
                found.append(entry.split(" @", 1)[0].strip())
    return found


PHRASES = _phrases()
# phrases named in every sentence, placement and story (the rest once each, in turn)
EVERYWHERE = ("slot gacor", "slot gacor hari ini", "togel online", "situs slot gacor", "maxwin",
              "slot terpercaya", "rtp live", "mahjong ways", "rungkad", "link alternatif")


def _place(story: tuple[str, ...], sentence: str, placement: str) -> tuple[str, int, int]:
    """The story with ``sentence`` as its second paragraph, glued to the end of its second
    paragraph, inside a paragraph (between its first two, joined), or as its last line;
    (text, start, end) of the sentence."""
    paragraphs = list(story)
    if placement == "paragraph":
        paragraphs.insert(1, sentence)
    elif placement == "glued":
        paragraphs[1] += " " + sentence
    elif placement == "inside":
        paragraphs[0:2] = [f"{paragraphs[0]} {sentence} {paragraphs[1]}"]
    else:
        paragraphs.append(sentence)
    text = "\n\n".join(paragraphs)
    start = text.index(sentence)
    return text, start, start + len(sentence)


def _spam_removals(text: str, start: int, end: int) -> list[Removal]:
    result = cleanser.clean(text)
    return [r for r in result.removals
            if r.category is Category.SPAM and r.start < end and start < r.end]


def _cases() -> list[tuple[str, str, str]]:
    """(story, placement, sentence): every phrase of EVERYWHERE in every naming sentence,
    placement and story; every other phrase of the lexicon once in each story, the
    sentence and placement taken in turn."""
    cases = [
        (story, placement, template.format(t=phrase))
        for story in STORIES for placement in PLACEMENTS
        for template in NAMING for phrase in EVERYWHERE
    ]
    others = [p for p in PHRASES if p not in EVERYWHERE]
    for k, phrase in enumerate(others):
        for s, story in enumerate(STORIES):
            template = NAMING[(k + 5 * s) % len(NAMING)]
            cases.append((story, PLACEMENTS[(k + s) % len(PLACEMENTS)], template.format(t=phrase)))
    return cases


CASES = _cases()


def test_the_variants_cover_the_lexicon() -> None:
    assert len(PHRASES) > 300
    assert len(CASES) > len(PHRASES) * 2


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_sentence_naming_a_gambling_term_keeps_every_character(story: str) -> None:
    lost = []
    for told, placement, sentence in CASES:
        if told != story:
            continue
        text, start, end = _place(STORIES[story], sentence, placement)
        removed = _spam_removals(text, start, end)
        if removed:
            lost.append((placement, sentence, [(r.code, r.score, r.text) for r in removed]))
    assert lost == [], f"{len(lost)} sentences lost text, e.g. {lost[:5]}"


# Promotion that uses naming words, or the same phrases without them: it still goes whole.
PROMOTION = (
    "Daftar sekarang di situs slot gacor hari ini gampang maxwin.",
    "Banyak yang cari kata slot gacor hari ini di Google, daftar sekarang di KILAT88 gampang "
    "maxwin!",
    "Istilah slot gacor hari ini merujuk pada situs yang gampang maxwin dan wd lancar.",
    "KILAT88 dikenal dengan sebutan situs slot gacor terpercaya, bonus new member 100%.",
    "Situs ini disebut sebagai situs slot gacor terbaik dengan rtp live tertinggi.",
    "Kata sandi slot gacor hari ini: pola gacor, jam gacor, bocoran rtp, dijamin maxwin.",
    "Kata slot gacor maxwin selalu jadi andalan para bosku di KILAT88.",
    "Istilah pola gacor, jam gacor dan bocoran rtp hanya ada di situs kami, daftar sekarang.",
    "Kata slot gacor hari ini, gabung sekarang dan klaim bonus new member 100%!",
    "Situs yang disebut slot gacor hari ini itu gampang maxwin, daftar sekarang juga.",
    "Istilah rtp live sering kamu dengar, cek bocoran pola gacor di KILAT88 sekarang!",
    "Slot gacor adalah istilah untuk situs slot yang gampang maxwin, daftar di KILAT88 "
    "sekarang.",
)


@pytest.mark.parametrize("story", sorted(STORIES))
@pytest.mark.parametrize("placement", PLACEMENTS)
def test_promotion_with_the_same_words_still_goes(story: str, placement: str) -> None:
    for sentence in PROMOTION:
        text, start, end = _place(STORIES[story], sentence, placement)
        removed = _spam_removals(text, start, end)
        covered = sum(min(end, r.end) - max(start, r.start) for r in removed)
        assert covered >= 0.9 * (end - start), (sentence, [(r.code, r.text) for r in removed])


# Keywords injected into a story sentence that names something else as a term, or glued
# before a copied sentence about a word: the keywords still go.
INJECTED = (
    ("Warga menyebut istilah gotong royong sebagai kebiasaan lama slot gacor hari ini yang "
     "masih dijaga di desa itu.", "slot gacor hari ini"),
    ("Kata kerja bakti dipakai warga untuk menyebut pembersihan situs toto kilat88 saluran "
     "setiap Minggu pagi.", "situs toto kilat88"),
)


@pytest.mark.parametrize(("sentence", "keywords"), INJECTED + ANCHORS)
def test_keywords_injected_beside_a_named_word_still_go(sentence: str, keywords: str) -> None:
    text, start, end = _place(FLOOD_STORY, sentence, "paragraph")
    assert [r.text for r in _spam_removals(text, start, end)] == [keywords]


@pytest.mark.parametrize("line", [*PREFIXED_SPAM,
                                  "togel online Kata itu berasal dari bahasa Sanskerta dan "
                                  "berarti cahaya yang terang."])
def test_a_keyword_prefix_before_a_sentence_about_a_word_still_goes(line: str) -> None:
    text, start, end = _place(FLOOD_STORY, line, "paragraph")
    assert [r.text for r in _spam_removals(text, start, end)] == [line]


# -- naming a term only ever lowers a score ---------------------------------------------

_PIECES = st.sampled_from((
    "istilah", "kata", "yang disebut", "menyebutnya sebagai", "dengan nama", "the term",
    "kata-kata seperti", "sebutan", "dikenal dengan istilah", "kata dia", "katanya",
    "slot gacor", "slot gacor hari ini", "maxwin", "togel online", "situs toto", "rtp live",
    "sbobet88", "KILAT88", "pola gacor", "mahjong ways", "slot terpercaya", "bonus deposit",
    "daftar sekarang", "link alternatif", "wd lancar", "slot", "gacor",
    "warga", "di", "dan", "atau", ",", ".", "!", "“", "”", "kamu", "terbaik", "polisi",
    "kerap muncul", "dalam unggahan", "para pemain", "tersangka", "ujarnya",
))


@fixed_or_explore(60)
@given(st.lists(_PIECES, min_size=1, max_size=24).map(" ".join))
@example("Kata slot gacor hari ini, maxwin dan pola gacor disebut sebagai situs toto terbaik !")
# the named "pola gacor" gave way to the second one, and the "gacor" standing alone counted
# whole where the one inside the first "pola gacor" had counted a share (scoring._strongest)
@example("istilah pola gacor gacor pola gacor")
def test_naming_a_term_never_raises_a_score(sentence: str) -> None:
    """Every stretch scores at most what it scores with its naming words unread, and at
    most the ceiling of its terms."""
    norm = normalise(f"\n{sentence}\n")
    terms = spam_lexicon.find_terms(norm, 60)
    readings = (spam_lexicon.find_news(norm, 60), spam_lexicon.find_innocent(norm, 60),
                spam_lexicon.find_address(norm, 60))
    named = Scorer(norm, terms, *readings, None, spam_lexicon.find_namings(norm, 60))
    plain = Scorer(norm, terms, *readings, None)
    n = len(norm.text)
    bounds = sorted({0, 1, n // 3, n // 2, n - 1, n})
    for i in bounds:
        for j in bounds:
            if i < j:
                with_names, without = named.score(i, j), plain.score(i, j)
                assert with_names.value <= without.value + 1e-9
                assert with_names.evidence <= without.evidence + 1e-9
                assert with_names.value <= ceiling(named.terms_in(i, j)) + 1e-9
