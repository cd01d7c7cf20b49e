"""Declarative rules from TOML files, and the bundled site packs.

A rule file is TOML. Each ``[[rule]]`` table becomes one :class:`DeclarativeRule`, a
:class:`~cleanser.rule.Rule` whose code, name, category and priority come from the file, so
every removal it makes is reported under its own code. An optional ``[site]`` table makes
the file a *site pack*: its rules then run only on that outlet's documents (the url's host
is one of ``domains`` or a subdomain of one; with no url, one of ``fingerprints`` occurs in
the text). See docs/site-packs.md for the format and a complete example.

    from cleanser import Pipeline
    from cleanser.declarative import load_rules

    pipeline = Pipeline(extra=load_rules("my_outlet.toml"))   # or a folder of *.toml

The bundled packs live in ``cleanser/sitepacks/*.toml`` and are part of the default rule
set (:func:`site_pack_rules`). Every pattern is compiled once when its file loads and is
matched with a timeout; a file with a mistake raises :class:`DeclarativeRuleError` naming
the file, the rule and the problem, at load time, never while cleaning.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from cleanser.categories import Category
from cleanser.document import Document, Line
from cleanser.removal import Proposal
from cleanser.rule import Rule

__all__ = [
    "DEFAULT_PRIORITY",
    "DeclarativeRule",
    "DeclarativeRuleError",
    "RuleTimeoutError",
    "SitePack",
    "check_examples",
    "load_rules",
    "loads",
    "site_pack_rules",
]

DEFAULT_PRIORITY = 40
"""Below the generic rules (50): what is known about one outlet wins over a guess."""

MATCH_TIMEOUT = 0.1
"""Seconds one regex call may take on one line before the rule gives up on the document."""

SITE_CODE = regex.compile(r"^[A-Z]{3}\d{2}$")
USER_CODE = regex.compile(r"^[A-Z]{2,4}\d{2,3}$")
BUILTIN_SHAPE = regex.compile(r"^[A-Z]{2}\d{2}$")
NAME = regex.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FIELD = regex.compile(r"^[a-z][a-z0-9_]*$")
SCOPES = ("line", "prefix", "span", "block")
WHERES = ("anywhere", "header", "tail")
RESERVED_CODES = frozenset({"SP00", "HT01"})

# Ordinary article prose: a pattern or fingerprint that matches any of these would remove
# (or select) text of every story, so the file is refused.
_PROSE = (
    "Pemerintah daerah akan terus bekerja sama dengan semua pihak untuk memperbaiki "
    "layanan kesehatan di wilayah itu, kata kepala dinas kepada wartawan, Senin (3/2/2025).",
    "Warga berharap jalan yang rusak sejak tahun lalu segera diperbaiki sebelum musim "
    "hujan tiba.",
    "Harga beras di pasar tradisional naik.",
)

_RULE_KEYS = frozenset({
    "code", "name", "category", "reason", "pattern", "scope", "until", "until_inclusive",
    "until_required", "start_inclusive", "max_lines", "max_words", "ignorecase", "verbose",
    "where", "priority", "facts", "examples", "description",
})
_SITE_KEYS = frozenset({"name", "domains", "fingerprints", "description"})
_TOP_KEYS = frozenset({"site", "rule"})


class DeclarativeRuleError(ValueError):
    """A rule file cannot be used; the message names the file, the rule and the problem."""


class RuleTimeoutError(TimeoutError):
    """A declarative rule's pattern took too long on one line; the rule skips the document."""


# -- site packs ----------------------------------------------------------------------------


