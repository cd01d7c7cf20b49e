"""The spam reading reads line by line, only the lines that can hold evidence, in time
linear in the text: floods of spaced-out letters and of emoji finish with the right
finding, a spam line reads the same in a short story and in a long one, and the reading
of the lines the gate picks is the reading of every line."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.spam import analysis, gate
from cleanser.spam import lexicon as spam_lexicon
from tests.property_settings import fixed_or_explore
from tests.spam_examples import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    DISGUISED_SPAM,
    HARD_NEGATIVES,
    MORE_NEGATIVES,
    REPORT_NEGATIVES,
    SPAM_LINES,
    SPAM_SLOTS,
    TOGEL_SPAM,
)

SETTINGS = fixed_or_explore(80)
STORY = ARTICLE_TITLE + "\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS)


def _spans(text: str) -> list[tuple[str, int, int, float]]:
    return [(f.kind, f.start, f.end, f.score) for f in analysis.analyse_text(text).findings]


# -- floods ---------------------------------------------------------------------------

def test_a_flood_of_spaced_letters_is_one_spam_line() -> None:
    """Spaced-out letters make one long word once joined ("slotgacorslotgacor..."): read
    once, it is a compound brand in disguise, and the whole line is spam."""
    for repeat in (3, 40, 400):
        text = "s l o t g a c o r " * repeat
        findings = analysis.analyse_text(text).findings
        assert [(f.kind, f.start, f.end) for f in findings] == [("line", 0, len(text.rstrip()))]
        assert findings[0].score >= 0.5
        assert "de-spacing" in findings[0].reason


def test_spaced_letters_from_the_fuzzer_are_read_without_a_failure() -> None:
    """The fuzzer's "g a c o r " * 20 made a spam rule fail (a regex timeout under load)."""
    text = "g a c o r " * 20
    result = cleanser.clean(text)
    assert not [n for n in result.notes if "failed" in n], result.notes
    assert [(r.start, r.end) for r in result.removals if r.category is Category.SPAM] == [
        (0, len(text.rstrip()))
    ]


def test_a_flood_of_one_emoji_is_no_evidence() -> None:
    """A slot-machine emoji is a weak word: thousands of them are still no finding."""
    assert analysis.analyse_text("🎰" * 5000).findings == ()
    result = cleanser.clean("🎰" * 5000 + "\n\n" + STORY)
    assert not [n for n in result.notes if "failed" in n], result.notes


def test_an_emoji_brand_at_the_end_of_a_long_run_of_symbols_is_found() -> None:
    """The brand's symbols reach back over the whole run; found in one pass."""
    text = "Main di " + "🎰" * 3000 + "⭐⚧☎☎⚽⛑17 sekarang, wd lancar"
    terms = spam_lexicon.find_terms(analysis.normalise(text), 60.0)
    brands = [t for t in terms if t.kind == "disguised-brand" and t.key.endswith("17")]
    assert [(t.i, t.j) for t in brands] == [(8, 8 + 3000 + 8)]


_SYMBOLS = "⭐⚧☎🎰+=<~"


@SETTINGS
@given(st.text(alphabet=_SYMBOLS + "0123456789ab .\n²", max_size=60))
@example("⭐⭐⭐12⭐⭐⭐34")
@example("a⭐⭐⭐⭐12")
@example("⭐1⭐2⭐345 ⭐⭐⭐1⭐99x")
def test_emoji_brands_are_the_pattern_s_matches(text: str) -> None:
    """The linear search gives exactly the matches of the pattern it stands for."""
    expected = [m.span() for m in spam_lexicon._EMOJI_BRAND.finditer(text)]
    assert list(spam_lexicon.emoji_brands(text)) == expected


@SETTINGS
@given(st.text(alphabet=_SYMBOLS + "0123456789ab .\n", max_size=60))
def test_the_gate_sees_every_emoji_brand(text: str) -> None:
    """Every emoji brand stands on a line that the gate's scan picks."""
    lines = text.splitlines()
    hot = gate.scan(text).hot
    for k, line in enumerate(lines):
        if list(spam_lexicon.emoji_brands(line)):
            assert k in hot


# -- one line in a long text ------------------------------------------------------------

def _long_story(piece: str, paragraphs: int) -> tuple[str, int]:
    """``piece`` as a paragraph after ``paragraphs`` paragraphs of the story; its offset."""
    body = [ARTICLE_PARAGRAPHS[1 + k % (len(ARTICLE_PARAGRAPHS) - 1)] for k in range(paragraphs)]
    head = ARTICLE_TITLE + "\n\n" + "\n\n".join(body) + "\n\n"
    return head + piece + "\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS[1:]), len(head)


def test_a_spam_line_reads_the_same_in_a_long_text() -> None:
    """A line is read on its own: the same spam line gives the same finding after four
    paragraphs or after two thousand."""
    for piece in (*SPAM_LINES[:4], *SPAM_SLOTS[:2], DISGUISED_SPAM[0][0], TOGEL_SPAM[0]):
        short, at = _long_story(piece, 4)
        long, at_long = _long_story(piece, 2000)
        expected = [(kind, a - at, b - at, score) for kind, a, b, score in _spans(short)]
        assert expected, piece
        found = [(kind, a - at_long, b - at_long, score) for kind, a, b, score in _spans(long)]
        assert found == expected


