"""A cheap, conservative test that a document cannot hold any gambling spam.

Most documents carry no gambling evidence at all, and the full analysis (normalisation
with an offset map, the lexicon, brand shapes, fuzzy spellings) costs far more than the
rest of the pipeline. ``may_hold_spam`` answers "could the analysis find anything?" with
a few string operations and patterns compiled once; when it says no, the analysis would
have returned no finding, so it is skipped. When in doubt it says yes.

Why "no" is safe. Every finding needs at least 1 point of non-weak evidence: a stretch is
spam only with ``evidence >= 1``, a suspicion likewise, and page context needs two spam
findings first. Non-weak evidence is a lexicon term of a kind other than weak, a brand, a
disguised word, a fuzzy spelling, an emoji brand or a labelled brand. The gate reads:

- the text folded as normalisation folds it; any character read as a disguise
  (stylised, look-alike, zero-width, combining, keycap), any non-ASCII digit, a run of
  spaced-out letters ("s l o t"), single letters strung on separators ("K~I~L~A~T") or an
  emoji inside a word ("KILAT🔥88") -> yes: no disguised word is possible otherwise;
- with those ruled out, normalisation only inserts spaces between glued words, reads
  leetspeak and squeezes repeated letters; the gate does the same with plain string
  operations, so it reads exactly ``normalise(text).text``;
- every lexicon phrase that can give a non-weak term (itself, with "-nya", or a prefix
  at a word break) is searched as the lexicon matches it; regex entries are searched
  without their lookarounds (and without a leading digit or space class);
- a fuzzy spelling (one edit) of a target keeps the target with one character changed,
  dropped or added: all such shapes are searched;
- brands need a gambling root in a word with digits, "4d", or a compound root, or a
  brand-shaped word (three letters or more, two digits at the end) with a win/deposit
  word anywhere in the text; labelled brands a label word and a letter followed by two
  digits; emoji brands their symbols.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from cleanser.prefilter import KeyFinder, required_keys
from cleanser.spam.lexicon import (
    _BRAND_LABELS,
    _COMPOUND_ROOT,
    _EMOJI_BRAND,
    _JOIN,
    _ROOT,
    _SEPARATORS,
    _SPAM_LISTS,
    BRAND_NEIGHBOURS,
    DISGUISE_NEIGHBOURS,
    FUZZY,
    WEAK,
    _compiled,
    _key,
)
from cleanser.spam.normalise import _CONFUSABLE as _CONFUSABLE_F
from cleanser.spam.normalise import (
    _LEET_MAP,
    _UPPER,
    EMOJI_INSIDE,
    SEPARATED,
    _confusables,
    _fold_char,
    fold_phrase,
)
from cleanser.spam.normalise import _STYLISED as _STYLISED_F
from cleanser.textshape import LINE_BREAK

_LETTER = r"[^\W\d_]"  # a letter (with non-ASCII digits ruled out: exactly \p{L})
_SQUEEZE = re.compile(rf"({_LETTER})\1+")
# A letter beside an ASCII digit: the place where a numbered brand ("slot88") would be.
_LETTER_DIGIT = re.compile(rf"[0-9](?:(?<={_LETTER}[0-9])|(?={_LETTER}))")
# lexicon._EMOJI_BRAND on ASCII text, without its lookarounds.
_ASCII_SYMBOL_BRAND = re.compile(r"(?:[+<=>|~][0-9]?){3,}[0-9]{2}")
_LETTER_TWO_DIGITS = re.compile(rf"{_LETTER}[0-9][0-9]")
# lexicon.SPLIT_BRAND without its lookarounds: letters, a separator, two digits; looked
# for only where a word of lexicon.DISGUISE_NEIGHBOURS (as a plain pattern) stands
_SPLIT_BRAND = re.compile(rf"{_LETTER}{{3}}[\-._ ][0-9]{{2}}")
_PLAYERS_WORD = re.compile(  # the alternation alone, no boundaries: a superset
    DISGUISE_NEIGHBOURS.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0]
)


class _Unknown(Exception):
    """A lexicon entry the gate cannot read: then it never skips a document."""


def skeleton(text: str) -> str:
    """Leetspeak read as letters everywhere, repeated letters squeezed."""
    return _SQUEEZE.sub(r"\1", text.translate(_LEET_MAP))


def _literal(text: str) -> str:
    """A pattern for ``text``; a space matches what the lexicon lets join words."""
    return "".join(_JOIN if ch == " " else re.escape(ch) for ch in text)


def _piece(literal: str) -> str:
    """A substring that any match of ``literal`` holds: its longest run of letters, or
    its first character."""
    runs = re.findall(rf"{_LETTER}+", literal)
    return max(runs, key=len) if runs else literal[:1]


def _produced_keys(literal: str) -> set[str]:
    """Keys a match of ``literal`` can be looked up under (see lexicon._list_terms): the
    phrase, the phrase with "-nya", and its prefixes at a space or a joiner."""
    keys = {_key(literal), _key(literal) + "nya"}
    for k, ch in enumerate(literal):
        if ch == " " or _SEPARATORS.fullmatch(ch):
            keys.add(_key(literal[:k]))
    return keys


def _group_end(source: str, k: int) -> int:
    """Index just past the group opening at ``source[k]``."""
    depth, j = 0, k
    while j < len(source):
        ch = source[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(source, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise _Unknown(source)


def _class_end(source: str, k: int) -> int:
    j = k + 1
    if j < len(source) and source[j] == "^":
        j += 1
    if j < len(source) and source[j] == "]":
        j += 1
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    if j >= len(source):
        raise _Unknown(source)
    return j + 1


_LEADING_CLASS = re.compile(r"\\[sdSD]|\{[0-9,]*\}|[*+?]")
_ESCAPES = frozenset("sdbSDB.-/+%:|()[]{}?*^$\\,&")
_CLASSES = {r"[\p{L}\p{N}]": r"[^\W_]", r"[\p{L}]": _LETTER}


def _gate_regex(source: str) -> str:
    """A regex entry (``regex`` syntax) as a ``re`` pattern that matches wherever it does:
    lookarounds dropped, letter classes spelled for ``re``. Raises ``_Unknown`` for
    syntax beyond this reading."""
    out: list[str] = []
    k, n = 0, len(source)
    while k < n:
        ch = source[k]
        if ch == "\\":
            nxt = source[k + 1 : k + 2]
            if nxt in ("p", "P"):
                end = source.index("}", k) + 1
                if source[k:end] != r"\p{L}":
                    raise _Unknown(source)
                out.append(_LETTER)
                k = end
                continue
            if nxt not in _ESCAPES:
                raise _Unknown(source)
            out.append(source[k : k + 2])
            k += 2
            continue
        if ch == "[":
            end = _class_end(source, k)
            body = source[k:end]
            if body in _CLASSES:
                out.append(_CLASSES[body])
            elif "\\p" in body or "\\P" in body or any(op in body for op in ("--", "&&", "||", "~~")):
                raise _Unknown(source)
            else:
                out.append(body)
            k = end
            continue
        if ch == "(":
            if source.startswith(("(?<!", "(?<=", "(?!", "(?="), k):
                k = _group_end(source, k)  # a lookaround only narrows a match
                continue
            if source.startswith("(?:", k):
                out.append("(?:")
                k += 3
                continue
            if source.startswith("(?", k):
                raise _Unknown(source)
            out.append("(")
            k += 1
            continue
        if ch == "{":
            end = source.index("}", k) + 1
            out.append(source[k:end])
            k = end
            continue
        out.append(ch)
        k += 1
    _drop_optional_start(out)
    pattern = "".join(out)
    if not pattern:
        raise _Unknown(source)
    re.compile(pattern)
    return pattern


def _group_close(tokens: list[str]) -> int:
    """Index of the token closing the group that ``tokens[0]`` opens."""
    depth = 0
    for k, token in enumerate(tokens):
        depth += token in ("(", "(?:")
        depth -= token == ")"
        if depth == 0:
            return k
    raise _Unknown("".join(tokens))


_OPTIONAL = re.compile(r"[*?]|\{0?,[0-9]*\}")


def _drop_optional_start(out: list[str]) -> None:
    """Drop what a match may start with before its first required piece: a leading
    ``\\d+\\s*``, an optional group ``(?:rp\\.?\\s*)?``, an optional class. Every match
    still holds a match of what is left, which starts with a literal or a required class:
    ``re`` scans for such a start far faster than it tries an optional one everywhere."""
    while out:
        if _LEADING_CLASS.fullmatch(out[0]):
            out.pop(0)
            continue
        if out[0] in ("(", "(?:"):
            end = _group_close(out) + 1
        elif out[0].startswith("["):
            end = 1
        else:
            return
        if end < len(out) and _OPTIONAL.fullmatch(out[end]):
            del out[: end + 1]
        else:
            return


def _fuzzy(word: str) -> str:
    """A pattern for ``word`` with at most one character changed, dropped or added.

    An edit at either of the first two characters leaves ``word[2:]`` whole; any other
    keeps ``word[:2]`` and edits the rest. Every branch starts with a letter, which lets
    the search skip ahead."""
    parts = {_literal(word[2:])}
    head = _literal(word[:2])
    rest = {_literal(word[2:]) + ".?"}
    for p in range(2, len(word)):
        before, after = _literal(word[2:p]), _literal(word[p + 1 :])
        rest.add(f"{before}.?{after}")  # changed or dropped
        rest.add(f"{before}.{_literal(word[p:])}")  # added
    parts.add(head + "(?:" + "|".join(sorted(rest)) + ")")
    return "|".join(sorted(parts))


def _trie(phrases: set[str]) -> str:
    """``phrases`` as one trie-shaped alternation; a phrase that starts another is
    enough (the longer one needs it anyway)."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [_literal(ch) + build(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(root)


