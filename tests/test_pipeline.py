"""The pipeline's API: selection, user rules, plugins, threshold, failures, the report."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest

import cleanser
from cleanser import Category, Document, Pipeline, Proposal, Rule
from cleanser.registry import UnknownRuleError, load_plugins

SEED_002 = """Korea Selatan Murka Rusia dan Korea Utara Jalin Pakta Pertahanan

Jum'at, 25 Oktober 2024 - 15:40 WIB
loading...
A A A
SEOUL - Korea Selatan (Korsel) menyatakan "kekhawatiran besar" atas upaya Rusia menyegel pakta pertahanan.

Baca Juga: Militer Korsel Sebut Ada GPS di Balon Sampah Kiriman Korut

Pyongyang dituduh memasok pasukan ke Moskow untuk kemungkinan penempatan dalam perangnya di Ukraina.
Copyright ©2025 SINDOnews.com All Rights Reserved"""


def test_clean_returns_body_title_metadata_and_removals() -> None:
    result = cleanser.clean(SEED_002)
    assert result.title == "Korea Selatan Murka Rusia dan Korea Utara Jalin Pakta Pertahanan"
    assert result.text.startswith("Korea Selatan (Korsel) menyatakan")
    assert result.text.endswith("perangnya di Ukraina.")
    assert result.metadata["published"].value == "2024-10-25T15:40:00+07:00"
    assert result.metadata["published"].raw == "Jum'at, 25 Oktober 2024 - 15:40 WIB"
    assert result.metadata_sources["published"] == "MD01"
    assert result.metadata["dateline_city"].value == "SEOUL"
    codes = [r.code for r in result.removals]
    assert codes == ["TT01", "MD01", "IF01", "IF01", "DL01", "RL01", "LG01"]
    assert [r.start for r in result.removals] == sorted(r.start for r in result.removals)


def test_removal_is_immutable_and_points_into_the_input() -> None:
    result = cleanser.clean(SEED_002)
    removal = result.removals[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        removal.start = 3  # type: ignore[misc]
    for r in result.removals:
        assert SEED_002[r.start : r.end] == r.text
    dateline = next(r for r in result.removals if r.code == "DL01")
    assert dateline.text == "SEOUL -" and dateline.line == 6 and dateline.category is Category.DATELINE


def test_report_is_json_ready_with_a_schema() -> None:
    report = json.loads(json.dumps(cleanser.clean(SEED_002).to_dict()))
    assert report["schema"] == cleanser.SCHEMA
    assert report["removals"][0] == {
        "code": "TT01", "name": "headline", "category": "title",
        "reason": report["removals"][0]["reason"], "start": 0, "end": 64, "line": 1, "end_line": 1,
        "score": 1.0, "text": "Korea Selatan Murka Rusia dan Korea Utara Jalin Pakta Pertahanan",
    }
    assert report["metadata"]["published"] == {
        "value": "2024-10-25T15:40:00+07:00", "source": "MD01", "raw": "Jum'at, 25 Oktober 2024 - 15:40 WIB"}
    assert report["categories"]["interface"] == 2


@pytest.mark.parametrize(
    ("selector", "kept_phrase"),
    [("RL01", "Baca Juga:"), ("RL", "Baca Juga:"), ("read-also-link", "Baca Juga:"), ("related", "Baca Juga:"),
     ("LG01", "Copyright"), ("legal", "Copyright")],
)
def test_ignore_by_code_prefix_name_or_category(selector: str, kept_phrase: str) -> None:
    result = Pipeline(ignore=[selector]).clean(SEED_002)
    assert kept_phrase in result.text
    assert kept_phrase not in cleanser.clean(SEED_002).text


def test_select_runs_only_the_named_rules() -> None:
    result = Pipeline(select=["MD", "IF01"]).clean(SEED_002)
    assert {r.code for r in result.removals} == {"MD01", "IF01"}
    assert result.title is None


def test_unknown_selector_lists_what_exists() -> None:
    with pytest.raises(UnknownRuleError) as info:
        Pipeline(ignore=["RL99"])
    message = str(info.value)
    assert "RL99" in message and "RL01 (read-also-link)" in message and "Did you mean" in message
    with pytest.raises(UnknownRuleError, match="headlin"):
        cleanser.get_rule("headlin")
    assert cleanser.get_rule("headline").code == "TT01"


class ShoutingLine(Rule):
    """A line written in capitals only (a user rule for the tests).

    Anti-pattern::

        BERITA INI DISPONSORI
    """

    code = "US01"
    name = "shouting-line"
    category = Category.PROMO

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if line.stripped.isupper() and len(line.stripped) > 10:
                yield self.line(line, "line in capitals only")


def test_user_rule_added_with_extra() -> None:
    text = "Pemerintah menaikkan anggaran pendidikan tahun depan sebesar lima persen.\nBERITA INI DISPONSORI"
    result = Pipeline(extra=[ShoutingLine]).clean(text)
    assert result.text == "Pemerintah menaikkan anggaran pendidikan tahun depan sebesar lima persen."
    assert result.removals[-1].code == "US01" and result.removals[-1].category is Category.PROMO


class Broken(Rule):
    """A rule that fails (for the tests)."""

    code = "US02"
    name = "broken"
    category = Category.SPAM

    def propose(self, doc: Document) -> Iterator[Proposal]:
        raise RuntimeError("boom")


def test_a_failing_rule_is_reported_not_fatal() -> None:
    result = Pipeline(extra=[Broken()]).clean(SEED_002)
    assert result.text == cleanser.clean(SEED_002).text
    assert any("US02" in note and "boom" in note for note in result.notes)


class Unsure(Rule):
    """Flags every line mentioning Moskow with a low score (for the tests)."""

    code = "US03"
    name = "unsure"
    category = Category.FEED

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if "Moskow" in line.text:
                yield self.line(line, "mentions Moskow", score=0.2)


def test_low_scores_become_suspicions_and_text_stays() -> None:
    result = Pipeline(extra=[Unsure()]).clean(SEED_002)
    assert "Pyongyang dituduh memasok pasukan ke Moskow" in result.text
    assert [s.code for s in result.suspicions] == ["US03"]
    removed = Pipeline(extra=[Unsure()], threshold=0.1).clean(SEED_002)
    assert "Moskow" not in removed.text


def test_overlaps_go_to_the_lower_priority_number() -> None:
    class Wide(Rule):
        """Claims the whole first paragraph (for the tests)."""

        code = "US04"
        name = "wide"
        category = Category.SPAM
        priority = 5

        def propose(self, doc: Document) -> Iterator[Proposal]:
            line = doc.lines[5]
            yield self.line(line, "whole line")

    result = Pipeline(extra=[Wide()]).clean(SEED_002)
    sixth = [r for r in result.removals if r.line == 6]
    assert [(r.code, r.category) for r in sixth] == [("US04", Category.SPAM)]


def test_plugins_come_from_entry_points_each_in_its_own_try(monkeypatch) -> None:
    class FakeEntry:
        def __init__(self, name: str, obj: object) -> None:
            self.name, self.value, self._obj = name, f"pack:{name}", obj

        def load(self) -> object:
            if isinstance(self._obj, Exception):
                raise self._obj
            return self._obj

    entries = [FakeEntry("good", [ShoutingLine]), FakeEntry("bad", ImportError("missing dependency"))]
    monkeypatch.setattr("cleanser.registry.entry_points", lambda group: entries)
    load_plugins.cache_clear()
    try:
        pipeline = Pipeline()
        assert "US01" in [r.code for r in pipeline.rules]
        assert any("'bad'" in note and "missing dependency" in note for note in pipeline.notes)
        result = pipeline.clean("Isi berita yang cukup panjang untuk menjadi paragraf di sini.\nIKLAN BESAR SEKALI")
        assert result.text == "Isi berita yang cukup panjang untuk menjadi paragraf di sini."
    finally:
        load_plugins.cache_clear()


def test_non_text_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="clean_html"):
        cleanser.clean(b"bytes")  # type: ignore[arg-type]


def test_rule_codes_are_unique_and_documented() -> None:
    rules = cleanser.available_rules()
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes)) and len(rules) >= 20
    for rule in rules:
        doc = rule.documentation()
        assert "Anti-pattern" in doc and "Best practice" in doc, rule.code


@pytest.mark.parametrize(
    "page_title",
    [
        "Pasar Induk Ramai Pembeli Jelang Lebaran",
        "Pasar Induk Ramai Pembeli Jelang Lebaran | merdeka.com",
        "Pasar Induk Ramai Pembeli Jelang Lebaran - Tribunnews.com",
        "Kompas.com - Pasar Induk Ramai Pembeli Jelang Lebaran",
        "Pasar Induk Ramai Pembeli Jelang Lebaran | Ekonomi | Republika Online",
    ],
)
def test_a_page_title_finds_the_headline_with_or_without_the_site_name(page_title: str) -> None:
    text = (
        "Pasar Induk Ramai Pembeli Jelang Lebaran\n"
        "Ribuan pembeli memadati pasar induk sejak subuh untuk berbelanja kebutuhan pokok "
        "menjelang Lebaran, kata pengelola pasar."
    )
    result = Pipeline().clean(text, known_title=page_title)
    assert [(r.code, r.text) for r in result.removals] == [
        ("TT01", "Pasar Induk Ramai Pembeli Jelang Lebaran")
    ]


def test_a_site_name_alone_is_not_taken_for_the_headline() -> None:
    text = (
        "Ekonomi\n"
        "Ribuan pembeli memadati pasar induk sejak subuh untuk berbelanja kebutuhan pokok "
        "menjelang Lebaran, kata pengelola pasar."
    )
    result = Pipeline().clean(text, known_title="Pasar Induk Ramai Pembeli Jelang Lebaran | Ekonomi")
    assert not [r for r in result.removals if r.code == "TT01"]


def test_a_result_survives_pickling_unchanged() -> None:
    import pickle

    result = cleanser.clean("Jum'at, 25 Oktober 2024 - 15:40 WIB\nJAKARTA - Harga beras di pasar induk naik dua "
                            "persen pekan ini karena pasokan dari sentra produksi berkurang, kata pedagang.\n")
    again = pickle.loads(pickle.dumps(result))
    assert again == result and again.to_dict() == result.to_dict()
    assert again.metadata["published"].value == result.metadata["published"].value
