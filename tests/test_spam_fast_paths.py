"""The spam reading's shortcuts give what the patterns they stand for give.

Each shortcut (a guard that skips a pattern, a search started from a literal or from the
places of a key, a shape read from bytes) is checked against the plain reading it replaces,
on generated text dense in the cases it has to get right: doubled letters and characters
beyond ASCII, lone letters between spaces, separators between single letters, upper-case
and stylised letters, lexicon phrases glued, cut and run together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import example, given
from hypothesis import strategies as st

from cleanser.spam import lexicon
from cleanser.spam.normalise import (
    _ASCII_SEPARATOR_PAIR,
    _EMOJI_OR_JOINER,
    _KEYCAP,
    _SEPARATOR_PAIR,
    _SHAPE_TABLE,
    _SPACED_SINGLE,
    _SPLIT,
    _STRETCH,
    _STYLISED,
    _UPPER,
    _VIRTUAL,
    EMOJI_INSIDE,
    SEPARATED,
    _Buffer,
    _fold,
    _may_be_spaced,
    _shape,
    _shape_code,
    _spaced_shape,
    _split_cuts,
    _stretches,
    normalise,
)
from tests.property_settings import fixed_or_explore

SETTINGS = fixed_or_explore(150)

# Pieces that the shortcuts must tell apart.
_PIECES = (
    "a", "b", "aa", "bbb", "A", "AA", "é", "éé", "ÉÉ", "ß", "ﬁ", "0", "00", "5", "55", "?", "??",
    " ", "  ", "   ", ".", "-", "_", "~", "*", "•", "·", "+", "\n", "\t", "\u2028", "🎰", "🔥",
    "\u200d", "\u0301", "ｓ", "𝐒", "ѕ", "²", "½", "١", "Ⅻ", "ⓢ", "k~i~l~a~t", "s l o t", "P-A-N-E-N",
    "slot", "gacor", "maxwin", "deposit", "wd", "jadi", "rp", "Rp10", "artinyaSlot", "x.y.z",
)
TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=40).map("".join)


@SETTINGS
@given(TEXTS)
@example("aab  ccc\n\néé.ÉÉ??dd 00")
@example("a" * 70_000 + "bb")  # past one block of the byte comparison
def test_stretched_letters_are_found_where_the_pattern_finds_them(text: str) -> None:
    assert list(_stretches(text)) == [m.span() for m in _STRETCH.finditer(text)]


_SHAPES = st.lists(st.sampled_from(("S", "u", "l", "d", "D", " ", "  ", "   ", "    ", ".", "x")),
                   max_size=30).map("".join)


@SETTINGS
@given(_SHAPES)
@example("l l l")
@example(".l  d   S")
@example("ll l l")
@example("l l ll l l")
def test_spaced_out_letters_are_looked_for_wherever_they_stand(shape: str) -> None:
    assert _may_be_spaced(shape) == (_SPACED_SINGLE.search(shape) is not None)


def _shape_plainly(buf: _Buffer) -> str:
    """``normalise._shape`` written out one character at a time."""
    shape = []
    for ch, flag in zip(buf.chars, buf.flags, strict=True):
        code = _SHAPE_TABLE[ord(ch)] if ch.isascii() else _shape_code(ch)
        if code == "l":
            code = "S" if flag & _STYLISED else ("u" if flag & _UPPER else "l")
        elif code == "d" and flag & (_STYLISED | _KEYCAP):
            code = "D"
        shape.append(code)
    return "".join(shape)


@SETTINGS
@given(TEXTS)
@example("Harga “naik” Jadi iPhone 15 ＡＢ 𝐒lot 8\u20e3 🄐 é" * 3)
def test_the_shape_of_a_text_is_read_character_by_character(text: str) -> None:
    buf = _fold(text)
    assert _shape(buf) == _shape_plainly(buf)


@SETTINGS
@given(TEXTS)
@example("K~I~L~A~T 88 dan P-A-N-E-N")
@example("KILAT🔥88")
def test_a_text_without_a_separator_pair_or_emoji_has_nothing_to_join(text: str) -> None:
    folded = _fold(text).text()
    if _SEPARATOR_PAIR.search(folded) is None:
        assert SEPARATED.search(folded) is None
    if folded.isascii() and _ASCII_SEPARATOR_PAIR.search(folded) is None:
        assert SEPARATED.search(folded) is None
    if _EMOJI_OR_JOINER.search(folded) is None:
        assert EMOJI_INSIDE.search(folded) is None


def _list_hits_plainly(text: str, compiled: lexicon._Lists, pos: int, endpos: int | None) -> list:
    """``lexicon._list_hits`` with every pattern searched for everywhere (an overlapped
    search of the trie and of every regex entry)."""
    out = []
    matches = list(compiled.pattern.finditer(text, pos, endpos, overlapped=True))
    if compiled.symbol_pattern is not None:
        matches += compiled.symbol_pattern.finditer(text, pos, endpos, overlapped=True)
    for m in matches:
        for matched, found in lexicon._entries_of(m.group(), compiled.entries):
            out.append((m.start(), m.start() + len(matched), matched, found))
    taken: dict[int, tuple] = {}
    for pattern, found in compiled.regex_patterns:
        for m in pattern.finditer(text, pos, endpos, overlapped=True):
            if m.end() > m.start() and m.start() not in taken:
                taken[m.start()] = (m.end(), m.group(), found)
    out += [(i, j, matched, found) for i, (j, matched, found) in taken.items()]
    return out


_LISTS = (
    lexicon._SPAM_LISTS, lexicon._NEWS_LISTS, ((lexicon.ADDRESS, "spam_address", 1.0),),
    (("innocent", "spam_innocent", 1.0),),
)
_PHRASES = sorted({p for lists in _LISTS for p in lexicon._compiled(*lists).literals})
_WORDS = ("jadi", "10", "rb", "k", "per", "spin", "depo", "-", ".", "x", "500", ">>", "»",
          "daftar", "08123456789", "wa", "http://1.2.3.4", "situs.com", "@akun", "!")


def _phrase_text(draw: st.DrawFn) -> str:
    parts = draw(st.lists(
        st.sampled_from(_PHRASES) | st.sampled_from(_WORDS) | st.sampled_from(_PIECES),
        max_size=25,
    ))
    joins = draw(st.lists(st.sampled_from(("", " ", "  ", "-", ".", "\n", ", ")), min_size=len(parts),
                          max_size=len(parts)))
    return "".join(p + j for p, j in zip(parts, joins, strict=True))


@SETTINGS
@given(st.composite(_phrase_text)(), st.sampled_from(range(len(_LISTS))), st.integers(0, 6),
       st.integers(0, 6))
@example("slot gacor hari ini, depo 10k jadi 500k!", 0, 0, 0)
@example("🃏 main 🎰, 💰💸 🎲", 0, 0, 0)  # every phrase of symbols opens the symbol trie
@example("slot🃏 🃏", 0, 1, 0)
def test_the_lexicon_tries_its_patterns_only_where_a_match_can_open(
    text: str, which: int, cut_start: int, cut_end: int,
) -> None:
    text = normalise(text).text
    compiled = lexicon._compiled(*_LISTS[which])
    assert list(lexicon._list_hits(text, compiled, 60.0)) == _list_hits_plainly(text, compiled, 0, None)
    pos, endpos = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert list(lexicon._list_hits(text, compiled, 60.0, pos, endpos)) == _list_hits_plainly(
        text, compiled, pos, endpos
    )


def _mixed_words_reference(text: str) -> list[int]:
    """Mixed words read word by word from each look-alike (the gate starts from whichever
    kind of letter the text holds fewer of)."""
    from cleanser.spam.gate import _look_alike

    found, end = [], -1
    for m in _look_alike().finditer(text):
        if m.start() < end:
            continue
        a = m.start()
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        word = re.compile(r"[^\W_]*").match(text, m.end())
        end = word.end() if word else m.end()
        if re.compile("[A-Za-z]").search(text, a, end):
            found.append(a)
    return found


_MIXED_ALPHABET = "abcXYZ19_ -.é\u0430\u0435\u043e\u0440\u0441\u0445\u0391\u039f\u03bf\u0456"


def test_every_look_alike_is_a_letter_of_a_word() -> None:
    """``_mixed_words`` reads a word from either kind of letter in it: a look-alike that
    is no word character would stand beside a word, not in it."""
    from cleanser.spam.gate import _look_alike
    from cleanser.spam.normalise import _CONFUSABLE, _confusables, _fold_char

    look_alikes = [ch for ch in _confusables() if not ch.isascii() and _fold_char(ch)[1] & _CONFUSABLE]
    assert look_alikes
    assert all(ch.isalnum() and _look_alike().fullmatch(ch) for ch in look_alikes)


@SETTINGS
@given(st.text(alphabet=_MIXED_ALPHABET, max_size=60))
@example("p\u0430ypal \u0430\u0431\u0432 slot")
@example("\u0430b_\u0430 1\u0430")
def test_mixed_words_pattern_reads_as_the_word_by_word_search(text: str) -> None:
    from cleanser.spam.gate import _mixed_words

    assert list(_mixed_words(text)) == _mixed_words_reference(text)


_NEWS_PIECES = st.sampled_from(
    ["polisi", "menangkap", "tersangka", "judi online", "rekening", "akun", "korban", "video",
     "diblokir", "Kominfo", "kata", "dia", "slot", "warga", " ", ", ", ".", "\n", "pria"]
)


@SETTINGS
@given(st.lists(_NEWS_PIECES, max_size=30))
@example(["polisi", " ", "menangkap", " ", "tersangka", "\n", "warga", "\n", "akun", " ", "judi online"])
def test_a_line_without_a_news_key_holds_no_news_word(pieces: list[str]) -> None:
    """``news_key_starts`` says where a news word may stand: the lines without one give no
    label, and each label comes from a line that holds one."""
    from cleanser.textshape import LINE_BREAK

    text = "".join(pieces).lower()
    keys = lexicon.news_key_starts(text)
    assert keys is not None  # every news entry has a key
    bounds = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    ends = [m.start() for m in LINE_BREAK.finditer(text)] + [len(text)]
    for a, b in zip(bounds, ends, strict=True):
        if not any(a <= at < b for at in keys):
            assert lexicon.news_labels(text, 5.0, a, b) == set()


_BRAND_PIECES = st.sampled_from(
    ("slot", "gacor", "kasino", "kilat", "abc", "a", "é", "ÉÉ", "1", "12", "55", "123", "1234", "-", ".",
     "_", " ", "\u00a0", "\u2028", ",", "x", "Ⅻ", "٣", "٣٣", "🔥")
)
BRAND_TEXTS = st.lists(_BRAND_PIECES, max_size=30).map("".join)


def _candidates_by_pattern(norm: object) -> list[tuple[int, int]]:
    """The tokens of ``lexicon._candidates`` read with its two patterns, match by match."""
    from itertools import compress

    text, plain, flags = norm.text, norm.plain, norm.flags  # type: ignore[attr-defined]
    spans: set[tuple[int, int]] = set()
    for pattern, source in ((lexicon._LETTER_DIGIT, plain), (lexicon._COMPOUND_HIT, text)):
        end = -1
        for m in pattern.finditer(source):
            if m.start() >= end:
                span = lexicon._token_at(text, m.start())
                spans.add(span)
                end = span[1]
    covered = -1
    for k in compress(range(len(flags)), flags):
        if flags[k] & lexicon._WORD_DISGUISES and k >= covered and text[k].isalnum():
            span = lexicon._token_at(text, k)
            spans.add(span)
            covered = span[1]
    return sorted(spans)


@SETTINGS
@given(BRAND_TEXTS | TEXTS)
@example("slot88 a1 1a gacorx kasinoslot x1y2 é1 1é")
@example("abc-12 abc 55 kilat.888 a1bcd_123 ab-12 slot-88 gacor-99x héllo 22")
@example("\U0003d0000 1\U0003d0001 a1b")  # a letter to ``regex`` that Python's tables lack
def test_tokens_and_split_brands_are_found_from_their_digits_and_roots(text: str) -> None:
    """The tokens worth a closer look (a letter beside a digit, a compound root) are found
    from the digits and from the roots' places; split brands ("Kilat-88") are tried only
    where two digits follow a separator after a run of letters: what the patterns give."""
    norm = normalise(text)
    assert lexicon._candidates(norm, 60) == _candidates_by_pattern(norm)
    found = [(t.i, t.j) for t in lexicon._split_brands(norm, 60)]
    assert found == [m.span() for m in lexicon.SPLIT_BRAND.finditer(norm.plain)]


_TAIL_PIECES = st.sampled_from(
    ("10", "5-10", "rp", "k", "rb", "ribu", " ", "  ", "\n", "per", "tiap", "setiap", "spin", "bet", "main",
     "sesi", "jadi", "jd", "2", "1,5", "jt", "juta", "hk", "sydney", "pools", ":", "close", "keluar", "jam",
     "13", ".", "45", ">>", "»", "daftar", "login", "sekarang", "<<", "x", "a")
)


def _same_with_and_without_tails(samples: Iterable[str]) -> None:
    import dataclasses

    assert any(tail is not None for tail in lexicon._compiled(*lexicon._SPAM_LISTS).regex_tails)
    for lists in (lexicon._SPAM_LISTS, lexicon._NEWS_LISTS):
        compiled = lexicon._compiled(*lists)
        untailed = dataclasses.replace(compiled, regex_tails=(None,) * len(compiled.regex_tails))
        for sample in samples:
            norm = normalise(sample).text
            assert sorted(lexicon._list_hits(norm, compiled, 60)) == sorted(lexicon._list_hits(norm, untailed, 60))


@SETTINGS
@given(st.lists(_TAIL_PIECES, max_size=30).map("".join))
@example("modal 10 rb jadi 2 jt, 5 k per spin, hk close 13:45\n>> daftar <<")
@example("10 rb tiap sesi main jadi")
def test_regex_entries_passed_over_where_no_tail_matches_find_nothing(text: str) -> None:
    """A regex entry whose tail (the part that opens with one of its pieces) matches from
    none of them is passed over: the entries found are those of the reading that searches
    every entry whose pieces the text holds."""
    _same_with_and_without_tails([text])


def test_regex_entries_with_tails_find_the_spam_examples_as_before() -> None:
    from tests.spam_examples import LEXICON_SPAM, MECHANICS_SPAM, MORE_SPAM, SPAM_LINES, TOGEL_SPAM

    _same_with_and_without_tails([*SPAM_LINES, *TOGEL_SPAM, *MECHANICS_SPAM, *LEXICON_SPAM, *MORE_SPAM])


def _every_entry_read(compiled: lexicon._Lists) -> lexicon._Lists:
    """``compiled`` with every regex entry read on every text (none passed over for want
    of a piece): the plain reading of the entries' index by piece."""
    import dataclasses

    return dataclasses.replace(
        compiled, regex_by_key={}, regex_unkeyed=tuple(range(len(compiled.regex_patterns)))
    )



