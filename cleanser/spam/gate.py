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
- brands need a gambling root in a word with digits, "4d", or a compound root in a word
  that can be a compound brand, or a brand-shaped word (three letters or more, two digits
  at the end) with a win/deposit word on its line; labelled brands a label word beside a
  numbered word; emoji brands three symbols before their number.

Everything the lexicon reads lies within a line (``scan`` says which lines may hold
non-weak evidence; the spam reading reads only those, each on its own). A text the gate
cannot read as a whole is read with its unreadable lines set aside, and those lines are
among the ones to read in full. Every search here is linear in the text: patterns open
with a literal or run from a literal-led guard, and nothing is searched once per match.

How the evidence is looked for: one pass of a key finder (``prefilter.KeyFinder``,
Aho-Corasick) over the normalised text says where each needed piece stands: the first
word of each phrase, the opening keys of the regex entries that open with one
(``prefilter.opening_keys``), the rarest keys of the others (``prefilter.key_choices``),
compound roots, labels and neighbour words. A pattern that opens with a key is tried
where one stands (the places of all such keys read once, each pattern tried at the places
of its own keys); a pattern of bounded width (the phrases no first word finds, the fuzzy
spellings, ``_reach``) is looked for in a window around each of its keys; another is
searched only on the lines holding one of its keys. The text is read in blocks of whole
lines (``_BLOCK``), so the copies the reading makes stay a few times a block however long
the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

import regex

from cleanser.lexicon import entries as lexicon_entries
from cleanser.prefilter import KeyFinder, key_choices, opening_keys, opening_tail, required_keys
from cleanser.spam.lexicon import (
    _BRAND_LABELS,
    _COMPOUND,
    _COMPOUND_ROOT,
    _INFLECTED,
    _ROOT,
    _SEPARATORS,
    _SPAM_LISTS,
    BRAND_NEIGHBOURS,
    DISGUISE_NEIGHBOURS,
    FUZZY,
    WEAK,
    _allowed_compounds,
    _key,
    _read_lists,
    literal,
    one_edit,
    phrase_tree,
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
    letter_runs,
)
from cleanser.spam.normalise import _STYLISED as _STYLISED_F
from cleanser.textshape import LINE_BREAK, LINE_BREAK_CHARS

_LETTER = r"[^\W\d_]"  # a letter (with non-ASCII digits ruled out: exactly \p{L})
_SQUEEZE = re.compile(rf"({_LETTER})\1+")
# A letter beside an ASCII digit: the place where a numbered brand ("slot88") would be.
_LETTER_DIGIT = re.compile(rf"[0-9](?:(?<={_LETTER}[0-9])|(?={_LETTER}))")
# What every match of lexicon._EMOJI_BRAND holds (lexicon.BRAND_TAIL: three symbols, the
# last right before two digits), read on the shape ('s' a symbol, 'd' a digit): a bounded
# pattern that opens with a literal, so a flood of symbols costs one look each.
_SYMBOL_TAIL = re.compile(r"sd?sd?sdd")
# lexicon.SPLIT_BRAND without its lookarounds (three letters, then a separator and two
# digits, or a space and a repeated digit), on the shape: searched for from its digits (a
# literal), its separator checked on the text (``_split_brand``); looked for only on the
# lines where a word of lexicon.DISGUISE_NEIGHBOURS stands (a split brand is evidence only
# beside one).
_SPLIT_BRAND = re.compile(r"(?<=[lu][lu][lu][. ])dd")
_DOUBLE_DIGIT = re.compile("dd")  # what _SPLIT_BRAND is searched from (a literal)


class _Unknown(Exception):
    """A lexicon entry the gate cannot read: then it never skips a document."""


def skeleton(text: str) -> str:
    """Leetspeak read as letters everywhere, repeated letters squeezed."""
    return _SQUEEZE.sub(r"\1", text.translate(_LEET_MAP))


_literal = literal


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


_fuzzy = one_edit


