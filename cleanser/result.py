"""The outcome of cleaning one document: clean text plus the provenance report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from types import MappingProxyType
from typing import Any

from cleanser.metadata import MetadataField, Value, normalise
from cleanser.removal import PageRemoval, Removal

# The report's shape; bumped whenever a key changes meaning (see cleanser/schema/).
SCHEMA = "cleanser.result/2"
SCHEMA_ID = "https://cleanser.invalid/schema/result-2.schema.json"

_EMPTY_FIELDS: Mapping[str, MetadataField] = MappingProxyType({})
_EMPTY: Mapping[str, str] = MappingProxyType({})


CLEANED_STATUSES = frozenset({"ok", "empty", "spam-page", "no-article"})
"""Statuses of a text the rules cleaned (``Result.cleaned``)."""


@dataclass(frozen=True, init=False)
class Result:
    """Clean body text and the report of everything that is not in it.

    - ``text``: the article body, paragraphs joined by one blank line.
    - ``title``: the headline found in the chrome (or the page's title), without the site's
      name, or None. ``metadata["title"]`` keeps the text it was read from.
    - ``metadata``: what the chrome and the page told, normalised: each field a
      :class:`~cleanser.metadata.MetadataField` with ``value``, ``source`` (the rule code,
      ``"trafilatura"`` or ``"url"``) and ``raw``: ``published`` (ISO 8601), ``author`` and
      ``editor`` (lists of names), ``outlet`` (a domain), ``dateline_city``, ``source``...
      (see :mod:`cleanser.metadata`). Built from plain strings, it normalises them, taking
      their origin from ``metadata_sources``. ``metadata_values`` and ``metadata_sources``
      give the flat views.
    - ``removals``: every removed span, in input order. Offsets refer to ``input_text``:
      the text given to ``clean()``, or the text extracted from the page by ``clean_html()``
      (``offsets_of`` says which).
    - ``suspicions``: spans a rule flagged with too little confidence to remove; they stay
      in ``text`` and are reported so a reviewer can see why they looked like chrome.
    - ``page_removals``: for HTML input, blocks of page text that extraction left out,
      each with its category and XPath.
    - ``status``: ``"ok"``, ``"empty"`` (no text at all), ``"spam-page"`` (the whole
      document is spam; ``text`` is empty), ``"no-article"`` (HTML with no article text) or
      ``"html-input"`` (``clean()`` was given an HTML page; see the notes), ``"too-large"``
      (over one of the Pipeline's size limits: not analysed, ``text`` is the input
      unchanged), ``"not-text"`` (``clean_html()`` was given bytes that are not text: an
      image, random bytes) or ``"error"`` (the analysis raised: the text is returned unchanged,
      the note says why; a last guard, see issue 14).
    - ``notes``: human-readable remarks (why a body is empty, which site pack was used...).
    - ``ruleset``: the fingerprint of the rules that ran (see :mod:`cleanser.fingerprint`).
    - ``url``: the URL given with the text, if any.
    """

    text: str
    input_text: str
    removals: tuple[Removal, ...] = ()
    suspicions: tuple[Removal, ...] = ()
    title: str | None = None
    metadata: Mapping[str, MetadataField] = field(default_factory=lambda: _EMPTY_FIELDS)
    metadata_sources: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    page_removals: tuple[PageRemoval, ...] = ()
    status: str = "ok"
    source: str = "text"
    notes: tuple[str, ...] = ()
    ruleset: str = ""
    url: str | None = None

    def __init__(
        self,
        text: str,
        input_text: str,
        removals: tuple[Removal, ...] = (),
        suspicions: tuple[Removal, ...] = (),
        title: str | None = None,
        metadata: Mapping[str, str | MetadataField] = _EMPTY,
        metadata_sources: Mapping[str, str] = _EMPTY,
        page_removals: tuple[PageRemoval, ...] = (),
        status: str = "ok",
        source: str = "text",
        notes: tuple[str, ...] = (),
        ruleset: str = "",
        url: str | None = None,
    ) -> None:
        # ``metadata`` may hold plain strings (facts as read, their origin in
        # ``metadata_sources``) or fields normalised before: both end up as MetadataFields.
        sources = metadata_sources
        if title and not sources.get("title"):  # the rule that removed the headline found it
            code = next((r.code for r in removals if r.category.value == "title"), None)
            sources = {**sources, "title": code} if code else sources
        fields, clean_title = normalise(metadata, sources, title=title, url=url)
        values: dict[str, Any] = {
            "text": text, "input_text": input_text, "removals": removals, "suspicions": suspicions,
            "title": clean_title, "metadata": MappingProxyType(fields),
            "metadata_sources": MappingProxyType({k: f.source for k, f in fields.items()}),
            "page_removals": page_removals, "status": status, "source": source, "notes": notes,
            "ruleset": ruleset, "url": url,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its values (a worker process sends its results back this way)."""
        state = {f.name: getattr(self, f.name) for f in dataclass_fields(self)}
        state["metadata"] = dict(self.metadata)
        state["metadata_sources"] = dict(self.metadata_sources)
        return (_restore, (state,))

    def html_input(self) -> Result:
        """This result marked as cleaned from an HTML page given to ``clean()`` as text: the
        rules ran on the markup, nothing was extracted. Status ``"html-input"`` (a status
        that says more, ``"empty"`` or ``"spam-page"``, is kept) and a note naming
        ``clean_html()``."""
        note = ("the input looks like an HTML page, cleaned here as plain text (markup and all); "
                "use cleanser.clean_html() (or `cleanser clean --html`) to extract its article")
        status = "html-input" if self.status == "ok" else self.status
        return replace(self, status=status, notes=(*self.notes, note))

    @property
    def metadata_values(self) -> dict[str, Value]:
        """Each metadata field's value alone (``{"published": "2024-10-25T15:40:00+07:00", ...}``)."""
        return {key: f.value for key, f in self.metadata.items()}

    @property
    def cleaned(self) -> bool:
        """Did the rules clean this text? False for ``too-large``, ``not-text``, ``error``
        and ``html-input``: the text is returned as it came (or as the markup read), so a
        pipeline that must not pass chrome on can set such documents aside."""
        return self.status in CLEANED_STATUSES

    @property
    def offsets_of(self) -> str:
        """What removal offsets index: ``"input"`` (the text given to clean()) or
        ``"extracted_text"`` (the text clean_html() extracted from the page)."""
        return "extracted_text" if self.source == "html" else "input"

    @property
    def categories(self) -> dict[str, int]:
        """How many removals there are of each category."""
        counts: dict[str, int] = {}
        for removal in self.removals:
            counts[removal.category.value] = counts.get(removal.category.value, 0) + 1
        return counts

    def to_dict(self, *, include_input: bool = False) -> dict[str, Any]:
        """A JSON-ready report, valid against ``cleanser/schema/result.schema.json``;
        ``schema`` versions its shape. With ``include_input``, the text the offsets index
        is included as ``input_text``."""
        from cleanser._version import __version__

        report: dict[str, Any] = {
            "schema": SCHEMA,
            "cleanser": {"version": __version__, "ruleset": self.ruleset},
            "status": self.status,
            "source": self.source,
            "offsets": {
                "of": self.offsets_of,
                "unit": "codepoint",
                "length": len(self.input_text),
                "included": include_input,
            },
            "title": self.title,
            "metadata": {key: f.to_dict() for key, f in self.metadata.items()},
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


def _restore(state: dict[str, Any]) -> Result:
    """A Result from the values ``Result.__reduce__`` gave (nothing is normalised again)."""
    result = object.__new__(Result)
    for name, value in state.items():
        if name in ("metadata", "metadata_sources"):
            value = MappingProxyType(value)
        object.__setattr__(result, name, value)
    return result
