"""Replaying the examples of declarative rules through a pipeline (a front-end).

    python -m cleanser.declarative RULES.toml [MORE.toml | FOLDER ...]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from cleanser.declarative.parser import DeclarativeRuleError, _bundled, load_rules
from cleanser.declarative.rule import DeclarativeRule
from cleanser.rule import Rule

_FILLER = (
    "Kepala dinas menjelaskan bahwa program perbaikan jalan desa akan dimulai pekan depan "
    "dan ditargetkan selesai sebelum akhir tahun anggaran.",
    "Menurut dia, warga sudah lama menunggu perbaikan itu karena jalan tersebut menjadi "
    "jalur utama angkutan hasil panen ke pasar kecamatan.",
)


def example_document(rule: DeclarativeRule, example: str) -> tuple[str, int, int]:
    """A small document holding ``example`` where the rule looks for it (after the story
    for ``tail``, before it for ``header``, inside it otherwise), and the example's offsets."""
    body_before = "\n".join(_FILLER)
    if rule.where == "tail":
        head, tail = body_before + "\n", ""
    elif rule.where == "header":
        head, tail = "", "\n" + body_before
    else:
        head, tail = _FILLER[0] + "\n", "\n" + _FILLER[1]
    return head + example + tail, len(head), len(head) + len(example)


def example_url(rule: DeclarativeRule) -> str | None:
    if rule.site is not None and rule.site.domains:
        return f"https://{rule.site.domains[0]}/read/2025/01/01/contoh"
    return None


def check_examples(rules: Iterable[Rule], pipeline: Any = None) -> list[str]:
    """Replay the examples of declarative ``rules`` through a pipeline (default: built-in
    rules, bundled packs and ``rules``); the problems found, empty when all pass.

    A remove example must lose text to the rule's own code and category (all of it for the
    ``line`` and ``block`` scopes); a keep example must lose nothing to the rule.
    """
    from cleanser.pipeline import Pipeline

    chosen = [r for r in rules if isinstance(r, DeclarativeRule)]
    if pipeline is None:
        bundled = {id(r) for r in _bundled()}
        pipeline = Pipeline(extra=[r for r in chosen if id(r) not in bundled])
    problems: list[str] = []
    for rule in chosen:
        for kind, cases in (("remove", rule.examples.remove), ("keep", rule.examples.keep)):
            for example in cases:
                text, start, end = example_document(rule, example)
                result = pipeline.clean(text, example_url(rule))
                mine = [r for r in result.removals
                        if r.code == rule.code and r.start < end and r.end > start]
                label = f"{rule.source}: {rule.code} {kind} example {example[:60]!r}"
                if kind == "keep":
                    if mine:
                        problems.append(f"{label}: removed {mine[0].text[:60]!r}")
                    continue
                if not mine:
                    problems.append(f"{label}: not removed by {rule.code}")
                    continue
                wrong = [r for r in mine if r.category is not rule.category]
                if wrong:
                    problems.append(f"{label}: category {wrong[0].category.value}")
                if rule.scope in ("line", "block"):
                    first = start
                    if rule.scope == "block" and not rule.start_inclusive and "\n" in example:
                        first = start + example.index("\n") + 1
                    left = "".join(text[a:b] for a, b in _gaps(first, end, mine))
                    if left.strip():
                        problems.append(f"{label}: {left.strip()[:60]!r} left in place")
    return problems


def _gaps(start: int, end: int, removals: Sequence[Any]) -> Iterator[tuple[int, int]]:
    cursor = start
    for r in sorted(removals, key=lambda r: r.start):
        if r.start > cursor:
            yield cursor, min(r.start, end)
        cursor = max(cursor, r.end)
    if cursor < end:
        yield cursor, end


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m cleanser.declarative FILE_OR_FOLDER...``: load and replay examples."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m cleanser.declarative RULES.toml [MORE.toml | FOLDER ...]")
        return 2
    status = 0
    for arg in args:
        try:
            rules = load_rules(arg)
        except DeclarativeRuleError as exc:
            print(f"error: {exc}")
            status = 1
            continue
        problems = check_examples(rules)
        for problem in problems:
            print(f"fail: {problem}")
        print(f"{arg}: {len(rules)} rule(s), {len(problems)} failing example(s)")
        status = status or (1 if problems else 0)
    return status


