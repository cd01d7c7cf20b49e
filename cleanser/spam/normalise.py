"""Undo the disguises of gambling spam, keeping a map back to the input's offsets.

Spam hides its words from filters: stylised Unicode letters (mathematical bold/italic/
double-struck alphabets, fullwidth, enclosed and squared letters, small capitals),
look-alike letters from other scripts (Cyrillic "а", Greek "ρ"), zero-width and combining
characters, letters spaced out ("s l o t", "【A】【L】【E】"), leetspeak ("g4c0r", "sl0t")
and stretched letters ("mantappp", "saldoo"). ``normalise`` reads all of these back to
plain lowercase ASCII-ish text and records, for every character of the result, the input
span it came from and which normalisations were needed to read it. Nothing here rewrites
the input: the normalised text is only matched against, and spans found in it map back to
exact input offsets with ``Normalised.source_span``.

The work is linear in the text: one pass over the characters (each distinct character folded
once per text) and a fixed number of regex passes, each rebuilding the offset map once.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntFlag
from functools import cache, lru_cache, reduce
from itertools import compress
from operator import or_

import regex

from cleanser import lexicon
from cleanser.textshape import LINE_BREAK_CHARS


class Fold(IntFlag):
    """Which normalisation a character of the normalised text needed."""

    NONE = 0
    STYLISED = 1  # compatibility letters: 𝐁𝐎𝐋𝐃, ＦＵＬＬＷＩＤＴＨ, ⓒⓘⓡⓒⓛⓔ, 🅢🅠🅤🅐🅡🅔, ꜱᴍᴀʟʟ ᴄᴀᴘꜱ
    CONFUSABLE = 2  # a Cyrillic/Greek look-alike letter read as Latin
    INVISIBLE = 4  # a zero-width or format character was dropped next to it
    COMBINING = 8  # combining marks (underlines, overlays) were dropped from it
    SPACED = 16  # part of a spaced-out word that was joined ("s l o t")
    LEET = 32  # a digit or symbol read as a letter ("g4c0r")
    STRETCHED = 64  # a repeated letter that was squeezed ("mantappp")
    KEYCAP = 128  # an emoji keycap digit ("8️⃣")
    UPPER = 256  # internal: the character was an upper-case letter
    VIRTUAL = 512  # internal: a space inserted between glued words ("artinyaSlot")
    SEPARATED = 1024  # single letters joined across separators ("K~I~L~A~T", "P-A-N-E-N")
    EMOJI = 2048  # an emoji dropped from inside a word ("KILAT🔥88")


DISGUISES = int(
    Fold.STYLISED | Fold.CONFUSABLE | Fold.INVISIBLE | Fold.COMBINING | Fold.SPACED
    | Fold.LEET | Fold.STRETCHED | Fold.KEYCAP | Fold.SEPARATED | Fold.EMOJI
)
# Plain ints for the inner loops (IntFlag arithmetic is slow).
_STYLISED = int(Fold.STYLISED)
_CONFUSABLE = int(Fold.CONFUSABLE)
_INVISIBLE_F = int(Fold.INVISIBLE)
_COMBINING = int(Fold.COMBINING)
_SPACED_F = int(Fold.SPACED)
_LEET_F = int(Fold.LEET)
_STRETCHED = int(Fold.STRETCHED)
_KEYCAP = int(Fold.KEYCAP)
_UPPER = int(Fold.UPPER)
_VIRTUAL = int(Fold.VIRTUAL)
_SEPARATED_F = int(Fold.SEPARATED)
_EMOJI_F = int(Fold.EMOJI)

FOLD_NAMES: dict[Fold, str] = {
    Fold.STYLISED: "stylised letters",
    Fold.CONFUSABLE: "look-alike letters",
    Fold.INVISIBLE: "zero-width characters",
    Fold.COMBINING: "combining marks",
    Fold.SPACED: "de-spacing",
    Fold.LEET: "leetspeak",
    Fold.STRETCHED: "stretched letters",
    Fold.KEYCAP: "emoji digits",
    Fold.SEPARATED: "separators inside words",
    Fold.EMOJI: "emoji inside words",
}


_FOLD_NAMES = tuple((int(flag), name) for flag, name in FOLD_NAMES.items())  # plain ints


def describe(flags: int) -> list[str]:
    """Names of the disguises in ``flags``, in a fixed order."""
    flags = int(flags)
    return [name for flag, name in _FOLD_NAMES if flags & flag]


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus, per character, its input span and the folds it needed.

    ``text`` is for matching words (leetspeak read as letters); ``plain`` has the same
    length and offsets but keeps digits as digits (for brand names like "slot88").
    """

    source: str
    text: str
    plain: str
    starts: array[int]
    ends: array[int]
    flags: array[int]

    def source_span(self, i: int, j: int) -> tuple[int, int]:
        """Input offsets of normalised characters ``i`` to ``j`` (exclusive)."""
        if j <= i:
            point = self.starts[i] if i < len(self.starts) else len(self.source)
            return point, point
        return self.starts[i], self.ends[j - 1]

    def index_of(self, offset: int) -> int:
        """The first normalised character that comes from input ``offset`` or later."""
        return bisect.bisect_left(self.starts, offset)

    def folds(self, i: int, j: int) -> int:
        """The union of folds needed by characters ``i`` to ``j``."""
        return reduce(or_, self.flags[i:j], 0) & DISGUISES


