"""What a page says its own article is: its description and its JSON-LD ``articleBody``.

Most news pages describe their article for search engines and social networks: a
``<meta name="description">`` / ``og:description`` / ``twitter:description`` (often the
standfirst shown under the headline) and, on many CMSs, a JSON-LD ``NewsArticle`` whose
``articleBody`` holds the article's text. These are the page's own statements about which
text is the article, so they can tell body that the extractor dropped (a standfirst in the
article header, listicle headings between photo galleries) from chrome it kept.

Reading them costs two XPath queries and a JSON parse of the (small) ``ld+json`` scripts;
nothing here walks the whole tree in Python. ``articleBody`` texts are unescaped (some CMSs
store HTML entities and tags in them) and returned with whitespace collapsed.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

_DESCRIPTION_XPATH = (
    "//meta[@name='description' or @property='og:description' or @name='og:description' "
    "or @name='twitter:description' or @property='twitter:description']/@content"
)
_JSON_LD_XPATH = "//script[@type='application/ld+json']/text()"
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


def page_claims(tree: Any) -> Claims:
    """The descriptions and article bodies ``tree`` (an lxml tree) declares. Never raises
    on page content: malformed JSON-LD is skipped."""
    try:
        raw_descriptions = tree.xpath(_DESCRIPTION_XPATH)
        scripts = tree.xpath(_JSON_LD_XPATH)
    except Exception:  # a tree lxml cannot query
        return NO_CLAIMS
    descriptions: list[str] = [_collapse(html.unescape(str(d))) for d in raw_descriptions if str(d).strip()]
    bodies: list[str] = []
    for script in scripts:
        text = str(script)
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
