"""Families of gambling spam beyond the first lexicon (issue 11), and news that reports on
them: spam goes whole, with the disguise it wore named in the reason; reports stay whole."""

from __future__ import annotations

import pytest

import cleanser
from cleanser.categories import Category
from cleanser.spam.analysis import analyse_text
from tests.spam_examples import (
    ARTICLE_PARAGRAPHS,
    CALLS_TO_ACT_IN_NEWS,
    DISGUISED_SPAM,
    LEXICON_NEGATIVES,
    LEXICON_SPAM,
    MECHANICS_SPAM,
    MORE_NEGATIVES,
    MORE_SPAM,
    NARRATIVE_SPAM,
    PREFIXED_SPAM,
    REPORT_NEGATIVES,
    SPAM_LINES,
    TOGEL_SPAM,
    TRUST_SPAM,
    article,
)


def _spam_share(text: str, start: int, end: int) -> tuple[float, list[str]]:
    result = cleanser.clean(text)
    spam = [r for r in result.removals if r.category is Category.SPAM and r.start < end and start < r.end]
    covered = sum(min(r.end, end) - max(r.start, start) for r in spam)
    return covered / (end - start), [r.reason for r in spam]


@pytest.mark.parametrize(("line", "disguise"), DISGUISED_SPAM)
def test_a_disguised_brand_goes_and_its_disguise_is_named(line: str, disguise: str) -> None:
    text, start, end = article(line)
    share, reasons = _spam_share(text, start, end)
    assert share >= 0.9, reasons
    assert any(disguise in reason for reason in reasons), reasons


@pytest.mark.parametrize("line", TOGEL_SPAM + TRUST_SPAM + MECHANICS_SPAM + MORE_SPAM)
def test_market_pages_trust_claims_and_mechanics_go(line: str) -> None:
    text, start, end = article(line)
    share, reasons = _spam_share(text, start, end)
    assert share >= 0.9, reasons


@pytest.mark.parametrize("story", NARRATIVE_SPAM)
@pytest.mark.parametrize("glued", [False, True])
def test_a_story_of_winning_goes_and_the_host_stays(story: str, glued: bool) -> None:
    text, start, end = article(glue=story) if glued else article(story)
    share, reasons = _spam_share(text, start, end)
    assert share >= 0.9, reasons
    result = cleanser.clean(text)
    for paragraph in ARTICLE_PARAGRAPHS[1:3]:
        assert paragraph in result.text


@pytest.mark.parametrize("line", PREFIXED_SPAM)
@pytest.mark.parametrize("glued", [False, True])
def test_a_keyword_prefix_takes_the_copied_sentence_with_it(line: str, glued: bool) -> None:
    text, start, end = article(glue=line) if glued else article(line)
    share, reasons = _spam_share(text, start, end)
    assert share >= 0.9, reasons
    assert any("prefixed to copied text" in reason for reason in reasons), reasons


def test_a_news_sentence_opening_with_a_keyword_is_not_a_prefix() -> None:
    """Lower-case prose after the keyword is one sentence about it, not a copied one."""
    line = ("Slot gacor menjadi kata kunci yang paling banyak disisipkan ke laman kampus, "
            "menurut temuan tim siber.")
    text, start, end = article(line)
    assert not [f for f in analyse_text(text).findings if f.score >= 0.5 and f.start < end and start < f.end]


@pytest.mark.parametrize("sentence", REPORT_NEGATIVES + MORE_NEGATIVES + CALLS_TO_ACT_IN_NEWS)
@pytest.mark.parametrize("glued", [False, True])
def test_a_report_on_gambling_keeps_every_character(sentence: str, glued: bool) -> None:
    text, start, end = article(glue=sentence) if glued else article(sentence)
    result = cleanser.clean(text)
    touching = [r for r in result.removals if r.code.startswith("SP") and r.start < end and start < r.end]
    assert touching == [], [(r.code, r.reason) for r in touching]


# A whole fact-check article about a gambling video: its body is reporting, every line.
ANTI_HOAX = "\n\n".join((
    '[HOAKS] Video Pria Menang Jackpot Slot Rp500 Juta dalam Semalam',
    ('JAKARTA - Sebuah video yang memperlihatkan seorang pria mengaku menang jackpot slot '
     'hingga Rp500 juta dalam semalam beredar di media sosial sejak pekan lalu.'),
    ('Dalam video itu, pria tersebut menunjukkan layar ponsel berisi saldo ratusan juta '
     'rupiah dan mengajak penonton bermain di sebuah situs slot yang namanya disebut '
     'berulang kali.'),
    ('Hasil penelusuran tim Cek Fakta menunjukkan video tersebut merupakan potongan konten'
     ' promosi judi online yang diunggah ulang dengan narasi baru.'),
    ('"Video seperti ini sengaja dibuat agar penonton percaya bahwa bermain slot bisa '
     'membuat kaya mendadak," kata pengamat keamanan siber dari sebuah universitas negeri.'),
    ('Komdigi menyatakan telah memblokir akun pengunggah video tersebut dan meminta '
     'masyarakat melaporkan konten serupa melalui kanal aduan resmi.'),
    ('Dengan demikian, klaim bahwa pria dalam video menang jackpot slot Rp500 juta dalam '
     'semalam adalah hoaks.'),
))