class _Buffer:
    """Parallel lists of characters, their input spans and flags, rebuilt by edits."""

    __slots__ = ("_text", "chars", "ends", "flags", "plain", "starts")

    def __init__(self) -> None:
        self._text: str | None = None  # ``text()``, kept until ``changed()``
        self.chars: list[str] = []
        self.plain: list[str] = []
        # offsets and flags as machine integers: a list of int objects costs ~36 bytes a
        # character, an array 8 (offsets) or 4 (flags)
        self.starts: array[int] = array("q")
        self.ends: array[int] = array("q")
        self.flags: array[int] = array("I")

    def text(self) -> str:
        """The characters as one string, joined once until they change (each pass reads
        the text; most leave the buffer as it is)."""
        if self._text is None:
            self._text = "".join(self.chars)
        return self._text

    def changed(self) -> None:
        """Say that ``chars`` were changed in place."""
        self._text = None

    def apply(self, edits: Iterable[tuple[int, int, str, int]]) -> _Buffer:
        """Replace ``chars[i:j]`` by ``repl`` for each (i, j, repl, flag), sorted and disjoint.

        Replacement characters cover the input span of what they replace; an insertion
        (i == j) covers the empty span before character i.
        """
        edits = list(edits)
        if edits and all(not repl for _, _, repl, _ in edits):
            return self._delete(edits)
        out = _Buffer()
        cursor = 0
        n = len(self.chars)
        for i, j, repl, flag in edits:
            out._copy(self, cursor, i)
            if i == j:
                start = self.starts[i] if i < n else (self.ends[-1] if n else 0)
                span_end, merged = start, 0
            else:
                start, span_end = self.starts[i], self.ends[j - 1]
                merged = 0
                for f in self.flags[i:j]:
                    merged |= f
            plain_repl = repl if i == j or len(repl) != j - i else "".join(self.plain[i:j])
            for k, ch in enumerate(repl):
                out.chars.append(ch)
                out.plain.append(plain_repl[k] if k < len(plain_repl) else ch)
                out.starts.append(start)
                out.ends.append(span_end)
                out.flags.append(merged | flag)
            cursor = j
        out._copy(self, cursor, n)
        return out

    def _delete(self, edits: list[tuple[int, int, str, int]]) -> _Buffer:
        """``apply`` for edits that only drop characters: every sequence filtered by one
        mask, without a Python step per edit's neighbourhood (a spaced-out page drops a
        space every other character)."""
        keep = bytearray(b"\x01") * len(self.chars)
        for i, j, _, _ in edits:
            keep[i:j] = bytes(j - i)
        return self.keep(keep)

    def keep(self, keep: bytes | bytearray) -> _Buffer:
        """The characters where ``keep`` is not zero, with their spans and flags."""
        out = _Buffer()
        out.chars = list(compress(self.chars, keep))
        out.plain = list(compress(self.plain, keep))
        out.starts = array("q", compress(self.starts, keep))
        out.ends = array("q", compress(self.ends, keep))
        out.flags = array("I", compress(self.flags, keep))
        return out

    def _copy(self, other: _Buffer, i: int, j: int) -> None:
        self.chars.extend(other.chars[i:j])
        self.plain.extend(other.plain[i:j])
        self.starts.extend(other.starts[i:j])
        self.ends.extend(other.ends[i:j])
        self.flags.extend(other.flags[i:j])