def test_a_long_clean_text_is_answered_by_the_gate() -> None:
    text, _ = _long_story(ARTICLE_PARAGRAPHS[1], 3000)
    assert gate.scan(text).hot == frozenset()
    assert analysis.analyse_text(text).findings == ()


def test_one_disguised_line_leaves_the_others_to_the_gate() -> None:
    """A line the gate cannot read (stylised letters) is read in full; the gate still
    reads the other lines, and passes over the clean ones."""
    disguised = DISGUISED_SPAM[0][0]
    text = STORY + "\n\n" + disguised + "\n\n" + SPAM_LINES[0]
    lines = text.splitlines()
    assert gate.evidence_lines(text) is None  # the whole text cannot be read at once
    hot = gate.scan(text).hot
    assert lines.index(disguised) in hot
    assert lines.index(SPAM_LINES[0]) in hot
    assert all(lines[k] in (disguised, SPAM_LINES[0]) for k in hot)


# -- the lines the gate picks, or every line -------------------------------------------

_NEGATIVES = HARD_NEGATIVES + REPORT_NEGATIVES + MORE_NEGATIVES


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.sampled_from(SPAM_LINES + SPAM_SLOTS + TOGEL_SPAM),
            st.sampled_from(_NEGATIVES),
            st.sampled_from(ARTICLE_PARAGRAPHS),
            st.sampled_from([line for line, _ in DISGUISED_SPAM]),
            st.sampled_from(["Baca juga:", "Lihat Juga :", "", "s l o t", "🎰🎰🎰"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", "\u2028", "\n \n"]),
)
@example(["Baca juga:", SPAM_LINES[0]], "\n")
def test_reading_the_picked_lines_is_reading_every_line(pieces: list[str], brk: str) -> None:
    """``analyse_text`` reads only the lines that may score (and the others only for page
    context); the reading of every line finds the same."""
    text = brk.join(pieces)
    every_line = analysis._Analyser(Document(text)).run()
    assert analysis.analyse_text(text) == every_line


def test_news_words_on_other_lines_raise_the_threshold() -> None:
    """Whether a document reports on gambling is read over all of its lines, not only the
    ones that are scored: the same borderline line is spam in a plain story and a mere
    suspicion in a report on gambling (whose news words stand on other lines)."""
    report = "\n\n".join(REPORT_NEGATIVES[:6])
    for line in ("Kilat-88 mantap, wd cair terus", "Gacor terus bos, tinggal pilih room yang lagi panas, dijamin JP."):
        plain = analysis.analyse_text(STORY + "\n\n" + line).findings
        reporting = analysis.analyse_text(report + "\n\n" + line).findings
        assert [f.kind for f in plain] == [f.kind for f in reporting] == ["line"]
        assert plain[0].score >= 0.5 > reporting[0].score
        assert all(f.start >= len(report) for f in reporting)


_PIECES = (
    "slot", "gacor", "maxwin", "KILAT88", "depo", "wd", "rtp", "login", "daftar", "situs",
    "judi", "online", "polisi", "menangkap", "bandar", "togel", "4d", "s l o t", "K~I~L~A~T",
    "𝐊𝐈𝐋𝐀𝐓", "sl\u043et", "🎰", "⭐⚧☎☎⚽⛑17", "KILAT🔥88", "Rp10rb", "g4c0r", "SLOOOT",
    "“", "”", "\"", "Baca juga:", "-", ":", "|", "88", "2025", "Depok", "tinggi",
)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "\n", "\n\n", "\r\n", "\u2028", " \n"])),
        min_size=1,
        max_size=30,
    )
)
def test_reading_the_picked_lines_is_reading_every_line_on_word_salad(
    pieces: list[tuple[str, str]],
) -> None:
    """Spam words, disguises, quotes and news words strung at random: the lines the gate
    picks give the findings that reading every line gives."""
    text = "".join(word + brk for word, brk in pieces)
    assert analysis.analyse_text(text) == analysis._Analyser(Document(text)).run()


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.sampled_from(SPAM_LINES + SPAM_SLOTS + TOGEL_SPAM),
            st.sampled_from(_NEGATIVES),
            st.sampled_from([line for line, _ in DISGUISED_SPAM]),
            st.sampled_from(["Lihat Juga :", "", "s l o t", "🎰🎰🎰", "“Kata dia.”"]),
        ),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", "\u2028"]),
    st.sampled_from([1, 7, 60, 300]),
)
def test_reading_in_blocks_is_reading_the_whole_text(pieces: list[str], brk: str, block: int) -> None:
    """The gate reads a long text in blocks of whole lines; small blocks give the same
    normalised lines and the same findings as one block for the whole text."""
    text = brk.join(pieces)
    whole = gate.scan(text)
    expected = analysis.analyse_text(text)
    kept = gate._BLOCK
    gate._BLOCK = block
    try:
        found = gate.scan(text)
        assert found.unread == whole.unread
        assert found.norm is not None and whole.norm is not None
        assert found.norm.splitlines() == whole.norm.splitlines() or whole.unread
        assert analysis.analyse_text(text) == expected
    finally:
        gate._BLOCK = kept