class SitePack:
    """Which documents a pack's rules apply to: an outlet's domains and text fingerprints.

    ``applies(doc)`` is computed once per Document instance and kept with the document
    (like a cached property), so the many rules of a pack ask at no extra cost.

    Each fingerprint is compiled once, on its own, and searched in turn until one matches:
    a pattern starting with a literal is scanned for that literal, which measured about ten
    times faster than one alternation of a pack's fingerprints (the alternation tries every
    branch at every position of the text).
    """

    __slots__ = ("description", "domains", "fingerprints", "hints", "name", "patterns", "source")

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
        self.patterns = tuple(regex.compile(f) for f in fingerprints)
        self.hints = tuple(literal_hint(f) for f in fingerprints)

    def __repr__(self) -> str:
        return f"<SitePack {self.name} {', '.join(self.domains)}>"

    def matches_host(self, host: str) -> bool:
        """``host`` is one of the pack's domains or a subdomain of one."""
        host = host.lower().strip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def applies(self, doc: Document) -> bool:
        cache = _document_cache(doc)
        if cache is None:
            return self._decide(doc)
        found = cache.get(self)
        if found is None:
            found = cache[self] = self._decide(doc)
        return found

    def _decide(self, doc: Document) -> bool:
        host = doc.host
        if host:
            return self.matches_host(host)
        text = doc.text
        folded = _folded_text(doc)
        try:
            return any(
                p.search(text, timeout=MATCH_TIMEOUT * 5)
                for p, hint in zip(self.patterns, self.hints, strict=True)
                if hint is None or hint in folded
            )
        except TimeoutError:
            return False


_LITERAL_RUN = regex.compile(r"[\p{L}\p{N} ]{4,}")
_REGEX_SYNTAX = regex.compile(r"\\.|\(\?[a-zA-Z-]*:|[()\[\]|?*+{}^$.]")


def literal_hint(pattern: str) -> str | None:
    """A casefolded piece of plain text that every match of ``pattern`` contains, or None.

    Only runs of letters, digits and spaces outside any group, class or alternation are
    taken (a piece inside ``(a|b)`` or before a quantifier is not certain to occur), so
    ``hint in text.casefold()`` is a safe, fast test before the regex search.
    """
    plain = _top_level(pattern)
    if "|" in plain:
        return None
    best = ""
    for piece in _REGEX_SYNTAX.split(plain):
        for run in _LITERAL_RUN.findall(piece):
            if len(run.strip()) > len(best):
                best = run.strip()
    return best.casefold() if len(best) >= 4 else None


_GROUP_PREFIX = regex.compile(r"^\?(?:[a-zA-Z-]*:|<?[=!]|P?<\w+>)")