# -- per-character folding ------------------------------------------------------------

_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")
_BRACKETS = frozenset("【】〖〗〔〕［］｛｝《》〈〉「」『』")


@cache
def _confusables() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in lexicon.entries("spam_confusables"):
        chars, _, latin = entry.partition("=")
        for ch in chars.strip():
            table[ch] = latin.strip()
    return table


def _enclosed(cp: int) -> str | None:
    """Letters in blocks NFKC leaves alone: negative circled/squared, regional indicators."""
    for first in (0x1F150, 0x1F170, 0x1F1E6):  # negative circled, negative squared, flags
        if first <= cp < first + 26:
            return chr(ord("a") + cp - first)
    return None


_STYLISED_TAGS = ("<font>", "<wide>", "<circle>", "<square>")
# Subscript and superscript letters ("ₖᵢₗₐₜ", "ᴾᴬᴺᴱᴺ") are a disguise; their digits alone
# are ordinary notation (m², CO₂) and fold without a flag.
_SCRIPT_TAGS = ("<sub>", "<super>")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> tuple[str, int]:
    """(replacement, flags) for one input character; replacement is casefolded. Memoised
    per character, as a Unicode table is read: at most 4,096 characters are kept (a page in
    another script holds a few hundred distinct ones), never a text."""
    if ch.isascii():
        return ch.casefold(), _UPPER if ch.isupper() else 0
    if ch in _INVISIBLE:
        return "", _INVISIBLE_F
    category = unicodedata.category(ch)
    if category in ("Mn", "Me"):
        return "", _KEYCAP if ch == "\u20e3" else _COMBINING
    if category == "Cf":
        return "", _INVISIBLE_F
    if ch in _BRACKETS:
        return " ", _STYLISED
    table = _confusables()
    if ch in table:
        small_caps = "SMALL CAPITAL" in unicodedata.name(ch, "")
        flag = _STYLISED if small_caps else _CONFUSABLE
        return table[ch].casefold(), flag | (_UPPER if ch.isupper() else 0)
    enclosed = _enclosed(ord(ch))
    if enclosed is not None:
        return enclosed, _STYLISED | _UPPER
    decomposition = unicodedata.decomposition(ch)
    flag = _STYLISED if decomposition.startswith(_STYLISED_TAGS) else 0
    if decomposition.startswith(_SCRIPT_TAGS) and ch.isalpha():
        flag = _STYLISED
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", ch))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    upper = _UPPER if folded.isupper() else 0
    mapped = "".join(table.get(c, c) for c in folded)  # stylised Greek: 𝛒 -> ρ -> p
    return mapped.casefold(), flag | upper


_ASCII_RUN = regex.compile(r"[\x00-\x7f]+")
_ASCII_UPPER = regex.compile(r"[A-Z]+")
_UPPER_FLAG = array("I", [_UPPER])


def _fold(text: str) -> _Buffer:
    buf = _Buffer()
    chars, plain, starts, ends, flags = buf.chars, buf.plain, buf.starts, buf.ends, buf.flags
    cursor = 0
    seen: dict[str, tuple[str, int]] = {}
    for run in _ASCII_RUN.finditer(text):
        if run.start() > cursor:
            _fold_slow(text, cursor, run.start(), buf, seen)
        # plain ASCII, the bulk of any text: lower-case it in one go
        a, b = run.span()
        segment = run.group()
        lowered = segment.lower()
        chars.extend(lowered)
        plain.extend(lowered)
        if b < _OFFSET_TABLE:  # slices of a table of offsets: no Python int each
            offsets = _offsets()
            starts.extend(offsets[a:b])
            ends.extend(offsets[a + 1 : b + 1])
        else:
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        base = len(flags)
        flags.frombytes(bytes(4 * (b - a)))  # zeros, then the upper-case letters flagged
        if segment != lowered:
            for upper in _ASCII_UPPER.finditer(segment):
                flags[base + upper.start() : base + upper.end()] = _UPPER_FLAG * len(upper.group())
        cursor = b
    if cursor < len(text):
        _fold_slow(text, cursor, len(text), buf, seen)
    return buf


