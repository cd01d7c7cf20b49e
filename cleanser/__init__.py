"""cleanser: clean body text and a provenance report from scraped news articles.

    import cleanser
    result = cleanser.clean(text)
    result.text        # the article body
    result.removals    # every removed span: rule code, category, reason, offsets
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from cleanser._version import __version__
from cleanser.categories import Category
from cleanser.document import Document, Line
from cleanser.pipeline import Pipeline, clean
from cleanser.registry import UnknownRuleError, get_rule, register
from cleanser.removal import PageRemoval, Proposal, Removal
from cleanser.result import SCHEMA, Result
from cleanser.rule import Rule

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
    "available_rules",
    "clean",
    "clean_html",
    "clean_many",
    "get_rule",
    "register",
]


def clean_html(html: str | bytes, url: str | None = None, **options: object) -> Result:
    """Extract the article from an HTML page (str or bytes) and clean it like ``clean()``.

    The report also lists the page text that extraction left out (``page_removals``).
    """
    from cleanser.html import clean_html as _clean_html

    return _clean_html(html, url, **options)  # type: ignore[arg-type]


def clean_many(texts: Iterable[str], jobs: int = 1, **options: Any) -> Iterator[Result]:
    """Clean many texts (in ``jobs`` worker processes) and yield their Results in input order.

    ``options``: ``url``, ``html`` (the items are pages), ``pipeline`` (one to reuse) or
    Pipeline arguments. See ``cleanser.batch.clean_many``.
    """
    from cleanser.batch import clean_many as _clean_many

    return _clean_many(texts, jobs, **options)


def available_rules() -> list[type[Rule]]:
    """The built-in rule classes, in code order."""
    from cleanser.registry import builtin_rule_classes

    return builtin_rule_classes()