def _spam_examples() -> list[str]:
    from tests import spam_examples as ex

    return [*ex.SPAM_LINES, *ex.TOGEL_SPAM, *ex.MECHANICS_SPAM, *ex.LEXICON_SPAM, *ex.MORE_SPAM,
            *ex.HARD_NEGATIVES, *ex.REPORT_NEGATIVES, *ex.LEXICON_NEGATIVES, *ex.MORE_NEGATIVES]


@SETTINGS
@given(st.lists(_TAIL_PIECES, max_size=30).map("".join), st.sampled_from(range(len(_LISTS))))
@example("modal 10 rb jadi 2 jt, 5 k per spin, hk close 13:45\n>> daftar <<", 0)
@example("6 tersangka dan 120 rekening, http://situs.com", 1)
def test_the_regex_entries_read_are_those_holding_a_piece_of_the_text(text: str, which: int) -> None:
    """Only the regex entries indexed under a piece the text holds are read: the hits are
    those of the reading that tries every entry (in list order, one match per start)."""
    compiled = lexicon._compiled(*_LISTS[which])
    norm = normalise(text).text
    plain = _every_entry_read(compiled)
    assert list(lexicon._list_hits(norm, compiled, 60)) == list(lexicon._list_hits(norm, plain, 60))


def test_every_regex_entry_is_indexed_under_each_of_its_pieces() -> None:
    found_any = False
    for lists in _LISTS:
        compiled = lexicon._compiled(*lists)
        for k, keys in enumerate(compiled.regex_keys):
            if keys is None:
                assert k in compiled.regex_unkeyed
            else:
                found_any = True
                assert k not in compiled.regex_unkeyed
                assert all(k in compiled.regex_by_key[key] for key in keys)
        for key, indexes in compiled.regex_by_key.items():
            assert list(indexes) == sorted(indexes)
            assert all(key in (compiled.regex_keys[k] or ()) for k in indexes)
        # the examples read the same with every entry read
        plain = _every_entry_read(compiled)
        for sample in _spam_examples():
            norm = normalise(sample).text
            assert list(lexicon._list_hits(norm, compiled, 60)) == list(lexicon._list_hits(norm, plain, 60))
    assert found_any


