"""Where rules are found: the built-in catalogue, plugin packs, and user selection.

Built-in rules register themselves with ``@register``. Third-party packs publish an entry
point in the ``cleanser.rules`` group whose object is a Rule subclass, a Rule instance, or
an iterable or zero-argument callable giving them; packs are loaded lazily, each in its own
try/except, and a pack that fails to load is reported, not fatal.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points

import regex

from cleanser.categories import Category
from cleanser.rule import Rule

ENTRY_POINT_GROUP = "cleanser.rules"
CODE_PATTERN = regex.compile(r"^[A-Z]{2}\d{2}$")

_BUILTIN: dict[str, type[Rule]] = {}


class UnknownRuleError(LookupError):
    """A selector named no rule; the message lists what exists."""


class RuleDefinitionError(ValueError):
    """A rule class is missing its code, name or category, or reuses a code."""


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator that adds a built-in rule to the catalogue."""
    check_rule_class(cls, builtin=True)
    for key in (cls.code, *cls.aliases):
        if key in _BUILTIN and _BUILTIN[key] is not cls:
            raise RuleDefinitionError(f"rule code {key} is used twice")
        _BUILTIN[key] = cls
    return cls


def check_rule_class(cls: type[Rule], *, builtin: bool = False) -> None:
    for attribute in ("code", "name", "category"):
        if not getattr(cls, attribute, None):
            raise RuleDefinitionError(f"{cls.__qualname__} has no {attribute}")
    if not isinstance(cls.category, Category):
        raise RuleDefinitionError(f"{cls.__qualname__}.category must be a Category")
    if builtin and not CODE_PATTERN.match(cls.code):
        raise RuleDefinitionError(f"{cls.__qualname__}.code {cls.code!r} is not like 'RL01'")
    if not cls.__doc__:
        raise RuleDefinitionError(f"{cls.__qualname__} has no docstring")


@cache
def _load_builtins() -> None:
    package = importlib.import_module("cleanser.rules")
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def builtin_rule_classes() -> list[type[Rule]]:
    """Every built-in rule class, once each, in code order."""
    _load_builtins()
    unique = {cls.code: cls for cls in _BUILTIN.values()}
    return [unique[code] for code in sorted(unique)]


@dataclass(frozen=True)
class PluginLoad:
    """What loading the plugin packs gave: the rules, and the packs that failed."""

    rules: tuple[Rule, ...]
    errors: tuple[str, ...]


def _as_rules(obj: object) -> list[Rule]:
    if isinstance(obj, Rule):
        return [obj]
    if isinstance(obj, type) and issubclass(obj, Rule):
        check_rule_class(obj)
        return [obj()]
    if callable(obj):
        return _as_rules(obj())
    if isinstance(obj, Iterable):
        found: list[Rule] = []
        for item in obj:
            found.extend(_as_rules(item))
        return found
    raise TypeError(f"entry point gave {type(obj).__name__}, not a Rule or rules")


@cache
def load_plugins() -> PluginLoad:
    """Rules from installed packs (entry point group ``cleanser.rules``)."""
    rules: list[Rule] = []
    errors: list[str] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            rules.extend(_as_rules(entry.load()))
        except Exception as exc:  # a broken pack must not break cleaning
            errors.append(f"rule pack {entry.name!r} ({entry.value}) failed to load: {exc!r}")
    return PluginLoad(tuple(rules), tuple(errors))


def _keys(rule: Rule) -> set[str]:
    return {rule.code, rule.name, *rule.aliases}


def matches(rule: Rule, selector: str) -> bool:
    """Does ``selector`` name ``rule``: its code, an alias, its name, its category, or a
    prefix of its code (``RL`` selects RL01, RL02...)."""
    if selector in _keys(rule) or selector == rule.category.value:
        return True
    return bool(selector) and selector.isupper() and rule.code.startswith(selector)


def describe_available(rules: Sequence[Rule]) -> str:
    return ", ".join(f"{r.code} ({r.name})" for r in rules)


def check_selectors(rules: Sequence[Rule], selectors: Iterable[str]) -> None:
    """Raise UnknownRuleError for a selector that names none of ``rules``."""
    for selector in selectors:
        if any(matches(rule, selector) for rule in rules):
            continue
        keys = sorted({k for r in rules for k in _keys(r)} | {c.value for c in Category})
        close = difflib.get_close_matches(selector, keys, n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise UnknownRuleError(
            f"no rule matches {selector!r}.{hint} Available: {describe_available(rules)}"
        )


def select(
    rules: Sequence[Rule],
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Rule]:
    """Keep the rules that ``select`` names (all when None), minus those ``ignore`` names."""
    chosen = list(rules)
    if select is not None:
        wanted = list(select)
        check_selectors(rules, wanted)
        chosen = [r for r in chosen if any(matches(r, s) for s in wanted)]
    if ignore is not None:
        unwanted = list(ignore)
        check_selectors(rules, unwanted)
        chosen = [r for r in chosen if not any(matches(r, s) for s in unwanted)]
    return chosen


def get_rule(key: str) -> type[Rule]:
    """The built-in rule class with this code, alias or name."""
    classes = builtin_rule_classes()
    for cls in classes:
        if key in (cls.code, cls.name, *cls.aliases):
            return cls
    rules = [cls() for cls in classes]
    check_selectors(rules, [key])
    raise UnknownRuleError(key)  # pragma: no cover - check_selectors raised already


RuleFactory = Callable[[], Rule]