def _top_level(pattern: str) -> str:
    """``pattern`` with every optional part blanked out (``\\x00``): character classes,
    groups holding an alternation or followed by a quantifier, escapes, and the character
    before a quantifier. A plain group such as ``(?i:text)`` keeps its text."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append("\x00")
            i += 2
        elif ch == "[":
            j = i + 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append("\x00")
            i = j + 1
        elif ch == "(":
            j, depth = i + 1, 1
            while j < n and depth:
                if pattern[j] == "\\":
                    j += 1
                elif pattern[j] == "(":
                    depth += 1
                elif pattern[j] == ")":
                    depth -= 1
                j += 1
            inner = pattern[i + 1 : j - 1]
            inner = _GROUP_PREFIX.sub("", inner)
            optional = j < n and pattern[j] in "?*{"
            if optional or pattern[i + 1 : i + 3] in ("?=", "?!", "?<"):
                out.append("\x00")
            else:
                body = _top_level(inner)
                out.append("\x00" if "|" in body else body)
            i = j
        else:
            if ch in "?*{" and out:
                out[-1] = "\x00"
            out.append(ch)
            i += 1
    return "".join(out)


def _folded_text(doc: Document) -> str:
    return doc.memo("declarative.folded_text", doc.text.casefold)


def _folded_lines(doc: Document) -> tuple[str, ...]:
    """Each line of ``doc`` casefolded, by line index (once per document)."""
    return doc.memo("declarative.folded_lines", lambda: tuple(line.text.casefold() for line in doc.lines))


_CACHE_ATTRIBUTE = "_cleanser_site_packs"


def _document_cache(doc: Document) -> dict[SitePack, bool] | None:
    """A dict stored with the Document instance (as functools.cached_property does), so it
    lives and dies with the document; None when the document cannot hold one."""
    try:
        store = vars(doc)
    except TypeError:
        return None
    cache = store.get(_CACHE_ATTRIBUTE)
    if cache is None:
        cache = store.setdefault(_CACHE_ATTRIBUTE, {})
    return cache


# -- the rule ------------------------------------------------------------------------------


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

    summary = _Docs("summary")  # type: ignore[assignment]
    documentation = _Docs("documentation")  # type: ignore[assignment]

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
        self.reason = reason
        self.pattern = pattern
        # a piece of text every match holds: a document without it is skipped at once
        self.hint = None if pattern.flags & regex.VERBOSE else literal_hint(pattern.pattern)
        self.scope = scope
        self.until = until
        self.until_inclusive = until_inclusive
        self.until_required = until_required
        self.start_inclusive = start_inclusive
        self.max_lines = max_lines
        self.max_words = max_words
        self.where = where
        self.facts = dict(facts or {})
        self.examples = examples
        self.site = site
        self.source = source
        self._summary = description or reason
        self._documentation = self._describe(description)

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

    # -- matching ------------------------------------------------------------------

    def _call(self, method: str, pattern: regex.Pattern[str], text: str) -> Any:
        try:
            found = getattr(pattern, method)(text, timeout=MATCH_TIMEOUT)
            return list(found) if method == "finditer" else found
        except TimeoutError:
            raise RuleTimeoutError(
                f"pattern of {self.code} ({self.source}) took over {MATCH_TIMEOUT}s on one line"
            ) from None

    def _placed(self, doc: Document, line: Line) -> bool:
        if self.where == "header":
            return doc.in_header(line)
        if self.where == "tail":
            return doc.in_tail(line)
        return True

    def _short_enough(self, text: str) -> bool:
        if self.max_words is None:
            return True
        from cleanser.textshape import word_count

        return word_count(text) <= self.max_words

    def _facts(self, match: regex.Match[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for group, field in self.facts.items():
            value = match.group(group)
            if value and value.strip():
                found[field] = value.strip()
        return found

    def propose(self, doc: Document) -> Iterator[Proposal]:
        if self.site is not None and not self.site.applies(doc):
            return
        if self.hint is not None and self.hint not in _folded_text(doc):
            return
        if self.scope == "block":
            yield from self._blocks(doc)
            return
        hint = self.hint
        folded = _folded_lines(doc) if hint is not None else ()
        for line in doc.content_lines:
            if hint is not None and hint not in folded[line.index]:
                continue  # every match holds the hint
            if not self._placed(doc, line):
                continue
            text = line.text
            if self.scope == "line":
                stripped = text.strip()
                match = self._call("fullmatch", self.pattern, stripped)
                if match and self._short_enough(stripped):
                    yield self.line(line, self.reason, facts=self._facts(match))
            elif self.scope == "prefix":
                offset = line.content_start - line.start
                match = self._call("match", self.pattern, text[offset:])
                if match and match.end() > 0:
                    start = line.content_start
                    yield self.span(start, start + match.end(), self.reason,
                                    facts=self._facts(match))
            else:  # span
                for match in self._call("finditer", self.pattern, text):
                    if match.end() > match.start():
                        yield self.span(line.start + match.start(), line.start + match.end(),
                                        self.reason, facts=self._facts(match))

    def _blocks(self, doc: Document) -> Iterator[Proposal]:
        """Blocks: a start line, then the lines after it up to the ``until`` line (or the
        end, or ``max_lines`` lines in all). ``until`` is looked for after the start line
        only. With ``until_required`` a block that never meets ``until`` is left alone."""
        lines = doc.content_lines
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.text.strip()
            match = None
            if self._placed(doc, line) and self._short_enough(stripped):
                match = self._call("fullmatch", self.pattern, stripped)
            if not match:
                i += 1
                continue
            members = [line] if self.start_inclusive else []
            ended = False
            j = i + 1
            while not ended and j < len(lines):
                if self.max_lines is not None and len(members) >= self.max_lines:
                    break
                follower = lines[j]
                if self.until is not None and self._call(
                    "fullmatch", self.until, follower.text.strip()
                ):
                    ended = True
                    if self.until_inclusive:
                        members.append(follower)
                        j += 1
                    break
                members.append(follower)
                j += 1
            if self.until_required and not ended:
                i += 1
                continue
            facts = self._facts(match)
            for member in members:
                reason = self.reason if member is line else (
                    f"{self.reason} (block from line {line.number})")
                yield self.line(member, reason, facts=facts if member is line else None)
            i = max(j, i + 1)


# -- loading -------------------------------------------------------------------------------


def _fail(source: str, where: str, problem: str) -> DeclarativeRuleError:
    return DeclarativeRuleError(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")


def _compile(
    source: str,
    where: str,
    key: str,
    pattern: object,
    *,
    ignorecase: bool,
    verbose: bool,
    prose_check: bool = True,
) -> regex.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(source, where, f"{key} must be a non-empty string (a regex pattern)")
    flags = (regex.IGNORECASE if ignorecase else 0) | (regex.VERBOSE if verbose else 0)
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error as exc:
        raise _fail(source, where, f"{key} is not a valid regex ({exc}): {pattern!r}") from None
    for prose in _PROSE if prose_check else ():
        if compiled.fullmatch(prose) or (key.startswith("fingerprint") and compiled.search(prose)):
            raise _fail(source, where, f"{key} {pattern!r} matches ordinary article prose "
                        f"({prose[:40]!r}...); make it specific to the chrome")
    return compiled


def _strings(source: str, where: str, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, where, f"{key} must be a list of non-empty strings")
    return tuple(value)


def _bool(source: str, where: str, key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _fail(source, where, f"{key} must be true or false, not {value!r}")
    return value


def _positive(source: str, where: str, key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _fail(source, where, f"{key} must be a positive integer, not {value!r}")
    return value


def _builtin_codes() -> frozenset[str]:
    from cleanser.registry import builtin_rule_classes

    codes: set[str] = set(RESERVED_CODES)
    for cls in builtin_rule_classes():
        codes.add(cls.code)
        codes.update(cls.aliases)
    return frozenset(codes)


def _parse_site(source: str, table: object) -> SitePack:
    if not isinstance(table, dict):
        raise _fail(source, "[site]", "must be a table")
    unknown = sorted(set(table) - _SITE_KEYS)
    if unknown:
        raise _fail(source, "[site]", f"unknown key(s) {', '.join(unknown)}; "
                    f"expected: {', '.join(sorted(_SITE_KEYS))}")
    name = table.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise _fail(source, "[site]", f"name must be kebab-case, got {name!r}")
    domains = _strings(source, "[site]", "domains", table.get("domains", []))
    for domain in domains:
        if "/" in domain or " " in domain or "." not in domain:
            raise _fail(source, "[site]", f"domain {domain!r} is not a host name like 'detik.com'")
    fingerprints = _strings(source, "[site]", "fingerprints", table.get("fingerprints", []))
    if not domains and not fingerprints:
        raise _fail(source, "[site]", "needs domains or fingerprints (or both)")
    for i, fingerprint in enumerate(fingerprints, 1):
        compiled = _compile(source, "[site]", f"fingerprint {i}", fingerprint,
                            ignorecase=False, verbose=False)
        if compiled.search(""):
            raise _fail(source, "[site]", f"fingerprint {fingerprint!r} matches empty text")
    description = table.get("description", "")
    if not isinstance(description, str):
        raise _fail(source, "[site]", "description must be a string")
    return SitePack(name, domains, fingerprints, source, description)


def _parse_rule(
    source: str, index: int, table: object, site: SitePack | None
) -> DeclarativeRule:
    label = f"rule #{index}"
    if not isinstance(table, dict):
        raise _fail(source, label, "must be a table ([[rule]])")
    code = table.get("code")
    if isinstance(code, str):
        label = f"rule #{index} ({code})"
    unknown = sorted(set(table) - _RULE_KEYS)
    if unknown:
        raise _fail(source, label, f"unknown key(s) {', '.join(unknown)}; "
                    f"expected some of: {', '.join(sorted(_RULE_KEYS))}")
    for key in ("code", "name", "category", "reason", "pattern"):
        if key not in table:
            raise _fail(source, label, f"missing required key {key!r}")
    if not isinstance(code, str):
        raise _fail(source, label, "code must be a string")
    shape = SITE_CODE if site is not None else USER_CODE
    if not shape.match(code):
        wanted = ("three capitals and two digits, like 'DTK01'" if site is not None
                  else "2-4 capitals and 2-3 digits, like 'MYO01'")
        raise _fail(source, label, f"code {code!r} is not {wanted}")
    name = table["name"]
    if not isinstance(name, str) or not NAME.match(name):
        raise _fail(source, label, f"name must be kebab-case (like 'google-news-promo'), "
                    f"got {name!r}")
    try:
        category = Category.parse(table["category"])
    except (ValueError, AttributeError) as exc:
        raise _fail(source, label, str(exc)) from None
    reason = table["reason"]
    if not isinstance(reason, str) or not reason.strip():
        raise _fail(source, label, "reason must be a non-empty string")
    scope = table.get("scope", "line")
    if scope not in SCOPES:
        raise _fail(source, label, f"scope must be one of {', '.join(SCOPES)}, got {scope!r}")
    where = table.get("where", "anywhere")
    if where not in WHERES:
        raise _fail(source, label, f"where must be one of {', '.join(WHERES)}, got {where!r}")
    ignorecase = _bool(source, label, "ignorecase", table.get("ignorecase", True))
    verbose = _bool(source, label, "verbose", table.get("verbose", False))
    pattern = _compile(source, label, "pattern", table["pattern"],
                       ignorecase=ignorecase, verbose=verbose)
    if scope in ("prefix", "span") and pattern.match(""):
        raise _fail(source, label, f"pattern {pattern.pattern!r} matches the empty string")
    until = None
    if "until" in table:
        if scope != "block":
            raise _fail(source, label, "until is only for scope = \"block\"")
        until = _compile(source, label, "until", table["until"],
                         ignorecase=ignorecase, verbose=verbose, prose_check=False)
    for key in ("until_inclusive", "until_required", "start_inclusive", "max_lines"):
        if key in table and scope != "block":
            raise _fail(source, label, f"{key} is only for scope = \"block\"")
    until_inclusive = _bool(source, label, "until_inclusive", table.get("until_inclusive", True))
    until_required = _bool(source, label, "until_required", table.get("until_required", False))
    if until_required and until is None:
        raise _fail(source, label, "until_required needs an until pattern")
    start_inclusive = _bool(source, label, "start_inclusive", table.get("start_inclusive", True))
    max_lines = (_positive(source, label, "max_lines", table["max_lines"])
                 if "max_lines" in table else None)
    max_words = (_positive(source, label, "max_words", table["max_words"])
                 if "max_words" in table else None)
    priority = table.get("priority", DEFAULT_PRIORITY)
    if isinstance(priority, bool) or not isinstance(priority, int) or not 0 <= priority <= 1000:
        raise _fail(source, label, f"priority must be an integer in 0..1000, got {priority!r}")
    facts = table.get("facts", {})
    if not isinstance(facts, dict):
        raise _fail(source, label, "facts must be a table {group = \"field\"}")
    for group, field in facts.items():
        if group not in pattern.groupindex:
            raise _fail(source, label, f"facts names group {group!r}, which the pattern lacks "
                        f"(named groups: {', '.join(pattern.groupindex) or 'none'})")
        if not isinstance(field, str) or not FIELD.match(field):
            raise _fail(source, label, f"facts field for {group!r} must be a lowercase name")
    examples = table.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"remove", "keep"}:
        raise _fail(source, label, "examples must be a table {remove = [...], keep = [...]}")
    remove = _strings(source, label, "examples.remove", examples.get("remove", []))
    keep = _strings(source, label, "examples.keep", examples.get("keep", []))
    description = table.get("description", "")
    if not isinstance(description, str):
        raise _fail(source, label, "description must be a string")
    return DeclarativeRule(
        code=code, name=name, category=category, reason=reason.strip(), pattern=pattern,
        scope=scope, until=until, until_inclusive=until_inclusive,
        until_required=until_required, start_inclusive=start_inclusive, max_lines=max_lines,
        max_words=max_words, where=where, priority=priority, facts=facts,
        examples=Examples(remove, keep), site=site, source=source,
        description=description.strip(),
    )


def loads(
    text: str,
    source: str = "<string>",
    *,
    site_pack: bool = False,
    taken: Iterable[str] = (),
) -> list[DeclarativeRule]:
    """The rules of one TOML document. ``source`` names it in error messages.

    ``site_pack``: the file must have a [site] table (bundled packs). ``taken``: codes
    already in use (built-in codes are always refused).
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(source, "", f"is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(source, "", f"unknown top-level key(s) {', '.join(unknown)}; "
                    "expected [site] and [[rule]] tables")
    site = _parse_site(source, data["site"]) if "site" in data else None
    if site_pack and site is None:
        raise _fail(source, "", "a site pack needs a [site] table (name, domains, fingerprints)")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise _fail(source, "", "has no [[rule]] tables")
    used = set(taken)
    rules: list[DeclarativeRule] = []
    names: set[str] = set()
    for index, table in enumerate(tables, 1):
        rule = _parse_rule(source, index, table, site)
        where = f"rule #{index} ({rule.code})"
        # Built-in codes are two capitals and two digits; only such a code can collide.
        if rule.code in RESERVED_CODES or (BUILTIN_SHAPE.match(rule.code)
                                           and rule.code in _builtin_codes()):
            raise _fail(source, where, f"code {rule.code} is a built-in rule's code")
        if rule.code in used:
            raise _fail(source, where, f"code {rule.code} is used twice")
        if rule.name in names:
            raise _fail(source, where, f"name {rule.name!r} is used twice in this file")
        if site is not None and rules and rule.code[:3] != rules[0].code[:3]:
            raise _fail(source, where, f"all codes of a site pack share one prefix "
                        f"({rules[0].code[:3]}), got {rule.code}")
        used.add(rule.code)
        names.add(rule.name)
        rules.append(rule)
    return rules


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DeclarativeRuleError(f"{path}: cannot be read: {exc}") from None


