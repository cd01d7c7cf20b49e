"""The gambling-spam rules (SP01-SP05) in the full default pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanser
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.result import Result
from cleanser.spam.verdict import spam_page_reason
from tests.spam_examples import (
    ANCHORS,
    GLUED_SPAM,
    HARD_NEGATIVES,
    SPAM_LINES,
    SPAM_SLOTS,
    article,
)

REPO = Path(__file__).resolve().parents[1]


def _spam_cover(result: Result, start: int, end: int) -> int:
    """Characters of [start, end) inside spam removals."""
    return sum(
        max(0, min(r.end, end) - max(r.start, start))
        for r in result.removals
        if r.category is Category.SPAM
    )


def _touched_by_spam(result: Result, start: int, end: int) -> list[str]:
    return [r.code for r in result.removals if r.code.startswith("SP") and r.start < end and start < r.end]


@pytest.mark.parametrize("line", SPAM_LINES)
def test_spam_line_is_removed_whole_as_spam(line: str) -> None:
    text, start, end = article(line)
    result = cleanser.clean(text)
    assert _spam_cover(result, start, end) == end - start, result.removals
    assert line not in result.text
    assert "membersihkan saluran air" in result.text  # the story stays


@pytest.mark.parametrize("slot", SPAM_SLOTS)
def test_spam_read_also_slot_is_removed_whole_as_spam(slot: str) -> None:
    text, start, end = article(slot)
    result = cleanser.clean(text)
    removal = next(r for r in result.removals if r.start <= start < r.end)
    assert removal.code == "SP01"
    assert removal.category is Category.SPAM
    assert (removal.start, removal.end) == (start, end)


def test_read_also_slot_about_gambling_news_is_not_spam() -> None:
    slot = "Baca juga: Polisi Tangkap Operator Judi Online di Medan"
    text, start, end = article(slot)
    result = cleanser.clean(text)
    assert _touched_by_spam(result, start, end) == []


@pytest.mark.parametrize(("sentence", "injected"), ANCHORS)
def test_injected_anchor_goes_and_its_sentence_stays(sentence: str, injected: str) -> None:
    text, _, _ = article(sentence)
    result = cleanser.clean(text)
    spam = [r for r in result.removals if r.category is Category.SPAM]
    assert [r.text for r in spam] == [injected]
    assert spam[0].code == "SP04"
    kept = sentence.replace(injected + " ", "")
    assert kept in result.text


@pytest.mark.parametrize("glued", GLUED_SPAM)
def test_glued_spam_sentences_go_and_the_paragraph_stays(glued: str) -> None:
    text, start, end = article(glue=glued)
    result = cleanser.clean(text)
    assert _spam_cover(result, start, end) == end - start
    assert "membagikan makanan serta air bersih kepada keluarga yang terdampak." in result.text
    assert glued not in result.text


def test_reason_names_the_evidence_and_the_normalisation() -> None:
    text, _, _ = article("s l o t g a c o r dan g4c0r m4xw1n tiap hari, daftar sekarang")
    result = cleanser.clean(text)
    (removal,) = [r for r in result.removals if r.category is Category.SPAM]
    assert "gambling terms:" in removal.reason
    assert "de-spacing" in removal.reason
    assert "leetspeak" in removal.reason
    assert "maxwin" in removal.reason


def test_disguised_brand_reason_shows_what_it_read() -> None:
    text, _, _ = article("Main di 𝐊𝐈𝐋𝐀𝐓𝟖𝟖 dijamin cuan, WD berapapun dibayar!")
    result = cleanser.clean(text)
    (removal,) = [r for r in result.removals if r.category is Category.SPAM]
    assert "'𝐊𝐈𝐋𝐀𝐓𝟖𝟖' read as 'kilat88'" in removal.reason
    assert "stylised letters" in removal.reason


@pytest.mark.parametrize("sentence", HARD_NEGATIVES)
def test_hard_negative_is_not_touched_by_spam_rules(sentence: str) -> None:
    for text, start, end in (article(sentence), article(glue=sentence)):
        result = cleanser.clean(text)
        assert _touched_by_spam(result, start, end) == [], sentence


def _seed_000() -> str:
    for path in (
        REPO / "corpus" / "seed-000" / "input.txt",
        REPO.parent / "shared" / "seeds" / "000_81744fcb201229d2.txt",
    ):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    pytest.skip("seed 000 not available")


def test_seed_000_slot_lines_are_removed_as_spam_with_evidence() -> None:
    text = _seed_000()
    result = cleanser.clean(text)
    expected = {
        "Lihat Juga :\u00a0 Old Gold Miner Megaways? Ini Bocoran Fitur dan RTP Tinggi": "Megaways",
        "Lihat Juga :\u00a0 Chicky Run Slot PGSoft: Slot Online Terbaru Volatilitas Rendah": "PGSoft",
    }
    spam = {r.text: r for r in result.removals if r.category is Category.SPAM}
    for line, evidence in expected.items():
        assert line in spam, sorted(spam)
        assert spam[line].code == "SP01"
        assert evidence in spam[line].reason
        assert "gambling terms:" in spam[line].reason
        assert line not in result.text
    assert len(spam) == 2
    assert result.status == "ok"
    assert "Badan intelijen Korea Selatan terus memantau" in result.text


SPAM_PAGE = """Slot Gacor Hari Ini: Link Situs Slot Online Gampang Maxwin 2025

