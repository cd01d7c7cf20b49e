"""The outcome of cleaning one document: clean text plus the provenance report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from cleanser.removal import PageRemoval, Removal

SCHEMA = "cleanser.result/1"

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Result:
    """Clean body text and the report of everything that is not in it.

    - ``text``: the article body, paragraphs joined by one blank line.
    - ``title``: the headline found in the chrome, or None.
    - ``metadata``: what the chrome told (``published``, ``dateline_city``, ``outlet``,
      ``author``, ``editor``, ``source``...); ``metadata_sources`` names, for each field,
      the rule code or extractor it came from.
    - ``removals``: every removed span, in input order. Offsets refer to ``input_text``:
      the text given to ``clean()``, or the text extracted from the page by ``clean_html()``.
    - ``suspicions``: spans a rule flagged with too little confidence to remove; they stay
      in ``text`` and are reported so a reviewer can see why they looked like chrome.
    - ``page_removals``: for HTML input, blocks of page text that extraction left out,
      each with its category and XPath.
    - ``status``: ``"ok"``, ``"empty"`` (no text at all), ``"spam-page"`` (the whole
      document is spam; ``text`` is empty) or ``"no-article"`` (HTML with no article text).
    - ``notes``: human-readable remarks (why a body is empty, which site pack was used...).
    """

    text: str
    input_text: str
    removals: tuple[Removal, ...] = ()
    suspicions: tuple[Removal, ...] = ()
    title: str | None = None
    metadata: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    metadata_sources: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    page_removals: tuple[PageRemoval, ...] = ()
    status: str = "ok"
    source: str = "text"
    notes: tuple[str, ...] = ()

    @property
    def categories(self) -> dict[str, int]:
        """How many removals there are of each category."""
        counts: dict[str, int] = {}
        for removal in self.removals:
            counts[removal.category.value] = counts.get(removal.category.value, 0) + 1
        return counts

    def to_dict(self, *, include_input: bool = False) -> dict[str, Any]:
        """A JSON-ready report. ``schema`` versions its shape."""
        report: dict[str, Any] = {
            "schema": SCHEMA,
            "status": self.status,
            "source": self.source,
            "offsets": (
                "removal start/end are character offsets into the text extracted from the page"
                if self.source == "html"
                else "removal start/end are character offsets into the input text"
            ),
            "title": self.title,
            "metadata": {
                key: {"value": value, "source": self.metadata_sources.get(key, "")}
                for key, value in self.metadata.items()
            },
            "text": self.text,
            "removals": [r.to_dict() for r in self.removals],
            "suspicions": [r.to_dict() for r in self.suspicions],
            "page_removals": [r.to_dict() for r in self.page_removals],
            "categories": self.categories,
            "notes": list(self.notes),
        }
        if include_input:
            report["input_text"] = self.input_text
        return report
