"""Site packs and declarative patterns, matched as analysis facts.

A declarative rule (``cleanser.declarative``) is data: a pattern, a scope, where it
applies and a reason. Matching that data over a document is analysis: it is done here, once
per document and pattern, and read by the rule that owns the pattern, by the story finder
(lines a site pack removes wherever they stand) and by the title finder (lines that go
whole). Which site packs apply is decided once per document: by the url's host when there
is one (a dictionary look-up of the host and its parent domains), else by fingerprints,
searched only where the one-pass scan found their required text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from cleanser import lexicon
from cleanser.lazy import cached_property
from cleanser.prefilter import required_keys
from cleanser.removal import Proposal
from cleanser.textshape import word_count

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

MATCH_TIMEOUT = 1.0
"""Seconds one regex call may take on one line before the rule gives up on the document: a
last guard against a user's pattern that backtracks, never reached by a linear pattern
(benchmarks/pattern_lint.py checks the bundled ones, in CI) on a line within the Pipeline's
``max_line_chars``, whatever the machine's load. When it fires, the rule is skipped and the
Result's notes say so (the pipeline notes a rule that raised)."""


class RuleTimeoutError(TimeoutError):
    """A declarative rule's pattern took too long on one line; the rule skips the document."""


class SitePack:
    """Which documents a pack's rules apply to: an outlet's domains and text fingerprints.

    Each fingerprint is compiled once, on its own, and searched only when the scan found
    its required text (``cleanser.prefilter``; a pattern without any is searched in every
    document without a url).
    """

    __slots__ = ("description", "domains", "family", "fingerprints", "hints", "name", "patterns", "source")

    def __init__(
        self,
        name: str,
        domains: Sequence[str],
        fingerprints: Sequence[str],
        source: str,
        description: str = "",
    ) -> None:
        self.name = name
        self.domains = tuple(d.lower().removeprefix("www.").strip(".") for d in domains)
        self.fingerprints = tuple(fingerprints)
        self.source = source
        self.description = description
        # compiled when first searched: most packs' fingerprints are never searched, as the
        # scan rules them out (Pipeline() then compiles no outlet's patterns: cold start)
        self.patterns = tuple(lexicon.lazy(f) for f in fingerprints)
        self.hints = tuple(required_keys(f) for f in fingerprints)
        """Per fingerprint, pieces one of which each match holds (None: unknown)."""
        self.family = f"site:{name}"
        """The scan family of the pack's fingerprints."""

    def __repr__(self) -> str:
        return f"<SitePack {self.name} {', '.join(self.domains)}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (SitePack, (self.name, self.domains, self.fingerprints, self.source, self.description))

    def matches_host(self, host: str) -> bool:
        """``host`` is one of the pack's domains or a subdomain of one."""
        host = host.lower().strip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def fingerprinted(self, doc: AnalysedDocument, present: AbstractSet[str] | None = None) -> bool:
        """Does one of the pack's fingerprints occur in ``doc``? (``present``: which of the
        fingerprints' keys the casefolded text holds, ``present_keys``, when the caller
        has them.)"""
        if not doc.hits.anywhere(self.family):
            return False
        if present is None:
            present = present_keys(doc.text, [k for keys in self.hints for k in keys or ()])
        try:
            return any(
                p.search(doc.text, timeout=MATCH_TIMEOUT * 5)
                for p, keys in zip(self.patterns, self.hints, strict=True)
                if keys is None or not present.isdisjoint(keys)
            )
        except TimeoutError:
            raise RuleTimeoutError(
                f"a fingerprint of site pack {self.name} ({self.source}) took over {MATCH_TIMEOUT * 5}s"
            ) from None


def applying(doc: AnalysedDocument, packs: Sequence[SitePack]) -> frozenset[str]:
    """Names of the packs that apply to ``doc``: by host, else by fingerprint."""
    host = doc.host
    if host:
        suffixes = set()
        parts = host.lower().strip(".").split(".")
        for i in range(len(parts)):
            suffixes.add(".".join(parts[i:]))
        return frozenset(p.name for p in packs if not suffixes.isdisjoint(p.domains))
    # the packs whose fingerprints may occur (``hits.anywhere(p.family)``, read per pack
    # without a call)
    closed, held = doc.hits.closed, doc.hits.lines_with
    candidates = [p for p in packs if p.family not in closed or p.family in held]
    if not candidates:
        return frozenset()
    present = present_keys(doc.text, [k for p in candidates for keys in p.hints for k in keys or ()])
    return frozenset(p.name for p in candidates if p.fingerprinted(doc, present))


