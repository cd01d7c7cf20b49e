"""cleanser: clean body text and a provenance report from scraped news articles.

    import cleanser
    result = cleanser.clean(text)
    result.text        # the article body
    result.removals    # every removed span: rule code, category, reason, offsets
"""

from __future__ import annotations

from cleanser.categories import Category
from cleanser.document import Document, Line
from cleanser.pipeline import Pipeline, clean
from cleanser.registry import UnknownRuleError, get_rule, register
from cleanser.removal import PageRemoval, Proposal, Removal
from cleanser.result import SCHEMA, Result
from cleanser.rule import Rule

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Category",
    "Document",
    "Line",
    "PageRemoval",
    "Pipeline",
    "Proposal",
    "Removal",
    "Result",
    "Rule",
    "UnknownRuleError",
    "__version__",
    "clean",
    "get_rule",
    "register",
    "rules",
]


def rules() -> list[type[Rule]]:
    """The built-in rule classes, in code order."""
    from cleanser.registry import builtin_rule_classes

    return builtin_rule_classes()