# Offsets 0, 1, 2, ... once (a fixed table, 512 KB, whatever the texts): the spans of an
# ASCII run are slices of it.
_OFFSET_TABLE = 1 << 16


@cache
def _offsets() -> array[int]:
    return array("q", range(_OFFSET_TABLE + 1))


def _fold_slow(text: str, a: int, b: int, buf: _Buffer, seen: dict[str, tuple[str, int]]) -> None:
    """Fold ``text[a:b]`` character by character; ``seen`` holds the folds of characters
    met earlier in the same text (a per-call table, never kept across texts)."""
    chars, plain, starts, ends, flags = buf.chars, buf.plain, buf.starts, buf.ends, buf.flags
    for i in range(a, b):
        ch = text[i]
        found = seen.get(ch)
        if found is None:
            found = seen[ch] = _fold_char(ch)
        repl, flag = found
        if not repl:
            if flags and flag:  # a dropped mark belongs to the character before it
                flags[-1] |= flag
                ends[-1] = i + 1
            continue
        for c in repl:
            chars.append(c)
            plain.append(c)
            starts.append(i)
            ends.append(i + 1)
            flags.append(flag)


# -- regex passes over the folded text ------------------------------------------------

def _shape(buf: _Buffer) -> str:
    """One code per character: 'S' stylised letter, 'u'/'l' plain upper/lower letter,
    'D' stylised or keycap digit, 'd' digit, ' ' space, '.' anything else."""
    text = buf.text()
    coded = _coded(text)
    flags = buf.flags
    low, high = _flag_bytes(flags)
    if not low.translate(_STYLISED_OR_KEYCAP).strip(b"\x00"):
        # no stylised letter or keycap: only the upper-case letters change ("l" -> "u",
        # one XOR with 0x19), worked out on the whole text at once
        upper = int.from_bytes(high.translate(_UPPER_BYTE), "big")
        if not upper:
            return coded.decode("ascii")
        letters = int.from_bytes(coded.translate(_LETTER_BYTE), "big")
        shape = int.from_bytes(coded, "big") ^ (upper & letters)
        return shape.to_bytes(len(coded), "big").decode("ascii")
    for k in compress(range(len(flags)), flags):  # the characters with a flag
        flag = flags[k]
        if coded[k] == _L:
            coded[k] = _S if flag & _STYLISED else (_U if flag & _UPPER else _L)
        elif coded[k] == _D and flag & (_STYLISED | _KEYCAP):
            coded[k] = _BIG_D
    return coded.decode("ascii")


_L, _U, _S, _D, _BIG_D = (ord(c) for c in "luSdD")


def _coded(text: str) -> bytearray:
    """``_shape`` of ``text`` before the flags: 'l' letter, 'd' digit, ' ' space, '.' the
    rest (a line break too); one byte a character."""
    if text.isascii():  # bytes.translate: far faster than str.translate with a dict
        return bytearray(text.encode("ascii").translate(_SHAPE_BYTES))
    beyond = _NON_ASCII.findall(text)
    if 8 * len(beyond) > len(text):
        coded = text.translate(_SHAPE_TABLE)  # each distinct character coded once
        table = {ord(ch): _shape_code(ch) for ch in set(beyond)}
        return bytearray(coded.translate(table), "ascii")
    # a few characters beyond ASCII: the rest read from its bytes, those set one by one
    out = bytearray(text.encode("ascii", "replace").translate(_SHAPE_BYTES))
    codes: dict[str, int] = {}
    for m in _NON_ASCII.finditer(text):
        ch = m.group()
        code = codes.get(ch)
        if code is None:
            code = codes[ch] = ord(_shape_code(ch))
        out[m.start()] = code
    return out


def _flag_bytes(flags: array[int]) -> tuple[bytes, bytes]:
    """The lowest byte and the next one of each flag (the flags are 32-bit integers)."""
    raw = flags.tobytes()
    if sys.byteorder == "little":
        return raw[0::4], raw[1::4]
    return raw[3::4], raw[2::4]  # pragma: no cover - big-endian machines