# News about gambling promotion found on government sites, quoting what was planted.
GOVERNMENT_SITES = "\n\n".join((
    'Ratusan Laman Pemerintah Disusupi Promosi Judi Online',
    ('JAKARTA - Kementerian Komunikasi dan Digital menemukan 312 laman pemerintah daerah '
     'yang disusupi promosi judi online sepanjang semester pertama.'),
    ('Menurut juru bicara kementerian, para peretas menyisipkan artikel dengan judul '
     'seperti "Link Slot Gacor Hari Ini Gampang Maxwin" dan "Bocoran RTP Live Tertinggi" '
     'ke subdomain yang jarang diperbarui.'),
    ('Tautan di artikel itu mengarah ke situs yang mengklaim berlisensi resmi dan '
     'menjanjikan penarikan dana dalam hitungan menit, ujarnya.'),
    ('Polisi telah menetapkan empat tersangka yang diduga dibayar Rp2 juta untuk setiap '
     'laman yang berhasil disusupi.'),
    ('Kementerian meminta setiap pemerintah daerah memperbarui sistem pengelola kontennya '
     'dan menghapus halaman yang tidak lagi digunakan.'),
))


@pytest.mark.parametrize("story", [ANTI_HOAX, GOVERNMENT_SITES], ids=["anti-hoax", "government-sites"])
def test_a_story_about_gambling_promotion_keeps_its_body(story: str) -> None:
    result = cleanser.clean(story)
    spam = [(r.code, r.text[:60]) for r in result.removals if r.category is Category.SPAM]
    assert spam == []
    body = story.split("\n\n", 1)[1]
    for paragraph in body.split("\n\n")[1:]:
        assert paragraph in result.text


def test_promotion_marks_are_named_in_the_reason() -> None:
    text, start, end = article(TRUST_SPAM[2])
    reasons = [f.reason for f in analyse_text(text).findings if f.start < end and start < f.end]
    assert any("promotion: " in r and "'kamu'" in r for r in reasons), reasons


@pytest.mark.parametrize(("line", "disguise"), DISGUISED_SPAM[:4])
def test_the_story_is_untouched_beside_a_disguised_brand(line: str, disguise: str) -> None:
    text, start, end = article(line)
    result = cleanser.clean(text)
    assert all(start <= r.start and r.end <= end for r in result.removals if r.category is Category.SPAM)
    for paragraph in ARTICLE_PARAGRAPHS[1:]:
        assert paragraph in result.text


@pytest.mark.parametrize("line", LEXICON_SPAM)
def test_each_lexicon_family_has_spam_of_our_own_that_goes(line: str) -> None:
    """Entries that one shared row alone would show are kept for the family each of these
    sentences belongs to (benchmarks/spam_lexicon_rows.py lists any entry without one)."""
    text, start, end = article(line)
    share, reasons = _spam_share(text, start, end)
    assert share >= 0.9, reasons


@pytest.mark.parametrize("sentence", LEXICON_NEGATIVES)
def test_each_reporting_and_other_sense_family_has_a_negative_of_our_own(sentence: str) -> None:
    text, start, end = article(sentence)
    result = cleanser.clean(text)
    assert not [r for r in result.removals if r.code.startswith("SP") and r.start < end and start < r.end]


_GLUED_AFTER = (
    "Fakta atau Hoaks? Untuk memeriksa kabar yang beredar, kirim pesan ke nomor layanan cek fakta kami.",
    "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan.",
)


@pytest.mark.parametrize(("spam", "after"), [
    (line, after) for line in SPAM_LINES[:3] for after in _GLUED_AFTER
])
def test_spam_glued_to_the_next_sentence_without_a_space_goes_in_one_pass(spam: str, after: str) -> None:
    """A flattened line lost the space after the spam's last sentence ('... tanpa ribet.Fakta
    atau ...'): the spam is read sentence by sentence all the same, so it goes in the first
    pass and the sentence glued after it stays (the second pass removed the rest before)."""
    text, start, _end = article(glue=spam + after)
    first = cleanser.clean(text)
    assert cleanser.clean(first.text).text == first.text
    assert after in first.text
    spam_end = start + len(spam)
    removed = [r for r in first.removals if r.category is Category.SPAM and r.start < spam_end and start < r.end]
    assert sum(min(r.end, spam_end) - max(r.start, start) for r in removed) >= 0.9 * len(spam)
