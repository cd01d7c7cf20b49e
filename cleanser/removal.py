"""What rules propose and what the report holds: immutable spans with a reason."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from cleanser.categories import Category

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Proposal:
    """A span of the input that a rule proposes to remove.

    ``start``/``end`` are character offsets into the input text. ``score`` in [0, 1] is the
    rule's confidence: the pipeline removes proposals scoring at least its threshold and
    reports the others as suspicions (kept text that looked like chrome). ``facts`` carry
    metadata the chrome told (a date, a city, an author) into ``Result.metadata``.
    ``category`` overrides the rule's own category for this proposal.
    """

    start: int
    end: int
    reason: str
    score: float = 1.0
    category: Category | None = None
    facts: Mapping[str, str] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of the input that is not in the clean text, and why.

    ``text == input[start:end]`` always holds for the text the offsets refer to
    (``Result.input_text``). ``line``/``end_line`` are 1-based line numbers of its first and
    last character.
    """

    code: str
    name: str
    category: Category
    reason: str
    start: int
    end: int
    text: str
    line: int
    end_line: int
    score: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category.value,
            "reason": self.reason,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "end_line": self.end_line,
            "score": round(self.score, 4),
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class PageRemoval:
    """A block of visible page text that HTML extraction left out of the article.

    It has no character offsets (it never was part of the extracted text); ``path`` says
    where it was in the page (an XPath), ``category`` and ``reason`` why it is not body.
    """

    category: Category
    reason: str
    path: str
    text: str
    code: str = "HT01"
    name: str = "page-block-left-out"

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category.value,
            "reason": self.reason,
            "path": self.path,
            "text": self.text,
        }
