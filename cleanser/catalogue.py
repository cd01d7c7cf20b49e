"""Render the rule catalogue (docs/rules.md) from the rules themselves.

    python -m cleanser.catalogue --write docs/rules.md   # regenerate
    python -m cleanser.catalogue --check docs/rules.md   # exit 1 when stale
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cleanser.registry import builtin_rule_classes
from cleanser.rule import Rule

HEADER = """# Rule catalogue

Generated from the rules' own docstrings by `python -m cleanser.catalogue --write docs/rules.md`;
a test fails when this file is stale. Codes never change meaning: a retired code stays as an
alias of its successor. Select or ignore rules by code (`RL01`), code prefix (`RL`), name
(`read-also-link`) or category (`related`).

Overlapping proposals are resolved by priority (lower wins), then by the longer span.
"""


def _site_pack_rules() -> list[Rule]:
    try:
        from cleanser.declarative import site_pack_rules
    except ImportError:  # pragma: no cover
        return []
    return list(site_pack_rules())


def render() -> str:
    classes = builtin_rule_classes()
    out = [HEADER, "## Built-in rules", "", "| code | name | category | priority | summary |",
           "| --- | --- | --- | --- | --- |"]
    for cls in classes:
        out.append(f"| [{cls.code}](#{cls.code.lower()}) | `{cls.name}` | {cls.category.value} | "
                   f"{cls.priority} | {cls.summary()} |")
    out.append("")
    for cls in classes:
        aliases = f" (aliases: {', '.join(cls.aliases)})" if cls.aliases else ""
        out.append(f"### {cls.code}")
        out.append("")
        out.append(f"`{cls.name}`, category **{cls.category.value}**, priority {cls.priority}{aliases}. "
                   f"Source: `{cls.__module__.replace('.', '/')}.py`.")
        out.append("")
        out.append(cls.documentation())
        out.append("")
    packs = _site_pack_rules()
    if packs:
        out.append("## Site-pack rules")
        out.append("")
        out.append("Declarative rules from `cleanser/sitepacks/*.toml`; each applies only to its outlet's "
                   "documents (see [site packs](site-packs.md)).")
        out.append("")
        out.append("| code | name | category | summary |")
        out.append("| --- | --- | --- | --- |")
        for rule in sorted(packs, key=lambda r: r.code):
            summary = rule.summary().replace("|", "\\|")
            out.append(f"| {rule.code} | `{rule.name}` | {rule.category.value} | {summary} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleanser.catalogue")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="PATH", help="write the catalogue to PATH")
    group.add_argument("--check", metavar="PATH", help="exit 1 when PATH differs from the catalogue")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
        return 0
    if args.check:
        current = Path(args.check).read_text(encoding="utf-8") if Path(args.check).exists() else ""
        if current != text:
            print(f"{args.check} is stale: run python -m cleanser.catalogue --write {args.check}",
                  file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
