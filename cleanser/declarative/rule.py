"""The Rule of a declarative rule: reports what its pattern matched (an analysis fact)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import Any

import regex

from cleanser.analysis import sitepacks
from cleanser.analysis.facts import AnalysedDocument
from cleanser.analysis.sitepacks import PatternSpec, SitePack
from cleanser.categories import Category
from cleanser.removal import Proposal
from cleanser.rule import Rule

DEFAULT_PRIORITY = 40
"""Below the generic rules (50): what is known about one outlet wins over a guess."""


class _Docs:
    """``summary``/``documentation`` that answer from the instance when there is one."""

    def __init__(self, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, obj: object, owner: type) -> Any:
        if obj is None:
            fallback = getattr(Rule, self.attribute)
            return lambda: fallback.__func__(owner)
        return lambda: getattr(obj, "_" + self.attribute)


@dataclass(frozen=True)
class Examples:
    """Test cases of a rule: lines it must remove, and lines it must keep."""

    remove: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


class DeclarativeRule(Rule):
    """A rule written as data: a pattern, a scope, a category and a reason (see module doc)."""

    summary = _Docs("summary")
    documentation = _Docs("documentation")

    def __init__(
        self,
        *,
        code: str,
        name: str,
        category: Category,
        reason: str,
        pattern: regex.Pattern[str],
        scope: str = "line",
        until: regex.Pattern[str] | None = None,
        until_inclusive: bool = True,
        until_required: bool = False,
        start_inclusive: bool = True,
        max_lines: int | None = None,
        max_words: int | None = None,
        where: str = "anywhere",
        priority: int = DEFAULT_PRIORITY,
        facts: Mapping[str, str] | None = None,
        examples: Examples = Examples(),
        site: SitePack | None = None,
        source: str = "",
        description: str = "",
    ) -> None:
        self.code = code  # type: ignore[misc]
        self.name = name  # type: ignore[misc]
        self.category = category  # type: ignore[misc]
        self.priority = priority  # type: ignore[misc]
        self.aliases = ()  # type: ignore[misc]
        self.site_pack = site.name if site is not None else None
        self.examples = examples
        self.spec = PatternSpec(
            code=code, source=source, reason=reason, pattern=pattern, scope=scope, until=until,
            until_inclusive=until_inclusive, until_required=until_required,
            start_inclusive=start_inclusive, max_lines=max_lines, max_words=max_words,
            where=where, facts=dict(facts or {}), site=site,
        )
        """What the analysis matches for this rule (``cleanser.analysis.sitepacks``); the
        rule's own attributes (pattern, scope, where...) read it."""
        self._summary = description or reason
        self._documentation = self._describe(description)

    # the rule's data, as the analysis holds it
    reason = property(lambda self: self.spec.reason)
    pattern = property(lambda self: self.spec.pattern)
    scope = property(lambda self: self.spec.scope)
    until = property(lambda self: self.spec.until)
    until_inclusive = property(lambda self: self.spec.until_inclusive)
    until_required = property(lambda self: self.spec.until_required)
    start_inclusive = property(lambda self: self.spec.start_inclusive)
    max_lines = property(lambda self: self.spec.max_lines)
    max_words = property(lambda self: self.spec.max_words)
    where = property(lambda self: self.spec.where)
    facts = property(lambda self: self.spec.facts)
    site = property(lambda self: self.spec.site)
    source = property(lambda self: self.spec.source)
    # every match holds a key of the pattern's family (``sitepacks.match``); a property, not
    # configuration of its own (the fingerprint reads the instance's attributes)
    needs = property(lambda self: (self.spec.family,))

    def _describe(self, description: str) -> str:
        lines = [description or self.reason, ""]
        if self.site is not None:
            lines.append(f"Site pack {self.site.name} ({', '.join(self.site.domains) or 'by text'}).")
        lines.append(f"Scope {self.scope}, {self.where}; pattern: {self.pattern.pattern}")
        if self.until is not None:
            lines.append(f"Block ends at: {self.until.pattern}")
        if self.examples.remove:
            lines += ["", "Anti-pattern", *(f"    {e}" for e in self.examples.remove)]
        if self.examples.keep:
            lines += ["", "Best practice", *(f"    {e}" for e in self.examples.keep)]
        return "\n".join(lines)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        """What the analysis found for this rule's pattern."""
        site = self.spec.site
        if site is not None and site.name not in doc.site_packs:
            return iter(())  # the pack does not apply: nothing to look up
        found = doc.pattern_matches(self.spec)
        if self.spec.scope != "span" or not doc.lines_cut:
            return iter(found)
        # and what it matches once the copies cut from a line are gone, as a second pass reads it
        return chain(found, sitepacks.match_after_cuts(self.spec, doc))
