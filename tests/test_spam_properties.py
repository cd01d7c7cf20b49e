"""Properties of the spam rules over generated placements of hard negatives and spam."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.spam import analysis
from cleanser.spam.normalise import normalise
from tests.property_settings import fixed_or_explore
from tests.spam_examples import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    DISGUISED_SPAM,
    HARD_NEGATIVES,
    MECHANICS_SPAM,
    MORE_NEGATIVES,
    MORE_SPAM,
    REPORT_NEGATIVES,
    SPAM_LINES,
    TOGEL_SPAM,
    TRUST_SPAM,
)

NEGATIVES = HARD_NEGATIVES + REPORT_NEGATIVES + MORE_NEGATIVES
LINES = (
    SPAM_LINES + tuple(line for line, _ in DISGUISED_SPAM) + TOGEL_SPAM + TRUST_SPAM + MECHANICS_SPAM
    + MORE_SPAM
)

# The fixed profile draws a few examples on every run; the explore profile as many as it says.
SETTINGS = fixed_or_explore(60)
_FARE = "Wahana komidi putar di pasar malam itu dipatok Rp10 ribu sekali main."
_TUITION = "Lembaga kursus itu memasang tarif Rp75 ribu per sesi untuk kelas privat matematika."


def _place(paragraphs: list[str], piece: str, index: int, glued: bool) -> tuple[str, int, int]:
    paragraphs = list(paragraphs)
    if glued:
        paragraphs[index] = paragraphs[index] + " " + piece
    else:
        paragraphs.insert(index, piece)
    head = ARTICLE_TITLE + "\n\n" + "\n\n".join(paragraphs[:index])
    text = ARTICLE_TITLE + "\n\n" + "\n\n".join(paragraphs)
    start = text.index(piece, len(head))
    return text, start, start + len(piece)


@SETTINGS
@given(
    sentence=st.sampled_from(NEGATIVES),
    index=st.integers(min_value=1, max_value=len(ARTICLE_PARAGRAPHS) - 1),
    glued=st.booleans(),
    others=st.lists(st.sampled_from(NEGATIVES), max_size=2, unique=True),
)
# a fare and a tutoring fee on one line once added up to a stake per spin (SP02, 0.6)
@example(sentence=_FARE, index=1, glued=True, others=[_TUITION])
@example(sentence=_TUITION, index=1, glued=True, others=[_FARE])
# a phone shop's credit bonus and a market's cashback on one line were SP02 spam (0.57)
@example(
    sentence="Sejumlah pedagang mengaku omzet naik berkat promo cashback dari dompet digital.",
    index=1, glued=True,
    others=["Samsung Galaxy S24 Ultra dijual Rp19 juta dengan bonus deposit pulsa bagi pembeli awal."],
)
# a spelled-out banner took "slot" in the sentence before as a brand's neighbour
@example(
    sentence="Warga memasang spanduk P-E-M-I-L-U D-A-M-A-I di depan balai desa.",
    index=1, glued=True,
    others=["Ia mengaku awalnya tergiur iklan deposit 10 ribu bisa jadi jutaan di aplikasi slot, "
            "ujar istrinya."],
)
# a bold quoted post beside "saldo" was a disguised brand
@example(
    sentence="Murai batu miliknya dikenal gacor dan kerap menjuarai lomba kicau burung.",
    index=1, glued=True,
    others=["Dia menulis 𝐓𝐞𝐫𝐢𝐦𝐚 𝐤𝐚𝐬𝐢𝐡 di akunnya setelah saldo donasi untuk korban banjir terkumpul."],
)
# two reported sentences on one line added up to spam (SP02, 0.56)
@example(
    sentence="Menurut psikolog, pemain judi online kerap terjebak ilusi kemenangan beruntun.",
    index=1, glued=True,
    others=["Pemain mengaku memakai fitur turbo spin dan auto spin hingga saldonya habis dalam "
            "semalam, ungkap psikolog itu."],
)
# a phone shop's credit bonus beside a quoted post in bold letters was SP02 spam (0.58)
@example(
    sentence='Dia menulis di akun X-nya dengan huruf 𝐭𝐞𝐛𝐚𝐥: "𝐉𝐚𝐧𝐠𝐚𝐧 𝐦𝐮𝐝𝐚𝐡 𝐦𝐞𝐧𝐲𝐞𝐫𝐚𝐡".',
    index=1, glued=True,
    others=["Samsung Galaxy S24 Ultra dijual Rp19 juta dengan bonus deposit pulsa bagi pembeli awal."],
)
def test_no_hard_negative_loses_a_character(
    sentence: str, index: int, glued: bool, others: list[str]
) -> None:
    """A hard negative placed in an article (its own paragraph, or glued to the end of a
    story paragraph, possibly beside other hard negatives) keeps every character."""
    paragraphs = list(ARTICLE_PARAGRAPHS)
    for other in others:
        if other != sentence:  # a repeated paragraph is a duplicate, another rule's case
            paragraphs.insert(1, other)
    text, start, end = _place(paragraphs, sentence, index, glued)
    result = cleanser.clean(text)
    touching = [r for r in result.removals if r.start < end and start < r.end]
    assert touching == [], [(r.code, r.text) for r in touching]
    assert sentence in result.text


@SETTINGS
@given(
    line=st.sampled_from(LINES),
    index=st.integers(min_value=1, max_value=len(ARTICLE_PARAGRAPHS)),
)
def test_spam_paragraph_goes_and_the_story_stays(line: str, index: int) -> None:
    text, start, end = _place(list(ARTICLE_PARAGRAPHS), line, index, glued=False)
    result = cleanser.clean(text)
    spam = [r for r in result.removals if r.category is Category.SPAM]
    assert sum(r.end - r.start for r in spam if start <= r.start < end) >= (end - start) * 0.9
    assert all(start <= r.start and r.end <= end for r in spam)
    for paragraph in ARTICLE_PARAGRAPHS[1:]:
        assert paragraph in result.text


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_normalised_offsets_always_point_into_the_input(text: str) -> None:
    norm = normalise(text)
    assert len(norm.text) == len(norm.starts) == len(norm.ends) == len(norm.plain)
    for k in range(len(norm.text)):
        start, end = norm.source_span(k, k + 1)
        assert 0 <= start <= end <= len(text)


@SETTINGS
@given(st.text(max_size=400))
def test_spam_rules_never_fail_on_arbitrary_text(text: str) -> None:
    result = cleanser.clean(text + "\n\nWarga membersihkan saluran air setelah banjir surut.")
    assert not [n for n in result.notes if "SP0" in n and "failed" in n]


_WORDS = sorted({w for s in (*LINES, *NEGATIVES, *ARTICLE_PARAGRAPHS) for w in s.split()})
_BREAKS = (" ", "\n", " \n", "\n\n", "  ", "\u200b", " \u200b\n")


@fixed_or_explore(max(300, SETTINGS.max_examples or 0))
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.booleans(), st.sampled_from(_BREAKS)),
        min_size=1,
        max_size=14,
    )
)
# a brand-shaped token took a deposit word on the line before as its neighbour
@example(pieces=[("depo", False, "\n"), ("MaXBoS88,", False, " ")])
def test_the_analysis_is_skipped_only_where_it_finds_nothing(
    pieces: list[tuple[str, bool, str]],
) -> None:
    """Words of spam and of news, some spaced out ("s l o t"), split across lines at
    random: whenever ``may_score`` passes a text over, the full reading finds nothing."""
    text = "".join((" ".join(word) if spaced else word) + brk for word, spaced, brk in pieces)
    if not analysis.may_score(text):
        assert analysis._Analyser(Document(text)).run().findings == ()


# -- disguised brands: every stylised alphabet, separators, emoji, spacing ----------------

_SYLLABLES = ("ka", "ki", "la", "ta", "pa", "ne", "mu", "ro", "su", "pi", "tu", "mo", "se")
_ENDINGS = (
    "wd lancar terus", "gampang menang bosku", "saldo naik terus tiap malam",
    "depo dikit langsung jp", "bikin cuan tiap hari",
)
# (name named in the reason, upper-case A, lower-case a, digit 0) of each alphabet
_ALPHABETS = (
    ("bold", 0x1D400, 0x1D41A, 0x1D7CE), ("italic", 0x1D434, 0x1D44E, None),
    ("bold italic", 0x1D468, 0x1D482, None), ("script", 0x1D49C, 0x1D4B6, None),
    ("bold script", 0x1D4D0, 0x1D4EA, None), ("fraktur", 0x1D504, 0x1D51E, None),
    ("double-struck", 0x1D538, 0x1D552, 0x1D7D8), ("bold fraktur", 0x1D56C, 0x1D586, None),
    ("sans", 0x1D5A0, 0x1D5BA, 0x1D7E2), ("sans bold", 0x1D5D4, 0x1D5EE, 0x1D7EC),
    ("sans italic", 0x1D608, 0x1D622, None), ("sans bold italic", 0x1D63C, 0x1D656, None),
    ("monospace", 0x1D670, 0x1D68A, 0x1D7F6), ("fullwidth", 0xFF21, 0xFF41, 0xFF10),
    ("circled", 0x24B6, 0x24D0, None),
)
_SUBSCRIPT = dict(zip("aehiklmnoprstu0123456789", "ₐₑₕᵢₖₗₘₙₒₚᵣₛₜᵤ₀₁₂₃₄₅₆₇₈₉", strict=True))


def _styled(ch: str, upper: int, lower: int, digit: int | None) -> str:
    import unicodedata

    if ch.isdigit():
        return chr(digit + int(ch)) if digit is not None else ch
    out = chr((upper if ch.isupper() else lower) + ord(ch.lower()) - ord("a"))
    # a few letters of some alphabets live elsewhere (ℎ, ℬ, ℭ...): NFKC still reads them
    return out if unicodedata.name(out, "") else ch


@st.composite
def _disguised_brand(draw: st.DrawFn) -> tuple[str, str]:
    name = "".join(draw(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3)))
    brand = name + draw(st.sampled_from(("88", "77", "99", "138", "303")))
    if draw(st.booleans()):
        brand = brand.upper()
    how = draw(st.sampled_from(("alphabet", "subscript", "separators", "emoji", "spaced")))
    if how == "alphabet":
        _, upper, lower, digit = draw(st.sampled_from(_ALPHABETS))
        return "".join(_styled(c, upper, lower, digit) for c in brand), "stylised letters"
    if how == "subscript":
        return "".join(_SUBSCRIPT[c] for c in brand.lower()), "stylised letters"
    if how == "separators":
        sep = draw(st.sampled_from("~-._"))
        return sep.join(brand), "separators inside words"
    if how == "emoji":
        at = draw(st.integers(min_value=1, max_value=len(brand) - 1))
        emoji = draw(st.sampled_from(("🔥", "💰", "⭐", "🎰", "🤑")))
        return brand[:at] + emoji + brand[at:], "emoji inside words"
    return " ".join(brand), "de-spacing"


@SETTINGS
@given(
    disguised=_disguised_brand(),
    ending=st.sampled_from(_ENDINGS),
    lead=st.sampled_from(("Main di", "Gabung di", "Coba", "")),
    index=st.integers(min_value=1, max_value=len(ARTICLE_PARAGRAPHS)),
)
def test_a_disguised_brand_is_read_and_its_disguise_named(
    disguised: tuple[str, str], ending: str, lead: str, index: int
) -> None:
    brand, disguise = disguised
    line = f"{lead} {brand} {ending}".strip()
    text, start, end = _place(list(ARTICLE_PARAGRAPHS), line, index, glued=False)
    result = cleanser.clean(text)
    spam = [r for r in result.removals if r.category is Category.SPAM and r.start < end and start < r.end]
    assert sum(min(r.end, end) - max(r.start, start) for r in spam) >= (end - start) * 0.9, line
    assert any(disguise in r.reason for r in spam), (line, [r.reason for r in spam])


# -- keyword prefixes before copied prose -------------------------------------------------

_PREFIXES = ("slot gacor", "situs toto", "SLOT88", "link alternatif kilat88", "togel online",
             "bocoran rtp live", "KILAT88 login")
_COPIED = (
    *(p.split(". ")[0].rstrip(".") + "." for p in ARTICLE_PARAGRAPHS[1:] if p[0].isupper()),
    "Bandar udara ini melayani lebih dari dua puluh rute penerbangan domestik setiap hari.",
    "Protokol ini mengatur cara data dikirim dalam paket-paket kecil antarperangkat.",
    "Kata rumah dalam kamus berarti bangunan untuk tempat tinggal sebuah keluarga.",
)


@SETTINGS
@given(prefix=st.sampled_from(_PREFIXES), copied=st.sampled_from(_COPIED), glued=st.booleans(),
       index=st.integers(min_value=1, max_value=len(ARTICLE_PARAGRAPHS) - 1))
# a brand-shaped token after "link alternatif" was no brand
@example(prefix="link alternatif kilat88",
         copied="Air sempat merendam sekitar 300 rumah di tiga dusun selama dua hari.",
         glued=False, index=1)
# a label after the brand ("KILAT88 login") made no labelled brand
@example(prefix="KILAT88 login",
         copied="Air sempat merendam sekitar 300 rumah di tiga dusun selama dua hari.",
         glued=False, index=1)
def test_a_keyword_prefix_takes_the_copied_sentence(
    prefix: str, copied: str, glued: bool, index: int
) -> None:
    piece = f"{prefix} {copied}"
    text, start, end = _place(list(ARTICLE_PARAGRAPHS), piece, index, glued)
    result = cleanser.clean(text)
    spam = [r for r in result.removals if r.category is Category.SPAM and r.start < end and start < r.end]
    assert sum(min(r.end, end) - max(r.start, start) for r in spam) >= (end - start) * 0.9, piece
    assert all(r.start >= start - 1 for r in spam)  # the host sentence before it stays
