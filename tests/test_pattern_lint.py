"""Every built-in and site-pack pattern stays linear on pathological input.

A pattern that can backtrack super-linearly stalls a crawler's worker on a few kilobytes of
hostile text (issue 14: ``"a." * 9000 + "x"`` took 45 s). Each pattern is searched over
inputs made of long runs of its own characters, spaces, dots and letters, at length n and
8n; the CPU time grows about 8× when the pattern is linear and 64× when it is quadratic, and
the test fails above 24×, far from both. Absolute times are not asserted: a tiny time (under
a few milliseconds) at 8n passes whatever its growth; a growth above the limit is measured
again, best of five with the garbage collector off, so that a busy machine (a CPU-time
figure inflated by a neighbour's cache traffic) cannot fail the test, only a pattern can.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import time

import pytest
import regex

import cleanser
from cleanser import lexicon
from cleanser.declarative import site_pack_rules

N = 400
SCALE = 8  # the large input is SCALE * N long
SMALL_ENOUGH = 0.003  # seconds at SCALE * n below which growth is not judged
MAX_GROWTH = 24.0  # linear is ~8x, quadratic ~64x
RECHECK_RUNS = 5


def _module_patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    found: dict[str, regex.Pattern[str] | re.Pattern[str]] = {}
    modules = [cleanser.patterns, cleanser.textshape, cleanser.lexicon]
    for package in ("cleanser.analysis", "cleanser.rules"):
        pkg = importlib.import_module(package)
        for info in pkgutil.iter_modules(pkg.__path__):
            modules.append(importlib.import_module(f"{package}.{info.name}"))
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, lexicon.LazyPattern):
                value = value.compiled
            if isinstance(value, regex.Pattern | re.Pattern):
                found[f"{module.__name__}.{name}"] = value
    return found


def _lexicon_patterns() -> dict[str, regex.Pattern[str]]:
    found: dict[str, regex.Pattern[str]] = {}
    for name in lexicon.list_names():
        if name.startswith("spam_"):
            continue  # read by cleanser.spam.lexicon in its own syntax ("@weight"): linted below
        found[f"lexicon.whole_line({name})"] = lexicon.whole_line(name)
        index = lexicon.phrase_index(name)
        if index._pattern is not None:
            found[f"lexicon.phrase_index({name})"] = index._pattern
    return found


def _site_pack_patterns() -> dict[str, regex.Pattern[str]]:
    found: dict[str, regex.Pattern[str]] = {}
    for rule in site_pack_rules():
        spec = rule.spec
        found[f"{spec.code}.pattern"] = spec.pattern
        HOW[f"{spec.code}.pattern"] = _SCOPE_CALL[spec.scope]
        if spec.until is not None:
            found[f"{spec.code}.until"] = spec.until
            HOW[f"{spec.code}.until"] = "fullmatch"
        if spec.site is not None:
            for i, p in enumerate(spec.site.patterns):
                found[f"site:{spec.site.name}.fingerprint{i}"] = p
    return found


# How cleanser.analysis.sitepacks calls a declarative pattern: a 'line' pattern must match the
# whole stripped line (one attempt, at its start), a 'prefix' pattern its start; 'span'
# patterns and everything else are searched (an attempt at every position).
_SCOPE_CALL = {"line": "fullmatch", "block": "fullmatch", "prefix": "match", "span": "search"}
HOW: dict[str, str] = {}
for _name in lexicon.list_names():
    HOW[f"lexicon.whole_line({_name})"] = "match"
PATTERNS = {**_module_patterns(), **_lexicon_patterns(), **_site_pack_patterns()}


def _own_characters(pattern: str) -> str:
    """Literal letters and punctuation the pattern names, a few of each kind."""
    letters = [c for c in re.sub(r"\\[pPdDwWsSbB](?:\{[^}]*\})?", "", pattern) if c.isalnum()]
    punct = [c for c in pattern if c in ".,:;/-|()[]'\"!?@#&*+=~" and c not in "()[]*+?|"]
    return "".join(dict.fromkeys(letters[:6] + punct[:4]))


def _inputs(pattern: str) -> dict[str, object]:
    own = _own_characters(pattern) or "a"
    return {
        "spaces": lambda n: "x" + " " * n + "y",
        "dots": lambda n: "a." * n + "x",
        "letters": lambda n: "a" * n + "!",
        "words": lambda n: "ab " * n + ".",
        "own": lambda n: (own * (n // max(1, len(own)) + 1))[:n] + "\x00",
        "own spaced": lambda n: (" ".join(own) + " ") * (n // (2 * len(own)) + 1) + "\x00",
        "digits": lambda n: "1." * n + "x",
        "dash": lambda n: "- " * n + "x",
        "newlines": lambda n: "a\n" * n + "x",
    }


def _cpu(pattern: regex.Pattern[str] | re.Pattern[str], text: str, runs: int = 1, how: str = "search") -> float:
    best = float("inf")
    if runs > 1:
        gc.collect()  # a collection of the whole suite's heap is no cost of the pattern
    for _ in range(runs):
        gc.disable()
        try:
            start = time.process_time()
            if how == "search":
                for _m in pattern.finditer(text):
                    pass
            getattr(pattern, "fullmatch" if how == "fullmatch" else "match")(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def _too_steep(small: float, large: float) -> bool:
    return large > SMALL_ENOUGH and large > MAX_GROWTH * max(small, 1e-4)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_pathological_input(name: str) -> None:
    pattern = PATTERNS[name]
    how = HOW.get(name, "search")
    slow = []
    for kind, build in _inputs(pattern.pattern).items():
        small = _cpu(pattern, build(N), 1, how)  # type: ignore[operator]
        large = _cpu(pattern, build(SCALE * N), 1, how)  # type: ignore[operator]
        if _too_steep(small, large):
            # measure again before blaming the pattern for a busy machine
            small = _cpu(pattern, build(N), RECHECK_RUNS, how)  # type: ignore[operator]
            large = _cpu(pattern, build(SCALE * N), RECHECK_RUNS, how)  # type: ignore[operator]
        if _too_steep(small, large):
            slow.append(f"{kind}: {small:.4f}s at n={N}, {large:.4f}s at {SCALE}n")
    assert not slow, f"{name} grows super-linearly: {slow}"


def test_the_lint_sees_every_kind_of_pattern() -> None:
    kinds = {name.split(".")[0].split("(")[0] for name in PATTERNS}
    assert {"cleanser", "lexicon"} <= kinds
    assert any(name.startswith("site:") for name in PATTERNS)
    assert any(".analysis.headline." in name for name in PATTERNS)
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("finder", ["find_terms", "find_news", "find_innocent", "find_address"])
def test_spam_lexicon_is_linear_on_pathological_input(finder: str) -> None:
    """The spam lists as the spam reading compiles and runs them (on normalised text)."""
    from cleanser.spam import lexicon as spam_lexicon
    from cleanser.spam.normalise import Normalised, normalise

    find = getattr(spam_lexicon, finder)
    find(normalise("slot"), 10.0)  # compiled before timing
    inputs = {"spaces": lambda n: "x" + " " * n + "y", "dots": lambda n: "a." * n + "x",
              "digits": lambda n: "1." * n + "x", "letters": lambda n: "a" * n + "!",
              "words": lambda n: "slot gacor " * n}
    def cpu(text: Normalised, runs: int) -> float:
        best = float("inf")
        for _ in range(runs):
            gc.collect()  # a collection of the whole suite's heap is no cost of the finder
            gc.disable()
            try:
                start = time.process_time()
                list(find(text, 10.0))
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
        return best

    slow = []
    for kind, build in inputs.items():
        small_text, large_text = normalise(build(N)), normalise(build(SCALE * N))
        small, large = cpu(small_text, 1), cpu(large_text, 1)
        if _too_steep(small, large):
            # measure again before blaming the finder for a busy machine
            small, large = cpu(small_text, RECHECK_RUNS), cpu(large_text, RECHECK_RUNS)
        if _too_steep(small, large):
            slow.append(f"{kind}: {small:.4f}s at n={N}, {large:.4f}s at {SCALE}n")
    assert not slow, f"spam lexicon {finder} grows super-linearly: {slow}"


def test_the_lint_catches_a_quadratic_pattern() -> None:
    """The growth check can fail: a search that reads to the end of a run of spaces from
    every start inside it is quadratic, and is flagged; its possessive form is not."""
    quadratic = regex.compile(r"[ ]+(?:z|\x00)")
    linear = regex.compile(r"(?<![ ])[ ]++(?:z|\x00)")
    spaces = _inputs(quadratic.pattern)["spaces"]
    n = N * 4  # large enough that the quadratic run is over the noise floor
    assert _too_steep(_cpu(quadratic, spaces(n)), _cpu(quadratic, spaces(SCALE * n)))  # type: ignore[operator]
    assert not _too_steep(_cpu(linear, spaces(n), RECHECK_RUNS), _cpu(linear, spaces(SCALE * n), RECHECK_RUNS))  # type: ignore[operator]
