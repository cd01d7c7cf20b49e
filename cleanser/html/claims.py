"""What a page says its own article is: its description and its JSON-LD ``articleBody``.

Most news pages describe their article for search engines and social networks: a
``<meta name="description">`` / ``og:description`` / ``twitter:description`` (often the
standfirst shown under the headline) and, on many CMSs, a JSON-LD ``NewsArticle`` whose
``articleBody`` holds the article's text. These are the page's own statements about which
text is the article, so they can tell body that the extractor dropped (a standfirst in the
article header, listicle headings between photo galleries) from chrome it kept.

Reading them costs a look at the ``<head>``'s children and a JSON parse of the ``ld+json``
scripts that mention ``articleBody``; the scripts in the body are collected by the block
walk as it passes (``PageWalk.json_ld``), so the tree is not searched again.
``articleBody`` texts are unescaped (some CMSs store HTML entities and tags in them) and
returned with whitespace collapsed.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cleanser.html.blocks import JSON_LD

_DESCRIPTION_KEYS = frozenset({"description", "og:description", "twitter:description"})
_TAG = re.compile(r"<[^>]{0,1000}>")
# A script this long is no article's metadata (a data dump): not parsed.
MAX_JSON_CHARS = 2_000_000
# JSON nesting followed at most this deep (an @graph inside a list inside an object...).
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Claims:
    """``descriptions``: the page's description texts (distinct, whitespace collapsed);
    ``article_bodies``: the ``articleBody`` texts of its JSON-LD objects (unescaped, tags
    removed, whitespace collapsed)."""

    descriptions: tuple[str, ...] = ()
    article_bodies: tuple[str, ...] = ()


NO_CLAIMS = Claims()


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _body_text(value: str) -> str:
    if "&" in value:
        value = html.unescape(value)
    if "<" in value:
        value = _TAG.sub(" ", value)
    return _collapse(value)


def _collect(node: Any, depth: int, descriptions: list[str], bodies: list[str]) -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            _collect(item, depth + 1, descriptions, bodies)
    elif isinstance(node, dict):
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip():
            bodies.append(_body_text(body))
            description = node.get("description")
            if isinstance(description, str) and description.strip():
                descriptions.append(_collapse(html.unescape(description)))
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                _collect(node[key], depth + 1, descriptions, bodies)


def page_claims(tree: Any, body_scripts: Iterable[str] = ()) -> Claims:
    """The descriptions and article bodies ``tree`` (an lxml tree) declares, from the
    description ``<meta>`` and ``ld+json`` scripts of its ``<head>`` and the ``ld+json``
    texts of its body (``body_scripts``: the block walk collects them while it passes, so
    the tree is not searched again). Never raises on page content: malformed JSON-LD is
    skipped."""
    descriptions: list[str] = []
    scripts: list[str] = []
    try:
        head = tree.find("head") if tree.tag == "html" else tree.find(".//head")
        children = list(head) if head is not None else []
    except Exception:  # a tree lxml cannot query
        children = []
    for element in children:
        tag = element.tag
        if tag == "meta":
            key = (element.get("name") or element.get("property") or "").lower()
            content = element.get("content")
            if key in _DESCRIPTION_KEYS and content and content.strip():
                descriptions.append(_collapse(html.unescape(content)))
        elif tag == "script" and element.get("type") == JSON_LD and element.text:
            scripts.append(element.text)
    bodies: list[str] = []
    for text in (*scripts, *body_scripts):
        if "articleBody" not in text or len(text) > MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        _collect(data, 0, descriptions, bodies)
    if not descriptions and not bodies:
        return NO_CLAIMS
    return Claims(tuple(dict.fromkeys(d for d in descriptions if d)), tuple(dict.fromkeys(b for b in bodies if b)))
