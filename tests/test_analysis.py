"""The analysis layer: one scan with two engines giving the same hits, required pieces of
patterns that never miss a match, facts computed once and read by the rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import cleanser
from cleanser import lexicon, patterns
from cleanser.analysis import ORDER, AnalysedDocument, analyse, scan
from cleanser.declarative import site_pack_rules
from cleanser.document import Document, Line
from cleanser.pipeline import Pipeline, default_pipeline
from cleanser.prefilter import required_keys
from cleanser.spam.analysis import Analysis, Finding
from tests.conftest import corpus_docs

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _lines() -> list[str]:
    """Every line of the corpus inputs and of the rules' examples (and of ../shared's
    devset texts when it is there): the real lines the patterns are checked against."""
    found: set[str] = set()
    for doc in corpus_docs():
        found.update(doc.input.splitlines())
    for rule in site_pack_rules():
        found.update(rule.examples.remove)  # type: ignore[attr-defined]
    devset = SHARED / "devset" / "text"
    if devset.is_dir():
        for path in sorted(devset.glob("*.txt")):
            found.update(path.read_text(encoding="utf-8").splitlines())
    return sorted(found)


def _project_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found: list[tuple[str, regex.Pattern[str]]] = []
    for rule in site_pack_rules():
        found.append((rule.code, rule.pattern))  # type: ignore[attr-defined]
        site = rule.site  # type: ignore[attr-defined]
        found += [(f"{site.name} fingerprint", p) for p in site.patterns]
    for name in lexicon.list_names():
        found.append((f"{name} (whole line)", lexicon.whole_line(name)))
        for entry in lexicon.entries(name):
            if entry.startswith("re:"):
                found.append((f"{name}: {entry}", lexicon.caseless(entry[3:].strip())))
    found += [(name, lexicon.compiled(p)) for name, p in vars(patterns).items()
              if isinstance(p, regex.Pattern | lexicon.LazyPattern)]
    default_pipeline()  # the rules' modules are imported: their scanned patterns are known
    found += [(name, lexicon.compiled(p)) for name, group in patterns.SCANNED_GROUPS.items() for p in group]
    return found


def test_rules_register_scanned_patterns_and_the_scan_knows_them() -> None:
    config = default_pipeline().analysis
    assert patterns.SCANNED_GROUPS
    for name in patterns.SCANNED_GROUPS:
        assert name in config.scanner.families, name


def test_phrase_lines_tried_in_parts_agree_with_the_whole_list() -> None:
    """``scan.phrase_line`` (closed lists where the scan found a key; open lists in two
    parts) says what ``lexicon.whole_line(name).match`` says, on every real line."""
    lines = _lines()
    pipeline = default_pipeline()
    names = ["interface_lines", "navigation_lines", "sections", "comment_lines", "embed_lines",
             "caption_lines", "header_lines", "feed_headers", "related_headers"]
    doc = analyse("\n".join(line for line in lines if line.strip()), pipeline.analysis)
    matched = 0
    for line in doc.lines:
        for name in names:
            expected = lexicon.whole_line(name).match(line.text) is not None
            matched += expected
            assert doc.is_phrase_line(line, name) == expected, (name, line.text)
            assert scan.phrase_line(None, -1, line.text, name) == expected
    assert matched > 20


@pytest.mark.parametrize("text", [
    "Jum'at, 25 Oktober 2024 - 15:40 WIB", "Selasa, 23/02/2016 16:10 WIB", "2024-10-25",
    "Nama Penulis | Sabtu, 21 Juni 2025 | 08.30 WIB", "Kamis 3 April", "12 orang", "",
    "Warga diminta tenang. (Foto: Dok. Istimewa)", "Petani memanen padi. (Tribunnews.com/Nama Fotografer)",
    "Pedagang di pasar. BANJARMASINPOST.CO.ID/NAMA", "Harga naik (21/10/2024)", "(EPA)", "Ia pulang (AFP).",
    "Warga antre. (\u0130STIMEWA)", "Banjir surut. FOTO \u0130LUSTRASI", "Pantai. (\u212aredit: Nama)",
])
def test_cheap_prechecks_agree_with_the_patterns(text: str) -> None:
    from cleanser.patterns import CREDIT_TAIL_CHARS, DATE_LINE, PHOTO_CREDIT, SOURCE_CREDIT

    for padded in (text, "kata dia " * 30 + text):
        start = max(0, len(padded) - CREDIT_TAIL_CHARS)
        assert bool(patterns.date_line(padded)) == bool(DATE_LINE.match(padded))
        assert bool(patterns.photo_credit(padded)) == bool(PHOTO_CREDIT.search(padded, start))
        expected = bool(SOURCE_CREDIT.search(padded, start))
        assert bool(patterns.source_credit(padded)) == expected


def test_prechecks_agree_with_the_patterns_on_real_lines() -> None:
    from cleanser.patterns import CREDIT_TAIL_CHARS, DATE_LINE, PHOTO_CREDIT, SOURCE_CREDIT

    for line in _lines():
        start = max(0, len(line) - CREDIT_TAIL_CHARS)
        assert bool(patterns.date_line(line)) == bool(DATE_LINE.match(line)), line
        assert bool(patterns.photo_credit(line)) == bool(PHOTO_CREDIT.search(line, start)), line
        assert bool(patterns.source_credit(line)) == bool(SOURCE_CREDIT.search(line, start)), line


def test_required_pieces_of_every_project_pattern_are_in_every_line_it_matches() -> None:
    lines = _lines()
    checked = 0
    for name, pattern in _project_patterns():
        keys = required_keys(pattern.pattern, verbose=bool(pattern.flags & regex.VERBOSE))
        if keys is None:
            continue
        checked += 1
        for line in lines:
            if pattern.search(line):
                assert any(k in line.casefold() for k in keys), (name, sorted(keys), line[:120])
    assert checked > 100  # the reader takes nearly every pattern of the project


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (r"(?<![\w.-])[\w-]+\.(?:com|co\.id|net)(?![\w])", {".com", ".co.id", ".net"}),
        (r"Baca (?:juga|pula)\s*:", {"baca juga", "baca pula"}),
        (r"(?i)KOMPAS\.com", {"kompas.com"}),
        (r"\(c\)\s*\d{4}", {"(c)"}),
        (r"[-–—]", {"-", "–", "—"}),
        (r"ab?c", {"a"}),  # "b" is optional: only what every match holds
        (r"(?:x|)", None),  # an empty branch holds nothing
        (r"\d+", None),
        (r"[[a-z]--[q]]x", None),  # a nested set (VERSION1) is not read: nothing promised
        (r"(?x) a b c", None),  # VERBOSE: spaces mean nothing, so nothing is promised
    ],
)
def test_required_keys_of_small_patterns(pattern: str, keys: set[str] | None) -> None:
    found = required_keys(pattern)
    assert (found if found is None else set(found)) == keys


_PIECES = st.sampled_from(
    ["ab", "c", "baca", "juga", r"\.", r"\s+", r"\d", "[xy]", "[-–]", ".", r"\b", "(?=z)", "^", "$"]
)


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 5 if depth < 2 else 2))
        if kind <= 2:
            piece = draw(_PIECES)
        elif kind == 3:
            piece = "(?:" + "|".join(draw(st.lists(_patterns(depth + 1), min_size=1, max_size=3))) + ")"
        elif kind == 4:
            piece = "(?:" + draw(_patterns(depth + 1)) + ")"
        else:
            piece = "(?:" + draw(_patterns(depth + 1)) + ")"
        parts.append(piece + draw(st.sampled_from(["", "", "?", "*", "+", "{2}", "{1,3}"])))
    return "".join(parts)


_TEXT = st.sampled_from(["ab", "c", "baca", "juga", ".", " ", "7", "x", "y", "–", "-", "z", "AB", "Baca"])


@given(_patterns(), st.lists(_TEXT, max_size=12))
@example("(?:ab|c)?juga", ["juga"])
@example(r"baca\s+juga", ["Baca", " ", "juga"])
def test_required_keys_never_miss_a_match(pattern: str, pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE)
    except regex.error:
        return
    keys = required_keys(pattern)
    if keys is not None and compiled.search(text):
        assert any(k in text.casefold() for k in keys), (pattern, text, keys)


def test_both_scan_engines_give_the_same_hits_and_the_same_results() -> None:
    if scan.default_engine() != "ahocorasick":
        pytest.skip("pyahocorasick is not installed on this platform")
    fast = default_pipeline()
    plain = Pipeline(scan_engine="find")
    for doc in corpus_docs():
        a = fast.analyse(doc.input, doc.url)
        b = plain.analyse(doc.input, doc.url)
        assert a.hits == b.hits, doc.id
        assert fast.clean(doc.input, doc.url).to_dict() == plain.clean(doc.input, doc.url).to_dict(), doc.id


def test_scan_finds_overlapping_keys_of_several_families_on_the_right_lines() -> None:
    families = [scan.family("a", ["baca juga"]), scan.family("b", ["juga"]), scan.family("c", ["zzz"]),
                scan.family("open", [None])]
    lines = ("Baca Juga: Harga Naik".casefold(), "tidak ada", "juga ada zzz")
    for engine in scan.ENGINES:
        if engine == "ahocorasick" and scan.default_engine() != "ahocorasick":
            continue
        found = scan.hits(scan.Scanner(families, engine), lines)
        assert found.by_line == (frozenset({"a", "b"}), frozenset(), frozenset({"b", "c"}))
        assert found.may_hold(1, "open") and not found.may_hold(1, "a") and found.may_hold(0, "a")
        assert found.may_hold(1, "a family nobody registered")  # unknown: may be anywhere


def test_the_scan_of_a_text_by_line_offsets_is_the_scan_of_its_folded_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """``hits_of_lines`` folds the lines a stretch at a time as it reads them: the answer
    is ``hits`` of the folded lines, whatever the stretch, engine or line break."""
    families = [scan.family("a", ["baca juga"]), scan.family("b", ["juga"]), scan.family("c", ["ÖZEL"]),
                scan.family("wide", ["ada\nbaca"]), scan.family("open", [None])]
    text = "Baca Juga: Harga Naik\r\ntidak ada\n\nBACA JUGA ada zzz özel\u2028Özel lagi\nLİHAT juga"
    doc = Document(text)
    folded = tuple(line.text.casefold() for line in doc.lines)
    for engine in scan.ENGINES if scan.default_engine() == "ahocorasick" else ("find",):
        for wide in (False, True):
            scanner = scan.Scanner(families if wide else families[:3] + families[4:], engine)
            for stretch in (1, 12, 1 << 16):
                monkeypatch.setattr(scan, "_STRETCH_CHARS", stretch)
                assert scan.hits_of_lines(scanner, text, doc.lines) == scan.hits(scanner, folded), (engine, stretch)
    assert scan.hits_of_lines(scan.Scanner(families), "", ()).by_line == ()


def test_facts_are_computed_once_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanser.analysis import headline, story

    calls: list[str] = []
    for module, name in ((story, "story_indexes"), (headline, "find_title"), (headline, "lines_gone")):
        original = getattr(module, name)

        def counting(doc: AnalysedDocument, _original=original, _name=name):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _original(doc)

        monkeypatch.setattr(module, name, counting)
    pipeline = default_pipeline()
    text = corpus_docs()[0].input
    doc = pipeline.analyse(text)
    assert calls == ["story_indexes", "lines_gone", "find_title"]  # once each, in ORDER
    for name in ORDER:
        assert name in vars(doc), name  # kept on the document
    pipeline.run(doc)
    assert len(calls) == 3  # every rule read the stored facts; nothing was recomputed
    pipeline.clean(text)
    assert len(calls) == 6  # a new document is analysed afresh


def test_the_threshold_reaches_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Promo gacor hari ini klik link.\n"
            "Pemerintah kota mulai memperbaiki saluran air di sepanjang jalan utama setelah banjir "
            "merendam permukiman warga pekan lalu, kata kepala dinas.\n")
    first = text.index("\n")
    finding = Analysis((Finding("line", 0, first, "test finding", 0.6),))
    monkeypatch.setattr(AnalysedDocument, "spam", property(lambda self: finding))
    assert 0 in analyse(text, Pipeline(threshold=0.5).analysis).spam_lines
    assert 0 not in analyse(text, Pipeline(threshold=0.7).analysis).spam_lines


def test_an_ignored_site_pack_rule_no_longer_steers_the_story() -> None:
    pack_rules = {r.code for r in site_pack_rules()}
    assert "DTK01" in pack_rules
    chosen = Pipeline(ignore=["DTK01"])
    assert all(spec.code != "DTK01" for spec in chosen.analysis.specs)
    assert any(spec.code == "DTK01" for spec in default_pipeline().analysis.specs)


def test_no_module_level_cache_keyed_by_text() -> None:
    """Cleaning many different texts leaves no cache that grows with them."""
    import functools
    import gc

    before = {id(f): f.cache_info().currsize for f in gc.get_objects()
              if isinstance(f, functools._lru_cache_wrapper)}  # type: ignore[attr-defined]
    for i in range(40):
        cleanser.clean(f"Berita nomor {i} tentang harga beras di pasar induk kota hari ini.\n" * 3)
    grown = [f for f in gc.get_objects() if isinstance(f, functools._lru_cache_wrapper)  # type: ignore[attr-defined]
             and f.cache_info().currsize > before.get(id(f), 0) + 2]
    assert not grown, [f.__wrapped__.__qualname__ for f in grown]


def test_key_finder_engines_agree_on_real_text() -> None:
    from cleanser.prefilter import KeyFinder

    if scan.default_engine() != "ahocorasick":
        pytest.skip("pyahocorasick is not installed on this platform")
    keys = ["baca juga", "juga", "jakarta", "com", "©", "kata", "a"]
    fast, plain = KeyFinder(keys, "ahocorasick"), KeyFinder(keys, "find")
    for doc in corpus_docs():
        text = doc.input.casefold()
        assert fast.present(text) == plain.present(text), doc.id
        for stop in (len(text), len(text) // 2):
            assert fast.starts(text, stop) == plain.starts(text, stop), doc.id


def test_one_document_analysed_by_two_pipelines_keeps_their_facts_apart() -> None:
    from cleanser.document import Document
    from cleanser.rulecheck import example_document, example_url

    rule = next(r for r in site_pack_rules() if r.code.startswith("KMP") and r.examples.remove)  # type: ignore[attr-defined]
    text, _, _ = example_document(rule, rule.examples.remove[0])  # type: ignore[arg-type, attr-defined]
    doc = Document(text, url=example_url(rule))  # type: ignore[arg-type]
    with_pack = default_pipeline().analyse(doc)
    assert with_pack.pattern_matches(rule.spec)  # type: ignore[attr-defined]
    without = Pipeline(ignore=["KMP"]).analyse(doc)  # the same Document, another pipeline
    assert "kompas" in with_pack.site_packs and "kompas" not in without.site_packs
    assert without.pattern_matches(rule.spec) == ()  # type: ignore[attr-defined]


_END_PIECES = [*"a .…\"')]!?:;\u00a0\x1f’»\t\n", "x" * 40]


@given(st.lists(st.sampled_from(_END_PIECES), max_size=40).map("".join))
@example("x" * 40 + "..." + " " * 40)
@example("x" * 40 + "." + ")" * 40 + "\n")
@example("x..")
@example(" ...")
@example("a;")
@example("a…")
def test_line_ends_read_from_the_end_agree_with_the_patterns(text: str) -> None:
    from cleanser import textshape

    assert textshape.ends_with_ellipsis(text) == bool(textshape._ELLIPSIS_END.search(text))
    stripped = text.rstrip()
    expected = bool(stripped) and not textshape._ELLIPSIS_END.search(stripped) and bool(
        textshape._SENTENCE_END.search(stripped)) and not stripped.endswith(":")
    assert textshape.ends_sentence(text) == expected


def test_scan_finds_keys_that_a_caseless_pattern_finds_in_dotted_capital_i() -> None:
    """A caseless "i" matches "İ", whose casefold is "i" and a combining dot: the scan
    still finds the key, so a gated pattern is still tried there."""
    families = [scan.family("read", ["lihat juga"])]
    for engine in scan.ENGINES if scan.default_engine() == "ahocorasick" else ("find",):
        found = scan.hits(scan.Scanner(families, engine), ("(li̇hat juga: judul)", "lain"))
        assert found.lines_of("read") == (0,)
    assert lexicon.caseless("lihat juga").search("(LİHAT JUGA: Judul)")


def _sentence_starts_by_the_pattern(text: str) -> list[int]:
    from cleanser.analysis import flattened

    return sorted({m.start() for m in flattened._SENTENCE_START.finditer(text)} | {0})


@given(st.lists(st.sampled_from([*"aZ .!?\"')”’(©\t", "A.", "x.", "1.", "  "]), max_size=30).map("".join))
@example("kata dia.Baca Juga: Judul. (Foto) ©2025 Outlet")
def test_sentences_start_where_the_sentence_pattern_says(text: str) -> None:
    from cleanser.analysis import flattened

    expected = _sentence_starts_by_the_pattern(text)
    bounds = [*expected, len(text)]
    kept = [s for i, s in enumerate(expected) if text[s : bounds[i + 1]].strip()]
    assert [start for start, _end in flattened.sentences(text)] == kept


def test_sentences_of_real_lines_start_where_the_sentence_pattern_says() -> None:
    from cleanser.analysis import flattened

    for line in _lines():
        expected = _sentence_starts_by_the_pattern(line)
        bounds = [*expected, len(line)]
        kept = [s for i, s in enumerate(expected) if line[s : bounds[i + 1]].strip()]
        assert [start for start, _end in flattened.sentences(line)] == kept, line[:120]


@given(st.lists(st.sampled_from([*"aZ .!?\"')”’(‘“\t'", "A.", "x.", "  ", "É"]), max_size=30).map("".join))
def test_sentence_breaks_found_from_the_sentence_end_agree_with_the_lookbehind(text: str) -> None:
    from cleanser.analysis import lineshapes

    old = [m.end() for m in lineshapes._SENTENCE_BREAK.finditer(text)]
    assert [m.end(1) for m in lineshapes.SENTENCE_GAP.finditer(text)] == old


_OPEN_LISTS = ("interface_lines", "navigation_lines")


@pytest.mark.parametrize("name", _OPEN_LISTS)
def test_the_first_character_gate_of_an_open_list_lets_every_match_through(name: str) -> None:
    """Exhaustive over the gated characters: a line of the list's keyless entries, its first
    character replaced by any character below ``GATED_BELOW``, matches only when the gate
    lets that character through."""
    unkeyed = scan._phrase_parts(name)[1]
    assert unkeyed is not None
    starts = scan.unkeyed_starts(name)
    samples = [line for line in ["Facebook Twitter", "X | WhatsApp", "Line, Email", "1 2 3 Next", "-----",
                                 "3 / 10", "A A A", "On", "by", "·", "~~", "Salin Link Pinterest", "  on:",
                                 "17 18 19 »", "|"] if unkeyed.match(line)]
    assert len(samples) >= 4
    no_keys = scan.hits(default_pipeline().analysis.scanner, [""])  # a line where the scan found no key
    through = 0
    for line in samples:
        for code in range(scan.GATED_BELOW):
            text = chr(code) + line[1:]
            matched = unkeyed.match(text) is not None
            assert not matched or scan.may_open(starts, text), (name, text)
            assert scan.phrase_line(no_keys, 0, text, name) == matched, (name, text)
            through += matched
    assert through > len(samples)
    # the gate does shut: most letters open no keyless entry
    assert not scan.may_open(starts, "Menteri Keuangan") and not scan.may_open(starts, "Harga")


@given(st.sampled_from(_OPEN_LISTS), st.lists(st.sampled_from(
    [*"FXATLonby AW|·-–1234/»:\t\u00a0ſ\u212aIxé", "Facebook", "Email", "Next", "\u0130"]), max_size=12).map("".join))
@example("navigation_lines", "ſalin Link")
@example("interface_lines", "\u00a0 12 13")
def test_an_open_list_tried_behind_its_gate_says_what_the_whole_list_says(name: str, text: str) -> None:
    config = default_pipeline().analysis
    hits = scan.hits(config.scanner, [text.casefold()])
    expected = lexicon.whole_line(name).match(text) is not None
    assert scan.phrase_line(hits, 0, text, name) == expected, (name, text)


def _known_chrome_plain(text: str, hits: scan.Hits | None, index: int, folded_words: list[str] | None) -> bool:
    """``headline.is_known_chrome`` as first written: every test asked in turn, with no
    cheap gate in front of a pattern (the definition its shortcuts must agree with)."""
    from cleanser import textshape
    from cleanser.analysis import headline as h
    from cleanser.analysis import widgets
    from cleanser.analysis.invitations import is_more_news_line

    def may(name: str) -> bool:
        return hits is None or hits.may_hold(index, name)

    end = len(text.rstrip())
    letters = regex.findall(r"\p{L}", text)
    upper = len(regex.findall(r"\p{Lu}", text)) / len(letters) if letters else 0.0
    few = len(textshape.words(text)) <= h.MAX_LABEL_WORDS if folded_words is None else len(folded_words) <= 6
    return bool(
        any(lexicon.whole_line(name).match(text) for name in h.CHROME_LISTS)
        or patterns.DATE_LINE.match(text)
        or (may("relative_time") and patterns.RELATIVE_TIME.match(text))
        or (may("photo_credit") and patterns.photo_credit(text))
        or (may("byline_labels") and h._BYLINE_START.match(text))
        or h._SITE_CREDIT.search(text, max(0, end - h._SITE_CREDIT_REACH), end)
        or h._NAME_SECTION.match(text)
        or (may("read_also") and h._READ_ALSO_START.match(text))
        or (may("republished") and patterns.REPUBLISHED.match(text))
        or (may("read_at_source") and patterns.READ_AT_SOURCE.match(text))
        or (may("legal_notice") and h._LEGAL.find(folded_words if folded_words is not None
                                                  else [w.casefold() for w in textshape.words(text)], text))
        or len(h._SEPARATORS.findall(text)) >= 2
        or (may(patterns.BREADCRUMB_FAMILY) and patterns.BREADCRUMB.match(text))
        or (may(patterns.TAG_LINE_FAMILY) and patterns.TAG_LINE.match(text))
        or patterns.HASHTAG_LINE.match(text)
        or is_more_news_line(text, folded_words)
        or (few and upper > 0.8)
        or widgets.is_widget_line(text, folded_words if folded_words is not None
                                  else [w.casefold() for w in textshape.words(text)])
    )


def test_known_chrome_says_what_its_plain_definition_says_on_real_lines() -> None:
    from cleanser.analysis import headline

    lines = [line for line in _lines() if line.strip()][:6000]
    doc = analyse("\n".join(lines), default_pipeline().analysis)
    chrome = 0
    for line in doc.content_lines:
        folded = list(doc.folded_words[line.index])
        for hits, words in ((doc.hits, folded), (None, None)):
            expected = _known_chrome_plain(line.text, hits, line.index, words)
            assert headline.is_known_chrome(line.text, hits, line.index, words) == expected, line.text
            chrome += expected
    assert chrome > 100


_CHROME_PIECES = st.sampled_from([
    "Oleh", "Penulis", ":", " ", "Editor", "(", "[", "Budi", "Santoso", "-", "|", "Olahraga", "ſ", "\u212a",
    "Baca", "juga", "Foto", "/", "kompas.com", "Nama", ">", "»", "#", "Berita", "TERKINI", "1", "A", "é", "\u0130",
])


@given(st.lists(_CHROME_PIECES, max_size=10).map("".join))
@example("ſumber: Budi")
@example("(Penulis: Budi Santoso)")
@example("kompas.com/Nama Budi")
def test_known_chrome_says_what_its_plain_definition_says(text: str) -> None:
    from cleanser import textshape
    from cleanser.analysis import headline

    config = default_pipeline().analysis
    hits = scan.hits(config.scanner, [text.casefold()])
    folded = [w.casefold() for w in textshape.words(text)]
    for given_hits, words in ((hits, folded), (None, None), (hits, None)):
        assert headline.is_known_chrome(text, given_hits, 0, words) == _known_chrome_plain(text, given_hits, 0, words)


def test_the_first_character_gate_of_the_byline_start_lets_every_match_through() -> None:
    """Exhaustive over the gated characters, as for the open phrase lists."""
    from cleanser.analysis import headline

    starts = headline._byline_starts()
    samples = ["Oleh: Budi", "Penulis Budi", "(Editor: Nama)", "[Reporter: Nama", "By Nama", "  Oleh Nama"]
    samples = [line for line in samples if headline._BYLINE_START.match(line)]
    assert len(samples) >= 4
    for line in samples:
        for code in range(scan.GATED_BELOW):
            text = chr(code) + line[1:]
            assert not headline._BYLINE_START.match(text) or scan.may_open(starts, text), text
    assert not scan.may_open(starts, "Menteri") and not scan.may_open(starts, "12 orang")


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@example("CNBC INDONESIA")
@example("")
def test_the_uppercase_ratio_counted_in_ascii_is_the_pattern_count(text: str) -> None:
    from cleanser import textshape

    letters = regex.findall(r"\p{L}", text)
    expected = len(regex.findall(r"\p{Lu}", text)) / len(letters) if letters else 0.0
    assert textshape.uppercase_ratio(text) == expected
    every_ascii = "".join(map(chr, range(128)))
    assert textshape.uppercase_ratio(every_ascii) == 26 / 52


def _headline_like_plain(text: str, found: list[str]) -> bool:
    """``lineshapes.is_headline_like`` as first written (its last character read by the
    pattern, the English words counted one by one)."""
    from cleanser.analysis import lineshapes as ls

    stripped = text.strip()
    if not (ls.MIN_HEADLINE_WORDS <= len(found) <= ls.MAX_HEADLINE_WORDS) or len(stripped) > ls.MAX_HEADLINE_CHARS:
        return False
    if not stripped[0].isupper() and not stripped[0].isdigit():
        return False
    if not ls._HEADLINE_END.match(stripped, len(stripped) - 1):
        return False
    folded = [w.casefold() for w in found]
    if sum(1 for w in folded if w in ls._ENGLISH) > ls.MAX_ENGLISH_WORDS or ls.title_share(found) < ls.MIN_TITLE_SHARE:
        return False
    if ls._URL.search(stripped) or ";" in stripped or (stripped.count(",") >= 4 and ls._LIST_OF_NAMES.search(stripped)):
        return False
    if ls._SCORE_OR_DATE.search(stripped) or ls._NOT_A_HEADLINE.search(stripped) or ls._LIST_ITEM.match(stripped):
        return False
    return not ls._DATED_ROW.match(stripped)


def test_headline_like_says_what_its_plain_definition_says() -> None:
    """On real lines, and on a Title Case headline ending with every character below U+3000
    and a few above it."""
    from cleanser import textshape
    from cleanser.analysis import lineshapes

    texts = [line for line in _lines() if 6 <= textshape.word_count(line) <= 24]
    base = "Persib Panen Efek Positif Dari Panggung Asia Tenggara"
    texts += [base + chr(code) for code in [*range(0x3000), 0x1F600, 0x10FFFF] if not 0xD800 <= code < 0xE000]
    headlines = 0
    for text in texts:
        found = textshape.words(text)
        expected = _headline_like_plain(text, found)
        assert lineshapes.is_headline_like(text, found) == expected, text
        assert lineshapes.is_headline_like(text, found, [w.casefold() for w in found]) == expected, text
        headlines += expected
    assert headlines > 200


def test_line_shapes_are_the_shape_tests_of_each_line() -> None:
    """``line_shapes`` (each test asked only where its word count, a digit or a colon
    allows it, two numbers found one after the other) says what the plain tests say of
    every real line, and ``title_share`` what a count of the first letters says."""
    from cleanser.analysis import lineshapes as ls

    lines = [line for line in _lines() if line.strip()][:8000]
    lines += ["12.30", "2-0", "Skor 1 dan 2", "Harga 10.000", "23/10/25", "Venue: Stadion", "Rp 5", "1 2", "Bab 3 4"]
    doc = analyse("\n".join(lines), default_pipeline().analysis)
    shapes = doc.line_shapes
    counts = dict.fromkeys(("headline", "name", "figures", "clock", "label"), 0)
    for line in doc.content_lines:
        i, text, found = line.index, line.text, doc.words[line.index]
        short = len(found) <= ls.MAX_HEADLINE_WORDS + 6
        expected = {
            "headline": short and ls.is_headline_like(text, found),
            "name": short and ls.is_name_like(text, found),
            "clock": short and ls.is_clock(text),
            "figures": short and ls.is_figure_row(text) and not ls.is_clock(text),
            "label": short and ls.is_label_row(text),
        }
        for name, wanted in expected.items():
            assert (i in getattr(shapes, name)) == wanted, (name, text)
            counts[name] += wanted
        assert (i in shapes.strong_headline) == (expected["headline"] and ls.is_strong_headline(text, found))
        counted = [w for w in found[1:] if w[0].isalpha() and w.casefold() not in ls.SMALL_WORDS]
        share = sum(1 for w in counted if w[0].isupper()) / len(counted) if counted else 0.0
        assert ls.title_share(found) == share == ls.title_share(found, doc.folded_words[i])
    assert min(counts.values()) > 2, counts


def _title_shaped_plain(text: str) -> bool:
    """``headline.is_title_shaped`` as first written: every pattern run, the letters found
    by the pattern."""
    from cleanser import textshape
    from cleanser.analysis import headline as h

    stripped = text.strip()
    n = len(textshape.words(stripped))
    if not h.MIN_WORDS <= n <= h.MAX_WORDS or len(stripped) > 250:
        return False
    if stripped.endswith((".", ":", ",", ";")) and not textshape.ends_with_ellipsis(stripped):
        return False
    if textshape.ends_with_ellipsis(stripped) or h._SENTENCE_BREAK.search(stripped):
        return False
    broken = regex.search(r"\s(?:kepada|dengan|untuk|dari|pada|oleh|dan|atau|yang|serta|bahwa|karena|to|of|and"
                          r"|the|with)$", stripped)
    if stripped.endswith(h._OPEN_END) or broken:
        return False
    letters = len(regex.findall(r"\p{L}", stripped)) / len(stripped)
    return (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'“‘[(") and letters > 0.6


_TITLE_PIECES_ALL = st.sampled_from([
    "Banjir", "Melanda", "kota", " ", "dan", "the", "Kepada", "kepada", ".", "!", "?", "…", "...", "ab.", "Ab",
    "é", "Ü", "123", "-", "(", "\u00a0", "ſ", "\u0130", "\n", "x",
])


@given(st.lists(_TITLE_PIECES_ALL, max_size=14).map("".join))
@example("Banjir Melanda Kota Bandung dan")
@example("Banjir Melanda ab. Kota Bandung")
@example("Banjir Melanda Kota\u00a0the")
def test_title_shaped_says_what_its_plain_definition_says(text: str) -> None:
    from cleanser.analysis import headline

    assert headline.is_title_shaped(text) == _title_shaped_plain(text)


def test_title_shaped_says_what_its_plain_definition_says_on_real_lines() -> None:
    from cleanser.analysis import headline

    shaped = 0
    for line in _lines():
        expected = _title_shaped_plain(line)
        assert headline.is_title_shaped(line) == expected, line
        shaped += expected
    assert shaped > 200


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@example(" abc1 ")
def test_the_letter_ratio_counted_in_ascii_is_the_pattern_count(text: str) -> None:
    from cleanser import textshape

    stripped = text.strip()
    expected = len(regex.findall(r"\p{L}", stripped)) / len(stripped) if stripped else 0.0
    assert textshape.letter_ratio(text) == expected


def test_openings_after_site_packs_are_read_from_the_packs_matches() -> None:
    """``opening_after_site_packs`` (answered without the packs' matches when no pack
    applies) says where each line resumes once the matches covering its opening are cut."""
    with_packs = 0
    for case in corpus_docs():
        doc = analyse(case.input, default_pipeline().analysis, url=case.url)
        opened = doc._site_pack_openings()
        with_packs += bool(doc.site_packs)
        for line in doc.content_lines:
            expected = opened.get(line.index, line.content_start) - line.start
            assert doc.opening_after_site_packs(line) == expected
    assert with_packs > 3


_PACK_PROMO = (
    "Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini untuk mendaftarkan diri anda"
    " sekarang juga!"
)


def test_the_copy_search_reads_a_line_without_a_site_pack_match_at_its_opening() -> None:
    """A pack's promo glued before a line's text (``site_pack_openings``) is cut out of the
    line's view, as a second pass reads the line: a paragraph printed again after the promo
    is a repeat, a paragraph printed twice after it a doubled run."""
    paragraph = ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya'
                 ' tetap Rp 5.000," tutur kepala dinas.')
    last = ("Warga menyambut baik rencana itu karena selama ini mereka harus menunggu bus hingga satu jam"
            " di halte, kata ketua RT setempat.")
    doc = analyse(f"{paragraph}\n{_PACK_PROMO}{paragraph}\n{last}\n", default_pipeline().analysis)
    assert doc.site_pack_openings() == {1: doc.lines[1].start + len(_PACK_PROMO)}
    assert [(c.line.index, c.repeat) for c in doc.copies] == [(1, True)]
    doc = analyse(f"{_PACK_PROMO}{paragraph * 2}\n{last}\n", default_pipeline().analysis)
    (copy,) = doc.copies
    assert doc.text[copy.start:copy.end] == paragraph  # the second print, in input offsets


def _story_plain(doc: AnalysedDocument) -> tuple[int, ...]:
    """``story_indexes`` as first written: every prose line that goes nowhere whole, judged."""
    from cleanser.analysis import story

    body = set(doc.body_paragraph_indexes)
    for index in doc.lines_cut:
        if doc.is_body_after_cuts(doc.lines[index]):
            body.add(index)
        else:
            body.discard(index)
    gone = doc.spam_lines | doc.site_pack_lines(anywhere_only=True) | doc.whole_line_copies
    return tuple(i for i in sorted(body) if i not in gone and not story._chrome_by_its_text(doc, doc.lines[i]))


_NOTICE = "Hak cipta dilindungi undang-undang. Dilarang mengutip atau menyalin artikel ini tanpa izin redaksi."


def test_story_lines_read_from_their_ends_are_the_plain_tuple() -> None:
    """``StoryIndexes`` (lines judged as they are read) answers every reading as the plain
    tuple does, read in any order, on real documents and on stories whose ends are notices."""
    paragraph = "Warga desa itu menanam padi di sawah dekat sungai sejak pagi hari, kata kepala desa."
    texts = [case.input for case in corpus_docs()[::4]] + [
        f"{_NOTICE}\n" + f"{paragraph}\n" * 3 + f"{_NOTICE}\n{_NOTICE}\n",
        f"{_NOTICE}\n{_NOTICE}\n",
        "Judul saja\n",
    ]
    config = default_pipeline().analysis
    for text in texts:
        plain = _story_plain(analyse(text, config))
        count = len(analyse(text, config).lines)
        readings = [
            lambda s: s[-4:], lambda s: s[:2], lambda s: tuple(s), lambda s: len(s), lambda s: bool(s),
            lambda s: tuple(reversed(s)), lambda s: s[1:3], lambda s: s[::2],
            lambda s, count=count: [i in s for i in range(-1, count + 1)],
        ]
        for reading in readings:
            assert reading(analyse(text, config).story_indexes) == reading(plain)
        for at in {0, 1, 2, -1, -2, -3, len(plain), -len(plain) - 1}:
            doc = analyse(text, config)
            if -len(plain) <= at < len(plain):
                assert doc.story_indexes[at] == plain[at]
            else:
                with pytest.raises(IndexError):
                    doc.story_indexes[at]
        doc = analyse(text, config)
        assert doc.story_indexes == plain and (doc.first_body_index, doc.last_body_index) == (
            plain[0] if plain else len(doc.lines), plain[-1] if plain else -1)


def test_story_lines_are_judged_at_the_ends_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanser.analysis import story

    judged: list[int] = []
    plain_judge = story._chrome_by_its_text

    def judge(doc: AnalysedDocument, line: Line) -> bool:
        judged.append(line.index)
        return plain_judge(doc, line)

    monkeypatch.setattr(story, "_chrome_by_its_text", judge)
    paragraph = "Warga desa itu menanam padi di sawah dekat sungai sejak pagi hari, kata kepala desa."
    story_text = "".join(f"{paragraph} Bagian {k}.\n" for k in range(40))
    doc = analyse(f"{_NOTICE}\n{story_text}{_NOTICE}\n", default_pipeline().analysis)
    ends = (doc.first_body_index, doc.last_body_index, doc.story_indexes[-4:])
    assert ends == (1, 40, (37, 38, 39, 40))
    assert sorted(set(judged)) == [0, 1, 37, 38, 39, 40, 41]  # not the 36 paragraphs between


def test_a_site_pack_match_closing_a_line_is_cut_before_the_copy_search() -> None:
    """A pack's promo glued after a paragraph printed again (``site_pack_closings``): the copy
    search reads the line without it, so the second print is a repeat in the first pass."""
    paragraph = ('"Armada yang kami siapkan delapan bus dengan interval 15 menit pada jam sibuk. Tarifnya'
                 ' tetap Rp 5.000," tutur kepala dinas.')
    text = (f"{paragraph}\n{paragraph}{_PACK_PROMO}\nWarga menyambut baik rencana itu karena selama ini mereka"
            " harus menunggu bus hingga satu jam di halte, kata ketua RT setempat.\n")
    doc = analyse(text, default_pipeline().analysis)
    assert doc.site_packs
    second = doc.lines[1]
    assert doc.site_pack_closings() == {1: second.start + len(paragraph)}
    assert [(c.line.index, c.repeat) for c in doc.copies] == [(1, True)]
    # no closing where the pack's match opens the line (an opening) or no pack applies
    doc = analyse(f"{_PACK_PROMO}{paragraph}\n{paragraph}\n", default_pipeline().analysis)
    assert doc.site_pack_closings() == {}
    assert analyse(f"{paragraph}\n{paragraph} Terima kasih.\n", default_pipeline().analysis).site_pack_closings() == {}


@pytest.mark.parametrize(("text", "known"), [
    ("Redaktur & Reporter : Fathan Sinaga", True),
    ("Editor / Penulis: Rina Kusuma", True),
    ("Penulis Rudi Hartono", True),
    ("Editor senior itu mengatakan redaksi akan memuat klarifikasi besok pagi.", False),
    ("Penulis buku itu menghabiskan tiga tahun di pedalaman Papua untuk risetnya.", False),
])
def test_a_byline_label_opens_known_chrome_only_before_a_colon_or_a_name(text: str, known: bool) -> None:
    """The label's name after it must be capitalised ("Penulis Rudi"); the pattern is caseless,
    and read a sentence's small word as a name before ("Editor senior itu ...")."""
    from cleanser.analysis import headline

    assert bool(headline._BYLINE_START.match(text)) is known
