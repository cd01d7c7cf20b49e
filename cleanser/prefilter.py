"""Required pieces of a regular expression: text that every match must contain.

``required_keys(pattern)`` reads a pattern (the syntax of the ``regex`` module that the
project's patterns use) and returns a set of casefolded strings such that every match of
the pattern contains at least one of them, or None when it cannot promise that. The
one-pass scan (``cleanser.analysis.scan``) looks for those keys in the casefolded text and
runs the pattern only on the lines where one occurs.

How. The pattern is read into a small tree: literal characters, "something else" (a
class, ``\\w``, ``.``), zero-width items (anchors, lookarounds, ``\\b``), sequences,
alternations and repeats. For each node two things are computed: the finite set of strings
it matches exactly (when small), and a set of required pieces. A sequence multiplies the
exact sets of neighbours ("." then ``(?:com|net)`` gives ".com", ".net"), an alternation
takes the union of its branches' pieces (every branch must give some), an optional part
gives nothing. Of the candidates of a sequence, the set whose shortest key is longest wins.

It is sound by construction for what it reads, and says None for what it does not know
(VERBOSE patterns, conditionals, unknown escapes); tests check it against every pattern of
the project on real lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

try:  # pragma: no cover - which branch runs depends on the platform
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover
    _ahocorasick = None

MAX_EXACT = 64
"""An exact set larger than this is dropped (treated as 'something')."""

_ANY_ESCAPES = frozenset("dDwWsSpPXNhHvVRK")
_ZERO_ESCAPES = frozenset("bBAZzGmM")
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}


class _Unknown(Exception):
    """Syntax this reader does not take: the pattern gets no keys."""


@dataclass(slots=True, eq=False)
class _Node:  # (not frozen: built thousands of times at Pipeline(), never changed, never hashed)
    kind: str  # "lit", "any", "zero", "seq", "alt", "rep"
    text: str = ""
    items: tuple[_Node, ...] = ()
    low: int = 1
    high: int | None = 1
    chars: frozenset[str] | None = None  # for "any" nodes that are small classes


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.s = pattern
        self.i = 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def alternation(self) -> _Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else _Node("alt", items=tuple(branches))

    def sequence(self) -> _Node:
        items: list[_Node] = []
        s = self.s
        size = len(s)
        while self.i < size and s[self.i] not in "|)":
            atom = self.atom()
            if self.i < size and s[self.i] in "*+?{":
                atom = self.quantified(atom)
            items.append(atom)
        return _Node("seq", items=tuple(items))

    def quantified(self, atom: _Node) -> _Node:
        ch = self.peek()
        low: int
        high: int | None
        if ch == "*":
            low, high = 0, None
            self.i += 1
        elif ch == "+":
            low, high = 1, None
            self.i += 1
        elif ch == "?":
            low, high = 0, 1
            self.i += 1
        elif ch == "{":
            end = self.s.find("}", self.i)
            body = self.s[self.i + 1 : end] if end != -1 else ""
            parts = body.split(",")
            if end == -1 or not 1 <= len(parts) <= 2 or not all(p.strip().isdigit() or p == "" for p in parts):
                return atom  # a literal "{"; the reader treats it as text
            low = int(parts[0] or 0)
            high = low if len(parts) == 1 else (int(parts[1]) if parts[1] else None)
            self.i = end + 1
        else:
            return atom
        if self.peek() and self.peek() in "?+":  # lazy or possessive
            self.i += 1
        if atom.kind == "zero":
            return atom
        return _Node("rep", items=(atom,), low=low, high=high)

    def atom(self) -> _Node:
        ch = self.s[self.i] if self.i < len(self.s) else ""
        self.i += 1
        if ch == "\\":
            return self.escape()
        if ch == "[":
            return self.char_class()
        if ch == "(":
            return self.group()
        if ch == ".":
            return _Node("any")
        if ch in "^$":
            return _Node("zero")
        return _Node("lit", text=ch)

    def escape(self) -> _Node:
        ch = self.peek()
        self.i += 1
        if not ch:
            raise _Unknown("trailing backslash")
        if ch in _ANY_ESCAPES:
            if ch in "pPN" and self.peek() == "{":
                end = self.s.find("}", self.i)
                self.i = end + 1 if end != -1 else len(self.s)
            return _Node("any")
        if ch in _ZERO_ESCAPES:
            return _Node("zero")
        if ch in _CONTROL:
            return _Node("lit", text=_CONTROL[ch])
        if ch.isdigit() or ch in "gxuUk":
            raise _Unknown(f"escape \\{ch}")
        if ch.isalnum():
            raise _Unknown(f"escape \\{ch}")
        return _Node("lit", text=ch)

    def char_class(self) -> _Node:
        start = self.i
        negated = self.peek() == "^"
        depth = 1
        chars: set[str] = set()
        simple = not negated
        j = start + (1 if negated else 0)
        first = True
        while j < len(self.s):
            ch = self.s[j]
            if ch == "]" and not first:
                depth -= 1
                break
            if ch == "[":
                raise _Unknown("a nested set (regex VERSION1) or a '[' inside a class")
            if ch == "\\":
                nxt = self.s[j + 1 : j + 2]
                if nxt and not nxt.isalnum():
                    chars.add(nxt)
                elif nxt in _CONTROL:
                    chars.add(_CONTROL[nxt])
                else:
                    simple = False
                    if nxt in "pPN" and self.s[j + 2 : j + 3] == "{":
                        end = self.s.find("}", j)
                        j = end if end != -1 else len(self.s)
                        first = False
                        j += 1
                        continue
                j += 2
                first = False
                continue
            if ch == "-" and not first and j + 1 < len(self.s) and self.s[j + 1] != "]":
                simple = False  # a range
            chars.add(ch)
            first = False
            j += 1
        if depth:
            raise _Unknown("unclosed class")
        self.i = j + 1
        if simple and chars and len(chars) <= 8:
            return _Node("any", chars=frozenset(chars))
        return _Node("any")

    def group(self) -> _Node:
        if self.peek() == "?":
            rest = self.s[self.i + 1 :]
            if rest.startswith(("=", "!", "<=", "<!")):
                self._skip_group()
                return _Node("zero")
            if rest.startswith(("P<", "<")) and not rest.startswith(("<=", "<!")):
                end = self.s.find(">", self.i)
                self.i = end + 1
            elif rest.startswith((":", ">")):
                self.i += 2
            elif rest.startswith("#"):
                self._skip_group()
                return _Node("zero")
            else:
                # inline flags: (?i) (?-f) (?i:...) ; VERBOSE and conditionals are not read
                j = self.i + 1
                while j < len(self.s) and (self.s[j].isalpha() or self.s[j] == "-"):
                    j += 1
                flags = self.s[self.i + 1 : j]
                if "x" in flags.split("-")[0] or not flags:
                    raise _Unknown(f"group (?{flags}")
                if self.s[j : j + 1] == ")":
                    self.i = j + 1
                    return _Node("zero")
                if self.s[j : j + 1] != ":":
                    raise _Unknown("group")
                self.i = j + 1
        inner = self.alternation()
        if self.peek() != ")":
            raise _Unknown("unclosed group")
        self.i += 1
        return inner

    def _skip_group(self) -> None:
        depth = 1
        while self.i < len(self.s) and depth:
            ch = self.s[self.i]
            if ch == "\\":
                self.i += 2
                continue
            if ch == "[":
                self.i += 1
                while self.i < len(self.s) and self.s[self.i] != "]":
                    self.i += 2 if self.s[self.i] == "\\" else 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            self.i += 1


def _exact(node: _Node) -> frozenset[str] | None:
    """The strings ``node`` matches, when they are few; else None."""
    kind = node.kind
    if kind == "lit":
        return frozenset({node.text})
    if kind == "zero":
        return frozenset({""})
    if kind == "any":
        return node.chars
    if kind == "alt":
        out: set[str] = set()
        for item in node.items:
            found = _exact(item)
            if found is None:
                return None
            out |= found
            if len(out) > MAX_EXACT:
                return None
        return frozenset(out)
    if kind == "seq":
        return _product(_exact(item) for item in node.items)
    if kind == "rep":
        if node.high is None or node.low != node.high:
            return None
        inner = _exact(node.items[0])
        if inner is None:
            return None
        return _product(inner for _ in range(node.low))
    return None


def _product(parts: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    out: set[str] = {""}
    for part in parts:
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > MAX_EXACT:
            return None
    return frozenset(out)


def _score(keys: frozenset[str]) -> tuple[int, int]:
    return (min(len(k) for k in keys), -len(keys))


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [c for c in candidates if c and all(c)]
    return max(usable, key=_score) if usable else None


def _required(node: _Node) -> frozenset[str] | None:
    """Strings one of which every match of ``node`` contains; None when unknown."""
    kind = node.kind
    if kind in ("lit", "any"):
        found = _exact(node)
        return found if found and all(found) else None
    if kind == "zero":
        return None
    if kind == "alt":
        out: set[str] = set()
        for item in node.items:
            found = _required(item)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if kind == "rep":
        return _required(node.items[0]) if node.low >= 1 else None
    return _best(_candidates(node))


def _candidates(node: _Node) -> list[frozenset[str]]:
    """Sets of strings one of which every match of the sequence ``node`` contains: runs of
    exactly known neighbours, and each part's own pieces."""
    candidates: list[frozenset[str]] = []
    run: set[str] | None = {""}
    for item in node.items:
        exact = _exact(item)
        if exact is not None and run is not None:
            grown = {a + b for a in run for b in exact}
            if len(grown) <= MAX_EXACT:
                run = grown
                continue
        if run and run != {""}:
            candidates.append(frozenset(run))
        own = _required(item)
        if own is not None:
            candidates.append(own)
        run = set(exact) if exact is not None and len(exact) <= MAX_EXACT else {""}
    if run and run != {""}:
        candidates.append(frozenset(run))
    return candidates


