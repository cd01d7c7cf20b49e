"""Real reports validate against the shipped JSON Schema (cleanser/schema/result.schema.json),
and the schema is strict enough to reject the old shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleanser
from cleanser.cli import main
from cleanser.schema import result_schema
from tests.conftest import CORPUS
from tests.test_html import ARTICLE_PAGE
from tests.test_spam_rules import SPAM_PAGE

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = result_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
DOCS_COPY = Path(__file__).resolve().parent.parent / "docs" / "schema" / "result.schema.json"


def valid(report: dict) -> dict:
    errors = sorted(VALIDATOR.iter_errors(report), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    return report


def offsets_hold(result: cleanser.Result) -> None:
    report = valid(result.to_dict(include_input=True))
    assert report["offsets"]["length"] == len(report["input_text"])
    for removal in report["removals"] + report["suspicions"]:
        assert report["input_text"][removal["start"] : removal["end"]] == removal["text"]


def test_the_schema_itself_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["schema"]["const"] == cleanser.SCHEMA


def test_docs_hold_the_same_schema_as_the_package() -> None:
    assert json.loads(DOCS_COPY.read_text(encoding="utf-8")) == SCHEMA


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_every_corpus_report_is_valid(folder: str) -> None:
    meta = json.loads((CORPUS / folder / "meta.json").read_text(encoding="utf-8"))
    result = cleanser.clean((CORPUS / folder / "input.txt").read_text(encoding="utf-8"), meta.get("url"))
    report = valid(result.to_dict())
    assert report["offsets"] == {"of": "input", "unit": "codepoint", "length": len(result.input_text),
                                 "included": False}
    assert report["cleanser"] == {"version": cleanser.__version__, "ruleset": cleanser.Pipeline().fingerprint}
    offsets_hold(result)


def test_an_html_page_report_is_valid_and_its_offsets_index_the_extracted_text() -> None:
    result = cleanser.clean_html(ARTICLE_PAGE, url="https://kabarnusantara.example/daerah/jembatan")
    report = valid(result.to_dict())
    assert report["source"] == "html" and report["offsets"]["of"] == "extracted_text"
    assert report["page_removals"] and report["removals"]
    assert report["metadata"]["outlet"] == {"value": "kabarnusantara.example", "source": "url",
                                            "raw": "https://kabarnusantara.example/daerah/jembatan"}
    offsets_hold(result)


@pytest.mark.parametrize("given", ["", "   \n\n  "])
def test_an_empty_input_report_is_valid(given: str) -> None:
    for result in (cleanser.clean(given), cleanser.clean_html(given)):
        report = valid(result.to_dict())
        assert report["status"] == "empty" and report["removals"] == [] and report["text"] == ""


def test_a_spam_page_report_is_valid() -> None:
    report = valid(cleanser.clean(SPAM_PAGE).to_dict())
    assert report["status"] == "spam-page"
    assert report["categories"] == {"spam": len(report["removals"])}


def test_an_html_page_given_to_clean_is_valid() -> None:
    report = valid(cleanser.clean(ARTICLE_PAGE).to_dict())
    assert report["status"] in {"ok", "html-input"}


def test_cli_json_lines_are_valid(capsys, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_PAGE, encoding="utf-8")
    main(["clean", "--json", str(CORPUS / "seed-002" / "input.txt"), str(page)])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line, name in zip(lines, [str(CORPUS / "seed-002" / "input.txt"), str(page)], strict=True):
        assert valid(json.loads(line))["input"] == {"path": name}


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda r: r.update(offsets="removal start/end are character offsets into the input text"), "offsets"),
        (lambda r: r["metadata"].update(published={"value": "Jum'at, 25 Oktober 2024 - 15:40 WIB",
                                                   "source": "MD01", "raw": None}), "metadata"),
        (lambda r: r["metadata"].update(author={"value": "Andi", "source": "MD02", "raw": "Andi"}), "metadata"),
        (lambda r: r["removals"][0].update(category="boilerplate"), "removals"),
        (lambda r: r.pop("cleanser"), ""),
        (lambda r: r.update(schema="cleanser.result/1"), "schema"),
    ],
)
def test_the_schema_rejects_wrong_reports(change, where: str) -> None:
    report = cleanser.clean((CORPUS / "seed-002" / "input.txt").read_text(encoding="utf-8")).to_dict()
    valid(report)
    change(report)
    errors = list(VALIDATOR.iter_errors(report))
    assert errors and all(list(e.absolute_path)[:1] == ([where] if where else []) for e in errors)


RULE_FILE = """
[[rule]]
code = "TST09"
name = "radio-promo"
category = "promo"
reason = "a radio station's call to listen"
pattern = 'Dengarkan siaran kami di \\p{L}+ FM'
"""


def test_the_fingerprint_follows_the_rules_and_their_configuration(tmp_path: Path) -> None:
    from cleanser.declarative import load_rules

    default = cleanser.Pipeline().fingerprint
    assert default == cleanser.Pipeline().fingerprint  # stable across instances
    assert cleanser.Pipeline(ignore=["RL01"]).fingerprint != default
    assert cleanser.Pipeline(threshold=0.7).fingerprint != default
    assert cleanser.Pipeline(max_chars=1000).fingerprint != default  # the size limits count too
    first, second = tmp_path / "a" / "rules.toml", tmp_path / "b" / "rules.toml"
    for path, text in ((first, RULE_FILE), (second, RULE_FILE)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    one = cleanser.Pipeline(extra=load_rules(first)).fingerprint
    assert one == cleanser.Pipeline(extra=load_rules(second)).fingerprint  # the folder does not count
    second.write_text(RULE_FILE.replace("FM'", "FM!'"), encoding="utf-8")
    assert cleanser.Pipeline(extra=load_rules(second)).fingerprint not in (one, default)  # the pattern does
    assert one != default


def test_the_fingerprint_is_the_same_in_another_process() -> None:
    import subprocess
    import sys

    code = "import cleanser; print(cleanser.clean('Isi berita.').ruleset)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == cleanser.Pipeline().fingerprint


def test_cli_json_can_include_the_text_the_offsets_index(capsys, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_PAGE, encoding="utf-8")
    main(["clean", "--json", "--include-input", str(page)])
    report = valid(json.loads(capsys.readouterr().out))
    assert report["offsets"]["of"] == "extracted_text" and report["offsets"]["included"] is True
    for removal in report["removals"]:
        assert report["input_text"][removal["start"] : removal["end"]] == removal["text"]
    main(["clean", "--json", str(page)])
    assert "input_text" not in json.loads(capsys.readouterr().out)
