"""The gambling-spam lexicon: phrase lists in ``cleanser/data/spam_*.txt``, compiled once.

Every list is matched against normalised text (``cleanser.spam.normalise``), so entries are
folded the same way before compiling. Each list has a kind and a default weight; an entry
may override its weight with a trailing `` @<weight>``. Besides the lists, a few shapes are
evidence on their own: brand names built on a gambling root ("slot88", "jptogel77",
"visi4d"), compounds and hashtags ("#situsjudislot"), and words written in disguise.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from typing import Any

import regex

from cleanser import lexicon
from cleanser.prefilter import KeyFinder, opening_keys, opening_tail, required_keys
from cleanser.spam.normalise import DISGUISES, Fold, Normalised, fold_phrase

WEAK = "weak"
NEWS = "news"
SPEECH = "speech"

# kind -> (data file, default weight)
KINDS: dict[str, tuple[str, float]] = {
    "phrase": ("spam_strong", 3.0),
    "game": ("spam_games", 2.0),
    "slang": ("spam_slang", 1.5),
    "promo": ("spam_promo", 1.0),
    "mechanic": ("spam_mechanics", 1.0),
    WEAK: ("spam_weak", 0.5),
}
NEWS_FILES = {NEWS: "spam_news", SPEECH: "spam_speech"}
ADDRESS = "address"

FLAGS = regex.VERSION1  # the text is casefolded already; IGNORECASE would only slow it
_WEIGHT = regex.compile(r"\s+@(\d+(?:\.\d+)?)$")
# Between the words of a phrase: spaces, or URL/hashtag joiners, or nothing ("slotgacor").
_JOIN = r"[\s\-_./+:|,]{0,3}"
_SEPARATORS = regex.compile(r"[\s\-_./+:|,]+")
_LEFT = r"(?<![\p{L}\p{N}])"
_RIGHT = r"(?![\p{L}\p{N}])"

# Words of at least 6 letters that spam misspells on purpose; read with one edit.
FUZZY: dict[str, tuple[str, float]] = {
    "maxwin": ("phrase", 3.0),
    "rungkad": ("slang", 2.0),
    "megaways": ("game", 2.0),
    "olympus": (WEAK, 0.5),
    "pragmatic": ("game", 1.0),
}

# Gambling roots that make a brand when a numbered word is built on them.
_ROOT = (
    r"sl[o0]t|t[o0]g[e3]l|t[o0]t[o0]|g[a4]c[o0]r|b[e3]t|sp[i1]n|qq|h[o0]k[i1]|jp|cu[a4]n"
    r"|maxw[i1]n|judi|p[o0]k[e3]r|c[a4]s[i1]n[o0]|k[a4]s[i1]n[o0]|z[e3]us|j[a4]ckp[o0]t"
    r"|sc[a4]t[e3]r|b[o0]l[a4]|mp[o0]"
)
# A disguised word built on any of these reads as a brand ("K͎O͎P͎I͎W͎I͎N͎", "ＮＵＳＡＧＡＣＯＲ").
_DISGUISED_ROOT = rf"{_ROOT}|w[i1]n|4d|88|77|99"
# Roots that make a compound without digits ("fantaslot", "protogel", "josgacor").
_COMPOUND_ROOT = r"slot|togel|gacor|maxwin|jackpot|judi|casino|kasino|poker|sbobet|scater"
TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_BRAND_DIGITS = regex.compile(rf"(?:{_ROOT})", FLAGS)
# Roots that name gambling outright: a numbered brand on them is an ad by itself ("slot88").
_STRONG_ROOT = regex.compile(
    r"sl[o0]t|t[o0]g[e3]l|t[o0]t[o0]|g[a4]c[o0]r|maxw[i1]n|judi|c[a4]s[i1]n[o0]|p[o0]k[e3]r"
    r"|j[a4]ckp[o0]t|sc[a4]t+[e3]r",
    FLAGS,
)
_BRAND_4D = regex.compile(r"\p{L}{3,}4d", FLAGS)
_BRAND_SHAPE = regex.compile(r"\p{L}{3,}\d{2,4}", FLAGS)
_COMPOUND = regex.compile(rf"\p{{L}}*(?:{_COMPOUND_ROOT})\p{{L}}*", FLAGS)
_ROOT_ANYWHERE = regex.compile(rf"(?:{_DISGUISED_ROOT})", FLAGS)
# An inflected root is a word, not a compound ("judinya", "perjudian", "slotnya").
_INFLECTED = regex.compile(
    rf"(?:ber|per|pen|pe|ke|ter|di|se|me)?(?:{_COMPOUND_ROOT})(?:nya|an|kan|lah|pun|mu|ku|ers?|s)?",
    FLAGS,
)
# Emoji spelling a brand, followed by its number ("⭐⚧☎☎⚽⛑◼️17"). Searched only through
# ``emoji_brands``: on its own, every symbol of a long run of symbols would start a search
# that runs to the end of the run (quadratic in the run).
_EMOJI_BRAND = regex.compile(r"(?<![\p{L}\p{N}])(?:[\p{So}\p{Sm}]\d?){3,}\d{2,}(?![\p{L}\p{N}])")
# What every match of _EMOJI_BRAND holds, bounded: its last three symbols and the first two
# digits of its number (the last symbol may take one digit of the number with its "\d?").
BRAND_TAIL = regex.compile(r"(?:[\p{So}\p{Sm}]\d?){2}[\p{So}\p{Sm}]\d{2}")
_SYMBOL = regex.compile(r"[\p{So}\p{Sm}]")
_DIGIT = regex.compile(r"\d")
_NOT_AFTER = regex.compile(r"[\p{L}\p{N}]")


def emoji_brands(text: str) -> Iterator[tuple[int, int]]:
    """The matches of ``_EMOJI_BRAND.finditer(text)``, in linear time.

    A match ends where a run of two digits or more ends (nothing but a letter or number may
    follow it), and everything before that run back to its start is symbols, each followed by
    at most one digit: the "chain" of that run. Chains of different runs do not overlap (a
    chain stops at a run of two digits), so each run is read once: its chain is walked back,
    then the pattern is searched within it, where it can only end at that run."""
    pos = 0
    n = len(text)
    while True:
        tail = BRAND_TAIL.search(text, pos)
        if tail is None:
            return
        start = tail.end() - 2  # the first two digits of a run preceded by a symbol
        end = tail.end()
        while end < n and _DIGIT.match(text, end):
            end += 1
        pos = end
        if end < n and _NOT_AFTER.match(text, end):
            continue
        chain = start
        while True:
            if chain > 0 and _SYMBOL.match(text, chain - 1):
                chain -= 1
            elif chain > 1 and _DIGIT.match(text, chain - 1) and _SYMBOL.match(text, chain - 2):
                chain -= 2
            else:
                break
        found = _EMOJI_BRAND.search(text, chain, end)
        if found is not None:
            yield found.span()


@dataclass(frozen=True, slots=True)
class Term:
    """One piece of evidence at normalised characters ``i`` to ``j``."""

    i: int
    j: int
    key: str
    kind: str
    weight: float
    folds: int = 0


@dataclass(frozen=True, slots=True)
class _Lists:
    """Several phrase lists compiled into one trie pattern plus one pattern of their
    regex entries, so the text is scanned once for all of them."""

    pattern: regex.Pattern[str]
    symbol_pattern: regex.Pattern[str] | None  # entries that start with a symbol (emoji)
    entries: dict[str, tuple[str, float]]  # key -> (kind, weight)
    # each regex entry on its own: a union of them is several times slower to scan, as the
    # engine can then skip ahead to no entry's first character
    regex_patterns: tuple[tuple[regex.Pattern[str], tuple[str, float]], ...]
    literals: tuple[str, ...] = ()  # the folded phrases, as compiled into ``pattern``
    regex_sources: tuple[tuple[str, str], ...] = ()  # (regex entry, kind)
    # the required pieces of each regex entry (``cleanser.prefilter``; None: unknown) and
    # one finder for all of them: an entry runs only on texts holding one of its pieces
    regex_keys: tuple[frozenset[str] | None, ...] = ()
    # of each regex entry, strings one of which every match opens with (``prefilter.
    # opening_keys``, as the text spells them), when known: it is tried only where one
    # stands; None: it is searched for on a text holding one of its pieces
    regex_openings: tuple[frozenset[str] | None, ...] = ()
    # the first words of the phrases of ``pattern`` (every match opens with one) and one
    # finder (Aho-Corasick) for them and the regex entries' keys: the trie is tried only
    # where a first word stands
    first_words: frozenset[str] = frozenset()
    finder: KeyFinder = field(default_factory=lambda: KeyFinder(()))
    # of each regex entry searched for on a text holding one of its pieces, the tail of it
    # that opens with one of them (``prefilter.opening_tail``) and those pieces, when the
    # text holds them as they stand: tried where each stands first
    regex_tails: tuple[tuple[regex.Pattern[str], frozenset[str]] | None, ...] = ()
    # the regex entries (their indexes, in list order) that hold each key of
    # ``regex_keys``, and those without keys: only the entries holding a key that the text
    # holds (and those) are read, without a look at each of the others
    regex_by_key: dict[str, tuple[int, ...]] = field(default_factory=dict)
    regex_unkeyed: tuple[int, ...] = ()
    # the first characters of the phrases of ``symbol_pattern`` (every match opens with
    # one): it is searched for only on a text holding one
    symbol_firsts: tuple[str, ...] = ()


def _key(text: str) -> str:
    return _SEPARATORS.sub("", text.casefold())


def _split_weight(entry: str, default: float) -> tuple[str, float]:
    found = _WEIGHT.search(entry)
    if found:
        return entry[: found.start()].strip(), float(found.group(1))
    return entry.strip(), default


def phrase_tree(phrases: Iterable[str]) -> dict[str, Any]:
    """``phrases`` as a character trie: each node maps a character to its child; the key
    "" marks the end of a phrase (the regex tries of the lexicon and the gate are built
    from it)."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie(phrases: list[str]) -> str:
    """One regex matching any of ``phrases``, with shared prefixes factored out (a trie),
    so matching does not try every phrase at every word; a space matches ``_JOIN``."""
    root = phrase_tree(phrases)

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (_JOIN if ch == " " else regex.escape(ch)) + build(child)
            for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # greedy: try to go on to a longer phrase before stopping at this one
        return f"(?:{body})?" if ends else body

    return "(?:" + build(root) + ")"