# Bytes of _flag_bytes: a stylised or keycap flag (the lowest byte) as itself, else 0;
# the upper-case flag (bit 0 of the next byte) as 0x19 ("l" XOR "u"), else 0; and of the
# coded text, a letter "l" as 0x19, else 0 (Fold: STYLISED and KEYCAP below 256, UPPER 256).
_STYLISED_OR_KEYCAP = bytes(b & (_STYLISED | _KEYCAP) for b in range(256))
_UPPER_BYTE = bytes(0x19 if b & 1 else 0 for b in range(256))
_LETTER_BYTE = bytes(0x19 if b == ord("l") else 0 for b in range(256))


# A line break is no space here: spaced-out letters are read within one line, so a line's
# reading does not depend on the lines around it (cleaning stays idempotent when a
# neighbouring line goes).
_LINE_BREAKS = frozenset(LINE_BREAK_CHARS)
_SHAPE_TABLE = {
    k: ("l" if chr(k).isalpha() else "d" if chr(k).isdigit() else "." if chr(k) in _LINE_BREAKS
        else " " if chr(k).isspace() else ".")
    for k in range(128)
}
_SHAPE_BYTES = bytes(ord(_SHAPE_TABLE[k]) for k in range(128)) + bytes(128)
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")


def _shape_code(ch: str) -> str:
    if ch in _LINE_BREAKS:
        return "."
    return "l" if ch.isalpha() else "d" if ch.isdigit() else " " if ch.isspace() else "."


# Split glued words for matching: "artinyaSlot", "protogelReal", "DemoSlot" (camel case:
# three letters or more before, a word of three or more after; odd capitals of a brand,
# "ZeUs4Win", "MaXBoS88", stay one word), and a stylised word glued to a plain one
# ("ＫＩmenang", "𝗖𝗡𝗗88choose").
_SPLIT = regex.compile(r"(?<=[lu]ll)(?=ull)|(?<=SS[dD]*)(?=[ul][ul])|(?<=[ul][ul][dD]*)(?=SS)")
# Spaced-out words: three or more single letters/digits in a row ("S A M U D R A 7 7"),
# or stylised pieces of one or two letters ("ＧＡ Ｒ Ｕ ＤＡ ＨＯ ＫＩ").
_SPACED_SINGLE = regex.compile(r"(?<![^ .])[SuldD](?: {1,3}[SuldD](?![^ .])){2,}")
_SPACED_STYLISED = regex.compile(r"(?<![^ .])[SD]{1,3}(?: {1,3}[SD]{1,3}(?![^ .])){2,}")
# Single letters or digits strung on one separator ("K~I~L~A~T~8~8", "P-A-N-E-N-7-7",
# "k_i_l_a_t", "K.I.L.A.T"): four pieces or more.
SEPARATED = regex.compile(
    r"(?<![\p{L}\p{N}~\-._*•·+])[\p{L}\p{N}](?P<sep>[~\-._*•·+])[\p{L}\p{N}]"
    r"(?:(?P=sep)[\p{L}\p{N}]){2,}(?![\p{L}\p{N}]|(?P=sep)[\p{L}\p{N}])"
)
# Emoji between the letters or digits of one word ("KILAT🔥88", "PANEN⭐77").
EMOJI_INSIDE = regex.compile(
    r"(?<=[\p{L}\p{N}])[\p{Extended_Pictographic}\u200d]+(?=[\p{L}\p{N}])"
)
# Leetspeak: digits/symbols between letters ("g4c0r", "sl0t", "pul4uw1n"); not after "rp".
_LEET = regex.compile(r"(?<=\p{L})(?<!(?<![\p{L}\p{N}])rp)[013457@$]+(?=\p{L})")
_LEET_MAP = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_STRETCH = regex.compile(r"(\p{L})\1+")


# _SPLIT's first case searched from its literal "lu" (far faster than trying a lookbehind
# at every character); the stylised cases need an "S" in the shape.
_CAMEL = re.compile(r"(?<=[lu]l)lu(?=ll)")


