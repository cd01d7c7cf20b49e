"""Fast paths of the text model and the rules: work skipped or done another way gives the
answers the full work gives."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from cleanser import language, lexicon, textshape
from cleanser.analysis import AnalysedDocument, analyse, blocks
from cleanser.document import Document
from cleanser.pipeline import default_pipeline
from cleanser.rules import rl01_read_also_link as rl01
from cleanser.rules.ab01_author_bio import AuthorBio
from cleanser.rules.dl01_dateline_prefix import DatelinePrefix
from tests.property_settings import fixed_or_explore

# ASCII letters, digits and the marks inside a word, with the non-ASCII ones WORD reads
_WORDISH = st.text(alphabet=st.sampled_from("aZ09'-. \t’é\u00aa²Ⅻ_,\n\r\x0b\u2028"), max_size=60)
# and the characters beyond ASCII that are no word (quotes, dashes, an ellipsis, a
# combining mark, an emoji): a line holding only those is read by ASCII_WORD (``Document.words``)
_NO_WORD_BEYOND_ASCII = st.text(alphabet=st.sampled_from("aZ09'-. ,\n“”—–…\u0301\u200b🔥\u00a0"), max_size=60)


@fixed_or_explore(300)
@given(st.one_of(st.text(max_size=80), _WORDISH, _NO_WORD_BEYOND_ASCII,
                 st.text(alphabet=st.characters(max_codepoint=127), max_size=80)))
@example("a.b..c d-e -f g'h' 1.000,5 x--y")
@example("Rp2.500 ke-3 Jum'at")
@example("kata " * 1100 + "\nbaris kedua")
@example("kóta " * 1100 + "\nbaris kedua\r\nlagi")  # a text not all ASCII: its long line read by WORD
@example("“Kata dia—ya…” 1.5\nJum’at “x”")  # a line with no word character beyond ASCII, one with ’
@example("caf\u0301e\u200b—2\u00b2 \u2014a-\u2013b")  # a combining mark, a zero-width space; a ² ends the text
@example("“kata” dia—" * 500 + "\nJum’at " * 3)  # a long line read in place, beside lines holding "’"
@example("Вести из Москвы — “x”\nplain ascii-line 2.5")  # more letters beyond ASCII than are looked up
def test_the_words_of_a_text_are_the_words_word_finds(text: str) -> None:
    assert textshape.words(text) == textshape.WORD.findall(text)
    assert textshape.word_count(text) == len(textshape.WORD.findall(text))
    for limit in range(4):
        assert textshape.has_at_most_words(text, limit) == (len(textshape.WORD.findall(text)) <= limit)
    doc = Document(text)
    assert doc.words == tuple(tuple(textshape.WORD.findall(line.text)) for line in doc.lines)

STORY = (
    "Pemerintah kota menata ulang trotoar di sekitar taman kota agar lebih ramah bagi pejalan kaki.\n"
    "Penataan dilakukan bertahap dan ditargetkan selesai sebelum akhir tahun, kata kepala dinas itu.\n"
)

LABELS = ("Penulis", "Editor", "Reporter", "Wartawan")
NAMES = ("Ni Luh Ayu Lestari", "Wema Dinata", "Shinta Rahma Putri", "Ignatius Sri Bayu")


@pytest.mark.parametrize("first", range(len(LABELS)))
def test_ab01_reads_a_row_of_names_and_labels_without_langdetect(
    first: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(text: str) -> str:
        raise AssertionError(f"langdetect asked about {text!r}")

    monkeypatch.setattr(language, "detect", refuse)
    label_a, label_b = LABELS[first], LABELS[(first + 1) % len(LABELS)]
    for opening, closing in (("", ""), ("(", ")")):
        row = f"{opening}{label_a}: {NAMES[first]} | {label_b}: {NAMES[-1 - first]}{closing}"
        doc = analyse(STORY + row)
        assert language.cheap_guess(row) == language.UNKNOWN  # the vote is unclear
        assert list(AuthorBio().propose(doc)) == []


@pytest.mark.parametrize(
    "bio",
    [
        "Freelance writer, journalism graduate, coffee lover, cyclist, amateur photographer, Bandung.",
        "Senior reporter, data journalism enthusiast, marathon runner, podcast host, Surabaya native.",
    ],
)
def test_ab01_still_asks_langdetect_about_an_unclear_profile(bio: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    detect = language.detect

    def counting(text: str) -> str:
        asked.append(text)
        return detect(text)

    monkeypatch.setattr(language, "detect", counting)
    assert language.cheap_guess(bio) == language.UNKNOWN
    result = cleanser.clean(STORY + bio)
    assert bio in asked
    assert [r.text for r in result.removals if r.code == "AB01"] == [bio]


def test_a_block_is_found_once_per_header_line() -> None:
    text = (
        "Warga mengeluhkan antrean panjang di kantor kelurahan sejak pagi hari hingga siang ini.\n"
        "Berita Terkait\n"
        "Antrean KTP Mengular di Kantor Kelurahan\n"
        "Petugas Tambah Loket Layanan Mulai Pekan Depan\n"
    )
    doc = analyse(text)
    header = doc.lines[1]
    first = blocks.block_at(doc, header)
    assert blocks.block_at(doc, header) is first  # the fact and the read-also rule share it
    assert [item.text for item in first.items] == [doc.lines[2].text, doc.lines[3].text]
    assert doc.related_blocks and doc.related_blocks[0] is first


@pytest.mark.parametrize("city", ["JAKARTA", "SURABAYA", "MAKASSAR"])
def test_dl01_cuts_the_dateline_of_each_copy_and_only_of_copies(city: str) -> None:
    story = "Harga cabai rawit di pasar induk naik dua kali lipat sejak awal pekan ini{} kata para pedagang{}"
    opening = f"{city}, KABARKOTA.com - " + story.format(",", ".")
    # the same words with other marks between them: not a copy of the paragraph
    other = f"{city}, KABARKOTA.com – " + story.format(";", "!")
    text = "\n".join([
        opening,
        "Pedagang menyebut pasokan dari daerah penghasil berkurang karena hujan deras yang turun hampir setiap hari.",
        opening,
        other,
    ])
    doc = analyse(text, default_pipeline().analysis)
    assert doc.words[0] is doc.words[2] and doc.words[0] is doc.words[3]  # the test's premise
    cuts = [(doc.line_at(p.start).number, text[p.start : p.end].strip()) for p in DatelinePrefix().propose(doc)]
    assert cuts == [(1, f"{city}, KABARKOTA.com -"), (3, f"{city}, KABARKOTA.com -")]


def _title_end_reading_every_token(doc: AnalysedDocument, text: str, start: int) -> rl01.TitleEnd:
    """``rl01.find_title_end`` as it read the whole line: every glue, every token of a segment."""
    stop = len(text.rstrip())
    glues = [m.start() for m in rl01.GLUE.finditer(text, start, stop) if rl01._real_glue(text, m.start())]
    bounds = [start, *glues, stop]
    title_end = start
    for index in range(len(bounds) - 1):
        seg_start, seg_stop = bounds[index], bounds[index + 1]
        tokens = [(seg_start + m.start(), seg_start + m.end(), m.group())
                  for m in rl01.TOKEN.finditer(text[seg_start:seg_stop])]
        if index and text[seg_start] in "\"“":
            return rl01.TitleEnd(seg_start, True, "a quote is glued after the title")
        k = next((i for i, t in enumerate(tokens) if rl01._is_sentence_word(t[2])), None)
        if k is None:
            title_end = seg_stop
            continue
        if index:
            return rl01.TitleEnd(seg_start, True, "the story is glued after the title")
        if k == 0:
            return rl01.TitleEnd(start, False, "no title before the story")
        rest = text[tokens[k][0] : stop]
        if not rl01.SENTENCE_END.search(rest) and len(rl01.TOKEN.findall(text, start, stop)) <= rl01.MAX_TITLE_WORDS:
            return rl01.TitleEnd(stop, True, "a sentence-case title runs to the end of the line")
        seen = rl01._seen_elsewhere(doc, text, tokens[:k])
        split, how = rl01._split_in_segment(text, tokens, k, seen)
        end = tokens[split - 1][1]
        content = [t for t in tokens[:split] if rl01._core(t[2]).casefold() not in rl01.SMALL_WORDS]
        return rl01.TitleEnd(end, len(content) >= rl01.MIN_SPLIT_TITLE_WORDS, how)
    return rl01.TitleEnd(title_end, True, "the title runs to the end of the line")


_TITLE_PIECES = st.sampled_from([
    "Harga", "Cabai", "Naik", "di", "Pasar", "Induk", "warga", "mengeluh", "Dengan", "pasokan", "normal,",
    "Kemenangan!\"Dia", "HijauProyek", "YouTube", "Vision+Akankah", "bisnismu?", "Cari", "sini!", "ke-3",
    "iPhone", "“Pemerintah", "kata", "Yusuf.", "dan", "Jakarta", "Persib", "Bandung", "menang", "2-0.",
])


@fixed_or_explore(300)
@given(st.lists(_TITLE_PIECES, min_size=1, max_size=40), st.sampled_from(["", " ", "  "]))
@example(["Butuh", "tenaga", "kerja", "terbaik", "untuk", "bisnismu?", "Cari", "di", "sini!"], "")
def test_rl01_title_end_reads_the_tokens_it_needs_only(pieces: list[str], tail: str) -> None:
    text = "Baca juga: " + " ".join(pieces) + tail
    doc = analyse(f"Warga {pieces[0]} hadir di balai desa pada Senin pagi.\n{text}")
    start = len("Baca juga: ")
    assert rl01.find_title_end(doc, text, start) == _title_end_reading_every_token(doc, text, start)


_NARROWED_LISTS = ("legal_notice", "comment_lines", "embed_lines", "interface_lines", "header_lines", "sections")
_ENTRY_PIECES = st.sampled_from([
    "©", "(c) 2024", "(C)2023", "tidak mewakili pandangan redaksi", "TIDAK MENCERMINKAN SIKAP DARI REDAKSI",
    "is solely responsible for the content", "does not reflect the views of the editorial", "12 Komentar",
    "[Gambas:Video 20detik]", "A post shared by Warga (@warga)", "Halaman 2 dari 3", "1 2 3 Selanjutnya",
    "Rep: Nama Red: Nama", "detikNews", "FotoWarga", "İ", "ı", "warga", "redaksi", "©©", "x©", " ", ".",
])


@fixed_or_explore(300)
@given(st.sampled_from(_NARROWED_LISTS), st.lists(_ENTRY_PIECES, max_size=8).map("".join))
@example("legal_notice", "x© tidak mewakili pandangan redaksi (c) 2024")
def test_a_phrase_index_runs_only_the_entries_whose_keys_a_text_holds(name: str, text: str) -> None:
    index = lexicon.phrase_index(name)
    assert index._pattern is not None
    whole = {m.group().casefold() for m in index._pattern.finditer(text)}
    assert index.find((), text) == whole


def test_a_phrase_index_keeps_a_bounded_number_of_narrowed_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts choose which ``re:`` entries run (2**n subsets of n entries): the narrowed
    patterns kept stay bounded, and the answers stay the whole pattern's."""
    monkeypatch.setattr(lexicon, "_MAX_CHOSEN_PATTERNS", 3)
    index = lexicon.PhraseIndex("legal_notice")
    pieces = ["©", "(c) 2024", "tidak mewakili pandangan redaksi", "is solely responsible for the content",
              "does not reflect the views of the editorial"]
    assert index._pattern is not None
    for mask in range(1, 1 << len(pieces)):
        text = " dan ".join(piece for i, piece in enumerate(pieces) if mask >> i & 1)
        assert index.find((), text) == {m.group().casefold() for m in index._pattern.finditer(text)}
        assert len(index._patterns_of) <= 3


def test_rl01_counts_a_links_words_in_the_text_around_it() -> None:
    """A name is 'seen elsewhere' when the text around the link names it too; on a huge text
    only the ``ELSEWHERE_CHARS`` each side count (counting in the whole text for every link
    grew with the square of its size)."""
    link = "Baca juga: Taman Baru Kota Sari"
    filler = "Pemerintah kota menata ulang trotoar di sekitar taman agar ramah bagi pejalan kaki.\n"
    far = filler * (rl01.ELSEWHERE_CHARS // len(filler) + 10)
    start = len("Baca juga: ")
    run = [(m.start(), m.end(), m.group()) for m in rl01.TOKEN.finditer(link, start)]
    for text, seen in ((f"{link}\nWarga Sari datang.\n", True), (f"{link}\n{far}Warga Sari datang.\n", False)):
        found = rl01._seen_elsewhere(analyse(text), link, run, 0)
        assert (found["Sari"] >= 1) is seen