@dataclass(frozen=True, slots=True)
class _Read:
    """Phrase lists as read, nothing compiled: what the gate builds its own patterns from."""

    entries: dict[str, tuple[str, float]]  # key -> (kind, weight)
    literals: tuple[str, ...]  # the folded phrases
    regex_sources: tuple[tuple[str, str], ...]  # (regex entry, kind)
    regex_weights: tuple[tuple[str, float], ...]  # (kind, weight) of each regex entry


@cache
def _read_lists(*lists: tuple[str, str, float]) -> _Read:
    """Read (kind, file, default weight) lists together, compiling nothing (the gate needs
    the entries only: a process that meets no gambling spam never compiles the lexicon's
    own patterns, about 80 ms of its first ``clean``)."""
    entries: dict[str, tuple[str, float]] = {}
    literal: list[str] = []
    regex_sources: list[tuple[str, str]] = []
    regex_weights: list[tuple[str, float]] = []
    for kind, name, default in lists:
        for raw in lexicon.entries(name):
            entry, weight = _split_weight(raw, default)
            if entry.startswith("re:"):
                regex_sources.append((entry[3:].strip(), kind))
                regex_weights.append((kind, weight))
                continue
            folded = fold_phrase(entry).strip()
            if not folded:
                continue
            key = _key(folded)
            known = entries.get(key)
            if known is None or known[1] < weight or (known[1] == weight and known[0] == WEAK):
                entries[key] = (kind, weight)
            literal.append(" ".join(folded.split()))
    return _Read(entries, tuple(literal), tuple(regex_sources), tuple(regex_weights))