def load_rules(path: str | Path, *, taken: Iterable[str] = ()) -> list[Rule]:
    """Rules from a TOML file, or from every ``*.toml`` in a folder (in name order).

    Codes must not repeat across the files, nor reuse a built-in or bundled pack code.
    """
    root = Path(path)
    if root.is_dir():
        files = sorted(root.glob("*.toml"))
        if not files:
            raise DeclarativeRuleError(f"{root}: folder holds no *.toml rule files")
    elif root.is_file():
        files = [root]
    else:
        raise DeclarativeRuleError(f"{root}: no such file or folder")
    used = set(taken) | {r.code for r in site_pack_rules()}
    rules: list[Rule] = []
    for file in files:
        loaded = loads(_read(file), str(file), taken=used)
        used.update(r.code for r in loaded)
        rules.extend(loaded)
    return rules




@cache
def _bundled() -> tuple[DeclarativeRule, ...]:
    rules: list[DeclarativeRule] = []
    used: set[str] = set()
    sites: dict[str, str] = {}
    folder = resources.files("cleanser") / "sitepacks"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        source = f"cleanser/sitepacks/{entry.name}"
        loaded = loads(entry.read_text(encoding="utf-8"), source, site_pack=True, taken=used)
        site = loaded[0].site
        assert site is not None
        if site.name in sites:
            raise DeclarativeRuleError(f"{source}: site name {site.name!r} is also used by "
                                       f"{sites[site.name]}")
        sites[site.name] = source
        used.update(r.code for r in loaded)
        rules.extend(loaded)
    return tuple(rules)


