"""Turn the bytes of a page into text: BOM, the page's own declaration, then detection.

Order of evidence (first that holds wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the bytes are valid UTF-8 (a page mislabelled ``iso-8859-1`` that is really UTF-8 is
   common in scraped data, and cp1252 text with accented letters is almost never valid UTF-8);
3. the page's declaration (``<meta charset>``, ``<meta http-equiv="Content-Type">``, an XML
   declaration), when the bytes decode with it without error;
4. charset-normalizer's best guess;
5. the declared encoding, or windows-1252, replacing undecodable bytes.

Decoding never raises: the last step replaces what it cannot decode, and ``Decoded.notes``
says which step decided and why.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The declaration must be near the top; browsers look at the first 1024 bytes, scraped
# pages often carry a long <head> before it, so look further.
PRESCAN_BYTES = 16384
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)

# Labels browsers decode as something else (WHATWG Encoding Standard): latin-1 and ASCII
# labels mean windows-1252; a UTF-16 label inside an ASCII-compatible page means UTF-8.
_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "unicode": "utf-8",
    "utf8": "utf-8",
    "x-user-defined": "cp1252",
}

DETECT_BYTES = 200_000

# Signatures of common binary formats a crawler may hand over as a "page".
_MAGIC: tuple[tuple[bytes, str | None], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BM", None),  # too short to trust alone
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x7fELF", "an executable"),
)
SNIFF_BYTES = 8192
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13} | {127}
_CONTROL_CHARS = frozenset(chr(c) for c in _CONTROL_BYTES) | {"\ufffd"}


def binary_kind(data: bytes | str) -> str | None:
    """What ``data`` is when it is not text (a PNG image, binary data...), else None.

    Bytes: a known file signature, or (without a byte-order mark) NUL bytes or over 5% of
    control bytes in the first ``SNIFF_BYTES``. Text: over 5% control characters or
    U+FFFD replacement characters (bytes decoded as garbage)."""
    head = data[:SNIFF_BYTES]
    if isinstance(head, bytes):
        for bom, _name in _BOMS:
            if head.startswith(bom):
                return None
        for magic, kind in _MAGIC:
            if kind is not None and head.startswith(magic):
                return kind
        if b"\x00" in head:
            return "binary data (NUL bytes)"
        control = sum(1 for b in head if b in _CONTROL_BYTES)
    else:
        control = sum(1 for c in head if c in _CONTROL_CHARS)
    if head and control > 0.05 * len(head):
        return f"binary data ({control} control characters in the first {len(head)})"
    return None


_OTHER_LATIN = frozenset({
    "cp1250", "iso8859_2", "cp852", "cp850", "cp437", "mac_latin2", "mac_roman", "iso8859_15", "latin_1",
    "iso8859_16", "cp1257", "iso8859_4", "iso8859_13", "cp1254", "iso8859_9", "cp858",
})
"""Latin-script encodings charset-normalizer may name for Western Latin bytes."""


def _western(data: bytes) -> str | None:
    """``data`` as cp1252 when that reads as Western Latin text (its non-ASCII characters
    nearly all letters), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    wide = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in wide)
    return text if wide and letters >= 0.9 * len(wide) else None


def _mostly_utf8(data: bytes, error: UnicodeDecodeError) -> str | None:
    """A note when ``data`` is UTF-8 but for a cut last character or a few stray bytes."""
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        return ("encoding utf-8 (sure: valid UTF-8 except its last character, cut short and replaced "
                "with U+FFFD)")
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for b in data if b >= 0xC2 and b <= 0xF4)
    if bad <= 3 and multibyte >= 10 * bad:
        return (f"encoding utf-8 (probable: valid UTF-8 but for {bad} stray byte(s), replaced with U+FFFD)")
    return None


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()
    # the bytes are valid UTF-8 and nothing was cut or replaced: they are ``text`` in UTF-8
    exact_utf8: bool = False


def declared_encoding(data: bytes) -> str | None:
    """The encoding label the page declares in its first bytes, as written, or None."""
    head = data[:PRESCAN_BYTES]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    return match.group(1).decode("ascii", "replace").strip().lower() or None


def _codec(label: str) -> str | None:
    """The Python codec for a declared label, or None when Python knows no such encoding."""
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes) -> Decoded:
    """Decode page bytes to text following the order of evidence in the module docstring."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(
                data[len(bom):].decode(name, errors="replace"), name, (f"encoding {name} (byte-order mark)",)
            )
    label = declared_encoding(data)
    codec = _codec(label) if label else None
    notes: list[str] = []
    if label and codec is None:
        notes.append(f"the page declares an unknown encoding {label!r}; it was ignored")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        mostly = _mostly_utf8(data, exc)
        if mostly is not None:
            return Decoded(data.decode("utf-8", errors="replace"), "utf-8", (*notes, mostly))
    else:
        if codec not in (None, "utf-8") and not data.isascii():
            notes.append(f"encoding utf-8 (the bytes are valid UTF-8 although the page declares {label!r})")
        return Decoded(text, "utf-8", tuple(notes), exact_utf8=True)
    if codec is not None and codec != "utf-8":
        try:
            return Decoded(data.decode(codec), codec, (*notes, f"encoding {codec} (declared by the page)"))
        except UnicodeDecodeError:
            notes.append(f"the bytes are not valid {label!r} as the page declares")
    elif codec == "utf-8":
        notes.append("the page declares UTF-8 but its bytes are not valid UTF-8")
    guess = _detect(data)
    if guess is not None:
        try:
            text = data.decode(guess, errors="replace")
        except LookupError:
            pass
        else:
            if guess in _OTHER_LATIN:
                # Indonesian and English pages are written in Western Latin; charset-normalizer
                # often calls such bytes Central European or DOS (cp1250, iso8859-2, cp852)
                western = _western(data)
                if western is not None:
                    return Decoded(western, "cp1252", (*notes, f"encoding cp1252, a guess (uncertain): the bytes "
                                                       f"are not valid UTF-8; charset-normalizer said {guess}, "
                                                       "but Indonesian pages are Western Latin"))
            return Decoded(text, guess, (*notes, f"encoding {guess}, a guess by charset-normalizer (uncertain)"))
    fallback = codec or "cp1252"
    notes.append(f"encoding {fallback} (fallback; undecodable bytes replaced with U+FFFD)")
    return Decoded(data.decode(fallback, errors="replace"), fallback, tuple(notes))


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:DETECT_BYTES]).best()
    except Exception:  # a detector failure must not lose the page
        return None
    if best is None or not best.encoding:
        return None
    return _codec(best.encoding)
