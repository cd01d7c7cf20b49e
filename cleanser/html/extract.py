"""Parse a page once, extract its article text and metadata with trafilatura.

The tree parsed here serves three readers: the block walk (``cleanser.html.blocks``),
trafilatura's extraction (which copies the tree before changing it) and the metadata
readers. Containers the walk found safe to prune (navigation, feeds, comments, ads... see
``blocks.PRUNE_MAX_SHARE`` for the guards) are marked with an attribute and trafilatura
is told to prune them, so it never has to decide about them.

Extraction settings: ``fast=True`` (no readability/jusText comparison), ``favor_recall``
(keep paragraphs when unsure: the rule pipeline removes the chrome after extraction),
comments and images off, tables on. See docs/html.md for the measurements behind them.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cleanser.html.limits import HUGE_PAYLOAD, empty_huge_payloads

PRUNE_ATTRIBUTE = "data-cleanser-prune"
PRUNE_XPATH = f".//*[@{PRUNE_ATTRIBUTE}]"

# trafilatura logs every page it gives up on as a warning; clean_html reports that itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(slots=True)
class Extraction:
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def parse(text: str, problems: list[str] | None = None, encoded: bytes | None = None) -> Any:
    """The lxml tree of a page, parsed the way trafilatura parses it; None when the text
    holds no markup lxml can make a tree of. A fragment without <html> gets wrapped.

    When libxml2 stops at one of its limits (nesting deeper than 256 elements, a text or
    attribute value of over 10 MB), it leaves the rest of the page out without raising:
    that is said in ``problems``. ``encoded``: ``text`` in UTF-8 when the caller has
    those bytes (a page given as valid UTF-8), spared an encoding."""
    tree, limit = _load_html(text, encoded)
    if limit.startswith("Resource limit exceeded"):  # a text of over 10 MB: of a script, an image?
        emptied_text, emptied = empty_huge_payloads(text)
        if emptied:
            text = emptied_text
            tree, limit = _load_html(text)
            if problems is not None:
                problems.append(f"{emptied:,} characters of scripts, styles, comments or base64 data in runs of "
                                f"over {HUGE_PAYLOAD:,} characters were emptied before parsing (libxml2 stops "
                                "at a text of 10 MB)")
    if tree is None or len(tree) == 0:
        tree, limit = _load_html(f"<html><body>{text}</body></html>")
    if limit and problems is not None:
        problems.append(f"the parser stopped at one of libxml2's limits ({limit}): the page after that point "
                        "was not read")
    return tree


def _load_html(text: str, encoded: bytes | None = None) -> tuple[Any, str]:
    """trafilatura.utils.load_html on a str, with a parser of this call (the same settings
    as trafilatura's shared one), so that its error log is this page's own: the tree, and
    the message of the resource limit that cut the parse short ("" if none).

    The page is parsed from its UTF-8 bytes when it has them (no lone surrogate): libxml2
    reads them as they are, where a str is handed over in its internal form (UCS-2 or
    UCS-4) and converted; the parser's encoding is set, so the tree is the same (no
    <meta charset> is read) and a str's failure on an XML encoding declaration, after
    which trafilatura parses the bytes, never comes up."""
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import is_dubious_html

    parser = HTMLParser(collect_ids=False, default_doctype=False,  # type: ignore[call-arg]  # (lxml-stubs lag)
                        encoding="utf-8", remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_element_classes())
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text, data = repair(text, beginning, encoded)
    tree = None
    fallback = False
    if data is not None:
        try:
            tree = fromstring(data, parser=parser)
        except Exception:  # lxml gives up on some binary garbage
            tree = None
        fallback = True  # (trafilatura's second try would parse these bytes again)
    else:
        try:
            tree = fromstring(text, parser=parser)
        except ValueError:  # "Unicode strings with encoding declaration are not supported."
            tree = _from_bytes(text, parser)
            fallback = True
        except Exception:  # lxml gives up on some binary garbage: as trafilatura, try bytes
            tree = None
    if (tree is None or len(tree) < 1) and not fallback:
        tree = _from_bytes(text, parser)
    if tree is not None and dubious and len(tree) < 2:
        tree = None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            return tree, entry.message.split(", use XML_PARSE_HUGE")[0].split(", try XML_PARSE_HUGE")[0]
    return tree, ""


# The bytes of the characters trafilatura removes before parsing (INVALID_XML_CHARS) that
# are one byte in UTF-8; the other two are U+FFFE and U+FFFF.
_INVALID_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


def repair(text: str, beginning: str, encoded: bytes | None = None) -> tuple[str, bytes | None]:
    """trafilatura.utils.repair_faulty_html(text, beginning), and the result's UTF-8
    bytes (None when it has a lone surrogate). trafilatura removes the characters XML
    forbids with a regular expression over the whole page (0.4 ms on a 170 KB page);
    here they are looked for in the bytes first (a C pass), and removed only when there
    are some. ``beginning``: the page's first 50 characters in lower case; ``encoded``:
    ``text`` in UTF-8, when the caller has it."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS, repair_faulty_html

    if encoded is None:
        try:
            encoded = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return repair_faulty_html(text, beginning), None
    data: bytes | None = encoded
    if "\ufffe" in text or "\uffff" in text or len(encoded.translate(None, _INVALID_BYTES)) != len(encoded):
        text = INVALID_XML_CHARS.sub("", text)
        data = None
    if "doctype" in beginning:  # libxml2/lxml issue: https://bugs.launchpad.net/lxml/+bug/1955915
        firstline, newline, rest = text.partition("\n")
        cut = DOCTYPE_TAG.sub("", firstline, count=1)
        if cut != firstline or not newline:  # (trafilatura adds a line break to a page of one line)
            text = cut + "\n" + rest
            data = None
    for line in text[:4096].splitlines()[:4]:  # a self-closing <html/> in the first lines
        if "<html" in line and line.endswith("/>"):
            text = FAULTY_HTML.sub(r"\1>", text, count=1)
            data = None
            break
    return text, text.encode("utf-8") if data is None else data


