"""Declarative rules: the TOML format, its validation, each scope, and use in a Pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanser
from cleanser import Category, Pipeline, Rule
from cleanser.declarative import (
    DEFAULT_PRIORITY,
    DeclarativeRule,
    DeclarativeRuleError,
    load_rules,
    loads,
)
from cleanser.rulecheck import check_examples

STORY = (
    "Pemerintah kota mulai memperbaiki saluran air di sepanjang jalan utama setelah banjir "
    "merendam permukiman warga pekan lalu, kata kepala dinas pekerjaan umum.\n"
    "Menurut dia, pekerjaan itu ditargetkan selesai dalam tiga bulan dan akan diawasi oleh "
    "inspektorat agar anggarannya tidak bocor.\n"
)


def rules_from(toml: str, source: str = "my_rules.toml") -> list[DeclarativeRule]:
    return loads(toml, source)


def clean_with(rules: list[DeclarativeRule], text: str, url: str | None = None):
    """Clean with these rules alone, so that no built-in rule takes the text first."""
    return Pipeline(rules=rules).clean(text, url)


def by_code(result, code: str):
    return [r for r in result.removals if r.code == code]


# -- loading -------------------------------------------------------------------------------

RADIO = """
[[rule]]
code = "RAD01"
name = "station-jingle"
category = "promo"
reason = "the station's jingle line"
pattern = 'Dengarkan Radio Contoh FM setiap pagi!?'
examples = { remove = ["Dengarkan Radio Contoh FM setiap pagi!"] }
"""


def test_each_rule_table_becomes_one_rule_with_its_own_identity() -> None:
    [rule] = rules_from(RADIO)
    assert isinstance(rule, Rule)
    assert (rule.code, rule.name, rule.category) == ("RAD01", "station-jingle", Category.PROMO)
    assert rule.priority == DEFAULT_PRIORITY == 40
    assert rule.summary() == "the station's jingle line"
    assert "Anti-pattern" in rule.documentation()
    assert "Dengarkan Radio Contoh FM" in rule.documentation()
    # The class still answers for itself.
    assert DeclarativeRule.summary().startswith("A rule written as data")
    assert repr(rule) == "<DeclarativeRule RAD01 station-jingle (promo)>"


def test_removal_carries_the_rule_code_category_and_reason() -> None:
    rules = rules_from(RADIO)
    result = clean_with(rules, STORY + "Dengarkan Radio Contoh FM setiap pagi!\n")
    [removal] = by_code(result, "RAD01")
    assert removal.category is Category.PROMO
    assert removal.reason == "the station's jingle line"
    assert removal.name == "station-jingle"
    assert "Dengarkan" not in result.text
    assert "saluran air" in result.text


def test_pattern_is_case_insensitive_unless_told() -> None:
    rules = rules_from(RADIO)
    assert by_code(clean_with(rules, STORY + "DENGARKAN RADIO CONTOH FM SETIAP PAGI\n"), "RAD01")
    strict = rules_from(RADIO.replace('pattern =', "ignorecase = false\npattern ="))
    assert not by_code(clean_with(strict, STORY + "DENGARKAN RADIO CONTOH FM SETIAP PAGI\n"), "RAD01")


# -- validation ----------------------------------------------------------------------------


def error_of(toml: str, source: str = "my_rules.toml") -> str:
    with pytest.raises(DeclarativeRuleError) as caught:
        loads(toml, source)
    return str(caught.value)


def test_bad_category_names_file_rule_and_the_valid_names() -> None:
    message = error_of(RADIO.replace('"promo"', '"advert"'))
    assert message.startswith("my_rules.toml: rule #1 (RAD01): ")
    assert "unknown category 'advert'" in message
    assert "promo" in message and "navigation" in message


def test_bad_regex_is_reported_with_the_pattern() -> None:
    message = error_of(RADIO.replace("setiap pagi!?'", "setiap (pagi'"))
    assert "rule #1 (RAD01)" in message
    assert "pattern is not a valid regex" in message


def test_duplicate_code_is_refused() -> None:
    twice = RADIO + RADIO.replace("station-jingle", "station-jingle-again")
    assert "code RAD01 is used twice" in error_of(twice)


def test_duplicate_name_in_one_file_is_refused() -> None:
    twice = RADIO + RADIO.replace("RAD01", "RAD02")
    assert "name 'station-jingle' is used twice" in error_of(twice)


@pytest.mark.parametrize("key", ["code", "name", "category", "reason", "pattern"])
def test_missing_required_field_is_named(key: str) -> None:
    lines = [line for line in RADIO.splitlines() if not line.startswith(f"{key} =")]
    message = error_of("\n".join(lines))
    assert f"missing required key {key!r}" in message
    assert "my_rules.toml: rule #1" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('code = "RAD01"', 'code = "rad01"'), "code 'rad01' is not"),
        (('name = "station-jingle"', 'name = "Station Jingle"'), "name must be kebab-case"),
        (('reason = "the station', 'scope = "page"\nreason = "the station'), "scope must be one of"),
        (('reason = "the station', 'where = "footer"\nreason = "the station'), "where must be one of"),
        (('reason = "the station', 'priority = "high"\nreason = "the station'), "priority must be"),
        (('reason = "the station', 'scop = "line"\nreason = "the station'), "unknown key(s) scop"),
        (('reason = "the station', 'until = "x"\nreason = "the station'), "until is only for scope"),
        (('reason = "the station', 'max_words = 0\nreason = "the station'), "max_words must be"),
        (("pattern = 'Dengarkan", "pattern = '.*|Dengarkan"), "matches ordinary article prose"),
        (('examples = { remove', 'facts = { who = "author" }\nexamples = { remove'),
         "facts names group 'who', which the pattern lacks"),
    ],
)
def test_field_problems_are_explained(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in RADIO
    assert expected in error_of(RADIO.replace(old, new))


def test_invalid_toml_and_empty_file_are_reported() -> None:
    assert "is not valid TOML" in error_of("[[rule]\ncode = 1")
    assert "has no [[rule]] tables" in error_of("# nothing here\n")


def test_span_pattern_that_matches_nothing_at_all_is_refused() -> None:
    toml = RADIO.replace("pattern = 'Dengarkan Radio Contoh FM setiap pagi!?'",
                         "scope = \"span\"\npattern = '(?:x)?'")
    assert "matches the empty string" in error_of(toml)


def test_builtin_codes_cannot_be_reused() -> None:
    builtin = cleanser.available_rules()
    if not builtin:
        pytest.skip("no built-in rules registered")
    code = builtin[0].code
    message = error_of(RADIO.replace("RAD01", code))
    assert f"code {code} is a built-in rule's code" in message


def test_site_pack_needs_a_site_table_and_three_letter_codes() -> None:
    with pytest.raises(DeclarativeRuleError, match=r"needs a \[site\] table"):
        loads(RADIO, "pack.toml", site_pack=True)
    site = '[site]\nname = "contoh-fm"\ndomains = ["contohfm.id"]\n'
    assert "is not three capitals and two digits" in error_of(site + RADIO.replace("RAD01", "RA01"))
    assert "needs domains or fingerprints" in error_of('[site]\nname = "x"\n' + RADIO)
    assert "is not a host name" in error_of('[site]\nname = "x"\ndomains = ["http://x.id/"]\n' + RADIO)


def test_problems_surface_at_load_time_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(RADIO.replace('"promo"', '"advert"'), encoding="utf-8")
    with pytest.raises(DeclarativeRuleError, match=r"broken\.toml: rule #1 \(RAD01\)"):
        load_rules(path)
    with pytest.raises(DeclarativeRuleError, match="no such file or folder"):
        load_rules(tmp_path / "missing.toml")


# -- scopes --------------------------------------------------------------------------------


def one_rule(body: str) -> list[DeclarativeRule]:
    return rules_from(f'[[rule]]\ncode = "TST01"\nname = "test-rule"\ncategory = "promo"\n'
                      f'reason = "test"\n{body}\n')


def test_line_scope_needs_the_whole_line() -> None:
    rules = one_rule("pattern = 'Ikuti kanal kami'")
    result = clean_with(rules, STORY + "Ikuti kanal kami\nIkuti kanal kami untuk kabar terbaru setiap hari\n")
    assert [r.text for r in by_code(result, "TST01")] == ["Ikuti kanal kami"]
    assert "Ikuti kanal kami untuk kabar terbaru setiap hari" in result.text


def test_prefix_scope_removes_only_the_start_of_the_line() -> None:
    rules = one_rule("scope = \"prefix\"\npattern = 'RADIOCONTOH\\.ID\\s*[-–]\\s*'")
    text = "RADIOCONTOH.ID - Harga cabai di pasar induk naik dua kali lipat sejak awal bulan.\n" + STORY
    result = clean_with(rules, text)
    [removal] = by_code(result, "TST01")
    assert removal.text == "RADIOCONTOH.ID -"
    assert result.text.startswith("Harga cabai di pasar induk")
    # Not at the start of a line: left alone.
    assert not by_code(clean_with(rules, STORY + "Kata RADIOCONTOH.ID - tidak ada.\n"), "TST01")


def test_span_scope_removes_every_match_and_keeps_the_rest() -> None:
    rules = one_rule("scope = \"span\"\npattern = '\\s*\\[Iklan Contoh\\]'")
    text = ("Pasar dibuka pukul enam pagi. [Iklan Contoh] Pedagang mulai menata dagangan. "
            "[Iklan Contoh] Pembeli berdatangan sejak subuh.\n")
    result = clean_with(rules, text)
    assert len(by_code(result, "TST01")) == 2
    assert "Iklan Contoh" not in result.text
    assert "Pedagang mulai menata dagangan. Pembeli berdatangan sejak subuh." in result.text


def test_block_scope_runs_to_until_line() -> None:
    rules = one_rule("scope = \"block\"\npattern = 'Kabar Pilihan'\nuntil = 'Lihat semua'")
    text = STORY + "Kabar Pilihan\nJudul satu\nJudul dua\nLihat semua\nPenutup yang tetap ada.\n"
    result = clean_with(rules, text)
    assert [r.text for r in by_code(result, "TST01")] == [
        "Kabar Pilihan", "Judul satu", "Judul dua", "Lihat semua"]
    assert "Penutup yang tetap ada." in result.text


def test_block_scope_runs_to_the_end_without_until_and_stops_at_max_lines() -> None:
    to_end = one_rule("scope = \"block\"\npattern = 'Kabar Pilihan'")
    text = STORY + "Kabar Pilihan\nJudul satu\nJudul dua\n"
    assert len(by_code(clean_with(to_end, text), "TST01")) == 3
    capped = one_rule("scope = \"block\"\npattern = 'Kabar Pilihan'\nmax_lines = 2")
    assert [r.text for r in by_code(clean_with(capped, text), "TST01")] == [
        "Kabar Pilihan", "Judul satu"]


def test_block_options_until_exclusive_required_and_start_excluded() -> None:
    text = STORY + "Kabar Pilihan\nJudul satu\nLihat semua\n"
    exclusive = one_rule("scope = \"block\"\npattern = 'Kabar Pilihan'\nuntil = 'Lihat semua'\n"
                         "until_inclusive = false")
    assert [r.text for r in by_code(clean_with(exclusive, text), "TST01")] == [
        "Kabar Pilihan", "Judul satu"]
    required = one_rule("scope = \"block\"\npattern = 'Kabar Pilihan'\nuntil = 'Tutup'\n"
                        "until_required = true")
    assert not by_code(clean_with(required, text), "TST01")
    after = one_rule("scope = \"block\"\npattern = 'Kabar Pilihan'\nstart_inclusive = false\n"
                     "max_lines = 1")
    assert [r.text for r in by_code(clean_with(after, text), "TST01")] == ["Judul satu"]


def test_where_limits_rules_to_header_or_tail() -> None:
    line = "Ikuti kanal kami"
    text = f"{line}\n{STORY}{line}\n"
    offsets = {"header": 0, "tail": text.rindex(line)}
    for where, start in offsets.items():
        rules = one_rule(f"where = \"{where}\"\npattern = 'Ikuti kanal kami'")
        found = by_code(clean_with(rules, text), "TST01")
        assert [r.start for r in found] == [start], where
    anywhere = one_rule("pattern = 'Ikuti kanal kami'")
    assert len(by_code(clean_with(anywhere, text), "TST01")) == 2


def test_max_words_keeps_long_lines() -> None:
    rules = one_rule("max_words = 4\npattern = 'Ikuti kanal kami.*'")
    result = clean_with(rules, STORY + "Ikuti kanal kami\nIkuti kanal kami untuk kabar terbaru setiap hari\n")
    assert [r.text for r in by_code(result, "TST01")] == ["Ikuti kanal kami"]


def test_facts_go_to_metadata_with_the_rule_as_source() -> None:
    rules = rules_from("""