@cache
def _compiled(*lists: tuple[str, str, float]) -> _Lists:
    """Compile (kind, file, default weight) lists together."""
    read = _read_lists(*lists)
    entries = read.entries
    literal = read.literals
    regex_sources = read.regex_sources
    regex_patterns = [
        (regex.compile(source, FLAGS), found)
        for (source, _), found in zip(regex_sources, read.regex_weights, strict=True)
    ]
    words = [p for p in literal if p[0].isalnum()]
    symbols = [p for p in literal if not p[0].isalnum()]
    # A plain \b before the trie is several times faster than a lookbehind (the engine
    # can skip ahead to word starts); entries starting with a symbol get their own pattern.
    body = _trie(words) if words else r"(?!x)x"
    pattern = regex.compile(rf"\b{body}(?:-?nya)?{_RIGHT}", regex.VERSION0)
    symbol_pattern = (
        regex.compile(f"{_LEFT}{_trie(symbols)}{_RIGHT}", FLAGS) if symbols else None
    )
    regex_keys = tuple(required_keys(source) for source, _ in regex_sources)
    openings = tuple(_plain_opening(source) for source, _ in regex_sources)
    first_words = frozenset(phrase.split(" ")[0] for phrase in words)
    finder = KeyFinder([
        *sorted(first_words), *(k for keys in regex_keys for k in sorted(keys or ())),
        *(k for keys in openings for k in sorted(keys or ())),
    ])
    tails = tuple(
        _tail(source, keys) if opening is None else None
        for (source, _), keys, opening in zip(regex_sources, regex_keys, openings, strict=True)
    )
    by_key: dict[str, list[int]] = {}
    for k, keys in enumerate(regex_keys):
        for key in keys or ():
            by_key.setdefault(key, []).append(k)
    unkeyed = tuple(k for k, keys in enumerate(regex_keys) if keys is None)
    return _Lists(pattern, symbol_pattern, entries, tuple(regex_patterns), tuple(literal),
                  tuple(regex_sources), regex_keys, openings, first_words, finder, tails,
                  {key: tuple(ks) for key, ks in by_key.items()}, unkeyed,
                  tuple(sorted({p[0] for p in symbols})))


def _tail(source: str, keys: frozenset[str] | None) -> tuple[regex.Pattern[str], frozenset[str]] | None:
    """The tail of a regex entry that opens with one of its pieces ``keys``
    (``prefilter.opening_tail``), compiled, with the pieces it opens with; None when there
    is none or the text may spell a piece otherwise (as ``_plain_opening``)."""
    if keys is None or not all(k.isascii() for k in keys):
        return None
    if not all(ch.isascii() or ch.casefold() == ch for ch in source):
        return None
    tail = opening_tail(source, keys)
    if tail is None:
        return None
    opening = opening_keys(tail)
    return None if opening is None else (regex.compile(tail, FLAGS), opening)


def _plain_opening(source: str) -> frozenset[str] | None:
    """``prefilter.opening_keys`` of a regex entry, when the normalised text (casefolded)
    holds them as they stand: ASCII keys of a pattern none of whose characters casefolds
    to another one; else None."""
    keys = opening_keys(source)
    if keys is None or not all(k.isascii() for k in keys):
        return None
    if not all(ch.isascii() or ch.casefold() == ch for ch in source):
        return None
    return keys


def _list_terms(norm: Normalised, compiled: _Lists, timeout: float) -> Iterator[Term]:
    labels: dict[str, str] = {}  # per call, as _list_hits reads its matches
    # a text no character of which needed a disguise undone (most) gives every term the
    # folds 0 (``Normalised.folds``), read once for the text (at its first term) rather
    # than once a term
    disguised: bool | None = None
    for i, j, matched, (kind, weight) in _list_hits(norm.text, compiled, timeout):
        key = labels.get(matched)
        if key is None:
            key = labels[matched] = label(matched)
        if disguised is None:
            disguised = _any_flag(norm.flags, DISGUISES)
        yield Term(i, j, key, kind, weight, norm.folds(i, j) if disguised else 0)