def _split_cuts(shape: str) -> list[int]:
    """``[m.start() for m in _SPLIT.finditer(shape)]``, found from literals: the camel
    case from "lu" (``_CAMEL``), the stylised cases from each "SS" (few: a stylised
    letter is rare), the digits between read from there. (The pattern itself, with its
    lookbehinds, is tried at every character: slow on a long line.)

    A place ``p`` after ``SS[dD]*`` has its run of digits before it (as long as it goes)
    right after an "SS"; a place before "SS" after ``[ul][ul][dD]*`` has two letters
    right before the run of digits that ends there; each "SS" gives at most one of each."""
    cuts = [m.start() + 1 for m in _CAMEL.finditer(shape)]
    if "SS" not in shape:
        return cuts
    found = set(cuts)
    n = len(shape)
    at = shape.find("SS")
    while at != -1:
        p = at + 2  # after "SS" and the digits that follow it: two letters
        while p < n and shape[p] in "dD":
            p += 1
        if p + 1 < n and shape[p] in "ul" and shape[p + 1] in "ul":
            found.add(p)
        r = at  # before "SS", after two letters and the digits that precede it
        while r > 0 and shape[r - 1] in "dD":
            r -= 1
        if r >= 2 and shape[r - 2] in "ul" and shape[r - 1] in "ul":
            found.add(at)
        at = shape.find("SS", at + 1)
    return sorted(found)


def _spaced_shape(shape: str, cuts: list[int]) -> str:
    """``_shape`` of a buffer once a space is inserted at each of ``cuts`` (in order):
    the shape with a space there (a space is " " whatever its flags, and the other
    characters keep theirs)."""
    pieces = [shape[a:b] for a, b in zip([0, *cuts], [*cuts, len(shape)], strict=True)]
    return " ".join(pieces)


def _despace(buf: _Buffer, shape: str | None = None) -> _Buffer:
    """``shape``: ``_shape(buf)``, when the caller has it already."""
    if shape is None:
        shape = _shape(buf)
    runs: list[tuple[int, int]] = []
    if _may_be_spaced(shape):
        runs.extend(m.span() for m in _SPACED_SINGLE.finditer(shape))
    if "S" in shape or "D" in shape:  # every stylised piece is one of those
        runs.extend(m.span() for m in _SPACED_STYLISED.finditer(shape))
    if not runs:
        return buf
    runs.sort(key=lambda r: (r[0], -r[1]))  # the longest run at each start
    keep = bytearray(b"\x01") * len(shape)
    dropped = False
    last_end = -1
    for start, end in runs:
        if start < last_end:
            continue
        piece = shape[start:end]
        if " " in piece:  # the spaces inside the run go
            keep[start:end] = piece.encode("ascii").translate(_KEEP_NON_SPACE)
            dropped = True
        last_end = end
    if not dropped:
        return buf
    return _mark(buf, runs).keep(keep)


# What every match of _SPACED_SINGLE holds: its second piece, a lone letter or digit
# between spaces (the third follows after spaces). Searched from its space, a literal
# that the engine skips ahead to: the exact pattern opens with a lookbehind, tried at
# every character.
_LONE_PIECE = re.compile(r" (?=[SuldD] )")


def _may_be_spaced(shape: str) -> bool:
    """Does ``_SPACED_SINGLE`` match somewhere in ``shape``? Every match opens with a
    piece, 1-3 spaces, then a lone piece (``_LONE_PIECE``): the match is tried at each
    place where such a first piece can stand."""
    for m in _LONE_PIECE.finditer(shape):
        k = m.start()  # the last space before the lone piece
        for start in range(k - 1, max(k - 4, -1), -1):
            if shape[start] != " ":
                if _SPACED_SINGLE.match(shape, start):
                    return True
                break
    return False


_KEEP_NON_SPACE = bytes(0 if b == ord(" ") else 1 for b in range(256))


def _mark(buf: _Buffer, runs: Sequence[tuple[int, int]]) -> _Buffer:
    flags = buf.flags
    for start, end in runs:
        flags[start:end] = array("I", [f | _SPACED_F for f in flags[start:end]])
    return buf