def _root_letters(root: str) -> str:
    """The letters of a root pattern: the first of each class ("sl[o0]t" -> "slot")."""
    return skeleton(re.sub(r"\[(.)[^\]]*\]", r"\1", root))


@dataclass(frozen=True, slots=True)
class _Patterns:
    # phrases, compound roots, regex entries, fuzzy spellings: searched one by one, as
    # a pattern that starts with a literal is scanned for far faster than a union
    evidence: tuple[re.Pattern[str], ...]
    substrings: tuple[str, ...]  # compound roots and symbol entries, found with ``in``
    labels: re.Pattern[str]  # the label words of labelled brands
    weak_digits: re.Pattern[str] | None  # weak terms with digits (could take a label)
    roots: tuple[str, ...]  # gambling roots of numbered brands, as skeleton letters


@cache
def _patterns() -> _Patterns | None:
    """The gate's patterns; None when the lexicon holds an entry the gate cannot read
    (then every document gets the full analysis)."""
    try:
        compiled = _compiled(*_SPAM_LISTS)
        kinds = {key: kind for key, (kind, _) in compiled.entries.items()}
        phrases: set[str] = set()
        symbols: set[str] = set()
        weak_digits: set[str] = set()
        regexes: set[str] = set()
        for literal in compiled.literals:
            keys = _produced_keys(literal) & kinds.keys()
            if any(kinds[key] != WEAK for key in keys):
                (phrases if literal[0].isalnum() else symbols).add(literal)
            if any(kinds[key] == WEAK and any(c.isdigit() for c in key) for key in keys):
                weak_digits.add(_literal(literal))
        for source, kind in compiled.regex_sources:
            if kind != WEAK:
                regexes.add(_gate_regex(source))
            else:  # a weak match may hold digits
                weak_digits.add(_gate_regex(source))
        fuzzy = {fold_phrase(word) for word, (kind, _) in FUZZY.items() if kind != WEAK}
        roots = tuple(sorted({_root_letters(r) for r in _ROOT.split("|")}))
        if "" in phrases | {_piece(symbol) for symbol in symbols} | fuzzy | set(roots):
            raise _Unknown("empty entry")
        branches = [
            r"\b" + _trie(phrases),
            *sorted(regexes),
            "|".join(_fuzzy(word) for word in sorted(fuzzy)),
        ]
        return _Patterns(
            tuple(re.compile(b, re.DOTALL) for b in branches),
            tuple(sorted({_piece(symbol) for symbol in symbols} | set(_COMPOUND_ROOT.split("|")))),
            re.compile(_trie({fold_phrase(label) for label in _BRAND_LABELS})),
            re.compile("|".join(sorted(weak_digits)), re.DOTALL) if weak_digits else None,
            roots,
        )
    except _Unknown:
        return None


