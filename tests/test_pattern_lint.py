"""The pattern lint (benchmarks/pattern_lint.py) sees every kind of pattern cleanser runs.

The lint itself is a timed check (it compares CPU times at n and 8n), so it runs as a
benchmark script (`python -m benchmarks.pattern_lint --check`, run by CI) and writes its figures
to docs/quality.md; these tests assert, without timing, what it reads and how it runs each.
"""

from __future__ import annotations

import regex

from benchmarks import pattern_lint
from cleanser import lexicon
from cleanser.declarative import site_pack_rules

PATTERNS, HOW = pattern_lint.collect()


def test_the_lint_sees_every_kind_of_pattern() -> None:
    kinds = {name.split(".")[0].split("(")[0] for name in PATTERNS}
    assert {"cleanser", "lexicon"} <= kinds
    assert any(name.startswith("site:") for name in PATTERNS)
    assert any(".analysis.headline." in name for name in PATTERNS)
    assert any(".rules.rl01_read_also_link." in name for name in PATTERNS)
    assert len(PATTERNS) > 100


def test_every_site_pack_pattern_is_run_as_the_site_pack_runs_it() -> None:
    rules = list(site_pack_rules())
    assert rules
    for rule in rules:
        spec = rule.spec
        assert PATTERNS[f"{spec.code}.pattern"] is spec.pattern
        assert HOW[f"{spec.code}.pattern"] == {"line": "fullmatch", "block": "fullmatch",
                                               "prefix": "match", "span": "search"}[spec.scope]


def test_every_phrase_list_is_linted() -> None:
    for name in lexicon.list_names():
        if not name.startswith("spam_"):
            assert f"lexicon.whole_line({name})" in PATTERNS
            assert HOW[f"lexicon.whole_line({name})"] == "match"


def test_the_inputs_grow_with_n() -> None:
    for kind, build in pattern_lint.inputs(r"Baca\s+juga:").items():
        assert len(build(pattern_lint.SCALE * 100)) > 4 * len(build(100)), kind


def test_the_runner_runs_a_pattern_as_cleanser_calls_it() -> None:
    pattern = regex.compile(r"ab")
    assert pattern_lint.caller(pattern, "xab ab", "search")() == [None, None]
    assert pattern_lint.caller(pattern, "xab", "match")() is None
    assert pattern_lint.caller(pattern, "ab", "fullmatch")() is not None


def test_growth_is_judged_only_over_the_noise_floor() -> None:
    assert not pattern_lint.too_steep(0.0, pattern_lint.SMALL_ENOUGH / 2)
    assert pattern_lint.too_steep(0.001, 0.001 * (pattern_lint.MAX_GROWTH + 1) + pattern_lint.SMALL_ENOUGH)
    assert not pattern_lint.too_steep(0.01, 0.01 * pattern_lint.SCALE)