[[rule]]
code = "TST02"
name = "desk-byline"
category = "metadata"
reason = "the desk's byline"
pattern = 'Laporan koresponden (?P<city>\\p{L}+),\\s*(?P<name>[\\p{L} ]+)'
facts = { name = "author", city = "dateline_city" }
""")
    result = clean_with(rules, "Laporan koresponden Makassar, Andi Saputra\n" + STORY)
    assert result.metadata["author"].value == ["Andi Saputra"]
    assert result.metadata["dateline_city"].value == "Makassar"
    assert result.metadata_sources["author"] == "TST02"


# -- sites, pipelines and files --------------------------------------------------------------

SITE_RULES = """
[site]
name = "contoh-fm"
domains = ["contohfm.id"]
fingerprints = ['Radio Contoh FM']

[[rule]]
code = "CFM01"
name = "station-jingle"
category = "promo"
reason = "the station's jingle"
pattern = 'Dengarkan kami setiap pagi!?'
"""


def test_site_rules_apply_by_url_or_fingerprint_only() -> None:
    rules = rules_from(SITE_RULES)
    text = STORY + "Dengarkan kami setiap pagi!\n"
    assert by_code(clean_with(rules, text, "https://berita.contohfm.id/a/1"), "CFM01")
    assert not by_code(clean_with(rules, text, "https://contohfm.id.example.org/a/1"), "CFM01")
    assert not by_code(clean_with(rules, text, "https://lain.co.id/a/1"), "CFM01")
    assert not by_code(clean_with(rules, text), "CFM01")
    assert by_code(clean_with(rules, "Radio Contoh FM melaporkan.\n" + text), "CFM01")
    # With a url, the url decides even when the text names the station.
    assert not by_code(clean_with(rules, "Radio Contoh FM melaporkan.\n" + text, "https://lain.co.id/"),
                       "CFM01")


def test_site_selection_is_computed_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanser.analysis import sitepacks

    rules = rules_from(SITE_RULES + SITE_RULES.split("[[rule]]")[1].replace("CFM01", "CFM02")
                       .replace("station-jingle", "station-jingle-two").join(["[[rule]]", ""]))
    site = rules[0].site
    assert site is not None and rules[1].site is site
    calls: list[int] = []
    original = sitepacks.applying

    def counting(doc, packs):  # type: ignore[no-untyped-def]
        calls.append(id(doc))
        return original(doc, packs)

    monkeypatch.setattr(sitepacks, "applying", counting)
    pipeline = Pipeline(rules=rules)
    doc = pipeline.analyse(STORY + "Dengarkan kami setiap pagi!\n", "https://contohfm.id/x")
    found = [list(rule.propose(doc)) for rule in rules for _ in range(2)]
    assert len(calls) == 1
    assert [len(f) for f in found] == [1, 1, 1, 1]  # both rules match the jingle, twice asked
    pipeline.analyse(STORY, "https://contohfm.id/x")
    assert len(calls) == 2  # a new document is decided afresh


def test_user_file_works_through_pipeline_extra(tmp_path: Path) -> None:
    path = tmp_path / "my_outlet.toml"
    path.write_text(SITE_RULES, encoding="utf-8")
    pipeline = Pipeline(extra=load_rules(path))
    result = pipeline.clean(STORY + "Dengarkan kami setiap pagi!\n", "https://contohfm.id/a")
    [removal] = by_code(result, "CFM01")
    assert removal.category is Category.PROMO
    assert "Dengarkan" not in result.text
    # cleanser.clean takes the same option.
    assert by_code(cleanser.clean(STORY + "Dengarkan kami setiap pagi!\n", "https://contohfm.id/a",
                                  extra=load_rules(path)), "CFM01")


def test_a_folder_of_rule_files_loads_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.toml").write_text(RADIO, encoding="utf-8")
    (tmp_path / "a.toml").write_text(SITE_RULES, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a rule file", encoding="utf-8")
    assert [r.code for r in load_rules(tmp_path)] == ["CFM01", "RAD01"]
    (tmp_path / "c.toml").write_text(RADIO.replace("station-jingle", "other"), encoding="utf-8")
    with pytest.raises(DeclarativeRuleError, match=r"c\.toml: rule #1 \(RAD01\): code RAD01 is used twice"):
        load_rules(tmp_path)


def test_user_rules_can_be_selected_and_ignored_like_builtins() -> None:
    rules = rules_from(RADIO)
    pipeline = Pipeline(rules=rules, ignore=["RAD"])
    assert pipeline.rules == ()
    assert Pipeline(rules=rules, select=["station-jingle"]).rules == tuple(rules)


def test_examples_replay_finds_a_broken_example() -> None:
    good = rules_from(RADIO)
    assert check_examples(good) == []
    bad = rules_from(RADIO.replace('remove = ["Dengarkan', 'keep = ["Dengarkan'))
    problems = check_examples(bad)
    assert len(problems) == 1 and "RAD01 keep example" in problems[0]


def test_slow_pattern_skips_the_rule_not_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanser.analysis import sitepacks

    rules = one_rule("scope = \"span\"\npattern = '(?:a|aa)+(?:a|aa)+c'")
    monkeypatch.setattr(sitepacks, "MATCH_TIMEOUT", 0.001)
    text = STORY + "a" * 200 + "b\n"
    result = clean_with(rules, text)
    assert "saluran air" in result.text
    assert any("TST01" in note and "took over" in note for note in result.notes), result.notes


def test_example_pack_in_the_docs_loads_and_its_examples_hold(tmp_path: Path) -> None:
    import re

    docs = Path(__file__).resolve().parents[1] / "docs" / "site-packs.md"
    block = re.search(r"```toml\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    assert block is not None
    path = tmp_path / "kabarcontoh.toml"
    path.write_text(block.group(1), encoding="utf-8")
    rules = load_rules(path)
    assert [r.code for r in rules] == ["KBC01", "KBC02", "KBC03", "KBC04"]
    assert check_examples(rules) == []


def test_a_bundled_pack_file_can_be_checked_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from cleanser.rulecheck import main

    pack = Path(cleanser.__file__).parent / "sitepacks" / "detik.toml"
    assert main([str(pack)]) == 0
    assert "0 failing example(s)" in capsys.readouterr().out
    with pytest.raises(DeclarativeRuleError, match="used twice"):  # a copy elsewhere still clashes
        loads(pack.read_text(encoding="utf-8"), "copy.toml", taken=[r.code for r in load_rules(pack)])