def _unseparate(buf: _Buffer) -> _Buffer:
    """Drop separators strung between single letters, and emoji inside a word."""
    text = buf.text()
    edits: list[tuple[int, int, str, int]] = []
    runs: list[tuple[int, int, int]] = []
    # each pattern (tried at every character: a lookbehind opens it) only on a text
    # holding what every match of it holds
    if text.isascii():  # no emoji
        separated, emoji = _ASCII_SEPARATOR_PAIR.search(text) is not None, False
    else:
        separated = _SEPARATOR_PAIR.search(text) is not None
        emoji = _EMOJI_OR_JOINER.search(text) is not None
    if not separated and not emoji:
        return buf  # no separator pair, no emoji: nothing to join
    for m in SEPARATED.finditer(text) if separated else ():
        runs.append((m.start(), m.end(), _SEPARATED_F))
        sep = m.group("sep")
        edits.extend((k, k + 1, "", 0) for k in range(m.start(), m.end()) if text[k] == sep)
    for m in EMOJI_INSIDE.finditer(text) if emoji else ():
        runs.append((m.start() - 1, m.end() + 1, _EMOJI_F))
        edits.append((m.start(), m.end(), "", 0))
    if not edits:
        return buf
    for start, end, flag in runs:
        for k in range(start, end):
            buf.flags[k] |= flag
    edits.sort()
    return buf.apply(edits)


# What every match of SEPARATED holds: a separator, a letter or digit, the separator
# again (its first three pieces, after the first letter); searched from the separator
# (a class the engine skips ahead to), with the classes of SEPARATED itself.
_SEPARATOR_PAIR = regex.compile(r"[~\-._*•·+][\p{L}\p{N}][~\-._*•·+]")
# The same for ASCII text (where \p{L}\p{N} is [A-Za-z0-9]), with the faster engine.
_ASCII_SEPARATOR_PAIR = re.compile(r"[~\-._*+][A-Za-z0-9][~\-._*+]")
# What every match of EMOJI_INSIDE holds.
_EMOJI_OR_JOINER = regex.compile(r"[\p{Extended_Pictographic}\u200d]")


def _leet(buf: _Buffer) -> _Buffer:
    text = buf.text()
    for m in _LEET.finditer(text):
        for k in range(m.start(), m.end()):
            buf.chars[k] = buf.chars[k].translate(_LEET_MAP)
            buf.flags[k] |= _LEET_F
        buf.changed()
    return buf


def _squeeze(buf: _Buffer) -> _Buffer:
    text = buf.text()
    edits: list[tuple[int, int, str, int]] = []
    for i, j in _stretches(text):
        # a doubled letter is often just spelling ("tinggi"); three or more is stretching
        flag = _STRETCHED if j - i >= 3 else 0
        edits.append((i, j, text[i], flag))
    if not edits:
        return buf
    out = buf.apply(edits)
    return out


def _stretches(text: str) -> list[tuple[int, int]]:
    """Spans of the matches of ``_STRETCH`` in ``text``, as ``finditer`` gives them
    (``letter_runs`` with the pattern's own letter test)."""
    return letter_runs(text, _is_p_letter)


_P_LETTER = regex.compile(r"\p{L}")


def _is_p_letter(ch: str) -> bool:
    """Is ``ch`` (beyond ASCII) a letter as ``_STRETCH`` reads one (``\\p{L}``)?"""
    return _P_LETTER.match(ch) is not None