def _list_hits(
    text: str, compiled: _Lists, timeout: float, pos: int = 0, endpos: int | None = None,
    places: dict[str, list[int]] | None = None,
) -> Iterator[tuple[int, int, str, tuple[str, float]]]:
    """(start, end, matched text, (kind, weight)) of every entry of ``compiled`` found in
    ``text[pos:endpos]`` (as a text ending at ``endpos``). ``places``: what
    ``compiled.finder.places(text[pos:endpos])`` gives, when the caller has it already
    (``line_places``)."""
    entries = compiled.entries
    # every match of the trie opens with a first word of a phrase: tried there only, each
    # place once and in order, as an overlapped search finds them
    if places is None:
        places = compiled.finder.places(text if not pos and endpos is None else text[pos:endpos])
    starts = _starts(places, compiled.first_words, pos)
    matches: Iterator[regex.Match[str]] = _trie_matches(text, compiled.pattern, starts, endpos)
    if compiled.symbol_pattern is not None and _holds_any(text, compiled.symbol_firsts, pos, endpos):
        symbol_matches = compiled.symbol_pattern.finditer(
            text, pos, endpos, overlapped=True, timeout=timeout
        )
        matches = itertools.chain(matches, symbol_matches)
    # what a matched text reads as, worked out once per distinct text in this call (a
    # page repeats its words; a flood of one emoji is one text)
    read: dict[str, list[tuple[str, tuple[str, float]]]] = {}
    for m in matches:
        text_matched = m.group()
        pieces = read.get(text_matched)
        if pieces is None:
            pieces = read[text_matched] = _entries_of(text_matched, entries)
        i = m.start()
        for matched, found in pieces:
            yield i, i + len(matched), matched, found
    # one match per start, the first entry in list order, as one union pattern would give
    taken: dict[int, tuple[int, str, tuple[str, float]]] = {}
    # every match of a keyed entry holds one of its pieces: only the entries holding a
    # piece that is here are read (in list order), and those without pieces
    by_key = compiled.regex_by_key
    read_entries = set(compiled.regex_unkeyed)
    for key in places:
        held = by_key.get(key)
        if held is not None:
            read_entries.update(held)
    for k in sorted(read_entries):
        pattern, found = compiled.regex_patterns[k]
        opening, tail = compiled.regex_openings[k], compiled.regex_tails[k]
        if tail is not None and not any(
            tail[0].match(text, at, endpos, timeout=timeout) for at in _starts(places, tail[1], pos)
        ):
            continue  # every match holds its tail from one of them, and none has it here
        if opening is not None:  # every match opens with one: tried where one stands
            found_at: Iterator[regex.Match[str]] = (
                tried for at in _starts(places, opening, pos)
                if (tried := pattern.match(text, at, endpos, timeout=timeout)) is not None
            )
        else:
            found_at = pattern.finditer(text, pos, endpos, overlapped=True, timeout=timeout)
        for m in found_at:
            if m.end() > m.start() and m.start() not in taken:
                taken[m.start()] = (m.end(), m.group(), found)
    for i, (j, matched, found) in taken.items():
        yield i, j, matched, found


def _holds_any(text: str, chars: Iterable[str], pos: int, endpos: int | None) -> bool:
    """Does ``text[pos:endpos]`` hold any of ``chars``?"""
    end = len(text) if endpos is None else endpos
    return any(text.find(ch, pos, end) != -1 for ch in chars)


def _starts(places: dict[str, list[int]], keys: AbstractSet[str], pos: int) -> list[int]:
    """Where any of ``keys`` stands (``places`` found from ``pos`` on), in order, once each."""
    return sorted({pos + at for key, ats in places.items() if key in keys for at in ats})


