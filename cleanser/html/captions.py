"""Photo captions without caption markup: a short block right after a picture, in the
shape of a caption.

Templates that put the caption in a plain ``<div>`` or ``<p>`` under the ``<img>`` (no
``figcaption``, no "caption" class) give the extractor a caption that reads like a short
paragraph. A block is taken for a caption when all of these hold:

- its previous element sibling is the picture (``img``, ``picture``, or a link or
  ``figure`` holding only a picture, no text);
- it holds only this text (no nested blocks), ``CAPTION_MAX_WORDS`` words at most, mostly
  not link text;
- it reads as a caption: a photo credit ("Foto: ...", "(Dok. ...)", "Ilustrasi: ..."),
  or the print convention of a capitalised label and a colon ("BERAGAM: Pemandangan
  galeri ...", "SIAP TANDING: ...") set in caption style: a muted, small, note or
  description class, ``<small>``/``<em>``/``<i>`` around it, or an italic or smaller
  font in its style. A label alone is not enough: "JAKARTA: ..." opens the first
  paragraph under the main picture on some outlets.

A short paragraph after a picture without these shapes stays (body often follows a
picture). The block is taken out before extraction with the caption category.
"""

from __future__ import annotations

import re
from typing import Any

from cleanser.categories import Category
from cleanser.html.blocks import PageWalk
from cleanser.html.hints import Hint

CAPTION_MAX_WORDS = 40
_PICTURES = frozenset({"img", "picture"})
_CAPTION_STYLE_CLASSES = frozenset({"muted", "small", "note", "desc", "description", "ket", "figure", "credit",
                                    "italic", "sub", "subtitle"})
_CAPTION_STYLE_TAGS = frozenset({"small", "em", "i"})
_CAPTION_STYLE = re.compile(r"font-style\s*:\s*italic|font-size\s*:\s*(?:small|x-small|smaller|[0-9]{1,2}px)",
                            re.IGNORECASE)
_CLASS_PARTS = re.compile(r"[\s_-]+")
_LABEL = re.compile(r"^[A-Z][A-Z0-9'\u2019-]*(?:\s+[A-Z0-9][A-Z0-9'\u2019-]*){0,4}\s*:\s+\S")
_CREDIT = re.compile(
    r"^\(?(?:foto|photo|dok(?:umentasi)?|ilustrasi|illustration|gambar|image|sumber\s+foto)\s*[:.]"
    r"|\((?:foto|dok(?:umentasi)?|ist(?:imewa)?)\s*[:./]",
    re.IGNORECASE,
)

CAPTION = Hint(Category.CAPTION, "photo caption under a picture (no caption markup; a label and colon, or a "
               "photo credit)", prune=True)


def _is_picture(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in _PICTURES:
        return True
    if element.tag in ("a", "figure", "div", "span") and not "".join(element.itertext()).strip():
        return any(child.tag in _PICTURES for child in element.iter() if isinstance(child.tag, str))
    return False


def _caption_styled(element: Any) -> bool:
    """A class, tag or inline style that sets the text as a caption (small, muted, italic)."""
    if element.tag in _CAPTION_STYLE_TAGS or _CAPTION_STYLE.search(element.get("style") or ""):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if any(part in _CAPTION_STYLE_CLASSES for part in _CLASS_PARTS.split(names) if part):
        return True
    children = [child for child in element if isinstance(child.tag, str)]
    return (len(children) == 1 and children[0].tag in _CAPTION_STYLE_TAGS and not (element.text or "").strip()
            and not (children[0].tail or "").strip())


def _previous_element(element: Any) -> Any:
    node = element.getprevious()
    while node is not None and not isinstance(node.tag, str):  # comments, processing instructions
        node = node.getprevious()
    return node


def mark_captions(walk: PageWalk) -> int:
    """Mark caption blocks among ``walk``'s segments (see the module docstring): each goes to
    ``walk.prunable`` and its segment gets the caption hint. Returns how many."""
    marked = 0
    segments = walk.segments
    for index, segment in enumerate(segments):
        text = segment.text
        if segment.hint is not None or not (text[:1].isupper() or text[:1] == "("):
            continue  # a caption opens with its label or credit
        credit = bool(_CREDIT.search(text))
        if not credit and not _LABEL.match(text):
            continue
        if len(text.split()) > CAPTION_MAX_WORDS or segment.link_chars * 2 >= len(text):
            continue
        element = segment.element
        if element.tag in ("html", "body", "main", "article"):
            continue
        before = _previous_element(element)
        if before is None or not _is_picture(before):
            continue
        if not credit and not _caption_styled(element):
            continue
        neighbours = [s for s in segments[max(0, index - 1):index + 2] if s is not segment]
        if any(s.element is element for s in neighbours):  # more text in the block than the caption
            continue
        walk.prunable.append(element)
        segment.hint = CAPTION
        segment.anchor = element
        marked += 1
    return marked
