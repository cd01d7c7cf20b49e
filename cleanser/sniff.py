"""Tell an HTML page from plain text by its content (never by its file name)."""

from __future__ import annotations

import codecs
import re

SNIFF_CHARS = 8192

_START = re.compile(
    r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
# Tags that plain article text practically never holds, with their closing form.
_TAG = re.compile(
    r"<(/?)(html|head|body|div|span|p|a|br|meta|title|script|style|link|table|tr|td|ul|ol|li"
    r"|h[1-6]|article|section|nav|header|footer|aside|main|img|iframe|form|strong|em|b|i)\b[^<>]*>",
    re.IGNORECASE,
)


def _head_text(data: str | bytes) -> str:
    if isinstance(data, str):
        return data[:SNIFF_CHARS]
    head = data[: SNIFF_CHARS * 4]
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom):].decode(name, errors="ignore")[:SNIFF_CHARS]
    # ASCII-compatible encodings agree on the markup characters; latin-1 never fails.
    return head[:SNIFF_CHARS].decode("latin-1")


def looks_like_html(data: str | bytes) -> bool:
    """True when ``data`` is markup: an HTML start (doctype, <html>, <head>, <body>) or
    several HTML tags, opening and closing, near the top.

    A text article that merely mentions a tag ("gunakan tag <br>") is not markup: it needs
    at least three distinct tag names and at least one closing tag.
    """
    head = _head_text(data).lstrip("\ufeff \t\r\n")
    if not head or "\x00" in head[:1024]:
        return False
    if _START.match(head):
        return True
    names: set[str] = set()
    closing = False
    for match in _TAG.finditer(head):
        names.add(match.group(2).lower())
        closing = closing or bool(match.group(1))
        if closing and len(names) >= 3:
            return True
    return False