def _element_classes() -> Any:
    """lxml.html's element classes without its per-element lookup: every element an
    ``HtmlElement`` (what trafilatura and htmldate take), chosen in C. lxml.html's own
    parser asks a Python method for the class of each element Python touches, by its tag
    (to give <form>, <input>, <select>, <textarea> and <label> their form methods, which
    nothing here uses); the walk, trafilatura's copies of the tree and its searches touch
    every element several times."""
    from lxml.etree import ElementDefaultClassLookup
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

    return ElementDefaultClassLookup(element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction,
                                     entity=HtmlEntity)


def _from_bytes(text: str, parser: Any) -> Any:
    from lxml.html import fromstring

    try:
        return fromstring(text.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:
        return None


def normalise_lines(text: str) -> str:
    """One paragraph per line: whitespace inside a line collapsed, blank lines dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# First pass and, when it gives too little, second pass (see docs/html.md).
PRIMARY: dict[str, bool] = {"fast": True, "favor_precision": True, "favor_recall": False}
FALLBACK: dict[str, bool] | None = {"fast": False, "favor_precision": True, "favor_recall": False}
# The second pass runs when the first one's text is shorter than this share of the page's
# prose (long, mostly unlinked text segments the block walk saw outside pruned containers).
FALLBACK_BELOW = 0.5


def _trafilatura(tree: Any, url: str | None, settings: dict[str, bool], prune: bool) -> str:
    import trafilatura

    options: dict[str, Any] = {
        "url": url, "include_comments": False, "include_images": False, "include_tables": True,
        "with_metadata": False, "prune_xpath": PRUNE_XPATH if prune else None, **settings,
    }
    document = trafilatura.bare_extraction(tree, **options)
    return normalise_lines(getattr(document, "text", None) or "") if document is not None else ""


def extract_article(tree: Any, url: str | None, prunable: list[Any], prose_chars: int = 0) -> Extraction:
    """The article text of ``tree`` (one paragraph a line) and its metadata."""
    notes: list[str] = []
    for element in prunable:
        element.set(PRUNE_ATTRIBUTE, "1")
    text = ""
    try:
        text = _trafilatura(tree, url, PRIMARY, bool(prunable))
        if FALLBACK is not None and len(text) < FALLBACK_BELOW * prose_chars:
            second = _trafilatura(tree, url, FALLBACK, bool(prunable))
            if len(second) > len(text):
                text = second
    except Exception as exc:  # an extractor bug must not lose the page
        notes.append(f"trafilatura failed on this page: {exc!r}")
    finally:
        for element in prunable:
            element.attrib.pop(PRUNE_ATTRIBUTE, None)
    try:
        metadata = page_metadata(tree, url)
    except Exception as exc:
        metadata = {}
        notes.append(f"page metadata could not be read: {exc!r}")
    return Extraction(text, metadata, notes)


def page_metadata(tree: Any, url: str | None) -> dict[str, str]:
    """title, author, date, sitename and url as trafilatura reads them from the page.

    Uses trafilatura's metadata readers on meta tags, OpenGraph, JSON-LD, <title>/<h1> and
    the canonical link, and htmldate (without its extensive text search) for the date.
    trafilatura's DOM author search, categories, tags and licence are left out: they copy
    the whole tree and cost more than the rest together; the byline rules read the
    visible byline from the extracted text instead.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    with contextlib.suppress(Exception):  # malformed JSON-LD
        meta = extract_meta_json(tree, meta)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.url:
        meta.url = extract_url(tree, url)
    meta.date = find_date(
        tree,
        extensive_search=False,
        original_date=True,
        url=meta.url,
        max_date=date.today().isoformat(),
    )
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
    elif meta.url:
        match = META_URL.match(meta.url)
        if match:
            meta.sitename = match[1]
    meta.clean_and_trim()
    found: dict[str, str] = {}
    for key in ("title", "author", "date", "sitename", "url"):
        value = getattr(meta, key, None)
        if isinstance(value, str) and value.strip():
            found[key] = value.strip()
    return found
