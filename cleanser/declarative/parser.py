"""Reading rule files: TOML checked key by key into DeclarativeRules; the bundled packs."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import regex

from cleanser import lexicon
from cleanser.analysis.sitepacks import SitePack
from cleanser.categories import Category
from cleanser.declarative.rule import DEFAULT_PRIORITY, DeclarativeRule, Examples
from cleanser.rule import Rule

__all__ = ["DEFAULT_PRIORITY", "DeclarativeRuleError", "load_rules", "loads", "site_pack_rules", "site_packs"]

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
    checked: bool = True,
) -> regex.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(source, where, f"{key} must be a non-empty string (a regex pattern)")
    flags = (regex.IGNORECASE if ignorecase else 0) | (regex.VERBOSE if verbose else 0)
    if not checked:
        # a bundled pack, checked by the test suite: compiled when first used, so that
        # Pipeline() does not compile the patterns of every outlet (cold start)
        return lexicon.lazy(pattern, flags)
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


def _parse_site(source: str, table: object, checked: bool = True) -> SitePack:
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
                            ignorecase=False, verbose=False, checked=checked)
        if checked and compiled.search(""):
            raise _fail(source, "[site]", f"fingerprint {fingerprint!r} matches empty text")
    description = table.get("description", "")
    if not isinstance(description, str):
        raise _fail(source, "[site]", "description must be a string")
    return SitePack(name, domains, fingerprints, source, description)


def _parse_rule(
    source: str, index: int, table: object, site: SitePack | None, checked: bool = True
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
                       ignorecase=ignorecase, verbose=verbose, checked=checked)
    if checked and scope in ("prefix", "span") and pattern.match(""):
        raise _fail(source, label, f"pattern {pattern.pattern!r} matches the empty string")
    until = None
    if "until" in table:
        if scope != "block":
            raise _fail(source, label, "until is only for scope = \"block\"")
        until = _compile(source, label, "until", table["until"],
                         ignorecase=ignorecase, verbose=verbose, prose_check=False, checked=checked)
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
    checked: bool = True,
) -> list[DeclarativeRule]:
    """The rules of one TOML document. ``source`` names it in error messages.

    ``site_pack``: the file must have a [site] table (bundled packs). ``taken``: codes
    already in use (built-in codes are always refused). ``checked``: compile every pattern
    now and refuse one that matches empty text or ordinary prose; the bundled packs are
    loaded unchecked (their patterns compile when first used) because the test suite
    loads each of them checked.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(source, "", f"is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(source, "", f"unknown top-level key(s) {', '.join(unknown)}; "
                    "expected [site] and [[rule]] tables")
    site = _parse_site(source, data["site"], checked) if "site" in data else None
    if site_pack and site is None:
        raise _fail(source, "", "a site pack needs a [site] table (name, domains, fingerprints)")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise _fail(source, "", "has no [[rule]] tables")
    used = set(taken)
    rules: list[DeclarativeRule] = []
    names: set[str] = set()
    for index, table in enumerate(tables, 1):
        rule = _parse_rule(source, index, table, site, checked)
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

    Codes must not repeat across the files, nor reuse a built-in or bundled pack code (a
    bundled pack's own file may be loaded again, to check it: its codes are its own).
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
    bundled_folder = Path(str(resources.files("cleanser") / "sitepacks")).resolve()
    rules: list[Rule] = []
    used = set(taken)
    for file in files:
        own = f"cleanser/sitepacks/{file.name}" if file.resolve().parent == bundled_folder else None
        taken_here = used | {r.code for r in _bundled() if r.source != own}
        loaded = loads(_read(file), str(file), taken=taken_here)
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
        loaded = loads(entry.read_text(encoding="utf-8"), source, site_pack=True, taken=used, checked=False)
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