@cache
def required_keys(pattern: str, *, verbose: bool = False) -> frozenset[str] | None:
    """Casefolded strings one of which every match of ``pattern`` contains, or None.
    (Cached by pattern: the patterns of the project and of its rule packs, never texts.)"""
    if verbose:
        return None
    try:
        reader = _Reader(pattern)
        tree = reader.alternation()
        if reader.i != len(pattern):
            return None  # an unbalanced ")"
        found = _required(tree)
    except (_Unknown, IndexError, ValueError):
        return None
    if not found:
        return None
    return frozenset(k.casefold() for k in found)


@cache
def key_choices(pattern: str) -> tuple[frozenset[str], ...]:
    """Every set of casefolded keys that ``required_keys`` chooses from for ``pattern``
    (each one alone is a sound choice: every match holds one of its keys), for a caller
    that knows better which is rarest in its texts; () when there is none.
    (Cached by pattern, as ``required_keys``.)"""
    try:
        reader = _Reader(pattern)
        tree = reader.alternation()
        if reader.i != len(pattern):
            return ()
        found = _candidates(tree) if tree.kind == "seq" else [_required(tree)]
    except (_Unknown, IndexError, ValueError):
        return ()
    usable = [c for c in found if c and all(c)]
    return tuple(dict.fromkeys(frozenset(k.casefold() for k in c) for c in usable))


