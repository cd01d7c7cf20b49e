"""The base class of every rule: a code, a name, a category, and one method that proposes."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from typing import ClassVar

from cleanser.analysis import scan
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.removal import Proposal


class Rule:
    """A rule reads an analysed document and proposes spans to remove, with a reason.

    ``propose`` receives an :class:`~cleanser.analysis.AnalysedDocument`: the text model
    (lines, offsets, words) and the facts of the analysis (title, story zones, copies,
    spam reading, which phrase families each line may hold...). A rule reads those facts;
    it never calls another rule and never recomputes what the analysis knows.

    Subclasses set the class attributes and implement ``propose``. The docstring is the
    rule's documentation: a first summary line, then an ``Anti-pattern`` (text it removes)
    and a ``Best practice`` section (text it must keep), which the catalogue shows.

    - ``code``: stable identifier, two capital letters and two digits (``RL01``); a code
      never changes meaning. Retired codes stay valid as ``aliases`` of their successor.
    - ``name``: what the rule flags, in kebab-case (``read-also-link``).
    - ``priority``: when proposals overlap, the lower number wins the contested text.
    - ``site_pack``: the site pack the rule belongs to, if any; the pipeline asks it only
      about documents that pack applies to (``AnalysedDocument.site_packs``).
    - ``needs`` and ``applies``: what must be in a document for the rule to propose
      anything there; the pipeline checks them once per document and does not ask the rule
      about a document without it (see ``needs``). A rule that declares neither is asked
      about every document.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    aliases: ClassVar[tuple[str, ...]] = ()
    priority: ClassVar[int] = 50
    site_pack: str | None = None
    needs: tuple[str, ...] = ()
    """Scan families (``AnalysedDocument.hits``) of which the rule needs one on some line of
    a document to propose anything there: every match of its patterns holds a key of one of
    them. The pipeline skips the rule on a document where the scan found none (an open or
    unknown family may be anywhere: the rule is always asked). Empty: no such need."""

    def applies(self, doc: AnalysedDocument) -> bool:
        """Can the rule propose anything in ``doc``? A rule that overrides this answers
        False only where ``propose`` would yield nothing, from facts the analysis already
        holds (a document without copies has no copy to report), in less time than
        ``propose`` takes to find nothing; the pipeline asks it once per document, after
        ``needs``. (tests/test_rule_dispatch.py checks both against ``propose``.)"""
        return True

    def propose(self, doc: AnalysedDocument) -> Iterable[Proposal]:  # pragma: no cover - interface
        raise NotImplementedError

    # -- helpers for subclasses -------------------------------------------------------

    def line(
        self,
        line: Line,
        reason: str,
        *,
        score: float = 1.0,
        category: Category | None = None,
        facts: Mapping[str, str] | None = None,
    ) -> Proposal:
        """Propose the whole content of ``line``."""
        return Proposal(
            line.content_start, line.content_end, reason, score, category, facts or {}
        )

    def span(
        self,
        start: int,
        end: int,
        reason: str,
        *,
        score: float = 1.0,
        category: Category | None = None,
        facts: Mapping[str, str] | None = None,
    ) -> Proposal:
        return Proposal(start, end, reason, score, category, facts or {})

    # -- documentation -----------------------------------------------------------------

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.splitlines()[0] if doc else ""

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name} ({self.category.value})>"


class PhraseLineRule(Rule):
    """A rule that removes whole lines consisting of one entry of a phrase list.

    Subclasses set ``phrase_list`` (a file in ``cleanser/data``) and ``what`` (how the reason
    names the line); ``zone`` limits where lines count: "anywhere", "header" (before the
    first prose line) or "edges" (header or tail). Only lines where the scan found the
    list's family are tried (``AnalysedDocument.hits``).
    """

    phrase_list: ClassVar[str]
    what: ClassVar[str]
    zone: ClassVar[str] = "anywhere"
    max_words: ClassVar[int] = 24

    def propose(self, doc: AnalysedDocument) -> Iterable[Proposal]:
        name, zone, max_words = self.phrase_list, self.zone, self.max_words
        hits = doc.hits
        indexes = hits.lines_of(name)
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        words = doc.words
        # an open list (``indexes`` None): only lines holding a key, or opening as an entry
        # without one may (``scan.may_be_phrase_line``)
        gated = indexes is None and name in hits.known
        for line in lines:
            if len(words[line.index]) > max_words:
                continue
            if gated and not scan.may_be_phrase_line(hits, line.index, line.text, name):
                continue
            if zone == "header" and not doc.in_header(line):
                continue
            if zone == "edges" and not (doc.in_header(line) or doc.in_tail(line)):
                continue
            if doc.is_phrase_line(line, name):
                yield self.line(line, f"{self.what}: {line.stripped[:60]!r}")