# -- reading the text -----------------------------------------------------------------

_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")
# Spaced-out letters (normalise._SPACED_SINGLE) on the shape: a lone letter or digit,
# then two or more more, each after 1-3 spaces; only looked for after a lone one.
_LONE = re.compile(r" [uld] ")
_SPACED = re.compile(r"(?<![uld])[uld](?: {1,3}[uld](?![uld])){2,}")
# normalise._SPLIT without its stylised cases: before an upper-case letter that starts a
# word glued to a word of two or more letters ("artinyaSlot").
# Searched as "lu" (a literal is scanned for fast), the letter before checked in Python.
_SPLIT = re.compile(r"lu(?=ll)")
# normalise.SEPARATED holds a separator, a letter or digit, and a separator again; searched
# from the separator, a set of characters the engine skips ahead to.
_SEPARATOR_PAIR = re.compile(r"[~\-._*•·+][^\W_][~\-._*•·+]")
# normalise._LEET, its lookbehinds checked in _read_leet: leetspeak digits between letters.
_LEET_RUN = re.compile(rf"[013457@$]+(?={_LETTER})")
_STRETCH = re.compile(rf"({_LETTER})\1+")
_SHAPE_BYTES = bytes(
    ord("u") if 65 <= b <= 90 else ord("l") if 97 <= b <= 122 else ord("d") if 48 <= b <= 57
    else ord(" ") if chr(b).isspace() and b < 128 else ord(".")
    for b in range(256)
)