@cache
def opening_keys(pattern: str) -> frozenset[str] | None:
    """Casefolded strings one of which every match of ``pattern`` starts with, or None
    (a caller can then try the pattern only where one of them stands)."""
    try:
        reader = _Reader(pattern)
        tree = reader.alternation()
        if reader.i != len(pattern):
            return None
        found = _opening(tree)
    except (_Unknown, IndexError, ValueError):
        return None
    if not found or not all(found):
        return None
    return frozenset(k.casefold() for k in found)


def _opening(node: _Node) -> frozenset[str] | None:
    """Strings one of which every match of ``node`` starts with (the exact run at its
    start); None when unknown."""
    if node.kind == "alt":
        out: set[str] = set()
        for item in node.items:
            found = _opening(item)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if node.kind != "seq":
        return _exact(node)
    run: set[str] = {""}
    for item in node.items:
        exact = _exact(item)
        if exact is None:
            if run == {""}:
                return _opening(item) if item.kind in ("alt", "seq") else None
            break
        grown = {a + b for a in run for b in exact}
        if len(grown) > MAX_EXACT:
            break
        run = grown
    return frozenset(run)


class KeyFinder:
    """Where any of many keys starts in a text: one Aho-Corasick pass (``str.find`` per key
    where pyahocorasick is missing, with the same answer). Built per document for keys
    that come from the document itself (the copy finder's line openings), or once for
    fixed keys (the spam gate's patterns)."""

    def __init__(self, keys: Iterable[str], engine: str | None = None) -> None:
        self.keys = tuple(dict.fromkeys(keys))
        self.engine = engine or ("ahocorasick" if _ahocorasick is not None else "find")
        self._automaton = None
        if self.engine == "ahocorasick" and self.keys and _ahocorasick is not None:
            automaton = _ahocorasick.Automaton()
            for key in self.keys:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self._automaton = automaton

    def starts(self, text: str, stop: int) -> set[int]:
        """Offsets where a key starts and ends at or before ``stop``."""
        found: set[int] = set()
        if self._automaton is not None:
            for end, key in self._automaton.iter(text, 0, min(stop, len(text))):
                found.add(end - len(key) + 1)
            return found
        for key in self.keys:
            at = text.find(key, 0, stop)
            while at != -1:
                found.add(at)
                at = text.find(key, at + 1, stop)
        return found

    def places(self, text: str) -> dict[str, list[int]]:
        """Where each key that occurs in ``text`` starts: every occurrence, overlapping ones
        included, in order (one pass; the same answer from either engine)."""
        found: dict[str, list[int]] = {}
        if self._automaton is not None:
            for end, key in self._automaton.iter(text):
                at = end - len(key) + 1
                where = found.get(key)
                if where is None:
                    found[key] = [at]
                else:
                    where.append(at)
            return found
        for key in self.keys:
            at = text.find(key)
            if at != -1:
                where = found[key] = []
                while at != -1:
                    where.append(at)
                    at = text.find(key, at + 1)
        return found

    def present(self, text: str) -> set[str]:
        """The keys that occur in ``text``."""
        if self._automaton is not None:
            return {key for _, key in self._automaton.iter(text)}
        return {key for key in self.keys if key in text}


