"""A stable fingerprint of a rule set: which rules run, and how each is configured.

Two pipelines with the same fingerprint (and the same cleanser version) make the same
decisions on the same text. The hash covers, for each rule in order, its class, code, name,
category, priority and aliases, and its configuration: the public attributes of the rule
object (a declarative rule's pattern text and flags, scope, limits, facts, site pack name and
domains), plus the pipeline's threshold. File paths and examples are left out, so the same
rules loaded from another folder give the same fingerprint.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from cleanser.lexicon import LazyPattern

# Attributes that describe where a rule came from or how it is documented, not what it does.
_SKIP = frozenset({"source", "examples", "hint"})
PREFIX = "sha256:"


def _stable(value: Any, depth: int = 0) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if depth > 3:
        return type(value).__qualname__
    if isinstance(value, list | tuple | set | frozenset):
        items = [_stable(v, depth + 1) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if isinstance(value, dict):
        return {str(k): _stable(v, depth + 1) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a declarative rule's PatternSpec
        return {f.name: _stable(getattr(value, f.name), depth + 1)
                for f in dataclasses.fields(value) if f.name not in _SKIP}
    if isinstance(value, LazyPattern):  # (its source and flags: reading them compiles nothing)
        return {"pattern": value.pattern, "flags": int(value.source_flags)}
    pattern = getattr(value, "pattern", None)
    if isinstance(pattern, str) and hasattr(value, "flags"):  # re / regex compiled pattern
        return {"pattern": pattern, "flags": int(value.flags)}
    value_text = getattr(value, "value", None)
    if isinstance(value_text, str):  # an enum such as Category
        return value_text
    name, domains = getattr(value, "name", None), getattr(value, "domains", None)
    if isinstance(name, str):  # a site pack
        return {"name": name, "domains": _stable(domains, depth + 1)}
    return type(value).__qualname__


def describe(rule: Any) -> dict[str, Any]:
    """What the fingerprint reads from one rule."""
    cls = type(rule)
    config = {
        key: _stable(val)
        for key, val in sorted(vars(rule).items())
        if not key.startswith("_") and key not in _SKIP and key not in ("code", "name", "category", "priority")
    } if hasattr(rule, "__dict__") else {}
    return {
        "class": f"{cls.__module__}.{cls.__qualname__}",
        "code": rule.code,
        "name": rule.name,
        "category": _stable(rule.category),
        "priority": rule.priority,
        "aliases": list(getattr(rule, "aliases", ())),
        "config": config,
    }


def ruleset_fingerprint(rules: Iterable[Any], threshold: float, limits: dict[str, int | None] | None = None) -> str:
    """``sha256:`` and the first 16 hex digits of the hash of the rules' descriptions, the
    threshold and the size limits (a limit decides whether a text is cleaned at all)."""
    settings: dict[str, Any] = {"threshold": threshold, "rules": [describe(r) for r in rules]}
    if limits:
        settings["limits"] = limits
    payload = json.dumps(settings, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return PREFIX + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