def _fold_checked(ch: str) -> tuple[str, str] | None:
    """(folded, ASCII stand-in for its shape) of a non-ASCII character; None when it may
    take part in a disguise or folds to a non-ASCII digit.

    Two folds are no disguise by themselves: stylised punctuation (fullwidth "（", "「"),
    which never makes a letter, and a look-alike letter ("о" of Cyrillic), which disguises
    a word only beside Latin letters in it (``_folded`` checks that)."""
    repl, flag = _fold_char(ch)
    if not repl:
        return None
    if flag & _STYLISED_F and any(c.isalnum() for c in repl):
        return None
    if flag & ~(_UPPER | _STYLISED_F | _CONFUSABLE_F):
        return None
    stand_in = ""
    for c in repl:
        if not c.isascii() and (c.isdigit() or c.isnumeric()):
            return None
        if c.isalpha():
            stand_in += "U" if flag & _UPPER else "a"
        else:
            stand_in += "0" if c.isdigit() else " " if c.isspace() else "."
    return repl, stand_in


def _folded(text: str) -> tuple[str, str] | None:
    """(folded text, its shape: 'u' upper-case letter, 'l' other letter, 'd' digit,
    ' ' space, '.' the rest) as normalisation folds it; None when the text holds a
    disguise or a non-ASCII digit."""
    if text.isascii():
        return text.lower(), text.encode("ascii").translate(_SHAPE_BYTES).decode("ascii")
    folds: dict[str, tuple[str, str]] = {}
    look_alikes: list[str] = []
    for ch in set(_NON_ASCII_CHAR.findall(text)):
        checked = _fold_checked(ch)
        if checked is None:
            return None
        folds[ch] = checked
        if _fold_char(ch)[1] & _CONFUSABLE_F:
            look_alikes.append(ch)
    if look_alikes and _mixed_word().search(text):
        return None
    folded = text.translate({ord(ch): repl for ch, (repl, _) in folds.items()}).lower()
    stand_in = text.translate({ord(ch): shape for ch, (_, shape) in folds.items()})
    return folded, stand_in.encode("ascii").translate(_SHAPE_BYTES).decode("ascii")


@cache
def _mixed_word() -> re.Pattern[str]:
    """A word holding both a Latin letter and a look-alike letter of another script."""
    chars = "".join(
        re.escape(ch) for ch in sorted(_confusables())
        if not ch.isascii() and _fold_char(ch)[1] & _CONFUSABLE_F
    )
    return re.compile(rf"[A-Za-z][^\W_]*[{chars}]|[{chars}][^\W_]*[A-Za-z]")


def normalised_text(text: str) -> tuple[str, str] | None:
    """(folded text, ``normalise(text).text``) for a text without disguises and
    spaced-out letters; None for any other text."""
    found = _folded(text)
    if found is None:
        return None
    folded, shape = found
    if _LONE.search(shape) and _SPACED.search(shape):
        return None
    if _SEPARATOR_PAIR.search(folded) and SEPARATED.search(folded):
        return None  # single letters strung on separators: normalisation joins them
    if not folded.isascii() and EMOJI_INSIDE.search(folded):
        return None  # an emoji inside a word: normalisation drops it
    text = _LEET_RUN.sub(_read_leet, folded) if _LEET_RUN.search(folded) else folded
    cuts = [
        m.start() + 1 for m in _SPLIT.finditer(shape, 2)
        if shape[m.start() - 1] == "l" and shape[m.start() - 2] in "lu"
    ]
    if cuts:
        bounds = zip([0, *cuts], [*cuts, len(text)], strict=True)
        text = " ".join(text[a:b] for a, b in bounds)
    return folded, _squeeze(text)


_DOUBLES = tuple((c + c, c) for c in "abcdefghijklmnopqrstuvwxyz")


