"""Every corpus document cleans to its expected body, with exactly its expected categories."""

from __future__ import annotations

import difflib

import pytest

import cleanser
from tests.conftest import corpus_docs

DOCS = corpus_docs()


@pytest.mark.parametrize("doc", DOCS, ids=[d.id for d in DOCS])
def test_document_cleans_to_expected_body(doc) -> None:
    result = cleanser.clean(doc.input, doc.url)
    if result.text != doc.expected:
        diff = "\n".join(difflib.unified_diff(
            doc.expected.splitlines(), result.text.splitlines(), "expected", "cleaned", lineterm="", n=0))
        pytest.fail(f"{doc.id} differs from its expected body:\n{diff}")


@pytest.mark.parametrize("doc", DOCS, ids=[d.id for d in DOCS])
def test_document_removals_have_expected_categories(doc) -> None:
    result = cleanser.clean(doc.input, doc.url)
    found = sorted({r.category.value for r in result.removals})
    assert found == doc.meta["categories"], [(r.code, r.category.value, r.text[:50]) for r in result.removals]


def test_corpus_has_seeds_and_written_documents() -> None:
    origins = [d.meta["origin"] for d in DOCS]
    assert origins.count("seed") == 5
    assert all(d.meta["categories"] == sorted(d.meta["categories"]) for d in DOCS)


def test_seeds_in_corpus_are_the_shared_seeds(seeds) -> None:
    for path in sorted(seeds.glob("*.txt")):
        doc = next(d for d in DOCS if d.id == f"seed-{path.name[:3]}")
        assert doc.input == path.read_text(encoding="utf-8")
        assert doc.expected == (seeds / "gold" / path.name).read_text(encoding="utf-8").rstrip("\n")