@SETTINGS
@given(st.lists(_NEWS_PIECES | st.sampled_from(["pesan berantai", "x", "6", "\r\n", "polisi\npolisi"]),
                max_size=40))
@example(["polisi", " ", "menangkap", " ", "6", " ", "tersangka", "\n", "pesan", "\n", "berantai", "\n", "akun"])
def test_news_words_are_read_line_by_line_from_one_pass_of_their_keys(pieces: list[str]) -> None:
    """``news_line_places`` finds the news keys once in the whole text and gives each line
    the places a pass over the line alone gives; the lines it leaves out hold no news word,
    and each line it gives reads with those places as it reads alone."""
    from cleanser.textshape import LINE_BREAK

    text = "".join(pieces).lower()
    breaks = list(LINE_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [m.start() for m in breaks] + [len(text)]
    held = lexicon.news_line_places(text, starts, ends)
    assert held is not None
    given_places = dict(held)
    assert list(given_places) == sorted(given_places)
    finder = lexicon._compiled(*lexicon._NEWS_LISTS).finder
    for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
        alone = finder.places(text[a:b])
        assert given_places.get(k, {}) == alone
        labels = lexicon.news_labels(text, 5.0, a, b)
        if k in given_places:
            assert lexicon.news_labels(text, 5.0, a, b, given_places[k]) == labels
        else:
            assert labels == set()


def test_a_stretch_scored_again_scores_as_it_did_the_first_time() -> None:
    """The scorer's memo gives each stretch (with its context) what a fresh scorer gives,
    whatever was asked before it."""
    from cleanser.spam import lexicon as spam_lexicon
    from cleanser.spam.scoring import Scorer

    def scorer(norm: object) -> Scorer:
        return Scorer(norm, spam_lexicon.find_terms(norm, 60), spam_lexicon.find_news(norm, 60),  # type: ignore[arg-type]
                      spam_lexicon.find_innocent(norm, 60), spam_lexicon.find_address(norm, 60),  # type: ignore[arg-type]
                      None, spam_lexicon.find_namings(norm, 60))  # type: ignore[arg-type]

    by_context = 0
    for sample in _spam_examples()[::3]:
        # reporting words after the spam: the context of a stretch changes its score
        norm = normalise(f"\n{sample} Polisi menangkap tersangka, kata Kapolres.\n")
        n, m = len(norm.text), len(normalise(f"\n{sample}").text)
        asks = [(i, j, c) for i in (0, 1, m // 3) for j in (m // 2, m, n - 1) if i < j
                for c in (None, (1, m), (1, n - 1))]
        memo = scorer(norm)
        first = [memo.score(*ask) for ask in asks]
        again = [memo.score(*ask) for ask in reversed(asks)][::-1]
        fresh = [scorer(norm)._score(*ask) for ask in asks]
        assert first == again == fresh
        by_context += sum(a != b for a, b in zip(first[::3], first[2::3], strict=True))
    assert by_context


@SETTINGS
@given(TEXTS | st.composite(_phrase_text)(), st.sampled_from(range(len(_LISTS))))
@example("Sl0t gacooor 𝐒𝐋𝐎𝐓 ｓｌｏｔ s l o t k~i~l~a~t", 0)
@example("slot gacor, polisi menangkap", 1)
@example("𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 terpercaya", 0)  # one disguise at a time
@example("sl0t g4cor terpercaya", 0)
@example("slooot gacor terpercaya", 0)
@example("s l o t gacor terpercaya", 0)
@example("slot ga\u200bcor terpercaya", 0)
def test_the_folds_of_each_list_term_are_those_of_its_characters(text: str, which: int) -> None:
    """A text with no disguise undone gives its terms no folds at once: each term's folds
    are ``Normalised.folds`` of its characters."""
    norm = normalise(text)
    compiled = lexicon._compiled(*_LISTS[which])
    for term in lexicon._list_terms(norm, compiled, 60):
        assert term.folds == norm.folds(term.i, term.j)


_GLUE_SHAPES = st.lists(st.sampled_from(("S", "SS", "u", "l", "ll", "lll", "d", "D", "dd", " ", ".")),
                        max_size=30).map("".join)


@SETTINGS
@given(_GLUE_SHAPES | _SHAPES)
@example("lllulll")
@example("SSllSSuuSS")
@example("SSSdDdlu ulddSSS")
@example("lSSl uSSdl ldSS SlSS")
def test_glued_words_are_cut_where_the_pattern_cuts_them(shape: str) -> None:
    """The cuts between glued words are found from "lu" and from each "SS": the places
    where ``_SPLIT`` matches."""
    assert _split_cuts(shape) == [m.start() for m in _SPLIT.finditer(shape)]


@SETTINGS
@given(TEXTS)
@example("artinyaSlot DemoSlot ＫＩmenang 𝗖𝗡𝗗88choose ＧＡＲＵＤＡhoki")
def test_the_shape_of_a_text_cut_between_glued_words_has_spaces_at_the_cuts(text: str) -> None:
    buf = _fold(text)
    shape = _shape(buf)
    cuts = _split_cuts(shape)
    cut = buf.apply([(k, k, " ", _VIRTUAL) for k in cuts])
    assert _spaced_shape(shape, cuts) == _shape(cut) == _shape_plainly(cut)


@SETTINGS
@given(st.lists(st.sampled_from(("a", "bc", " ", "\n", "\r", "\r\n", "\n\r", "\x0b", "\x1c", "\x85",
                                 "\u2028", "\u2029", "é", "\t")), max_size=30).map("".join))
@example("a\r\nb\n\nc\r")
@example("")
def test_the_lines_of_a_text_are_read_from_their_lengths(text: str) -> None:
    """``analysis.line_bounds``: the lines (starts and content ends) that the line-break
    pattern cuts, each line with content among them."""
    from cleanser.spam.analysis import line_bounds
    from cleanser.textshape import LINE_BREAK

    breaks = list(LINE_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [m.start() for m in breaks] + [len(text)]
    plain = [(a, b) for a, b in zip(starts, ends, strict=True) if b > a or a < len(text)]
    assert list(zip(*line_bounds(text), strict=True)) == plain


@SETTINGS
@given(st.composite(_phrase_text)(), st.sampled_from(range(len(_LISTS))))
@example("slot  - gacor -  hari ini-nya maxwin-nya", 0)
def test_a_try_of_a_lists_trie_reads_no_further_than_its_reach(text: str, which: int) -> None:
    """The trie of a list is tried without a timeout: each try ends within the reach of
    the longest phrase. Cut the text there and every match is the same."""
    compiled = lexicon._compiled(*_LISTS[which])
    reach = lexicon._trie_reach(compiled)
    norm = normalise(text).text
    for at in range(len(norm)):
        m = compiled.pattern.match(norm, at)
        cut = compiled.pattern.match(norm, at, min(len(norm), at + reach))
        if m is not None and at + reach < len(norm):
            assert cut is not None and cut.span() == m.span()
            assert m.end() - at < reach


@SETTINGS
@given(BRAND_TEXTS | TEXTS | st.composite(_phrase_text)())
@example("slot kilat88 KILAT 88 kilat-88 wd slot ²² slot٣٣ abc١٢ rtp")
def test_a_weak_word_of_letters_is_neither_a_split_brand_nor_brand_shaped(text: str) -> None:
    """``_neighboured_brands`` passes over a weak term whose characters (digits kept) are
    all letters: neither shape it looks for matches it."""
    norm = normalise(text)
    for term in lexicon.find_terms(norm, 60):
        if term.kind == lexicon.WEAK and norm.plain[term.i : term.j].isalpha():
            assert not lexicon.SPLIT_BRAND.fullmatch(norm.plain, term.i, term.j)
            assert not lexicon._BRAND_SHAPE.fullmatch(norm.text, term.i, term.j)