def _squeeze(text: str) -> str:
    """normalise._STRETCH: every run of one letter read as that letter once."""
    for double, single in _DOUBLES:  # str.replace is much faster than a regex here
        while double in text:
            text = text.replace(double, single)
    if not text.isascii() and any(c.isalpha() for c in _NON_ASCII_CHAR.findall(text)):
        return _STRETCH.sub(r"\1", text)
    return text


def _read_leet(m: re.Match[str]) -> str:
    text, a = m.string, m.start()
    if a == 0 or not text[a - 1].isalpha():
        return m.group()
    if text[a - 2 : a] == "rp" and (a == 2 or not text[a - 3].isalnum()):
        return m.group()  # "Rp10rb" is money
    return m.group().translate(_LEET_MAP)


def may_hold_spam(text: str) -> bool:
    """False only when the spam analysis of ``text`` certainly finds nothing."""
    patterns = _patterns()
    if patterns is None:
        return True
    read = normalised_text(text)
    if read is None:
        return True
    return next(_hits(*read, patterns), None) is not None


def evidence_lines(text: str) -> frozenset[int] | None:
    """Indexes of the lines of ``text`` (as ``str.splitlines`` cuts them) where
    ``may_hold_spam`` sees something, every such place; None when it cannot tell
    (disguised characters, spaced-out letters, an unreadable lexicon entry). A line left
    out holds no non-weak evidence of its own."""
    patterns = _patterns()
    read = normalised_text(text)
    if patterns is None or read is None:
        return None
    folded, norm = read
    starts = {folded: _line_starts(folded)}
    starts[norm] = starts[folded] if norm == folded else _line_starts(norm)
    return frozenset(
        bisect.bisect_right(starts[where], at) - 1 for where, at in _hits(folded, norm, patterns)
    )


# What str.splitlines cuts at; normalisation keeps every one of them in place.
_LINE_BREAK = LINE_BREAK


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]


@cache
def _evidence_keys() -> tuple[KeyFinder, tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]]:
    """The required pieces of each evidence pattern (``cleanser.prefilter``) and one finder
    for all of them: a pattern runs only on texts holding one of its pieces."""
    patterns = _patterns()
    keyed = tuple((p, required_keys(p.pattern)) for p in (patterns.evidence if patterns else ()))
    return KeyFinder(k for _, keys in keyed for k in (keys or ())), keyed


def _hits(folded: str, norm: str, patterns: _Patterns) -> Iterator[tuple[str, int]]:
    """(string, offset) of each place, in ``folded`` or ``norm``, that may start a piece
    of non-weak evidence; lazily, so the first answers ``may_hold_spam``."""
    for piece in patterns.substrings:
        at = norm.find(piece)
        while at != -1:
            yield norm, at
            at = norm.find(piece, at + 1)
    finder, keyed = _evidence_keys()
    present = finder.present(norm.casefold())
    for pattern, keys in keyed:
        if keys is not None and present.isdisjoint(keys):
            continue  # every match holds one of its keys, and none is in the text
        for m in pattern.finditer(norm):
            yield norm, m.start()
    end = 0
    neighbours: bool | None = None
    for m in _LETTER_DIGIT.finditer(folded):
        a, b = m.start(), m.end()
        if a < end:
            continue  # the same word
        while a > 0 and folded[a - 1].isalnum():
            a -= 1
        while b < len(folded) and folded[b].isalnum():
            b += 1
        end = b
        word = folded[a:b]
        if "4d" in word or any(root in skeleton(word) for root in patterns.roots):
            yield folded, a
        elif word[-2:].isdigit() and sum(c.isalpha() for c in word) >= 3:
            if neighbours is None:  # asked once per text
                neighbours = BRAND_NEIGHBOURS.search(norm) is not None
            if not neighbours:
                continue
            yield folded, a  # a brand-shaped token beside a win/deposit word
    if _PLAYERS_WORD.search(norm) and _SPLIT_BRAND.search(folded):
        for m in _SPLIT_BRAND.finditer(folded):  # "Kilat-88" beside "wd": every place
            yield folded, m.start()
    if patterns.labels.search(norm):
        shapes = [(folded, _LETTER_TWO_DIGITS)]
        if patterns.weak_digits is not None:
            shapes.append((norm, patterns.weak_digits))
        for where, shape in shapes:
            for m in shape.finditer(where):
                yield where, m.start()
    symbols = _ASCII_SYMBOL_BRAND if folded.isascii() else _EMOJI_BRAND
    for symbol in symbols.finditer(folded):  # the only ASCII symbols are the maths signs + < = > | ~
        yield folded, symbol.start()