def letter_runs(
    text: str, is_letter: Callable[[str], bool], few_pairs: int | None = None
) -> list[tuple[int, int]]:
    """Spans of the runs of one letter repeated (two or more), in order: the matches of
    ``(L)\\1+`` as ``finditer`` gives them, where an ASCII letter is a letter and
    ``is_letter`` tells of a character beyond ASCII. Shared by normalisation and the gate.

    Where a character may equal the next one is found from the text's bytes (each
    character beyond ASCII as "?"): XOR of the same bytes one place on, as two big
    integers, gives a zero byte there, found with ``bytes.find`` (a few in a paragraph),
    far faster than a pattern with a backreference tried at every character. Only a letter
    or "?" can give a zero (any other byte reads as 0 on the left and 255 on the right),
    and a run of equal ASCII letters is a run of zero bytes, read to its end with
    ``bytes.find``; only characters beyond ASCII (or "?") are looked at one by one. Read in
    blocks, so the copies stay small however long the text (a run across two blocks is
    joined: each block's last character is the next one's first). ``few_pairs``: past this many
    places (``_FEW_PAIRS`` by default), and one in 64 characters, characters beyond ASCII
    are told apart by their code points."""
    few = _FEW_PAIRS if few_pairs is None else few_pairs
    runs: list[tuple[int, int]] = []
    for start in range(0, max(len(text) - 1, 0), _XOR_BLOCK):
        piece = text[start : start + _XOR_BLOCK + 1]
        units = piece.encode("ascii", "replace")  # one byte a character
        same = int.from_bytes(units[:-1].translate(_RUN_LEFT), "big") ^ int.from_bytes(
            units[1:].translate(_RUN_RIGHT), "big"
        )
        found = same.to_bytes(len(units) - 1, "big")
        at = found.find(0)
        if at == -1:
            continue
        if found.count(0) > few + len(found) // 64:
            # many characters beyond ASCII side by side (a page in another script): the
            # two low bytes of each code point tell most of them apart, and only the same
            # character twice (or, rarely, two beyond the Basic Multilingual Plane) is
            # looked at one by one
            wide = piece.encode("utf-32-le", "surrogatepass")
            for lane in (wide[0::4], wide[1::4]):
                same |= int.from_bytes(lane[:-1], "big") ^ int.from_bytes(lane[1:], "big")
            found = same.to_bytes(len(units) - 1, "big")
            at = found.find(0)
        while at != -1:
            last = at + 1  # units[at:last + 1] are all the same
            after = found.find(0, last)
            while after == last:
                last += 1
                after = found.find(0, last)
            if units[at] != _UNKNOWN:  # one ASCII letter throughout
                a = start + at
                if runs and a < runs[-1][1]:  # (its first character ends the last block)
                    runs[-1] = (runs[-1][0], start + last + 1)
                else:
                    runs.append((a, start + last + 1))
            else:  # characters beyond ASCII, or "?": each run read on the text
                i = at
                while i < last:
                    ch = piece[i]
                    j = i + 1
                    while j <= last and piece[j] == ch:
                        j += 1
                    if j - i > 1 and not ch.isascii() and is_letter(ch):  # ("?" is no letter)
                        a = start + i
                        if runs and a < runs[-1][1]:
                            runs[-1] = (runs[-1][0], start + j)
                        else:
                            runs.append((a, start + j))
                    i = j
            at = after
    return runs


_XOR_BLOCK = 1 << 16
# Past this many places where a character may equal the next one (and one in 64
# characters), ``letter_runs`` tells characters beyond ASCII apart by their code points.
_FEW_PAIRS = 32
_UNKNOWN = ord("?")  # what a character beyond ASCII is encoded as
# The bytes of the two copies of a piece in ``letter_runs``: an ASCII letter or "?" as
# itself, any other byte as 0 on the left, 255 on the right.
_RUN_BYTES = frozenset(b for b in range(128) if chr(b).isalpha() or b == _UNKNOWN)
_RUN_LEFT = bytes(b if b in _RUN_BYTES else 0 for b in range(256))
_RUN_RIGHT = bytes(b if b in _RUN_BYTES else 255 for b in range(256))


def normalise(text: str) -> Normalised:
    """Fold ``text`` for matching; see the module docstring for what is undone."""
    buf = _fold(text)
    shape = _shape(buf)
    cuts = _split_cuts(shape)
    if cuts:  # a space between glued words (_SPLIT), in the shape too
        buf = buf.apply([(k, k, " ", _VIRTUAL) for k in cuts])
        shape = _spaced_shape(shape, cuts)
    buf = _despace(buf, shape)
    buf = _unseparate(buf)
    buf = _leet(buf)
    buf = _squeeze(buf)
    return Normalised(
        source=text,
        text=buf.text(),
        plain="".join(buf.plain),
        starts=buf.starts,
        ends=buf.ends,
        flags=buf.flags,
    )


def fold_phrase(phrase: str) -> str:
    """A lexicon phrase folded the same way as text, so both meet in the same form."""
    return normalise(phrase).text
