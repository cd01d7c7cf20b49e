"""Replays the rule test cases kept as data in tests/rule_cases/<CODE>.toml.

Each case is a small document (``text``, optional ``url``) and what the rule must do with
it under the default pipeline: ``removed`` lists the exact texts its removals must have (in
order; [] means the rule removes nothing), ``kept`` lists phrases the clean text must keep,
``category`` optionally names the category the removals must have, ``metadata`` fields the
result must report.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import cleanser

CASES_DIR = Path(__file__).parent / "rule_cases"


def _cases() -> list[tuple[str, str, dict]]:
    found = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for name, case in data.items():
            found.append((path.stem, name, case))
    return found


CASES = _cases()


@pytest.mark.parametrize(("code", "name", "case"), CASES, ids=[f"{c}-{n}" for c, n, _ in CASES])
def test_rule_case(code: str, name: str, case: dict) -> None:
    result = cleanser.clean(case["text"], case.get("url"))
    mine = [r for r in result.removals if r.code == code]
    assert [r.text for r in mine] == case["removed"], [(r.code, r.text) for r in result.removals]
    if "category" in case:
        assert {r.category.value for r in mine} <= {case["category"]}
    for phrase in case.get("kept", []):
        assert phrase in result.text, f"{phrase!r} lost: {[(r.code, r.text) for r in result.removals]}"
    for key, value in case.get("metadata", {}).items():
        # the rule's fact as read (metadata values are normalised: see tests/test_metadata.py)
        field = result.metadata.get(key)
        assert (result.title if key == "title" else field.raw if field else None) == value


def test_every_builtin_rule_has_cases() -> None:
    covered = {code for code, _, _ in CASES}
    missing = [rule.code for rule in cleanser.available_rules() if rule.code not in covered]
    assert not missing, f"rules without cases in tests/rule_cases: {missing}"