def site_pack_rules() -> list[Rule]:
    """Rules of every bundled site pack (each applies only to its outlet's documents)."""
    return list(_bundled())


def site_packs() -> list[SitePack]:
    """The bundled site packs, once each, in file order."""
    seen: dict[str, SitePack] = {}
    for rule in _bundled():
        if rule.site is not None:
            seen.setdefault(rule.site.name, rule.site)
    return list(seen.values())


# -- checking examples ---------------------------------------------------------------------

_FILLER = (
    "Kepala dinas menjelaskan bahwa program perbaikan jalan desa akan dimulai pekan depan "
    "dan ditargetkan selesai sebelum akhir tahun anggaran.",
    "Menurut dia, warga sudah lama menunggu perbaikan itu karena jalan tersebut menjadi "
    "jalur utama angkutan hasil panen ke pasar kecamatan.",
)


def example_document(rule: DeclarativeRule, example: str) -> tuple[str, int, int]:
    """A small document holding ``example`` where the rule looks for it (after the story
    for ``tail``, before it for ``header``, inside it otherwise), and the example's offsets."""
    body_before = "\n".join(_FILLER)
    if rule.where == "tail":
        head, tail = body_before + "\n", ""
    elif rule.where == "header":
        head, tail = "", "\n" + body_before
    else:
        head, tail = _FILLER[0] + "\n", "\n" + _FILLER[1]
    return head + example + tail, len(head), len(head) + len(example)


