"""The spam normaliser reads disguised text back and maps it to exact input offsets."""

from __future__ import annotations

import pytest

from cleanser.spam.normalise import Fold, describe, normalise


@pytest.mark.parametrize(
    ("text", "expected", "fold"),
    [
        ("Main di 𝐊𝐈𝐋𝐀𝐓𝟖𝟖 sekarang", "main di kilat88 sekarang", Fold.STYLISED),
        ("𝘴𝘭𝘰𝘵 𝘨𝘢𝘤𝘰𝘳", "slot gacor", Fold.STYLISED),
        ("ＳＬＯＴ ＧＡＣＯＲ", "slot gacor", Fold.STYLISED),
        ("ⓈⓁⓄⓉ gacor", "slot gacor", Fold.STYLISED),
        ("🅢🅛🅞🅣 gacor", "slot gacor", Fold.STYLISED),
        ("ꜱʟᴏᴛ ɢᴀᴄᴏʀ", "slot gacor", Fold.STYLISED),
        ("sӏоt gасоr", "slot gacor", Fold.CONFUSABLE),  # Cyrillic ӏ о а с
        ("ρlay", "play", Fold.CONFUSABLE),  # Greek rho
        ("s\u200blo\u200dt gacor", "slot gacor", Fold.INVISIBLE),
        ("S̲L̲O̲T̲ gacor", "slot gacor", Fold.COMBINING),
        ("s l o t gacor", "slot gacor", Fold.SPACED),
        ("【K】【I】【L】【A】【T】 menang", "kilat menang", Fold.SPACED),
        ("g4c0r sl0t", "gacor slot", Fold.LEET),
        ("maxwiiiin", "maxwin", Fold.STRETCHED),
        ("KILAT8️⃣8️⃣", "kilat88", Fold.KEYCAP),
    ],
)
def test_disguises_are_read_back(text: str, expected: str, fold: Fold) -> None:
    norm = normalise(text)
    assert " ".join(norm.text.split()) == expected
    assert norm.folds(0, len(norm.text)) & fold


def test_plain_text_keeps_digits_that_leetspeak_reads_as_letters() -> None:
    norm = normalise("g4c0r")
    assert norm.text == "gacor"
    assert norm.plain == "g4c0r"


def test_numbers_and_money_are_not_leetspeak() -> None:
    assert normalise("Rp10rb per sesi, 2024").text == "rp10rb per sesi, 2024"
    assert normalise("slot88").text == "slot88"


def test_glued_words_are_split_for_matching() -> None:
    assert normalise("open slot artinyaSlot adalah").text == "open slot artinya slot adalah"
    assert normalise("ＫＩmenang").text == "ki menang"


@pytest.mark.parametrize(
    "text",
    [
        "Lihat Juga :\u00a0 Old Gold Miner Megaways",
        "s\u200bl\u200bo\u200bt 𝐆𝐀𝐂𝐎𝐑 ＨＡＲＩ ＩＮＩ",
        "【Ｋ】【Ｉ】 P͎U͎L͎A͎U͎ g4c0rrr",
        "é ﬁ ẞ İ ǅ",
    ],
)
def test_every_span_maps_back_to_input_offsets(text: str) -> None:
    norm = normalise(text)
    assert len(norm.text) == len(norm.plain) == len(norm.starts) == len(norm.ends)
    previous = 0
    for k in range(len(norm.text)):
        start, end = norm.source_span(k, k + 1)
        assert 0 <= start <= end <= len(text)
        assert start >= previous  # monotonic
        previous = start


def test_span_of_a_disguised_word_covers_exactly_its_input() -> None:
    text = "kata 𝐆𝐀𝐂𝐎𝐑 saja"
    norm = normalise(text)
    i = norm.text.index("gacor")
    start, end = norm.source_span(i, i + len("gacor"))
    assert text[start:end] == "𝐆𝐀𝐂𝐎𝐑"


def test_describe_names_the_folds() -> None:
    assert describe(Fold.SPACED | Fold.LEET) == ["de-spacing", "leetspeak"]
