"""One walk over the page tree: its visible text blocks, what markup holds each, and which
containers are safe to take out before extraction.

A *segment* is a run of visible text inside one block element (``p``, ``li``, ``div``,
``td``, ``h2``...), inline descendants (``a``, ``span``, ``b``...) included, nested blocks
excluded: ``<div>intro<p>para</p>outro</div>`` gives three segments; a ``<br>`` ends a
segment too (pages that separate paragraphs with ``<br><br>``). Text in ``script``,
``style``, ``noscript``, ``template``, ``svg``... and in hidden elements is not visible and
is skipped. The walk is iterative (deeply nested broken markup cannot overflow a stack) and
linear in the size of the tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from cleanser.html.hints import HIDDEN, RELEVANT_ATTRIBUTES, Hint, HintReader

SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "head", "title", "meta", "link", "base", "option", "datalist", "textarea",
        "input", "select", "map", "param", "source", "track", "picture", "img",
    }
)
BLOCK_TAGS = frozenset(
    {
        "html", "body", "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "legend",
    }
)
# Characters that show nothing: a segment of only these is not visible text.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
# Elements never taken out before extraction, whatever their class says.
NEVER_PRUNE = frozenset({"html", "body", "main", "article"})

# A container is taken out before extraction only when it holds less than PRUNE_MAX_SHARE
# of the page's visible text, less than PROSE_MAX_SHARE of its prose (segments of at least
# PROSE_MIN_CHARS characters that are mostly not link text), no <h1> and no article-body
# marker: a "share" or "teaser" class on the article's own wrapper must not lose it.
JSON_LD = "application/ld+json"
PRUNE_MAX_SHARE = 0.3
PROSE_MAX_SHARE = 0.2
PROSE_MIN_CHARS = 100


@dataclass(slots=True)
class Segment:
    """Visible text of one block element between its nested blocks."""

    element: Any
    text: str
    hint: Hint | None
    anchor: Any
    link_chars: int
    order: int


@dataclass(slots=True)
class PageWalk:
    segments: list[Segment] = field(default_factory=list)
    total_chars: int = 0
    prose_chars: int = 0
    prunable: list[Any] = field(default_factory=list)
    # texts of the <script type="application/ld+json"> elements the walk passed (the <head>
    # is skipped whole: its scripts are read by cleanser.html.claims)
    json_ld: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Buffer:
    element: Any
    hint: Hint | None
    anchor: Any
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0


# A frame of the walk's stack, one per open element:
# (is block, is link, hint, anchor, sticky, candidate start or None)
# where candidate start = (chars, h1 count, body count, order, prose chars) when the element
# may be pruned.
_Frame = tuple[bool, bool, "Hint | None", Any, bool, "tuple[int, int, int, int, int] | None"]
_SKIPPED: _Frame = (False, False, None, None, False, None)


def walk(root: Any) -> PageWalk:
    """Walk the tree under ``root`` once; see the module docstring."""
    result = PageWalk()
    segments = result.segments
    frames: list[_Frame] = []
    buffers: list[_Buffer] = []
    # (start order, end order, chars, prose chars, element)
    candidates: list[tuple[int, int, int, int, Any]] = []
    json_ld = result.json_ld
    total = 0
    prose = 0
    h1_count = 0
    body_count = 0
    order = 0
    links = 0
    relevant = RELEVANT_ATTRIBUTES
    skip_tags = SKIP_TAGS
    block_tags = BLOCK_TAGS
    never_prune = NEVER_PRUNE
    hint_of = HintReader().hint  # once per page: what it remembers goes with the page
    hidden = HIDDEN

    def flush(buffer: _Buffer) -> None:
        nonlocal prose
        text = " ".join("".join(buffer.parts).split())
        if text and text.strip(INVISIBLE):
            if len(text) >= PROSE_MIN_CHARS and buffer.link_chars * 2 < len(text):
                prose += len(text)
            segments.append(Segment(buffer.element, text, buffer.hint, buffer.anchor, buffer.link_chars,
                                    len(segments)))
        buffer.parts = []
        buffer.link_chars = 0

    walker = etree.iterwalk(root, events=("start", "end"))
    skip = walker.skip_subtree
    for event, el in walker:
        if event == "start":
            order += 1
            tag = el.tag
            if tag.__class__ is not str or tag in skip_tags:  # comments, scripts, media...
                if tag == "script" and el.get("type") == JSON_LD and el.text:
                    json_ld.append(el.text)  # what the page says it is (cleanser.html.claims)
                skip()
                frames.append(_SKIPPED)
                continue
            items = el.items()  # (name, value) pairs in the page's order
            if items:
                own = hint_of(tag, tuple([item for item in items if item[0] in relevant]))
                if own is hidden:
                    skip()
                    frames.append(_SKIPPED)
                    continue
            else:
                own = hint_of(tag)
            if frames:
                _, _, hint, anchor, sticky, _ = frames[-1]
            else:
                hint, anchor, sticky = None, None, False
            candidate = None
            if own is not None and not sticky:
                if own.body:
                    hint, anchor = None, None
                    body_count += 1
                else:
                    if hint is None or own.category is not hint.category:
                        # a same-category container nested in another keeps the outer one
                        hint, anchor, sticky = own, el, own.sticky
                    if own.prune and tag not in never_prune and (tag in block_tags or not in_running_text(el)):
                        candidate = (total, h1_count, body_count, order, prose)
            if tag == "h1":
                h1_count += 1
            is_block = tag in block_tags
            is_link = tag == "a"
            frames.append((is_block, is_link, hint, anchor, sticky, candidate))
            if is_link:
                links += 1
            if is_block:
                if buffers and buffers[-1].parts:
                    flush(buffers[-1])
                buffers.append(_Buffer(el, hint, anchor))
            elif tag == "br" and buffers and buffers[-1].parts:
                flush(buffers[-1])  # a line break ends a paragraph in <br>-separated text
            text = el.text
        else:
            is_block, is_link, _, _, _, candidate = frames.pop()
            if is_block:
                buffer = buffers.pop()
                if buffer.parts:
                    flush(buffer)
            if is_link:
                links -= 1
            if candidate is not None and candidate[1] == h1_count and candidate[2] == body_count:
                candidates.append((candidate[3], order, total - candidate[0], prose - candidate[4], el))
            text = el.tail
        if text and buffers:
            buffer = buffers[-1]
            if text.isspace():
                if buffer.parts:  # a space between two inline elements still separates words
                    buffer.parts.append(" ")
            else:
                buffer.parts.append(text)
                size = len(text)
                total += size
                if links:
                    buffer.link_chars += size
    for buffer in reversed(buffers):
        if buffer.parts:
            flush(buffer)
    result.total_chars = total
    result.prunable, pruned_prose = outermost(candidates, total, prose)
    result.prose_chars = prose - pruned_prose
    return result


def in_running_text(element: Any) -> bool:
    """True when an inline element (a link, a span) stands inside a sentence: words before
    or after it within its block. A tag link in the middle of a paragraph ("... menteri
    (<a class="inner-link-tag">Menhub</a>) mengatakan ...") is part of the text, whatever
    its class says; a run of tag links separated by commas or spaces is not."""
    node = element
    while node is not None and node.tag not in BLOCK_TAGS:
        if _has_word(node.tail):
            return True
        previous = node.getprevious()
        before = previous.tail if previous is not None else (node.getparent().text if node.getparent() is not None
                                                             else None)
        if _has_word(before):
            return True
        node = node.getparent()
    return False


_ALNUM = re.compile(r"[^\W_]")
"""A character ``str.isalnum`` says yes to (the standard library's \\w is isalnum() or "_")."""


def _has_word(text: str | None) -> bool:
    return bool(text) and _ALNUM.search(text) is not None  # type: ignore[arg-type]


def outermost(
    candidates: list[tuple[int, int, int, int, Any]], total: int, prose: int
) -> tuple[list[Any], int]:
    """The candidates small enough to prune, without those inside another chosen one, and
    the prose they hold."""
    limit = PRUNE_MAX_SHARE * total
    prose_limit = PROSE_MAX_SHARE * prose
    chosen: list[Any] = []
    chosen_prose = 0
    covered_until = -1
    for start, end, chars, prose_chars, element in sorted(candidates, key=lambda c: c[0]):
        if start <= covered_until or chars > limit or prose_chars > prose_limit:
            continue
        chosen.append(element)
        chosen_prose += prose_chars
        covered_until = end
    return chosen, chosen_prose


def common_ancestor(a: Any, b: Any, depth: int) -> Any:
    """The smallest element holding both ``a`` and ``b`` (lxml elements), at most ``depth``
    levels above each; None when there is none that close."""
    above_a = {a}
    for ancestor in a.iterancestors():
        above_a.add(ancestor)
        if len(above_a) > depth:
            break
    node = b
    for _ in range(depth + 1):
        if node is None:
            return None
        if node in above_a:
            return node
        node = node.getparent()
    return None
