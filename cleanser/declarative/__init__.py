"""Declarative rules from TOML files, and the bundled site packs.

A rule file is TOML. Each ``[[rule]]`` table becomes one :class:`DeclarativeRule`, a
:class:`~cleanser.rule.Rule` whose code, name, category and priority come from the file, so
every removal it makes is reported under its own code. An optional ``[site]`` table makes
the file a *site pack*: its rules then run only on that outlet's documents (the url's host
is one of ``domains`` or a subdomain of one; with no url, one of ``fingerprints`` occurs in
the text). See docs/site-packs.md for the format and a complete example.

    from cleanser import Pipeline
    from cleanser.declarative import load_rules

    pipeline = Pipeline(extra=load_rules("my_outlet.toml"))   # or a folder of *.toml

The bundled packs live in ``cleanser/sitepacks/*.toml`` and are part of the default rule
set (:func:`site_pack_rules`). Every pattern is compiled once when its file loads and is
matched with a timeout; a file with a mistake raises :class:`DeclarativeRuleError` naming
the file, the rule and the problem, at load time, never while cleaning.

The work is split by layer: ``parser`` reads and checks TOML into rules, ``rule`` is the
Rule that reports what its pattern matched, and the matching itself is analysis
(``cleanser.analysis.sitepacks``: computed once per document, read by the rule, the story
and the title finder). ``cleanser.rulecheck``, a front-end, replays a file's examples
through a pipeline (``python -m cleanser.declarative FILE``).
"""

from __future__ import annotations

from cleanser.analysis.sitepacks import RuleTimeoutError, SitePack
from cleanser.declarative.parser import (
    DEFAULT_PRIORITY,
    DeclarativeRuleError,
    load_rules,
    loads,
    site_pack_rules,
    site_packs,
)
from cleanser.declarative.rule import DeclarativeRule, Examples

__all__ = [
    "DEFAULT_PRIORITY",
    "DeclarativeRule",
    "DeclarativeRuleError",
    "Examples",
    "RuleTimeoutError",
    "SitePack",
    "load_rules",
    "loads",
    "site_pack_rules",
    "site_packs",
]