_FOLD_CHUNK = 1 << 16


def casefolded(text: str) -> str:
    """``text.casefold()``, folded a piece at a time: ``str.casefold`` works character by
    character, but on a whole text it takes a scratch buffer of 12 bytes per character."""
    if len(text) <= _FOLD_CHUNK:
        return text.casefold()
    return "".join([text[i:i + _FOLD_CHUNK].casefold() for i in range(0, len(text), _FOLD_CHUNK)])


def present_keys(text: str, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` (casefolded) ``text.casefold()`` holds, read a piece at a time (no
    folded copy of the whole text is made). Each character folds on its own into one or
    more characters, so a key found in the text folded from character ``a`` on lies
    within the fold of ``text[a : a + len(key)]``: pieces overlapping by the longest key
    miss none."""
    wanted = set(keys)
    found: set[str] = {key for key in wanted if not key}  # an empty key is in every text
    wanted -= found
    if not wanted:
        return found
    overlap = max(len(key) for key in wanted)
    for start in range(0, len(text), _FOLD_CHUNK):
        piece = text[start : start + _FOLD_CHUNK + overlap].casefold()
        hit = {key for key in wanted if key in piece}
        found |= hit
        wanted -= hit
        if not wanted:
            break
    return found


@dataclass(frozen=True, eq=False)
class PatternSpec:
    """What a declarative rule matches: its pattern and where, and what it says.

    ``scope``: 'line' (the whole stripped line matches), 'prefix' (the line's start), 'span'
    (every match inside a line) or 'block' (a start line and the lines up to ``until``).
    ``where``: 'anywhere', 'header' (before the story) or 'tail' (after it).
    ``facts``: capture group -> metadata field.
    """

    code: str
    source: str
    reason: str
    pattern: regex.Pattern[str]
    scope: str = "line"
    until: regex.Pattern[str] | None = None
    until_inclusive: bool = True
    until_required: bool = False
    start_inclusive: bool = True
    max_lines: int | None = None
    max_words: int | None = None
    where: str = "anywhere"
    facts: Mapping[str, str] = field(default_factory=dict)
    site: SitePack | None = None

    @property
    def keys(self) -> frozenset[str] | None:
        """Pieces of text one of which every match holds (``cleanser.prefilter``)."""
        return required_keys(self.pattern.pattern, verbose=bool(lexicon.source_flags(self.pattern) & regex.VERBOSE))

    @cached_property
    def family(self) -> str:
        """The scan family of the pattern's keys."""
        return f"rule:{self.code}"


def _call(spec: PatternSpec, method: str, pattern: regex.Pattern[str], text: str) -> Any:
    try:
        found = getattr(pattern, method)(text, timeout=MATCH_TIMEOUT)
        return list(found) if method == "finditer" else found
    except TimeoutError:
        raise RuleTimeoutError(
            f"pattern of {spec.code} ({spec.source}) took over {MATCH_TIMEOUT}s on one line"
        ) from None


def _placed(spec: PatternSpec, doc: AnalysedDocument, line: Line) -> bool:
    if spec.where == "header":
        return doc.in_header(line)
    if spec.where == "tail":
        return doc.in_tail(line)
    return True


def _short_enough(spec: PatternSpec, text: str) -> bool:
    return spec.max_words is None or word_count(text) <= spec.max_words


def _facts(spec: PatternSpec, match: regex.Match[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for group, name in spec.facts.items():
        value = match.group(group)
        if value and value.strip():
            found[name] = value.strip()
    return found


def match(spec: PatternSpec, doc: AnalysedDocument) -> Iterator[Proposal]:
    """The spans ``spec`` matches in ``doc`` (nothing when its site pack does not apply)."""
    if spec.site is not None and spec.site.name not in doc.site_packs:
        return
    hits = doc.hits
    if not hits.anywhere(spec.family):
        return  # no line holds the text every match holds
    if spec.scope == "block":
        yield from _blocks(spec, doc)
        return
    indexes = hits.lines_of(spec.family)
    lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
    for line in lines:
        if not _placed(spec, doc, line):
            continue
        text = line.text
        if spec.scope == "line":
            stripped = text.strip()
            # (the words counted first: a line over max_words is never matched against the pattern)
            # (the words of the stripped line are the line's: ``_short_enough(spec, stripped)``)
            short = spec.max_words is None or len(doc.words[line.index]) <= spec.max_words
            found = _call(spec, "fullmatch", spec.pattern, stripped) if short else None
            if found:
                yield Proposal(line.content_start, line.content_end, spec.reason, 1.0, None,
                               _facts(spec, found))
            elif line.index in doc.lines_cut:  # read as a second pass reads it, once its copies go
                left = doc.text_after_cuts(line)
                found = _call(spec, "fullmatch", spec.pattern, left) if _short_enough(spec, left) else None
                if found:
                    yield Proposal(line.content_start, line.content_end,
                                   f"{spec.reason} (the line once its copies are cut)", 1.0, None,
                                   _facts(spec, found))
        elif spec.scope == "prefix":
            offset = line.content_start - line.start
            found = _call(spec, "match", spec.pattern, text[offset:])
            if found and found.end() > 0:
                start = line.content_start
                yield Proposal(start, start + found.end(), spec.reason, 1.0, None, _facts(spec, found))
        else:  # span
            for found in _call(spec, "finditer", spec.pattern, text):
                if found.end() > found.start():
                    yield Proposal(line.start + found.start(), line.start + found.end(),
                                   spec.reason, 1.0, None, _facts(spec, found))


def match_after_cuts(spec: PatternSpec, doc: AnalysedDocument) -> Iterator[Proposal]:
    """The spans a ``span`` pattern matches in the lines that copies or spam are cut from,
    read as a second pass reads them once the cuts are made (``text_after_cuts``), that it
    does not match in the line as it stands: a mark closing a paragraph printed twice on
    one line ends the line only once the second print goes. (Not part of ``match``, which
    the copy search reads before the cuts are known.)"""
    if spec.scope != "span" or (spec.site is not None and spec.site.name not in doc.site_packs):
        return
    hits = doc.hits
    if not hits.anywhere(spec.family):
        return
    # the spans it matches in the lines as they stand, by start (a line's matches do not overlap)
    matched = sorted((p.start, p.end) for p in doc.pattern_matches(spec))
    starts = [start for start, _ in matched]
    for index in sorted(doc.lines_cut):
        line = doc.lines[index]
        if not hits.may_hold(index, spec.family) or not _placed(spec, doc, line):
            continue  # (a key formed only where a cut joins two pieces is not looked for)
        left = doc.text_after_cuts(line)
        if not left:
            continue
        for found in _call(spec, "finditer", spec.pattern, left):
            if found.end() <= found.start():
                continue
            start = doc.input_offset_after_cuts(line, found.start())
            last = doc.input_offset_after_cuts(line, found.end() - 1)
            if start is None or last is None:
                continue
            before = bisect.bisect_left(starts, last + 1) - 1  # the last match starting before its end
            if before >= 0 and matched[before][1] > start:
                continue  # (it overlaps a match in the line as it stands)
            yield Proposal(start, last + 1, f"{spec.reason} (the line once its copies are cut)", 1.0, None,
                           _facts(spec, found))


def _blocks(spec: PatternSpec, doc: AnalysedDocument) -> Iterator[Proposal]:
    """Blocks: a start line, then the lines after it up to the ``until`` line (or the
    end, or ``max_lines`` lines in all). ``until`` is looked for after the start line
    only. With ``until_required`` a block that never meets ``until`` is left alone."""
    lines = doc.content_lines
    hits = doc.hits
    i = 0
    while i < len(lines):
        line = lines[i]
        found = None
        if hits.may_hold(line.index, spec.family) and _placed(spec, doc, line):
            stripped = line.text.strip()  # (cut out only where the block may start)
            # (the words of the stripped line are the line's: ``_short_enough(spec, stripped)``)
            if spec.max_words is None or len(doc.words[line.index]) <= spec.max_words:
                found = _call(spec, "fullmatch", spec.pattern, stripped)
        if not found:
            i += 1
            continue
        members = [line] if spec.start_inclusive else []
        ended = False
        j = i + 1
        while not ended and j < len(lines):
            if spec.max_lines is not None and len(members) >= spec.max_lines:
                break
            follower = lines[j]
            if spec.until is not None and _call(spec, "fullmatch", spec.until, follower.text.strip()):
                ended = True
                if spec.until_inclusive:
                    members.append(follower)
                    j += 1
                break
            members.append(follower)
            j += 1
        if spec.until_required and not ended:
            i += 1
            continue
        facts = _facts(spec, found)
        for member in members:
            reason = spec.reason if member is line else f"{spec.reason} (block from line {line.number})"
            yield Proposal(member.content_start, member.content_end, reason, 1.0, None,
                           facts if member is line else {})
        i = max(j, i + 1)
