"""Every built-in and site-pack pattern stays linear on pathological input (a timed check).

A pattern that can backtrack super-linearly stalls a crawler's worker on a few kilobytes of
hostile text (issue 14: ``"a." * 9000 + "x"`` took 45 s). Each pattern is run, as cleanser
runs it (searched, or matched at a line's start, or matched whole), over inputs made of long
runs of its own characters, spaces, dots and letters, at length n and 8n; the CPU time grows
about 8x when the pattern is linear and 64x when it is quadratic, and a pattern is flagged
above 24x, far from both. A tiny time (under a few milliseconds) at 8n passes whatever its
growth; a growth above the limit is measured again, best of five with the garbage collector
off, so that a busy machine cannot flag a pattern, only a pattern can. The spam lexicon's
finders are checked the same way on normalised text.

This is a measurement, so it lives here and not among the tests (which assert no timings):

    python -m benchmarks.pattern_lint --check            # exit 1 when a pattern is flagged
    python -m benchmarks.pattern_lint --write docs/quality.md

Before judging the patterns it judges itself: a pattern known to be quadratic must be
flagged and its possessive form must not (exit 2 otherwise: the check could not fail).
``tests/test_pattern_lint.py`` checks, without timing, that the collection below sees every
kind of pattern.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

N = 2000  # (at 400, a quadratic pattern with a small constant grew only ~20x: passed)
SCALE = 8  # the large input is SCALE * N long
SMALL_ENOUGH = 0.003  # seconds at SCALE * n below which growth is not judged
MAX_GROWTH = 24.0  # linear is ~8x, quadratic ~64x
RECHECK_RUNS = 5

# How cleanser.analysis.sitepacks calls a declarative pattern: a 'line' pattern must match the
# whole stripped line (one attempt, at its start), a 'prefix' pattern its start; 'span'
# patterns and everything else are searched (an attempt at every position).
_SCOPE_CALL = {"line": "fullmatch", "block": "fullmatch", "prefix": "match", "span": "search"}

AnyPattern = regex.Pattern[str] | re.Pattern[str]
WORD_LIMITS: dict[str, int] = {}
"""Site-pack line patterns with ``max_words``: cleanser never runs them on a longer line, so
an input of more words is not theirs to be judged on."""


def collect() -> tuple[dict[str, AnyPattern], dict[str, str]]:
    """Every pattern to check, by name, and how cleanser calls each ("search" unless said)."""
    import cleanser
    from cleanser import lexicon
    from cleanser.declarative import site_pack_rules

    found: dict[str, AnyPattern] = {}
    how: dict[str, str] = {}
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
    for name in lexicon.list_names():
        if name.startswith("spam_"):
            continue  # read by cleanser.spam.lexicon in its own syntax ("@weight"): checked apart
        found[f"lexicon.whole_line({name})"] = lexicon.whole_line(name)
        how[f"lexicon.whole_line({name})"] = "match"
        index = lexicon.phrase_index(name)
        if index._pattern is not None:
            found[f"lexicon.phrase_index({name})"] = index._pattern
    for rule in site_pack_rules():
        spec = rule.spec  # type: ignore[attr-defined]
        found[f"{spec.code}.pattern"] = spec.pattern
        how[f"{spec.code}.pattern"] = _SCOPE_CALL[spec.scope]
        if spec.scope in ("line", "block") and spec.max_words is not None:
            WORD_LIMITS[f"{spec.code}.pattern"] = spec.max_words
        if spec.until is not None:
            found[f"{spec.code}.until"] = spec.until
            how[f"{spec.code}.until"] = "fullmatch"
        if spec.site is not None:
            for i, p in enumerate(spec.site.patterns):
                found[f"site:{spec.site.name}.fingerprint{i}"] = p
    return found, how


def _own_characters(pattern: str) -> str:
    """Literal letters and punctuation the pattern names, a few of each kind."""
    letters = [c for c in re.sub(r"\\[pPdDwWsSbB](?:\{[^}]*\})?", "", pattern) if c.isalnum()]
    punct = [c for c in pattern if c in ".,:;/-|()[]'\"!?@#&*+=~" and c not in "()[]*+?|"]
    return "".join(dict.fromkeys(letters[:6] + punct[:4]))


def inputs(pattern: str) -> dict[str, Callable[[int], str]]:
    """Pathological inputs of length about n, by kind."""
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


def cpu(run: Callable[[], object], runs: int = 1) -> float:
    """Best CPU time of ``runs`` calls of ``run``, with the garbage collector off."""
    best = float("inf")
    if runs > 1:
        gc.collect()
    for _ in range(runs):
        gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def caller(pattern: AnyPattern, text: str, how: str) -> Callable[[], object]:
    """Run ``pattern`` over ``text`` as cleanser does."""
    if how == "search":
        return lambda: [None for _ in pattern.finditer(text)]
    return lambda: getattr(pattern, how)(text)


def too_steep(small: float, large: float) -> bool:
    return large > SMALL_ENOUGH and large > MAX_GROWTH * max(small, 1e-4)


def growth(make: Callable[[int], Callable[[], object]], n: int = N) -> tuple[float, float, bool]:
    """(seconds at n, seconds at SCALE * n, flagged), measured again before flagging."""
    small, large = cpu(make(n)), cpu(make(SCALE * n))
    if too_steep(small, large):  # measure again before blaming the pattern for a busy machine
        small, large = cpu(make(n), RECHECK_RUNS), cpu(make(SCALE * n), RECHECK_RUNS)
    return small, large, too_steep(small, large)


def self_check() -> str | None:
    """None when the check can fail: a search that reads to the end of a run of spaces from
    every start inside it is quadratic and flagged; its possessive form is not."""
    quadratic = regex.compile(r"[ ]+(?:z|\x00)")
    linear = regex.compile(r"(?<![ ])[ ]++(?:z|\x00)")
    spaces = inputs(quadratic.pattern)["spaces"]
    n = 1600  # large enough that the quadratic run is over the noise floor (and short at 8n)
    if not growth(lambda k: caller(quadratic, spaces(k), "search"), n)[2]:
        return "a quadratic pattern was not flagged"
    if growth(lambda k: caller(linear, spaces(k), "search"), n)[2]:
        return "a linear pattern was flagged"
    return None


def _pattern_runner(
    pattern: AnyPattern, build: Callable[[int], str], how: str
) -> Callable[[int], Callable[[], object]]:
    """For ``growth``: the run of ``pattern`` over an input of length n, made ahead."""
    return lambda n: caller(pattern, build(n), how)


def _finder_runner(
    find: Callable[..., object], build: Callable[[int], str], normalise: Callable[[str], object]
) -> Callable[[int], Callable[[], object]]:
    """For ``growth``: a spam finder's run over a normalised input of length n (normalised
    ahead, not timed)."""
    def make(n: int) -> Callable[[], object]:
        text = normalise(build(n))
        return lambda: list(find(text, 10.0))  # type: ignore[call-overload]
    return make


def check_patterns() -> tuple[int, list[str], tuple[float, str]]:
    """(patterns checked, findings, the worst growth seen and where) over every collected pattern."""
    patterns, how = collect()
    slow: list[str] = []
    worst = (0.0, "")
    for name in sorted(patterns):
        pattern, call = patterns[name], how.get(name, "search")
        for kind, build in inputs(pattern.pattern).items():
            if name in WORD_LIMITS and len(build(N).split()) > WORD_LIMITS[name]:
                continue  # never run on so many words (sitepacks counts them first)
            small, large, flagged = growth(_pattern_runner(pattern, build, call))
            if large > SMALL_ENOUGH:
                worst = max(worst, (large / max(small, 1e-4), f"{name} ({kind})"))
            if flagged:
                slow.append(f"{name} ({kind}): {small:.4f}s at n={N}, {large:.4f}s at {SCALE}n")
    return len(patterns), slow, worst


def check_spam_finders() -> tuple[int, list[str]]:
    """The spam lists as the spam reading compiles and runs them (on normalised text)."""
    from cleanser.spam import lexicon as spam_lexicon
    from cleanser.spam.normalise import normalise

    texts = {"spaces": lambda n: "x" + " " * n + "y", "dots": lambda n: "a." * n + "x",
             "digits": lambda n: "1." * n + "x", "letters": lambda n: "a" * n + "!",
             "words": lambda n: "slot gacor " * n}
    finders = ("find_terms", "find_news", "find_innocent", "find_address")
    slow: list[str] = []
    for finder in finders:
        find = getattr(spam_lexicon, finder)
        find(normalise("slot"), 10.0)  # compiled before timing
        for kind, build in texts.items():
            small, large, flagged = growth(_finder_runner(find, build, normalise))
            if flagged:
                slow.append(f"spam {finder} ({kind}): {small:.4f}s at n={N}, {large:.4f}s at {SCALE}n")
    return len(finders), slow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a pattern is flagged")
    parser.add_argument("--write", type=Path, help="write the figures to this Markdown file")
    args = parser.parse_args(argv)
    broken = self_check()
    if broken is not None:
        print(f"pattern lint: the check itself is broken: {broken}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    count, slow, worst = check_patterns()
    finders, slow_spam = check_spam_finders()
    slow += slow_spam
    seconds = time.perf_counter() - started
    for line in slow:
        print(f"super-linear: {line}")
    print(f"{count} patterns and {finders} spam finders, {len(inputs('a'))} kinds of input each: "
          f"{len(slow)} flagged; worst growth {worst[0]:.1f}x for {SCALE}x the input, {worst[1]} ({seconds:.0f} s)")
    if args.write:
        from benchmarks._report import write_section

        body = [
            "## Pattern linearity (benchmarks/pattern_lint.py)",
            "",
            f"Produced by `python -m benchmarks.pattern_lint --write docs/quality.md`; CI runs it with `--check`. "
            f"Every module-level pattern of cleanser's text model, analysis and rules, every phrase list and "
            f"every site-pack pattern ({count} patterns), run as cleanser runs it, and the {finders} spam-lexicon "
            f"finders, over {len(inputs('a'))} kinds of pathological input at {N} and {SCALE * N} characters "
            f"(CPU time; a growth over {MAX_GROWTH:.0f}x is flagged, linear is about {SCALE}x, quadratic about "
            f"{SCALE * SCALE}x; measured again best of {RECHECK_RUNS} before flagging).",
            "",
            "| measure | value |",
            "| --- | ---: |",
            f"| patterns flagged as super-linear | {len(slow)} |",
            f"| worst growth among timings over {SMALL_ENOUGH * 1000:.0f} ms | {worst[0]:.1f}x ({worst[1]}) |",
            "| the check flags a known quadratic pattern and passes its possessive form | yes |",
        ]
        write_section(args.write, "pattern-lint", "\n".join(body))
    return 1 if slow and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