def example_url(rule: DeclarativeRule) -> str | None:
    if rule.site is not None and rule.site.domains:
        return f"https://{rule.site.domains[0]}/read/2025/01/01/contoh"
    return None


def check_examples(rules: Iterable[Rule], pipeline: Any = None) -> list[str]:
    """Replay the examples of declarative ``rules`` through a pipeline (default: built-in
    rules, bundled packs and ``rules``); the problems found, empty when all pass.

    A remove example must lose text to the rule's own code and category (all of it for the
    ``line`` and ``block`` scopes); a keep example must lose nothing to the rule.
    """
    from cleanser.pipeline import Pipeline

    rules = [r for r in rules if isinstance(r, DeclarativeRule)]
    if pipeline is None:
        bundled = {id(r) for r in _bundled()}
        pipeline = Pipeline(extra=[r for r in rules if id(r) not in bundled])
    problems: list[str] = []
    for rule in rules:
        for kind, cases in (("remove", rule.examples.remove), ("keep", rule.examples.keep)):
            for example in cases:
                text, start, end = example_document(rule, example)
                result = pipeline.clean(text, example_url(rule))
                mine = [r for r in result.removals
                        if r.code == rule.code and r.start < end and r.end > start]
                label = f"{rule.source}: {rule.code} {kind} example {example[:60]!r}"
                if kind == "keep":
                    if mine:
                        problems.append(f"{label}: removed {mine[0].text[:60]!r}")
                    continue
                if not mine:
                    problems.append(f"{label}: not removed by {rule.code}")
                    continue
                wrong = [r for r in mine if r.category is not rule.category]
                if wrong:
                    problems.append(f"{label}: category {wrong[0].category.value}")
                if rule.scope in ("line", "block"):
                    first = start
                    if rule.scope == "block" and not rule.start_inclusive and "\n" in example:
                        first = start + example.index("\n") + 1
                    left = "".join(text[a:b] for a, b in _gaps(first, end, mine))
                    if left.strip():
                        problems.append(f"{label}: {left.strip()[:60]!r} left in place")
    return problems


def _gaps(start: int, end: int, removals: Sequence[Any]) -> Iterator[tuple[int, int]]:
    cursor = start
    for r in sorted(removals, key=lambda r: r.start):
        if r.start > cursor:
            yield cursor, min(r.start, end)
        cursor = max(cursor, r.end)
    if cursor < end:
        yield cursor, end


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m cleanser.declarative FILE_OR_FOLDER...``: load and replay examples."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m cleanser.declarative RULES.toml [MORE.toml | FOLDER ...]")
        return 2
    status = 0
    for arg in args:
        try:
            rules = load_rules(arg)
        except DeclarativeRuleError as exc:
            print(f"error: {exc}")
            status = 1
            continue
        problems = check_examples(rules)
        for problem in problems:
            print(f"fail: {problem}")
        print(f"{arg}: {len(rules)} rule(s), {len(problems)} failing example(s)")
        status = status or (1 if problems else 0)
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
