"""Idempotence on real text: cleaning the clean text of every corpus document, and of every
text document and HTML page of ../shared/devset (skipped when ../shared is not beside the
repository; a page's text is cleaned again with its known title), changes nothing. The
hostile and generated documents are in tests/test_hostile_properties.py and
tests/test_properties.py; benchmarks/fuzz.py runs them at scale."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanser
from cleanser import evaluation
from tests.conftest import corpus_docs


def _not_idempotent(texts: list[tuple[str, str, str | None]]) -> list[str]:
    """Ids of the documents whose clean text changes when cleaned again, with the lines the
    second pass removed."""
    found = []
    for doc_id, text, url in texts:
        once = cleanser.clean(text, url)
        again = cleanser.clean(once.text, url)
        if again.text != once.text:
            found.append(f"{doc_id}: {[(r.code, r.text[:60]) for r in again.removals]}")
    return found


def test_every_corpus_document_is_idempotent() -> None:
    docs = [(d.id, d.input, d.url) for d in corpus_docs()]
    assert docs
    assert _not_idempotent(docs) == []


def test_every_devset_text_document_is_idempotent(shared: Path) -> None:
    devset = shared / "devset"
    if not devset.is_dir():
        pytest.skip("../shared/devset is absent")
    data = evaluation.load(str(devset))
    docs = [(d.id, str(d.read_input()), d.url) for d in data.documents if d.kind == "text"]
    assert docs
    assert _not_idempotent(docs) == []


def test_every_devset_html_page_is_idempotent(shared: Path) -> None:
    """The clean text of a page, cleaned again with what the page said of itself (its title,
    as clean_html knew it), changes nothing."""
    devset = shared / "devset"
    if not devset.is_dir():
        pytest.skip("../shared/devset is absent")
    from cleanser.document import Document
    from cleanser.pipeline import default_pipeline

    pipeline = default_pipeline()
    data = evaluation.load(str(devset))
    pages = [d for d in data.documents if d.kind == "html"]
    assert pages
    found = []
    for page in pages:
        once = cleanser.clean_html(page.read_input(), url=page.url)
        again = pipeline.run(Document(once.text, url=page.url, known_title=once.title))
        # the one removal text alone may add: a video lead-in ending the text, that the page
        # followed with its video (EM02 on a text; the page's own reading keeps it)
        changes = [r for r in again.removals if not (r.code == "EM02" and not once.text[r.end :].strip())]
        if changes:
            found.append(f"{page.id}: {[(r.code, r.text[:60]) for r in changes]}")
    assert found == []