def _trie_matches(
    text: str, pattern: regex.Pattern[str], starts: list[int], endpos: int | None
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` (a trie of phrases after ``\\b``) at ``starts``, in
    order: what an overlapped search gives when every match starts at one of them. A
    place right after an ASCII letter, digit or "_", where the first word opens with an
    ASCII character (a letter or digit: every phrase of the trie opens with one), is no
    word start: passed over without a try. Tried without a timeout (which costs more
    than most tries): a try reads no further than the longest phrase with its joins
    (``_trie_reach``), whatever the text, so it cannot run long."""
    for at in starts:
        if at and text[at - 1] in _ASCII_WORD and text[at] < "\x80":
            continue
        m = pattern.match(text, at, endpos)
        if m is not None:
            yield m


def _trie_reach(compiled: _Lists) -> int:
    """The most characters a try of ``compiled.pattern`` reads: the longest phrase, each
    space of it read as up to three joiners (``_JOIN``), then "-nya" and one character of
    the lookahead."""
    return max((len(p) + 2 * p.count(" ") for p in compiled.literals), default=0) + 4 + 1


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _entries_of(
    matched: str, entries: dict[str, tuple[str, float]]
) -> list[tuple[str, tuple[str, float]]]:
    """The entries a match of a list's trie reads as: the whole match (without "-nya" when
    only that is an entry) and the shorter entries it starts with, cut at a separator
    ("slot" under "slot gacor")."""
    out: list[tuple[str, tuple[str, float]]] = []
    found = entries.get(_key(matched))
    if found is None and matched.endswith("nya"):  # "sketernya", "slot-nya"
        matched = matched[:-3].rstrip("-")
        found = entries.get(_key(matched))
    if found is not None:
        out.append((matched, found))
    for sep in _SEPARATORS.finditer(matched):
        prefix = matched[: sep.start()]
        shorter = entries.get(_key(prefix))
        if shorter is not None:
            out.append((prefix, shorter))
    return out


def label(matched: str) -> str:
    """The key a term is known by: its text, separators read as one space."""
    return _SEPARATORS.sub(" ", matched).strip()


def _term(norm: Normalised, i: int, j: int, matched: str, found: tuple[str, float]) -> Term:
    kind, weight = found
    return Term(i, j, label(matched), kind, weight, norm.folds(i, j))


_STYLISED = int(Fold.STYLISED)
_CONFUSABLE = int(Fold.CONFUSABLE)
_COMBINING = int(Fold.COMBINING)
_SPACED = int(Fold.SPACED)
_INVISIBLE = int(Fold.INVISIBLE)
_KEYCAP = int(Fold.KEYCAP)
_SEPARATED = int(Fold.SEPARATED)
_EMOJI = int(Fold.EMOJI)
_WORD_DISGUISES = (
    _STYLISED | _CONFUSABLE | _COMBINING | _SPACED | _INVISIBLE | _KEYCAP | _SEPARATED | _EMOJI
)


# Places inside a word that make it worth a closer look.
_LETTER_DIGIT = regex.compile(r"\p{L}\d|\d\p{L}")
# A digit beside a letter (what every match of _LETTER_DIGIT holds), searched from the
# digit: the engine skips ahead to a digit rather than trying a letter at every one.
_DIGIT_BY_LETTER = regex.compile(r"\d(?:(?<=\p{L}\d)|(?=\p{L}))")
_COMPOUND_HIT = regex.compile(rf"(?:{_COMPOUND_ROOT})")


@cache
def _compound_finder() -> KeyFinder:
    """Where each compound root stands (the literals of ``_COMPOUND_HIT``), in one pass."""
    return KeyFinder(_COMPOUND_ROOT.split("|"))


@cache
def _fuzzy_pattern() -> tuple[regex.Pattern[str], dict[str, tuple[str, str, float]]]:
    """One pattern reading every fuzzy target with at most one edit, a group per target."""
    groups: dict[str, tuple[str, str, float]] = {}
    parts = []
    for k, (word, (kind, weight)) in enumerate(FUZZY.items()):
        folded = fold_phrase(word)
        groups[f"f{k}"] = (folded, kind, weight)
        parts.append(f"(?P<f{k}>(?:{regex.escape(folded)}){{e<=1}})")
    pattern = regex.compile(f"{_LEFT}(?:{'|'.join(parts)}){_RIGHT}", FLAGS)
    return pattern, groups


_ALNUM_RUN = re.compile(r"[^\W_]*")  # characters for which str.isalnum() holds


def literal(text: str) -> str:
    """A ``re`` pattern for ``text``; a space matches what the lexicon lets join words."""
    return "".join(_JOIN if ch == " " else re.escape(ch) for ch in text)


def one_edit(word: str) -> str:
    """A ``re`` pattern for ``word`` with at most one character changed, dropped or added
    (a superset of what ``{e<=1}`` reads, boundaries aside).

    An edit at either of the first two characters leaves ``word[2:]`` whole; any other
    keeps ``word[:2]`` and edits the rest. Every branch starts with a letter, which lets
    the search skip ahead."""
    parts = {literal(word[2:])}
    head = literal(word[:2])
    rest = {literal(word[2:]) + ".?"}
    for p in range(2, len(word)):
        before, after = literal(word[2:p]), literal(word[p + 1 :])
        rest.add(f"{before}.?{after}")  # changed or dropped
        rest.add(f"{before}.{literal(word[p:])}")  # added
    parts.add(head + "(?:" + "|".join(sorted(rest)) + ")")
    return "|".join(sorted(parts))


@cache
def _fuzzy_prefilter() -> re.Pattern[str]:
    """Where a fuzzy spelling of any FUZZY word may stand: the fuzzy reading (slow) runs
    only on texts where this (fast) pattern finds something."""
    return re.compile("|".join(one_edit(fold_phrase(word)) for word in sorted(FUZZY)), re.DOTALL)


def _token_at(text: str, k: int) -> tuple[int, int]:
    a = k
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    found = _ALNUM_RUN.match(text, k + 1)
    return a, found.end() if found else k + 1


def _candidates(norm: Normalised, timeout: float) -> list[tuple[int, int]]:
    """Token spans worth a closer look: letters with digits, a gambling root inside a
    longer word, or a disguise. Plain words are skipped without a Python step each."""
    text = norm.text
    spans: set[tuple[int, int]] = set()
    # a token holding a letter beside a digit (in the text before leetspeak is read) or a
    # compound root: each such place read once per token, whichever of them it is (a
    # letter and a digit side by side, and a root, lie within one token)
    roots = _compound_finder().places(text)
    for places in (_letter_digit_starts(norm.plain), sorted(at for ats in roots.values() for at in ats)):
        end = -1
        for at in places:
            if at < end:
                continue  # inside the token found last: one look per token (a despaced
                # run of letters is one long token holding many roots)
            span = _token_at(text, at)
            spans.add(span)
            end = span[1]
    covered = -1
    flags = norm.flags
    if not _any_flag(flags, _WORD_DISGUISES):
        return sorted(spans)  # no disguise: the upper-case letters need no look
    for k in compress(range(len(flags)), flags):  # the characters with a flag
        if flags[k] & _WORD_DISGUISES and k >= covered and text[k].isalnum():
            span = _token_at(text, k)
            spans.add(span)
            covered = span[1]
    return sorted(spans)


def _letter_digit_starts(plain: str) -> list[int]:
    """The starts of the matches of ``_LETTER_DIGIT`` in ``plain``, as ``finditer`` gives
    them: looked for only beside the digits that stand by a letter (``_DIGIT_BY_LETTER``),
    each after the last match, in a window holding the two pairs such a digit makes."""
    starts: list[int] = []
    pos = 0
    for m in _DIGIT_BY_LETTER.finditer(plain):
        digit = m.start()
        if digit < pos:
            continue  # both its pairs start before the end of the last match
        found = _LETTER_DIGIT.search(plain, max(pos, digit - 1), digit + 2)
        if found is not None:
            starts.append(found.start())
            pos = found.end()
    return starts


def _any_flag(flags: array[int], mask: int) -> bool:
    """Does any of ``flags`` (32-bit integers) hold a bit of ``mask``? Read from their
    bytes, each byte of the mask at once, without a Python step a character."""
    raw = flags.tobytes()
    for k in range(4):
        part = (mask >> (8 * k)) & 0xFF
        if part:
            at = k if sys.byteorder == "little" else 3 - k
            if raw[at::4].translate(_and_table(part)).strip(b"\x00"):
                return True
    return False


@cache
def _and_table(part: int) -> bytes:
    """Each byte ANDed with ``part`` (a fixed table per mask byte)."""
    return bytes(b & part for b in range(256))


def _token_terms(norm: Normalised, timeout: float) -> Iterator[Term]:
    """Brands, compounds, fuzzy spellings and disguised words, one token at a time."""
    text, plain, flags = norm.text, norm.plain, norm.flags
    allowed = _allowed_compounds()
    fuzzy, groups = _fuzzy_pattern()
    spellings = fuzzy.finditer(text, timeout=timeout) if _fuzzy_prefilter().search(text) else ()
    for m in spellings:
        if any(m.fuzzy_counts) and m.lastgroup:
            target, kind, weight = groups[m.lastgroup]
            yield Term(m.start(), m.end(), target, kind, weight, norm.folds(*m.span()))
    for i, j in _candidates(norm, timeout):
        word, raw = text[i:j], plain[i:j]
        folds = norm.folds(i, j)
        if raw.isalpha():  # most words, and a despaced run of letters
            has_digit, letters = False, len(raw)
        else:
            has_digit = any(c.isdigit() for c in raw)
            letters = sum(1 for c in raw if c.isalpha())
        brand = False
        if has_digit and letters >= 2 and _BRAND_DIGITS.search(raw):
            yield Term(i, j, raw, "brand", 3.0 if _STRONG_ROOT.search(raw) else 2.5, folds)
            brand = True
        elif has_digit and _BRAND_4D.fullmatch(raw):
            yield Term(i, j, raw, "brand", 2.0, folds)
            brand = True
        elif (
            not has_digit
            and len(word) >= 7
            and _COMPOUND.fullmatch(word)
            and not _INFLECTED.fullmatch(word)
            and word not in allowed
        ):
            yield Term(i, j, word, "brand", 1.5, folds)
            brand = True
        elif has_digit and (_BRAND_SHAPE.fullmatch(raw) or _BRAND_SHAPE.fullmatch(word)):
            yield Term(i, j, raw, WEAK, 0.5, folds)
            brand = True
        if folds and len(raw) >= MIN_DISGUISED_CHARS and _disguise(word, raw, flags[i:j]) and not (
            has_digit and _NUMBER_WITH_MARK.fullmatch(norm.source, *norm.source_span(i, j))
        ):
            if brand or _ROOT_ANYWHERE.search(raw):
                yield Term(i, j, raw, "disguised-brand", 3.0, folds)
            elif has_digit and letters >= MIN_DISGUISED_CHARS:
                # a digit in a disguised word of three letters or more with no brand shape
                # and no gambling root ("0ABº"): a brand, but not enough alone (noise is
                # written so too; "0Aº" is only a disguised word)
                yield Term(i, j, raw, "disguised-brand", DIGIT_DISGUISE_WEIGHT, folds)
            else:
                yield Term(i, j, raw, "disguised", 1.0, folds)
    for a, b in emoji_brands(text):
        yield Term(a, b, text[a:b], "disguised-brand", 3.0, norm.folds(a, b) | _KEYCAP)


MIN_DISGUISED_CHARS = 3
DIGIT_DISGUISE_WEIGHT = 2.5  # under the threshold (3): such a token needs another term beside it
"""A token of one or two characters ("º0", "1ª") is too little to be read as a word in
disguise: no brand is spelt so, and such noise scored at the threshold by the text around it."""
_NUMBER_WITH_MARK = regex.compile(r"\d+(?:[.,]\d+)*[ºª°˚]+[CFcf]?")
"""A number with an ordinal or a degree mark ("35º", "1ª", "2º", "30ºC"): the marks fold to
"o" and "a" as stylised letters, but such a number is written so, not disguised."""


def _disguise(word: str, raw: str, flags: Sequence[int]) -> bool:
    """Was this word written in disguise (not merely accented or upper-case)?"""
    if not any(f & _WORD_DISGUISES for f in flags):
        return False
    letters = [(c, f) for c, f in zip(word, flags, strict=True) if c.isalpha()]
    if not letters:
        return len(raw) >= 2 and all(f & _KEYCAP for f in flags)
    if any(f & _STYLISED for _, f in letters):
        return True
    if any(f & _CONFUSABLE for _, f in letters) and any(
        c.isascii() and not f & _CONFUSABLE for c, f in letters
    ):
        return True  # Latin letters mixed with look-alikes from another script
    if sum(1 for _, f in letters if f & _COMBINING) >= 2:
        return True
    if len(word) >= 4 and any(f & (_SPACED | _SEPARATED) for _, f in letters):
        return True
    if any(f & _EMOJI for f in flags):
        return True
    return any(f & _INVISIBLE for f in flags[:-1])  # dropped inside the word


@cache
def _allowed_compounds() -> frozenset[str]:
    return frozenset(
        fold_phrase(w)
        for w in (
            "timeslot", "timeslots", "perjudian", "penjudi", "berjudi", "judisial",
            "judicial", "judiciary", "prejudice", "pokerface", "tergacor", "kasinoan",
        )
    )


# Words that, right before a brand name, make the keyword-stuffing queries of spam pages:
# "RTP KUY138", "LOGIN <brand>", "DAFTAR <brand>", "link <brand>".
_BRAND_LABELS = frozenset({"rtp", "login", "daftar", "link", "situs", "bocoran", "akun", "slot"})


def _labelled_brands(norm: Normalised, terms: list[Term]) -> list[Term]:
    out: list[Term] = []
    by_end = {t.j: t for t in terms if t.kind == WEAK and t.key in _BRAND_LABELS}
    by_start = {t.i: t for t in terms if t.kind == WEAK and t.key in _BRAND_LABELS}
    for term in terms:
        if term.kind not in ("brand", "disguised-brand") and not (
            term.kind == WEAK and any(c.isdigit() for c in term.key)
        ):
            continue
        k = term.i
        while k > 0 and norm.text[k - 1] in " :|-" and term.i - k < 3:
            k -= 1
        label = by_end.get(k)
        if label is not None and k < term.i:
            out.append(Term(label.i, term.j, f"{label.key} {term.key}", "phrase", 3.0,
                            label.folds | term.folds))
            continue
        k = term.j  # or the label after the brand: "KILAT88 login", "KILAT88 slot"
        while k < len(norm.text) and norm.text[k] in " :|-" and k - term.j < 3:
            k += 1
        label = by_start.get(k)
        if label is not None and k > term.j:
            out.append(Term(term.i, label.j, f"{term.key} {label.key}", "phrase", 3.0,
                            label.folds | term.folds))
    return out


# Words of winning, depositing and withdrawing that make a brand-shaped token (letters and
# digits: "kilat88") a gambling brand when they stand within a few words of it.
BRAND_NEIGHBOURS = regex.compile(
    r"(?<![\p{L}\p{N}])(?:wd|wede|withdraw|depo|deposit|jp|jackpot|maxwin|gacor|scatter|cuan"
    r"|saldo|menang terus|auto menang|pasti menang|slot|spin|link alternatif|login alternatif"
    r"|link daftar|daftar|login)"
    r"(?![\p{L}\p{N}])",
    FLAGS,
)
NEIGHBOUR_REACH = 48  # characters either side of the token
# A word in disguise without a number needs a neighbour that only players use ("saldo",
# "daftar", "login" also stand beside a bold word in a quoted post; "cuan" is any trader's).
DISGUISE_NEIGHBOURS = regex.compile(
    r"(?<![\p{L}\p{N}])(?:wd|wede|withdraw|depo|jp|jepe|maxwin|gacor|scatter)(?![\p{L}\p{N}])",
    FLAGS,
)
# Where a brand's neighbourhood ends: a line break, or the end of a sentence.
_LINE_BREAK = regex.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|[.!?…](?=\s)")
_LOOKS_DISGUISED = int(Fold.STYLISED | Fold.CONFUSABLE | Fold.COMBINING | Fold.EMOJI)


# A brand name with its number set apart ("Kilat-88", "kilat.88", "KILAT 88"): weak, and a
# brand only beside a word only players use. Across a space only a repeated digit makes
# the number ("KILAT 88", "PANEN 777"): "COVID 19", "Gardu Induk 150" are none.
SPLIT_BRAND = regex.compile(
    r"(?<![\p{L}\p{N}])\p{L}{3,}(?:[\-._]\d{2,3}|\s(?P<d>\d)(?P=d){1,2})(?![\p{L}\p{N}]|[.,]\d)",
    FLAGS,
)


# What every match of SPLIT_BRAND holds: two digits in a row (its number).
_TWO_DIGITS = regex.compile(r"\d\d", FLAGS)
_TWO_ASCII_DIGITS = re.compile("[0-9][0-9]")


def _split_brands(norm: Normalised, timeout: float) -> Iterator[Term]:
    plain = norm.plain
    for at in _split_brand_starts(plain):
        m = SPLIT_BRAND.match(plain, at, timeout=timeout)
        if m is not None:
            yield Term(m.start(), m.end(), m.group(), WEAK, 0.5, norm.folds(*m.span()))


def _split_brand_starts(plain: str) -> list[int]:
    """Where a match of SPLIT_BRAND may start, in order: its number opens with two digits
    right after a separator or a space, after a run of letters that opens the match (no
    letter or digit before it). Found from the two digits (a number: few in a text, where
    the pattern itself is tried at every character), the run read back from there.
    Matches cannot overlap (one ends before a letter or digit could go on), so trying each
    start in turn gives what ``finditer`` gives."""
    guard = _TWO_ASCII_DIGITS if plain.isascii() else _TWO_DIGITS
    starts: list[int] = []
    for m in guard.finditer(plain):
        sep = m.start() - 1
        if sep < 3 or _SPLIT_SEPARATOR.match(plain, sep) is None:
            continue
        letters = _LETTERS_BEFORE.match(plain, 0, sep)
        if letters is not None and sep - letters.start() >= 3:
            starts.append(letters.start())
    return starts


# What stands between the letters and the number of a SPLIT_BRAND match, and the run of
# letters before it (read backwards from there).
_SPLIT_SEPARATOR = regex.compile(r"[\-._]|\s", FLAGS)
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}+", FLAGS)


def _neighboured_brands(norm: Normalised, terms: list[Term]) -> list[Term]:
    """A brand-shaped token (letters and digits), or a word in disguise without a number,
    counts as a brand only next to a win/deposit/withdraw word on its line."""
    out: list[Term] = []
    text = norm.text
    for term in terms:
        # a stylised word without a number ("𝓚𝓘𝓛𝓐𝓣"); a word spelled out on separators or
        # spaces ("P-E-M-I-L-U") is a banner's as often
        disguised = term.kind == "disguised" and bool(term.folds & _LOOKS_DISGUISED)
        if not disguised and (term.kind != WEAK or norm.plain[term.i : term.j].isalpha()):
            continue  # (a weak word of letters alone: both shapes below need digits)
        split = term.kind == WEAK and bool(SPLIT_BRAND.fullmatch(norm.plain, term.i, term.j))
        if not (disguised or split) and (
            term.kind != WEAK or not _BRAND_SHAPE.fullmatch(text, term.i, term.j)
        ):
            continue
        lo, hi = max(0, term.i - NEIGHBOUR_REACH), min(len(text), term.j + NEIGHBOUR_REACH)
        # within its own sentence and line: a finding never spans lines, and the gate reads
        # line by line
        breaks = [m.start() for m in _LINE_BREAK.finditer(text, lo, hi)]
        lo = max([lo, *(b + 1 for b in breaks if b < term.i)])
        hi = min([hi, *(b for b in breaks if b >= term.j)])
        neighbours = DISGUISE_NEIGHBOURS if disguised or split else BRAND_NEIGHBOURS
        near = [m for m in neighbours.finditer(text, lo, hi)
                if m.end() <= term.i or m.start() >= term.j]
        if near:
            out.append(Term(term.i, term.j, f"{term.key} next to {near[0].group()}",
                            "disguised-brand" if disguised else "brand", 2.5, term.folds))
    return out


_SPAM_LISTS = tuple((kind, name, weight) for kind, (name, weight) in KINDS.items())
_NEWS_LISTS = tuple((kind, name, 1.0) for kind, name in NEWS_FILES.items())


def find_terms(norm: Normalised, timeout: float) -> list[Term]:
    """Every piece of gambling evidence in ``norm``, sorted by position."""
    found = list(_list_terms(norm, _compiled(*_SPAM_LISTS), timeout))
    found.extend(_token_terms(norm, timeout))
    found.extend(_split_brands(norm, timeout))
    found.sort(key=lambda t: (t.i, -t.j))
    found.extend(_labelled_brands(norm, found))
    found.extend(_neighboured_brands(norm, found))
    found.sort(key=lambda t: (t.i, -t.j))
    return found


def news_labels(
    text: str, timeout: float, pos: int = 0, endpos: int | None = None,
    places: dict[str, list[int]] | None = None,
) -> set[str]:
    """The labels of the words of gambling news (kind 'news', weight 1 or more) in
    ``text[pos:endpos]``, as ``find_news`` reads them. ``places``: the places of the news
    words' keys in ``text[pos:endpos]`` (``news_line_places``), when known already."""
    return {
        label(matched)
        for _, _, matched, (kind, weight) in _list_hits(
            text, _compiled(*_NEWS_LISTS), timeout, pos, endpos, places
        )
        if kind == NEWS and weight >= 1.0
    }


def news_line_places(
    text: str, starts: Sequence[int], ends: Sequence[int]
) -> list[tuple[int, dict[str, list[int]]]] | None:
    """The lines of ``text`` (line ``k`` from ``starts[k]`` to ``ends[k]``, in order) that
    hold a key of the news words, in order, each with the places of those keys in it, as
    the news words' key finder gives them on the line alone (offsets from its start): one
    pass of the finder over the whole text rather than one a line. A line holding no key
    gives no label (``news_key_starts``). None when some entry has no key."""
    compiled = _compiled(*_NEWS_LISTS)
    if compiled.symbol_pattern is not None or any(keys is None for keys in compiled.regex_keys):
        return None
    by_line: dict[int, dict[str, list[int]]] = {}
    for key, ats in compiled.finder.places(text).items():
        width = len(key)
        for at in ats:
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and at + width <= ends[k]:  # within the line, as the line alone holds it
                by_line.setdefault(k, {}).setdefault(key, []).append(at - starts[k])
    return sorted(by_line.items())


def news_key_starts(text: str) -> list[int] | None:
    """Where a key of the news words stands in ``text``, in order (one pass of their key
    finder): ``news_labels`` of a stretch holding none of them is empty, as every match
    there opens with a first word of a phrase or holds a key of its regex entry. None when
    some entry has no key (a symbol entry, a regex entry without one): any stretch may
    then hold a news word."""
    compiled = _compiled(*_NEWS_LISTS)
    if compiled.symbol_pattern is not None or any(keys is None for keys in compiled.regex_keys):
        return None
    return sorted({at for ats in compiled.finder.places(text).values() for at in ats})


def find_news(norm: Normalised, timeout: float) -> list[Term]:
    """Words of news reporting (kind 'news' or 'speech'), sorted by position."""
    found = list(_list_terms(norm, _compiled(*_NEWS_LISTS), timeout))
    found.sort(key=lambda t: t.i)
    return found


def find_address(norm: Normalised, timeout: float) -> list[Term]:
    """Marks of promotion (second person, imperatives, superlatives, links, contacts)."""
    found = list(_list_terms(norm, _compiled((ADDRESS, "spam_address", 1.0)), timeout))
    found.sort(key=lambda t: t.i)
    return found


def find_innocent(norm: Normalised, timeout: float) -> list[tuple[int, int]]:
    """Spans of ordinary collocations ("slot parkir", "bandar udara")."""
    compiled = _compiled(("innocent", "spam_innocent", 1.0))
    return sorted((t.i, t.j) for t in _list_terms(norm, compiled, timeout))


# What may stand between a word that introduces a term and the term: a word that says
# what kind of term ("istilah gaul", "kata populer"), a word that opens a list or an
# appellation ("seperti", "sebagai", "yakni", "such as"), quotation marks and a colon.
_NAMING_LINK = (
    r"(?:[\s\-]++(?:populer|gaul|asing|baru|lain|umum|khusus|khas))?+"
    r"(?:\s*+,?+\s*+(?:seperti|sebagai|yakni|yaitu|ialah|adalah|misalnya|antara\s++lain|such\s++as|as|like)"
    r"(?![\p{L}\p{N}]))?+"
    r"[\s:“”\"'‘’«»(]*+"
)


@cache
def _naming_pattern() -> regex.Pattern[str]:
    words = [" ".join(fold_phrase(e).split()) for e in lexicon.entries("spam_mentions")]
    return regex.compile(rf"\b{_trie([w for w in words if w])}{_RIGHT}{_NAMING_LINK}", FLAGS)


def find_namings(norm: Normalised, timeout: float) -> list[tuple[int, int]]:
    """Words that introduce a term as a term ("istilah", "kata", "yang disebut", "the
    term": ``data/spam_mentions.txt``): (where the word starts, where the term it names
    would start), in order. Whether a gambling phrase stands there is the scorer's to read."""
    return [m.span() for m in _naming_pattern().finditer(norm.text, timeout=timeout)]
