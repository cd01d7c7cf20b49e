"""docs/rules.md is generated from the rules; it must not go stale."""

from __future__ import annotations

from cleanser import catalogue
from tests.conftest import ROOT


def test_rule_catalogue_in_docs_is_current() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == catalogue.render(), "run: python -m cleanser.catalogue --write docs/rules.md"


def test_catalogue_documents_every_rule_with_examples() -> None:
    text = catalogue.render()
    import cleanser

    for rule in cleanser.available_rules():
        assert f"### {rule.code}" in text
        assert "Anti-pattern" in rule.documentation(), rule.code
