"""Rule dispatch: the pipeline does not ask a rule about a document that lacks what the rule
declares it needs (``Rule.needs``: a scan family found on some line; ``Rule.applies``: a
fact of the analysis). A rule it skips must propose nothing there when asked anyway: checked
on the corpus, on every rule case (each makes its rule propose), and on documents drawn
from their lines, with dispatch off."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from cleanser.analysis import ORDER
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.pipeline import Pipeline, default_pipeline
from cleanser.removal import Proposal
from cleanser.rule import Rule
from tests.conftest import corpus_docs
from tests.property_settings import fixed_or_explore

CASES_DIR = Path(__file__).parent / "rule_cases"


@cache
def _case_texts() -> tuple[tuple[str, str | None], ...]:
    found = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).values():
            found.append((case["text"], case.get("url")))
    return tuple(found)


@cache
def _case_lines() -> tuple[str, ...]:
    return tuple(sorted({line for text, _ in _case_texts() for line in text.splitlines() if line.strip()}))


def _declares(rule: Rule) -> bool:
    return bool(rule.needs) or type(rule).applies is not Rule.applies


def _asked_and_skipped(
    pipeline: Pipeline, text: str, url: str | None
) -> tuple[AnalysedDocument, list[Rule], list[Rule]]:
    """The analysed document, the rules the pipeline asks about it, and those it skips by
    dispatch (of the rules it would ask without dispatch)."""
    doc = pipeline.analyse(text, url=url)
    for name in ORDER:
        getattr(doc, name)
    every = [rule for _, rule, _, _ in pipeline._rules_for(doc, dispatch=False)]
    asked = {id(rule) for _, rule, _, asks in pipeline._rules_for(doc) if not asks or rule.applies(doc)}
    return doc, [r for r in every if id(r) in asked], [r for r in every if id(r) not in asked]


def _check_skipped_say_nothing(pipeline: Pipeline, text: str, url: str | None) -> tuple[list[Rule], list[Rule]]:
    doc, asked, skipped = _asked_and_skipped(pipeline, text, url)
    for rule in skipped:
        assert list(rule.propose(doc)) == [], (rule.code, text[:200])
    return asked, skipped


def test_a_skipped_rule_proposes_nothing_on_the_corpus_and_the_rule_cases() -> None:
    pipeline = default_pipeline()
    skipped_somewhere: set[str] = set()
    proposing_somewhere: set[str] = set()
    inputs = [(doc.input, doc.url) for doc in corpus_docs()] + list(_case_texts())
    for text, url in inputs:
        doc, asked, skipped = _asked_and_skipped(pipeline, text, url)
        for rule in skipped:
            assert list(rule.propose(doc)) == [], (rule.code, text[:200])
            skipped_somewhere.add(rule.code)
        proposing_somewhere.update(rule.code for rule in asked if list(rule.propose(doc)))
    # every declaration of a built-in rule skips it somewhere, and lets it propose elsewhere
    declaring = {rule.code for rule in pipeline.rules if _declares(rule) and rule.site_pack is None}
    assert len(declaring) >= 20
    assert declaring <= skipped_somewhere, sorted(declaring - skipped_somewhere)
    assert declaring <= proposing_somewhere, sorted(declaring - proposing_somewhere)


_DRAWN_URLS = st.sampled_from([None, "https://news.detik.com/berita/d-1/judul", "https://warta.example/a/b-c"])


@fixed_or_explore(60)
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=12), _DRAWN_URLS)
@example([0, 1, 2], None)
def test_a_skipped_rule_proposes_nothing_on_documents_drawn_from_the_rule_cases(picks: list[int],
                                                                                url: str | None) -> None:
    """Lines of different rule cases side by side: chrome of one rule beside another's."""
    lines = _case_lines()
    text = "\n".join(lines[pick % len(lines)] for pick in picks)
    _check_skipped_say_nothing(default_pipeline(), text, url)


def test_every_declared_family_is_one_the_scanner_knows() -> None:
    pipeline = default_pipeline()
    known = pipeline.analysis.scanner.known
    for rule in pipeline.rules:
        assert set(rule.needs) <= known, rule.code


STORY = ("Dinas perhubungan menambah armada bus sekolah di tiga kecamatan mulai pekan depan.\n"
         "Kepala dinas mengatakan penambahan itu menjawab keluhan orang tua murid sejak awal tahun.\n")


class _Plain(Rule):
    """Declares nothing: asked about every document."""

    code = "ZZ91"
    name = "plain-counting"
    category = Category.INTERFACE
    asked = 0

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        type(self).asked += 1
        return iter(())


class _NeedsComments(_Plain):
    """Needs a comment-widget word (``comment_lines``)."""

    code = "ZZ92"
    name = "needs-comments"
    needs = ("comment_lines",)
    asked = 0


class _NeedsUnknown(_Plain):
    """Needs a family no scanner knows: it may be anywhere, so the rule is always asked."""

    code = "ZZ93"
    name = "needs-unknown"
    needs = ("no such family",)
    asked = 0


class _AppliesWithTitle(_Plain):
    """Applies only where the analysis found a headline."""

    code = "ZZ94"
    name = "applies-with-title"
    asked = 0

    def applies(self, doc: AnalysedDocument) -> bool:
        return doc.title is not None


def test_the_pipeline_asks_a_rule_only_where_its_needs_hold() -> None:
    pipeline = Pipeline(extra=[_Plain, _NeedsComments, _NeedsUnknown, _AppliesWithTitle], plugins=False)
    kinds = (_Plain, _NeedsComments, _NeedsUnknown, _AppliesWithTitle)
    for kind in kinds:
        kind.asked = 0
    pipeline.clean(STORY)
    assert [kind.asked for kind in kinds] == [1, 0, 1, 0]
    pipeline.clean("Banjir Rendam Tiga Kecamatan di Pinggir Kota\n" + STORY + "Tulis komentar\n")
    assert [kind.asked for kind in kinds] == [2, 1, 2, 1]


def test_the_declarations_are_no_configuration_the_fingerprint_reads() -> None:
    """What a rule needs follows from its patterns: the rule set's fingerprint does not
    change with it (a declarative rule's ``needs`` is its pattern's family)."""
    from cleanser.fingerprint import describe

    for rule in default_pipeline().rules:
        assert "needs" not in str(describe(rule)), rule.code