@cache
def opening_tail(pattern: str, keys: frozenset[str]) -> str | None:
    """The source of the longest tail of ``pattern`` (a sequence: its items from the second
    one on, cut where an item starts) whose every match opens with one of ``keys``; None
    when no tail does (or the pattern is not a plain sequence). Every match of ``pattern``
    holds a match of the tail that starts where one of ``keys`` stands, so a caller that
    knows where the keys stand can try the tail there before it searches for the whole
    pattern. None too when nothing need follow the item that opens the tail (trying it
    would tell no more than the key). (Cached by pattern, as ``required_keys``.)"""
    try:
        reader = _Reader(pattern)
        starts: list[int] = []
        items: list[_Node] = []
        while reader.i < len(pattern) and reader.peek() not in "|)":
            starts.append(reader.i)
            items.append(reader.quantified(reader.atom()))
        if reader.i != len(pattern):
            return None  # a top-level "|" (or an unbalanced ")"): no plain sequence
        for k in range(1, len(starts)):
            tail = pattern[starts[k]:]
            found = opening_keys(tail)
            if found is not None and found and all(found) and found <= keys:
                # worth trying only when something must follow the key
                return tail if sum(_min_width(item) for item in items[k + 1 :]) > 0 else None
    except (_Unknown, IndexError, ValueError):
        return None
    return None


def _min_width(node: _Node) -> int:
    """The fewest characters a match of ``node`` spans."""
    if node.kind in ("lit", "any"):
        return len(node.text) if node.kind == "lit" else 1
    if node.kind == "zero":
        return 0
    if node.kind == "seq":
        return sum(_min_width(item) for item in node.items)
    if node.kind == "alt":
        return min((_min_width(item) for item in node.items), default=0)
    return node.low * _min_width(node.items[0])  # "rep"