KILAT88 adalah situs slot gacor hari ini dengan RTP live tertinggi dan link alternatif anti blokir.

Daftar sekarang dan nikmati bonus new member 100% serta cashback mingguan tanpa syarat ribet.

Bocoran pola gacor Mahjong Ways 2 dan Gates of Olympus kami bagikan setiap pagi untuk member setia.

Deposit pulsa tanpa potongan, deposit dana dan OVO diproses kurang dari satu menit, WD lancar.

Scatter hitam sering turun di jam gacor malam, jadi siapkan modal receh dan main santai saja.

Situs judi slot online terpercaya ini sudah dipercaya ribuan pemain di seluruh Indonesia.
"""


def test_whole_spam_page_is_a_spam_page_with_empty_text() -> None:
    result = cleanser.clean(SPAM_PAGE)
    assert result.status == "spam-page"
    assert result.text == ""
    assert spam_page_reason(Document(SPAM_PAGE), result.removals) is not None


def test_news_about_gambling_is_not_a_spam_page() -> None:
    text = "\n\n".join(HARD_NEGATIVES[:10])
    result = cleanser.clean("Pemerintah Perketat Pengawasan Judi Online\n\n" + text)
    assert result.status == "ok"
    assert not [r for r in result.removals if r.code.startswith("SP")]
    assert spam_page_reason(Document(text), result.removals) is None


@pytest.mark.parametrize("number", ["35º", "35°", "1º", "2ª", "30ºC", "12,5º", "0º", "º0", "ª1", "0º0", "1º2",
                                    "0Aº", "Aº1", "0ABº"])
@pytest.mark.parametrize("form", ["Suhu udara di kota itu mencapai {n} pada siang hari, kata petugas BMKG setempat.",
                                  "{n}",
                                  "{n} Argentina"])
def test_a_number_with_an_ordinal_or_degree_mark_is_no_disguised_brand(number: str, form: str) -> None:
    """The ordinal and degree marks fold to stylised letters ("º" to "o"), but a number
    written with one is a temperature, a rank or an angle, not a brand in disguise (and a
    token of two characters is too little to be one, and a letter or two with digits, with
    no brand's shape, is a disguised word at most)."""
    line = form.format(n=number)
    story = "Tim nasional naik dua peringkat dalam daftar terbaru yang dirilis pekan ini, kata federasi."
    result = cleanser.clean(f"{story}\n{line}\n{story.replace('dua', 'tiga')}\n")
    assert not [r for r in result.removals if r.category is Category.SPAM], result.removals
    if form.startswith("Suhu"):
        assert line in result.text  # a story sentence


@pytest.mark.parametrize("disguised", ["sl0tº88 gacor", "ºslot88 maxwin", "g4corº88 slot"])
def test_a_mark_inside_a_brand_still_disguises_it(disguised: str) -> None:
    """Only a number with the mark after it is let through: a brand with letters around the
    mark is read as before."""
    result = cleanser.clean(f"Daftar sekarang di {disguised}, deposit pulsa tanpa potongan, WD cepat!\n")
    assert any(r.category is Category.SPAM for r in result.removals)


@pytest.mark.parametrize("testimony", [
    "Berkat 🔥𝓑 𝓤 𝓜 𝓘99🔥 saya akhirnya bisa melunasi cicilan rumah dalam setahun. 🏠",
    "Sejak kenal ⚡𝓚 𝓔 𝓡 𝓐88⚡ penghasilan saya naik berlipat dari gaji kantor. 💰",
])
def test_a_brand_in_spaced_stylised_letters_ending_in_digits_is_spam(testimony: str) -> None:
    """A brand spelt in stylised letters one by one, its last letter glued to its digits
    ("𝓐88"): that last piece is a brand's shape in disguise, whatever the guards for short
    noise tokens let through."""
    story = "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan."
    result = cleanser.clean(f"{story}\n{testimony}\n{story.replace('delapan', 'sepuluh')}\n")
    assert any(r.category is Category.SPAM and r.text.startswith(testimony[:12]) for r in result.removals)
    assert story in result.text