def _trie(phrases: set[str]) -> str:
    """``phrases`` as one trie-shaped alternation; a phrase that starts another is
    enough (the longer one needs it anyway)."""
    root = phrase_tree(phrases)

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [_literal(ch) + build(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(root)


def _bounded_trie(phrases: set[str]) -> str:
    """``phrases`` as one trie-shaped alternation where a phrase must end where the
    lexicon's does (``lexicon._compiled``: then "-nya" or nothing, then no letter or digit;
    only ASCII ones are ruled out here, a superset): "depo" is no match in "depok"."""
    root = phrase_tree(phrases)

    def build(node: dict[str, Any]) -> str:
        branches = [_literal(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return rf"\b(?:{build(root)})(?:-?nya)?{_RIGHT_ASCII}"


# What the lexicon's right boundary (no letter or digit next) rules out at the least.
_RIGHT_ASCII = "(?![a-z0-9])"


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
        compiled = _read_lists(*_SPAM_LISTS)
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
            _bounded_trie(phrases),
            *sorted(regexes),
            # the fuzzy spellings last (``_hits`` checks their start: the lexicon reads
            # them as whole words)
            "(?:" + "|".join(_fuzzy(word) for word in sorted(fuzzy)) + ")" + _RIGHT_ASCII,
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

_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _non_ascii(text: str) -> set[str]:
    """The distinct characters of ``text`` beyond ASCII: the text with its ASCII runs cut
    out, as a set (far fewer matches than one a character beyond ASCII)."""
    return set(_ASCII_RUN.sub("", text))


# Spaced-out letters (normalise._SPACED_SINGLE) on the shape: a lone letter or digit,
# then two or more more, each after 1-3 spaces; only looked for after a lone one.
_LONE = re.compile(r" [uld] ")
_SPACED = re.compile(r"(?<![uld])[uld](?: {1,3}[uld](?![uld])){2,}")
# normalise._SPLIT without its stylised cases: before an upper-case letter that starts a
# word glued to a word of two or more letters ("artinyaSlot").
# Searched from the upper-case letter ("u", a literal the engine skips ahead to), the
# letters before it checked by a lookbehind after it (one before it would be tried at
# every character).
_SPLIT = re.compile(r"u(?<=[lu]llu)(?=ll)")
# normalise.SEPARATED holds a separator, a letter or digit, and a separator again; searched
# from the separator, a set of characters the engine skips ahead to.
_SEPARATOR_PAIR = re.compile(r"[~\-._*•·+][^\W_][~\-._*•·+]")
# normalise._LEET, its lookbehinds checked in _read_leet: leetspeak digits between letters.
_LEET_RUN = re.compile(rf"[013457@$]+(?={_LETTER})")
# A line break is no space (as in normalise._SHAPE_TABLE): spaced-out letters are read
# within a line.
_SHAPE_BYTES = bytes(
    ord("u") if 65 <= b <= 90 else ord("l") if 97 <= b <= 122 else ord("d") if 48 <= b <= 57
    else ord(".") if chr(b) in LINE_BREAK_CHARS
    else ord(" ") if chr(b).isspace() and b < 128
    else ord("s") if chr(b) in "+<=>|~"  # the ASCII symbols (\p{Sm}; none is \p{So})
    else ord(".")
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
        elif c.isdigit():
            stand_in += "0"
        elif c in LINE_BREAK_CHARS:
            stand_in += "\n"
        elif c.isspace():
            stand_in += " "
        else:
            stand_in += "+" if unicodedata.category(c) in ("So", "Sm") else "."
    return repl, stand_in


@lru_cache(maxsize=4096)
def _fold_info(ch: str) -> tuple[tuple[str, str] | None, bool]:
    """(``_fold_checked(ch)``, is ``ch`` a look-alike letter of another script?)
    Memoised per character as ``normalise._fold_char`` is (a Unicode table read once; at
    most 4,096 characters kept, never a text)."""
    return _fold_checked(ch), bool(_fold_char(ch)[1] & _CONFUSABLE_F)


@cache
def _common_folds() -> dict[str, tuple[tuple[str, str] | None, bool]]:
    """``_fold_info`` of the characters beyond ASCII that news text uses most (Latin-1
    and Latin Extended-A/B letters, general punctuation, currency signs), worked out once
    like the patterns: a fixed table, whatever the texts."""
    ranges = (range(0x80, 0x250), range(0x2000, 0x2070), range(0x20A0, 0x20C0))
    return {chr(cp): _fold_info(chr(cp)) for r in ranges for cp in r}


def _folded(text: str, chars: set[str] | None = None) -> tuple[str, str] | None:
    """(folded text, its shape: 'u' upper-case letter, 'l' other letter, 'd' digit,
    ' ' space, '.' the rest) as normalisation folds it; None when the text holds a
    disguise or a non-ASCII digit. ``chars``: ``_non_ascii(text)``, when known already."""
    if text.isascii():
        return text.lower(), text.encode("ascii").translate(_SHAPE_BYTES).decode("ascii")
    folds: dict[str, tuple[str, str]] = {}
    look_alikes: list[str] = []
    common = _common_folds()
    for ch in _non_ascii(text) if chars is None else chars:
        checked, look_alike = common.get(ch) or _fold_info(ch)
        if checked is None:
            return None
        folds[ch] = checked
        if look_alike:
            look_alikes.append(ch)
    if look_alikes and next(_mixed_words(text), None) is not None:
        return None
    # str.replace per distinct character: far faster than str.translate with a table,
    # which looks every character of the text up in it
    changed = {ch: repl for ch, (repl, _) in folds.items() if repl != ch.lower()}
    if any(c in changed for repl in changed.values() for c in repl):
        folded = text.translate({ord(ch): repl for ch, repl in changed.items()}).lower()
    else:
        folded = text
        for ch, repl in changed.items():
            folded = folded.replace(ch, repl)
        folded = folded.lower()
    stand_in = text
    for ch, (_, shape) in folds.items():
        stand_in = stand_in.replace(ch, shape)
    return folded, stand_in.encode("ascii").translate(_SHAPE_BYTES).decode("ascii")


@cache
def _look_alike() -> re.Pattern[str]:
    """A look-alike letter of another script (one that normalisation reads as Latin)."""
    chars = "".join(
        re.escape(ch) for ch in sorted(_confusables())
        if not ch.isascii() and _fold_char(ch)[1] & _CONFUSABLE_F
    )
    return re.compile(f"[{chars}]")


_ASCII_LETTERS = re.compile("[A-Za-z]+")
_WORD_REST = re.compile(r"[^\W_]*")  # a word goes on ([^\W_] is exactly str.isalnum)


def _mixed_words(text: str) -> Iterator[int]:
    """Starts of the words (runs of ``str.isalnum`` characters) holding both a Latin letter
    and a look-alike letter of another script, in order. Every look-alike is a letter: a
    word holding one is found from either kind of letter, and is looked for from the kind
    the text holds fewer of (a page in Cyrillic holds few Latin letters, a page in English
    few look-alikes): where one stands, its word is read to its ends (by patterns, each
    word once) and searched for the other kind. Linear in the text."""
    look_alike = _look_alike()
    latin_first = 2 * (len(text) - len(text.encode("ascii", "ignore"))) > len(text)
    seeds, other = (_ASCII_LETTERS, look_alike) if latin_first else (look_alike, _ASCII_LETTERS)
    done = 0  # the end of the last word read
    for m in seeds.finditer(text):
        a = m.start()
        if a < done:
            continue  # in the word just read
        while a > done and text[a - 1].isalnum():
            a -= 1
        rest = _WORD_REST.match(text, m.end())  # (a star: it always matches)
        b = rest.end() if rest is not None else m.end()
        done = b
        if other.search(text, a, b):
            yield a


def normalised_text(text: str) -> tuple[str, str] | None:
    """(folded text, ``normalise(text).text``) for a text without disguises and
    spaced-out letters; None for any other text."""
    read = _read(text)
    return None if read is None else (read[0], read[2])


def _read(text: str, chars: set[str] | None = None) -> tuple[str, str, str] | None:
    """(folded text, its shape, ``normalise(text).text``), or None (``normalised_text``).
    ``chars``: ``_non_ascii(text)``, when known already."""
    if chars is None and not text.isascii():
        chars = _non_ascii(text)
    found = _folded(text, chars)
    return None if found is None else _read_folded(*found, _folded_emoji(chars or ()))


def _read_folded(folded: str, shape: str, emoji: list[str] | None = None) -> tuple[str, str, str] | None:
    """``_read`` of a text once folded (``_folded``). ``emoji``: the emoji the folded text
    may hold (``_folded_emoji``), when known already."""
    if next(_spaced_at(shape), None) is not None:
        return None
    if next(_separated_at(folded, shape), None) is not None:
        return None  # single letters strung on separators: normalisation joins them
    if next(_emoji_inside_at(folded, emoji), None) is not None:
        return None  # an emoji inside a word: normalisation drops it
    text = _leet(folded, shape)
    cuts = [m.start() for m in _SPLIT.finditer(shape)]
    if cuts:
        bounds = zip([0, *cuts], [*cuts, len(text)], strict=True)
        text = " ".join(text[a:b] for a, b in bounds)
    return folded, shape, _squeeze(text)




def _squeeze(text: str) -> str:
    """normalise._STRETCH: every run of one letter (of ``_LETTER``) read as that letter
    once. The runs are found from the text's bytes (``normalise.letter_runs``), and the
    text put together once from the pieces between them."""
    runs = letter_runs(text, _is_letter)
    if not runs:
        return text
    pieces: list[str] = []
    cursor = 0
    for a, b in runs:
        pieces.append(text[cursor : a + 1])
        cursor = b
    pieces.append(text[cursor:])
    return "".join(pieces)


def _is_letter(c: str) -> bool:
    """Is ``c`` (beyond ASCII) a letter of ``_LETTER`` ([^\\W\\d_])?"""
    return c.isalnum() and not c.isdecimal()


def _leet(folded: str, shape: str) -> str:
    """normalise._LEET on the folded text: leetspeak digits between letters read as
    letters. A run of them ends right before a letter: a digit then a letter in the shape
    ("d" then "l" or "u", a literal to search for, and digits are few), read back to the
    run's start. "@" and "$" (no digits in the shape) are left to the regex."""
    if "@" in folded or "$" in folded:
        return _LEET_RUN.sub(_read_leet, folded) if _LEET_RUN.search(folded) else folded
    pieces: list[str] = []
    cursor = 0
    for m in _DIGIT_LETTER.finditer(shape):
        end = m.start() + 1
        a = end
        while a > cursor and folded[a - 1] in _LEET_DIGITS:
            a -= 1
        if a < end and _leet_at(folded, a):
            pieces += (folded[cursor:a], folded[a:end].translate(_LEET_MAP))
            cursor = end
    if not pieces:
        return folded
    pieces.append(folded[cursor:])
    return "".join(pieces)


_DIGIT_LETTER = re.compile("d[lu]")
_LEET_DIGITS = frozenset("013457")


def _leet_at(text: str, a: int) -> bool:
    """Is the run of leetspeak characters at ``a`` read as letters: after a letter, and
    not the digits of "Rp10rb"?"""
    if a == 0 or not text[a - 1].isalpha():
        return False
    return not (text[a - 2 : a] == "rp" and (a == 2 or not text[a - 3].isalnum()))


def _read_leet(m: re.Match[str]) -> str:
    return m.group().translate(_LEET_MAP) if _leet_at(m.string, m.start()) else m.group()


def may_hold_spam(text: str) -> bool:
    """False only when the spam analysis of ``text`` certainly finds nothing."""
    patterns = _patterns()
    if patterns is None:
        return True
    read = _read(text)
    if read is None:
        return True
    return next(_hits(_Text(*read), patterns), None) is not None


def evidence_lines(text: str) -> frozenset[int] | None:
    """Indexes of the lines of ``text`` (as ``str.splitlines`` cuts them) where
    ``may_hold_spam`` sees something, every such place; None when it cannot tell
    (disguised characters, spaced-out letters, an unreadable lexicon entry). A line left
    out holds no non-weak evidence of its own."""
    patterns = _patterns()
    read = _read(text)
    if patterns is None or read is None:
        return None
    return _evidence(_Text(*read), patterns)


@dataclass(frozen=True, slots=True)
class Scan:
    """What the gate reads in a whole text (``scan``)."""

    hot: frozenset[int]  # lines that may hold non-weak evidence (every such line)
    # ``normalise(text).text`` in blocks of whole lines (joined, they are that text), with
    # the lines that the gate cannot read (``unread``) left empty; None when the lexicon
    # holds an entry the gate cannot read
    blocks: tuple[str, ...] | None
    unread: frozenset[int] = frozenset()

    @property
    def norm(self) -> str | None:
        """The normalised text in one piece (a copy of the blocks)."""
        return None if self.blocks is None else "".join(self.blocks)


def scan(text: str) -> Scan:
    """The lines of ``text`` that may hold non-weak evidence of their own, read line by
    line where the whole text cannot be read at once: a line the gate cannot read
    (disguises, spaced-out letters) is among them, the others are read as
    ``evidence_lines`` reads them. Each line is read on its own (normalisation is local to
    a line), so blanking the unreadable lines leaves the reading of the others as it was,
    and the text is read in blocks of whole lines (``_BLOCK`` characters or so): the
    copies the reading makes stay a few times a block, however long the text."""
    patterns = _patterns()
    if patterns is None:
        every = frozenset(range(len(text.splitlines())))
        return Scan(every, None, every)
    if len(text) <= _BLOCK:  # the whole text in one block (``_blocks`` gives it as it is)
        found = _scan_block(text, patterns)
        return Scan(found.hot, (found.norm,), found.unread)
    hot: set[int] = set()
    unread: set[int] = set()
    blocks: list[str] = []
    first = 0  # the index of the block's first line
    for block in _blocks(text):
        found = _scan_block(block, patterns)
        if first == 0 and len(block) == len(text):  # the whole text in one block
            return Scan(found.hot, (found.norm,), found.unread)
        hot.update(first + k for k in found.hot)
        unread.update(first + k for k in found.unread)
        blocks.append(found.norm)
        first += len(block.splitlines())
    return Scan(frozenset(hot), tuple(blocks), frozenset(unread))


# The characters of text the gate reads at once (a block ends at the first line break
# after this many).
_BLOCK = 1 << 16


def _blocks(text: str) -> Iterator[str]:
    """``text`` in pieces of whole lines, each but the last ending with its line break."""
    start = 0
    while len(text) - start > _BLOCK:
        found = _LINE_BREAK.search(text, start + _BLOCK)
        if found is None:
            break
        yield text[start : found.end()]
        start = found.end()
    if start == 0:
        yield text
    elif start < len(text):
        yield text[start:]


@dataclass(frozen=True, slots=True)
class _BlockScan:
    hot: frozenset[int]
    norm: str
    unread: frozenset[int] = frozenset()


def _scan_block(text: str, patterns: _Patterns) -> _BlockScan:
    """``scan`` of a piece of whole lines (indexes within it)."""
    chars = None if text.isascii() else _non_ascii(text)  # read once for both tries
    read = _read(text, chars)
    if read is not None:
        return _BlockScan(_evidence(_Text(*read), patterns), read[2])
    lines = text.splitlines()
    # the blanked text ends as the piece does, so that the blocks join line for line
    end = "\n" if text and text[-1] in LINE_BREAK_CHARS else ""
    unread, found = _unreadable_lines(text, lines, chars)
    if found is not None:  # the text without those lines, folded already
        read = _read_folded(found[0] + end, found[1] + "." * len(end))
    else:
        read = _read(_blank(lines, unread) + end)
    if read is None:  # pragma: no cover - a fault of _unreadable_lines: read line by line
        unread = {k for k, line in enumerate(lines) if _read(line) is None}
        read = _read(_blank(lines, unread) + end)
        if read is None:
            every = frozenset(range(len(lines)))
            return _BlockScan(every, "\n" * len(lines), every)
    del lines
    return _BlockScan(_evidence(_Text(*read), patterns) | unread, read[2], frozenset(unread))


def _blank(lines: list[str], blank: set[int]) -> str:
    """The lines again, those in ``blank`` left empty (one "\n" between lines keeps each
    line's index)."""
    return "\n".join("" if k in blank else line for k, line in enumerate(lines))


def _unreadable_lines(
    text: str, lines: list[str], chars: set[str] | None = None
) -> tuple[set[int], tuple[str, str] | None]:
    """The lines of ``text`` that ``_read`` cannot read, each found by the same tests run
    over the whole text at once (each test finds its cases within a line): characters that
    disguise, a Latin word with a look-alike letter, then, on the text without those lines,
    spaced-out letters, letters strung on separators and emoji inside a word. And
    ``_folded`` of the text with those lines blanked (``_blank``), when the last tests add
    none (it is then folded once, not again to be read). ``chars``: ``_non_ascii(text)``,
    when known already."""
    out: set[int] = set()
    if chars is None:
        chars = _non_ascii(text)
    common = _common_folds()
    bad = sorted(ch for ch in chars if (common.get(ch) or _fold_info(ch))[0] is None)
    starts = _line_starts(text)
    if bad:
        where = re.compile("[" + "".join(re.escape(ch) for ch in bad) + "]")
        out |= {bisect.bisect_right(starts, m.start()) - 1 for m in where.finditer(text)}
    if any(_fold_char(ch)[1] & _CONFUSABLE_F for ch in chars):
        out |= {bisect.bisect_right(starts, at) - 1 for at in _mixed_words(text)}
    found = _folded(_blank(lines, out))
    if found is None:  # pragma: no cover - every such character was blanked
        return {k for k, line in enumerate(lines) if _read(line) is None}, None
    folded, shape = found
    places = [*_spaced_at(shape), *_separated_at(folded, shape), *_emoji_inside_at(folded)]
    if not places:
        return out, found
    starts = _line_starts(folded)
    more = {bisect.bisect_right(starts, at) - 1 for at in places} - out
    if len(starts) != len(lines):  # pragma: no cover - a fold that breaks a line
        return out | more, None
    return out | more, _blank_folded(folded, shape, starts, more)


def _blank_folded(folded: str, shape: str, starts: list[int], blank: set[int]) -> tuple[str, str]:
    """``_folded`` of a blanked text (``_blank``) with more lines blanked: folding reads
    each line on its own (a character, a look-alike's word, a final sigma's word), so the
    lines are blanked in the folded text and its shape, at ``starts`` (one "\n" between
    lines), rather than folded again."""
    folded_pieces: list[str] = []
    shape_pieces: list[str] = []
    cursor = 0
    for k in sorted(blank):
        a = starts[k]
        folded_pieces.append(folded[cursor:a])
        shape_pieces.append(shape[cursor:a])
        cursor = starts[k + 1] - 1 if k + 1 < len(starts) else len(folded)
    folded_pieces.append(folded[cursor:])
    shape_pieces.append(shape[cursor:])
    return "".join(folded_pieces), "".join(shape_pieces)


# Each test below finds its cases from a cheap, literal-led guard, then checks each place
# with the exact pattern: linear, however long the text (the exact patterns open with a
# lookbehind and a class, which the engines try at every character).

def _spaced_at(shape: str) -> Iterator[int]:
    """Places of spaced-out letters (``_SPACED``) in ``shape``: a lone letter or digit
    (``_LONE``) with two more within reach, looked for in a window around it (a run of
    three holding it lies within eight characters of it either side)."""
    for m in _LONE.finditer(shape):
        at = m.start() + 1
        if _SPACED.search(shape, max(0, at - 8), at + 10):
            yield at


def _separated_at(folded: str, shape: str) -> Iterator[int]:
    """Starts of single letters strung on separators (``SEPARATED``): every such run opens
    with a separator pair (``_SEPARATOR_PAIR``) right after its first letter. The pairs
    are found on the shape (a separator is "." or "s" there), from a literal."""
    starts = [m.start() for m in _DOT_PAIR.finditer(shape)]
    if "s" in shape:
        starts = sorted({*starts, *(m.start() for m in _SYMBOL_PAIR.finditer(shape))})
    for at in starts:
        if at > 0 and _SEPARATOR_PAIR.match(folded, at) and SEPARATED.match(folded, at - 1):
            yield at - 1


# What _SEPARATOR_PAIR matches, on the shape: a separator ("." for "-._*•·", "s" for
# "~+"), a letter or digit, a separator; searched from its first character, a literal.
_DOT_PAIR = re.compile(r"\.(?=[lud][.s])")
_SYMBOL_PAIR = re.compile(r"s(?=[lud][.s])")


_EMOJI_CHAR = regex.compile(r"[\p{Extended_Pictographic}\u200d]")


def _folded_emoji(chars: AbstractSet[str] | tuple[()]) -> list[str]:
    """The emoji and joiners that a text holding ``chars`` beyond ASCII may hold once
    folded (``_folded``): those its characters fold to, read from their folds (a few
    distinct characters) rather than from the folded text again."""
    common = _common_folds()
    found: set[str] = set()
    for ch in chars:
        checked = (common.get(ch) or _fold_info(ch))[0]
        if checked is not None:
            found.update(c for c in checked[0] + checked[0].lower() if not c.isascii() and _EMOJI_CHAR.match(c))
    return sorted(found)


def _emoji_inside_at(folded: str, emoji: list[str] | None = None) -> Iterator[int]:
    """Places of an emoji inside a word (``EMOJI_INSIDE``), looked for only at the emoji
    and joiners that the text holds (``emoji``: those it may hold, when known already)."""
    if folded.isascii():
        return
    if emoji is None:
        emoji = sorted(ch for ch in _non_ascii(folded) if _EMOJI_CHAR.match(ch))
    if not emoji:
        return
    where = re.compile("[" + "".join(re.escape(ch) for ch in emoji) + "]")
    for m in where.finditer(folded):
        if EMOJI_INSIDE.match(folded, m.start()):
            yield m.start()


def _evidence(read: _Text, patterns: _Patterns) -> frozenset[int]:
    return frozenset(read.line_of(where, at) for where, at in _hits(read, patterns))


# What str.splitlines cuts at; normalisation keeps every one of them in place.
_LINE_BREAK = LINE_BREAK


def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts (and ``len(text)`` after a final break)."""
    pieces = text.splitlines(keepends=True)  # str.splitlines cuts where _LINE_BREAK does
    starts = [0, *accumulate(map(len, pieces))]
    if pieces and pieces[-1][-1] not in LINE_BREAK_CHARS:
        starts.pop()  # no break ends the last line
    return starts


class _Text:
    """A text as the gate reads it: folded, its shape, normalised; line starts of the
    folded and the normalised text, found when first asked."""

    __slots__ = ("_asked", "_starts", "folded", "norm", "shape")

    def __init__(self, folded: str, shape: str, norm: str) -> None:
        self.folded, self.shape, self.norm = folded, shape, norm
        self._starts: dict[bool, list[int]] = {}
        self._asked: dict[tuple[int, str], bool] = {}

    def line_of(self, where: str, at: int) -> int:
        """The line of offset ``at`` of ``where`` (the folded or the normalised text)."""
        is_norm = where is self.norm and where is not self.folded
        starts = self._starts.get(is_norm)
        if starts is None:
            starts = self._starts[is_norm] = _line_starts(where)
        return bisect.bisect_right(starts, at) - 1

    def line_span(self, k: int, where: str | None = None) -> tuple[int, int]:
        """Start and end (before its break) of line ``k`` of ``where`` (the folded or, by
        default, the normalised text)."""
        where = self.norm if where is None else where
        self.line_of(where, 0)
        starts = self._starts[where is self.norm and where is not self.folded]
        end = starts[k + 1] if k + 1 < len(starts) else len(where)
        while end > starts[k] and where[end - 1] in LINE_BREAK_CHARS:
            end -= 1
        return starts[k], end

    def line_has(self, k: int, pattern: regex.Pattern[str]) -> bool:
        """Does ``pattern`` match in line ``k`` of the normalised text (asked once a line)?"""
        key = (k, pattern.pattern)
        found = self._asked.get(key)
        if found is None:
            a, b = self.line_span(k)
            found = self._asked[key] = pattern.search(self.norm, a, b) is not None
        return found


@dataclass(frozen=True, slots=True)
class _Keys:
    """One finder (``cleanser.prefilter.KeyFinder``, one Aho-Corasick pass over the
    normalised text) for every piece of text the evidence needs: the required pieces of
    each evidence pattern, a word of each phrase, the compound roots and symbols, and the
    words that evidence needs beside it. A pattern runs only on the lines holding one of
    its pieces (everything the lexicon reads lies within a line)."""

    finder: KeyFinder
    # each evidence pattern with its keys (None: the pattern runs on the whole text)
    keyed: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]
    neighbours: frozenset[str] | None  # of lexicon.BRAND_NEIGHBOURS
    players: frozenset[str] | None  # of lexicon.DISGUISE_NEIGHBOURS
    labels: frozenset[str]  # the label words of labelled brands
    # patterns that every match of opens with one of their keys, tried where one stands
    # (the phrases with their first words, when those are not too short)
    opened: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = ()
    phrases_opened: bool = False  # the first of ``opened`` is the phrases (``\b`` first)
    # each opening key with the indexes (in ``opened``) of the patterns it opens: a text
    # is read from the keys it holds, never by intersecting every pattern's keys with them
    opened_by: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # of each keyed pattern, the most characters a match spans (``_reach``), when it is
    # looked for near its keys rather than on their whole lines; None otherwise
    reaches: tuple[int | None, ...] = ()
    # of each keyed pattern searched on the lines holding its keys, the tail of it that
    # opens with one of them (``prefilter.opening_tail``), tried where each stands first
    tails: tuple[re.Pattern[str] | None, ...] = ()


@cache
def _keys() -> _Keys:
    patterns = _patterns()
    evidence = patterns.evidence if patterns else ()
    keyed: list[tuple[re.Pattern[str], frozenset[str] | None]] = []
    opened: list[tuple[re.Pattern[str], frozenset[str]]] = []
    phrases = _phrase_keys()
    for k, pattern in enumerate(evidence):
        keys: frozenset[str] | None
        if k == 0:
            # the phrases that no first word finds (those are tried where it stands)
            if phrases is not None:
                opened.append((pattern, phrases[0]))
                keys = phrases[1]
                # on the lines holding their words, only those phrases are searched for
                # (a match of another one opens with its first word, tried where it stands)
                unopened = _unopened_phrases()
                if not unopened:
                    continue
                pattern = re.compile(_bounded_trie(unopened), re.DOTALL)
            else:
                keys = None
        elif k == len(evidence) - 1:
            keys = _fuzzy_halves()  # the fuzzy spellings need a half of their word
        else:
            opening = opening_keys(pattern.pattern)
            if (
                opening is not None and min(map(len, opening)) >= _OPENING_KEY
                and _plain_keys(pattern.pattern, opening)
            ):
                opened.append((pattern, opening))
                continue
            keys = _rare_keys(pattern.pattern)
        keyed.append((pattern, keys if keys is None or _plain_keys(pattern.pattern, keys) else None))
    neighbours = _plain(BRAND_NEIGHBOURS.pattern)
    players = _plain(DISGUISE_NEIGHBOURS.pattern)
    labels = frozenset(fold_phrase(label) for label in _BRAND_LABELS)
    extra = (neighbours or frozenset()) | (players or frozenset()) | labels
    substrings = patterns.substrings if patterns else ()
    finder = KeyFinder([
        *(k for _, keys in opened for k in sorted(keys)),
        *(k for _, keys in keyed for k in sorted(keys or ())), *sorted(extra), *substrings,
    ])
    opened_by: dict[str, list[int]] = {}
    for k, (_, opening) in enumerate(opened):
        for key in sorted(opening):
            opened_by.setdefault(key, []).append(k)
    return _Keys(
        finder, tuple(keyed), neighbours, players, labels, tuple(opened),
        phrases is not None and evidence[0].pattern.startswith(r"\b"),
        {key: tuple(ks) for key, ks in opened_by.items()},
        tuple(_reach(pattern) if keys is not None else None for pattern, keys in keyed),
        tuple(_tail(pattern, keys) for pattern, keys in keyed),
    )


def _tail(pattern: re.Pattern[str], keys: frozenset[str] | None) -> re.Pattern[str] | None:
    """The tail of a keyed pattern that opens with one of its keys (``_Keys.tails``), for
    a pattern searched on the lines holding its keys (not near them, ``_reach``)."""
    if keys is None or _reach(pattern) is not None:
        return None
    tail = opening_tail(pattern.pattern, keys)
    return None if tail is None else re.compile(tail, pattern.flags)


# The shortest opening key of a regex entry tried where it stands ("wd", "hk": rare in
# ordinary text; "k" of "10 k jadi" is not).
_OPENING_KEY = 2


def _gate_phrases() -> list[str]:
    """The phrases of the gate (``_Patterns.evidence[0]``): those giving a non-weak term."""
    compiled = _read_lists(*_SPAM_LISTS)
    kinds = {key: kind for key, (kind, _) in compiled.entries.items()}
    return [
        phrase for phrase in compiled.literals
        if phrase[0].isalnum()
        and any(kinds[key] != WEAK for key in _produced_keys(phrase) & kinds.keys())
    ]


def _unopened_phrases() -> set[str]:
    """The phrases of the gate whose first word is too short to be looked for where it
    stands (``_phrase_keys``): looked for on the lines holding their longest word."""
    return {phrase for phrase in _gate_phrases() if not _opens_phrase(phrase.split(" ")[0])}


def _opens_phrase(word: str) -> bool:
    """Is ``word``, the first of a phrase, looked for where it stands (``_phrase_keys``):
    three characters or more, and no function word (``stopwords_id``, ``stopwords_en``:
    "the" stands in every other line of an English page)?"""
    return len(word) >= _START_KEY and word not in _function_words()


@cache
def _function_words() -> frozenset[str]:
    """The frequent function words of the project's language test, folded as phrases."""
    return frozenset(
        fold_phrase(word) for name in ("stopwords_id", "stopwords_en") for word in lexicon_entries(name)
    )


def _phrase_keys() -> tuple[frozenset[str], frozenset[str]] | None:
    """Keys of the phrases of the gate (``_Patterns.evidence[0]``): (words that open a
    phrase, other words). Every match holds each word of its phrase (spaces are where the
    lexicon lets separators in) and opens with its first word: a phrase whose first word
    has three characters or more and is no function word is looked for where that word
    stands (a match tried there), another one near its longest word (``_near_keys``)."""
    compiled = _read_lists(*_SPAM_LISTS)
    kinds = {key: kind for key, (kind, _) in compiled.entries.items()}
    starts: set[str] = set()
    words: set[str] = set()
    for phrase in compiled.literals:
        produced = _produced_keys(phrase) & kinds.keys()
        if phrase[0].isalnum() and any(kinds[key] != WEAK for key in produced):
            split = phrase.split(" ")
            if _opens_phrase(split[0]):
                starts.add(split[0])
            else:
                words.add(max(split, key=len))
    if not starts | words or not all(starts | words):
        return None
    return frozenset(starts), frozenset(words)


# The shortest first word of a phrase looked for where it stands (a shorter one stands
# in many places, "5", "bo": such a phrase is looked for by its longest word).
_START_KEY = 3


def _rare_keys(pattern: str) -> frozenset[str] | None:
    """Of the sets of keys that ``pattern`` offers (``prefilter.key_choices``), the one
    likely rarest in a text: whose shortest key is longest, then whose keys are longest
    ("spin", "putaran", "taruhan", "bet" rather than "per", "tiap", "setiap", "sekali":
    "per" stands in a word of every other line)."""
    choices = key_choices(pattern)
    if not choices:
        return required_keys(pattern)
    return max(choices, key=lambda keys: (min(map(len, keys)), sum(map(len, keys))))


def _plain(pattern: str) -> frozenset[str] | None:
    """The required pieces of ``pattern``, when the normalised text holds them as they
    stand (``_plain_keys``); else None."""
    keys = required_keys(pattern)
    return keys if keys is None or _plain_keys(pattern, keys) else None


def _plain_keys(pattern: str, keys: frozenset[str]) -> bool:
    """Are ``keys`` (casefolded pieces of ``pattern``) found as they stand in the
    normalised text, which is lower-cased but not casefolded? So when they are ASCII and
    no character of the pattern casefolds to another one (then a key could hold a piece
    that the text spells otherwise, "ss" for "ß")."""
    return all(k.isascii() for k in keys) and all(
        ch.isascii() or ch.casefold() == ch for ch in pattern
    )


def _fuzzy_halves() -> frozenset[str]:
    """Pieces that every spelling of a non-weak FUZZY word with one edit holds: an edit at
    or after the middle leaves the first half whole, one before it the second half."""
    words = {fold_phrase(word) for word, (kind, _) in FUZZY.items() if kind != WEAK}
    return frozenset(half for w in words for half in (w[: len(w) // 2], w[len(w) // 2 :]))


_COMPOUND_ROOTS = frozenset(_COMPOUND_ROOT.split("|"))


def _compound_brand(norm: str, at: int) -> bool:
    """Can the word of ``norm`` around ``at`` (a compound root in it) be a compound brand
    (lexicon._token_terms: seven letters or more, not an inflected root, not an allowed
    word)? A word with digits is left to the numbered brands."""
    a, b = at, at + 1
    while a > 0 and norm[a - 1].isalnum():
        a -= 1
    while b < len(norm) and norm[b].isalnum():
        b += 1
    word = norm[a:b]
    if any(c.isdigit() for c in word):
        return True
    return (
        len(word) >= 7 and _COMPOUND.fullmatch(word) is not None
        and _INFLECTED.fullmatch(word) is None and word not in _allowed_compounds()
    )


def _hits(read: _Text, patterns: _Patterns) -> Iterator[tuple[str, int]]:
    """(string, offset) of each place, in the folded or the normalised text, that may
    start a piece of non-weak evidence; lazily, so the first answers ``may_hold_spam``.
    One pass of the key finder says where each piece stands; a pattern is searched only on
    the lines holding one of its keys, as the lexicon reads it (within a line). Evidence
    that needs a word beside it (a brand-shaped word and a win/deposit word, a label and a
    numbered word) is looked for only on the lines holding such a word."""
    folded, norm, shape = read.folded, read.norm, read.shape
    keys = _keys()
    places = keys.finder.places(norm)
    present = places.keys()
    for piece in sorted(present & _substring_set()):  # (reads the few present, in order)
        root = piece in _COMPOUND_ROOTS
        for at in places[piece]:
            if not root or _compound_brand(norm, at):
                yield norm, at
    opened, opened_by = keys.opened, keys.opened_by
    # the places where each opened pattern is tried: read from the keys the text holds
    starts: dict[int, list[int]] = {}
    for key, ats in places.items():
        for k in opened_by.get(key, ()):
            where = starts.get(k)
            if where is None:
                starts[k] = list(ats)
            else:
                where.extend(ats)
    for k, ats in starts.items():
        pattern = opened[k][0]
        # the phrases (the first pattern, when there are phrase keys) open with \b: a
        # first word inside another word ("aman" of "keamanan") is passed over at once
        inside_words = k == 0 and keys.phrases_opened
        for at in set(ats):
            if inside_words and at and (norm[at - 1].isalnum() or norm[at - 1] == "_"):
                continue
            if pattern.match(norm, at):
                yield norm, at
    fuzzy = patterns.evidence[-1]
    for (pattern, required), reach, tail in zip(keys.keyed, keys.reaches, keys.tails, strict=True):
        if required is not None and required.isdisjoint(present):  # (reads the few present)
            continue  # every match holds one of its keys, and none is in the text
        if required is not None and reach is not None:  # near its keys, on their lines
            yield from _near_keys(read, pattern, reach, present & required, places, pattern is fuzzy)
            continue
        lines = None
        if required is not None and tail is not None:
            # only the lines where the tail that opens with a key matches from one of them
            lines = _tail_lines(read, tail, present & required, places)
        elif required is not None:
            # only the lines holding one of its keys: a match that the lexicon reads (within
            # a line) holds one there
            lines = sorted({read.line_of(norm, at) for key in present & required for at in places[key]})
        if lines is None or len(lines) > _FEW_LINES:
            if pattern is fuzzy:
                yield from _word_starts(norm, pattern, 0, len(norm))
                continue
            for m in pattern.finditer(norm):
                yield norm, m.start()
            continue
        for k in lines:
            a, b = read.line_span(k)
            if pattern is fuzzy:
                yield from _word_starts(norm, pattern, a, b)
                continue
            for m in pattern.finditer(norm, a, b):
                yield norm, m.start()
    end = 0
    for a in _letter_digits(shape):
        b = a + 1
        if a < end:
            continue  # the same word
        while a > 0 and folded[a - 1].isalnum():
            a -= 1
        while b < len(folded) and folded[b].isalnum():
            b += 1
        end = b
        word = folded[a:b]
        read_as = skeleton(word)
        if "4d" in word or _roots().search(read_as):
            yield folded, a
        elif (
            word[-2:].isdigit() and sum(c.isalpha() for c in word) >= 3
            and not _absent(present, keys.neighbours)
            and read.line_has(read.line_of(folded, a), BRAND_NEIGHBOURS)
        ):
            yield folded, a  # a brand-shaped token beside a win/deposit word
    if not _absent(present, keys.players):
        for m in _DOUBLE_DIGIT.finditer(shape):  # "Kilat-88" beside "wd"
            at = m.start() - 4
            if _SPLIT_BRAND.match(shape, m.start()) and _split_brand(folded, at) and read.line_has(
                read.line_of(folded, at), DISGUISE_NEIGHBOURS
            ):
                yield folded, at
    if not keys.labels.isdisjoint(present):
        yield from _labelled(read, places, keys)
    for m in _SYMBOL_TAIL.finditer(shape):  # symbols spelling a brand before its number
        yield folded, m.start()


@cache
def _substring_set() -> frozenset[str]:
    """``_Patterns.substrings`` as a set (those the text holds are read at once)."""
    patterns = _patterns()
    return frozenset(patterns.substrings if patterns is not None else ())


@cache
def _roots() -> re.Pattern[str]:
    """Any gambling root of a numbered brand (``_Patterns.roots``), in one search."""
    patterns = _patterns()
    roots = patterns.roots if patterns is not None else ()
    return re.compile("|".join(re.escape(root) for root in roots) or "(?!)")


def _near_keys(
    read: _Text, pattern: re.Pattern[str], reach: int, found: AbstractSet[str],
    places: dict[str, list[int]], word_starts: bool,
) -> Iterator[tuple[str, int]]:
    """A match of ``pattern`` (``reach`` characters at most, then a one-character
    lookahead, ``_reach``) on each line holding one of its keys (``found``), looked for
    near each key: every match holds one, so it starts at most ``reach`` characters
    before it, and a match starting at or before a key lies in the window around it (its
    lookahead too). A match further on in a window is left to its own key (it may run
    past the window). ``word_starts``: only matches that start a word count
    (``_word_starts``)."""
    norm = read.norm
    done: set[int] = set()
    for at in sorted({at for key in found for at in places[key]}):
        k = read.line_of(norm, at)
        if k in done:
            continue
        a, b = read.line_span(k)
        lo, hi = max(a, at - reach), min(b, at + reach + 1)
        if word_starts:
            for _, start in _word_starts(norm, pattern, lo, hi):
                if start <= at:
                    done.add(k)
                    yield norm, start
                break
            continue
        m = pattern.search(norm, lo, hi)
        if m is not None and m.start() <= at:
            done.add(k)
            yield norm, m.start()


def _tail_lines(
    read: _Text, tail: re.Pattern[str], found: AbstractSet[str], places: dict[str, list[int]]
) -> list[int]:
    """The lines where ``tail`` (``prefilter.opening_tail`` of a keyed pattern: every match
    of the pattern holds a match of it that opens with a key) matches from one of the keys
    ``found`` there, within the line, in order. A line without one holds no match of the
    pattern."""
    norm = read.norm
    lines: set[int] = set()
    for key in found:
        for at in places[key]:
            k = read.line_of(norm, at)
            if k not in lines and tail.match(norm, at, read.line_span(k)[1]):
                lines.add(k)
    return sorted(lines)


# The longest match of a keyed pattern looked for near its keys (``_reach``); a longer
# one is looked for on the whole line.
_MAX_REACH = 64


def _reach(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` spans, when that is bounded (at most
    ``_MAX_REACH``) and its one lookaround is the one-character right boundary that ends
    it (``_RIGHT_ASCII``); None otherwise."""
    source = pattern.pattern
    if not source.endswith(_RIGHT_ASCII) or "(?=" in source or "(?<" in source:
        return None
    if source.count("(?!") != 1:
        return None
    try:  # the width the engine's own parser gives (a private module: None without it)
        width = re._parser.parse(source, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
    except (AttributeError, TypeError, re.error):  # pragma: no cover - another Python
        return None
    return width if width <= _MAX_REACH else None


def _labelled(read: _Text, places: dict[str, list[int]], keys: _Keys) -> Iterator[tuple[str, int]]:
    """Places of a label beside a numbered word (``_label_pairs``), looked for at each
    label the text holds: a pair that opens with it is tried there, a digit before it
    is read back over the gap; a weak term with digits before it is searched for on the
    lines that hold one of that term's keys as well."""
    norm = read.norm
    after = _label_after()
    weak_lines: set[int] = set()
    for label in sorted(places.keys() & keys.labels):
        for at in places[label]:
            if after.match(norm, at) or _digit_before(norm, at):
                yield norm, at
            else:
                weak_lines.add(read.line_of(norm, at))
    if not weak_lines:
        return
    weak = _weak_keys()
    if weak is not None:
        weak_lines &= {read.line_of(norm, at) for key in places.keys() & weak for at in places[key]}
    pairs = _label_pairs()
    for k in sorted(weak_lines):
        a, b = read.line_span(k)
        for m in pairs.finditer(norm, a, b):
            yield norm, m.start()


_GAP = frozenset(" :|-")


def _digit_before(norm: str, at: int) -> bool:
    """Does a digit stand before ``at``, one to three of " :|-" between them?"""
    k = at - 1
    while k >= 0 and at - k <= 3 and norm[k] in _GAP:
        if k > 0 and "0" <= norm[k - 1] <= "9":
            return True
        k -= 1
    return False


@cache
def _label_after() -> re.Pattern[str]:
    """The pairs of ``_label_pairs`` that open with their label."""
    patterns = _patterns()
    labels = "(?:" + "|".join(sorted(re.escape(fold_phrase(x)) for x in _BRAND_LABELS)) + ")"
    branches = [rf"{labels}{_LABEL_GAP}{_LETTER}{{3,}}[0-9]{{2}}"]
    if patterns is not None and patterns.weak_digits is not None:
        branches.append(rf"{labels}{_LABEL_GAP}(?:{patterns.weak_digits.pattern})")
    return re.compile("|".join(branches), re.DOTALL)


@cache
def _weak_keys() -> frozenset[str] | None:
    """Keys of the weak terms with digits (None: unknown, every line may hold one)."""
    patterns = _patterns()
    if patterns is None or patterns.weak_digits is None:
        return frozenset()
    return _plain(patterns.weak_digits.pattern)


_LABEL_GAP = r"[ :|\-]{1,3}"


@cache
def _label_pairs() -> re.Pattern[str]:
    """A label word right before or after a brand-shaped word or a weak term with digits,
    one to three of " :|-" between them, as lexicon._labelled_brands pairs them (a
    brand-shaped word: three letters or more, then digits; brands of other shapes are
    evidence of their own)."""
    patterns = _patterns()
    labels = "(?:" + "|".join(sorted(re.escape(fold_phrase(x)) for x in _BRAND_LABELS)) + ")"
    gap = r"[ :|\-]{1,3}"
    branches = [rf"{labels}{gap}{_LETTER}{{3,}}[0-9]{{2}}", rf"[0-9]{gap}{labels}"]
    if patterns is not None and patterns.weak_digits is not None:
        weak = patterns.weak_digits.pattern
        branches += [rf"{labels}{gap}(?:{weak})", rf"(?:{weak}){gap}{labels}"]
    return re.compile("|".join(branches), re.DOTALL)


def _word_starts(norm: str, pattern: re.Pattern[str], a: int, b: int) -> Iterator[tuple[str, int]]:
    """Matches of ``pattern`` (the fuzzy spellings, ``lexicon.one_edit``) in ``norm[a:b]``
    that may be read as a word: those that start one (no ASCII letter or digit before
    them, the least that the lexicon's left boundary rules out), and those one to three
    characters into a word where the rest of a fuzzy word after its first two characters
    ends it (``_fuzzy_tails``): an edit at one of a word's first two characters leaves that
    rest, one to three characters in ("egaways", "xegaways", "amegaways"). Every start is
    tried, so a match left out hides none."""
    found = pattern.search(norm, a, b)
    while found is not None:
        at = found.start()
        lead = 0  # ASCII letters and digits right before the match, up to one too many
        while lead <= _EDIT_LEAD and at - lead > 0 and norm[at - lead - 1] in _ASCII_ALNUM:
            lead += 1
        if lead == 0 or (lead <= _EDIT_LEAD and _fuzzy_tails().match(norm, at)):
            yield norm, at
        found = pattern.search(norm, at + 1, b)


# How far into a word a fuzzy spelling's match may start (an edit at one of the word's
# first two characters: its rest starts one, two or three characters in).
_EDIT_LEAD = 3
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@cache
def _fuzzy_tails() -> re.Pattern[str]:
    """The rest of each non-weak fuzzy word after its first two characters, ending a word
    as the lexicon's right boundary has it (the least it rules out)."""
    words = {fold_phrase(word) for word, (kind, _) in FUZZY.items() if kind != WEAK}
    return re.compile("(?:" + "|".join(_literal(w[2:]) for w in sorted(words)) + ")" + _RIGHT_ASCII)


def _letter_digits(shape: str) -> list[int]:
    """The places of ``_LETTER_DIGIT`` (an ASCII digit beside a letter), in order, found
    on the shape from its digits (a literal the engine skips ahead to), the letter
    before one checked by a lookbehind after it."""
    return [m.start() for m in _DIGIT_BESIDE_LETTER.finditer(shape)]


_DIGIT_BESIDE_LETTER = re.compile(r"d(?:(?<=[lu]d)|(?=[lu]))")


# Past this many lines holding its keys, a pattern searches the whole text at once (a
# search per line costs a Python step each).
_FEW_LINES = 1000


def _absent(present: AbstractSet[str], keys: frozenset[str] | None) -> bool:
    """Is none of ``keys`` (None: no keys known, never absent) in ``present``?"""
    return keys is not None and keys.isdisjoint(present)  # reads the keys the text holds


def _split_brand(folded: str, at: int) -> bool:
    """The separator and digits of a shape match of ``_SPLIT_BRAND`` at ``at``, checked on
    the text: one of "-._" then two digits, or a space and a repeated digit."""
    sep, first, second = folded[at + 3], folded[at + 4], folded[at + 5]
    return sep in "-._" or (sep.isspace() and first == second)
