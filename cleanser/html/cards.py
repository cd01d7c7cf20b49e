"""Teaser cards of other articles: a linked headline and a short summary, repeated.

News pages list other stories as *cards*: a small element (``li``, ``article``, ``div``)
holding a headline that links to the story and one or two lines of its summary, often
with a picture and a date. In a box with a telling class ("related", "terpopuler") the
block walk already knows them; without one, the extractor keeps the summaries as if they
were paragraphs of the article (the linked headlines it drops as link text).

A card is recognised by its shape, never by its words:

- a *headline segment*: a block whose text is nearly all link text (at least
  ``HEADLINE_LINK_SHARE``), ``HEADLINE_MIN_WORDS``..``HEADLINE_MAX_WORDS`` words, linking
  to another page (not ``#...``, not ``javascript:``);
- a *summary segment* next to it (up to two segments after it, or the one before):
  ``SUMMARY_MIN_WORDS``..``SUMMARY_MAX_WORDS`` words, mostly not link text;
- the card is the smallest element holding both (at most ``MAX_CARD_DEPTH`` levels above
  each), and it holds little else (``CARD_EXTRA_CHARS``: a date, a label);
- cards come in groups: at least ``MIN_CARDS`` cards with the same tag under the same
  parent. One card alone (the article's own header: a linked headline above the
  standfirst) is not a teaser list.

A group is taken out before extraction, like the walk's chrome containers and under the
same guards: less than ``PRUNE_MAX_SHARE`` of the page's text and ``PROSE_MAX_SHARE`` of
its prose (a live blog whose entries have linked headings holds most of the page's prose
and stays), nothing in a container the walk already hinted, no ``<h1>``.
"""

from __future__ import annotations

from typing import Any

from cleanser.categories import Category
from cleanser.html.blocks import PROSE_MAX_SHARE, PROSE_MIN_CHARS, PRUNE_MAX_SHARE, PageWalk, Segment
from cleanser.html.hints import Hint

HEADLINE_LINK_SHARE = 0.8
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 30
SUMMARY_MIN_WORDS = 5
SUMMARY_MAX_WORDS = 80
MAX_CARD_DEPTH = 4
CARD_EXTRA_CHARS = 80
MIN_CARDS = 2

CARD = Hint(Category.FEED, "teaser card of another article (linked headline and summary, one of a group "
            "of alike cards)", prune=True)


def _words(text: str) -> int:
    return text.count(" ") + 1


def _is_headline(segment: Segment) -> bool:
    if segment.hint is not None or segment.link_chars < HEADLINE_LINK_SHARE * len(segment.text):
        return False
    if not HEADLINE_MIN_WORDS <= _words(segment.text) <= HEADLINE_MAX_WORDS:
        return False
    element = segment.element
    link = element if element.tag == "a" else next(element.iter("a"), None)
    if link is None:
        link = next((a for a in element.iterancestors("a")), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")


def _is_summary(segment: Segment) -> bool:
    return (segment.hint is None and segment.link_chars * 4 < len(segment.text)
            and SUMMARY_MIN_WORDS <= _words(segment.text) <= SUMMARY_MAX_WORDS)


def _common(a: Any, b: Any) -> Any:
    """The smallest element holding both ``a`` and ``b``, at most MAX_CARD_DEPTH levels above
    each; None when there is none that close."""
    above_a = [a]
    for ancestor in a.iterancestors():
        above_a.append(ancestor)
        if len(above_a) > MAX_CARD_DEPTH:
            break
    ids = {id(e): e for e in above_a}
    node = b
    for _ in range(MAX_CARD_DEPTH + 1):
        if node is None:
            return None
        if id(node) in ids:
            return node
        node = node.getparent()
    return None


def _text_length(element: Any, cache: dict[int, int]) -> int:
    key = id(element)
    if key not in cache:
        cache[key] = len("".join("".join(element.itertext()).split()))
    return cache[key]


def mark_teaser_cards(walk: PageWalk) -> int:
    """Find groups of teaser cards among ``walk``'s segments; add each card of a group small
    enough to ``walk.prunable`` (its prose leaves ``walk.prose_chars``) and give its segments
    the card hint. Returns the number of cards marked."""
    segments = walk.segments
    count = len(segments)
    headline = [_is_headline(s) for s in segments]
    if not any(headline):
        return 0
    sizes: dict[int, int] = {}
    # card element id -> (card element, its segments' indexes)
    cards: dict[int, tuple[Any, list[int]]] = {}
    for i, segment in enumerate(segments):
        if not _is_summary(segment):
            continue
        for j in (i - 1, i - 2, i + 1):
            if not 0 <= j < count or not headline[j]:
                continue
            card = _common(segment.element, segments[j].element)
            if card is None or card is segment.element or card is segments[j].element:
                break
            own = len("".join(segment.text.split())) + len("".join(segments[j].text.split()))
            if _text_length(card, sizes) > own + CARD_EXTRA_CHARS:
                break
            entry = cards.setdefault(id(card), (card, []))
            entry[1].extend(sorted({i, j} - set(entry[1])))
            break
    if not cards:
        return 0
    groups: dict[tuple[int, str], list[tuple[Any, list[int]]]] = {}
    for card, members in cards.values():
        parent = card.getparent()
        if parent is not None and card.tag != "html":
            groups.setdefault((id(parent), card.tag), []).append((card, members))
    marked = 0
    limit, prose_limit = PRUNE_MAX_SHARE * walk.total_chars, PROSE_MAX_SHARE * walk.prose_chars
    for group in groups.values():
        if len(group) < MIN_CARDS:
            continue
        members = [segments[i] for _, indexes in group for i in indexes]
        chars = sum(len(s.text) for s in members)
        prose = sum(len(s.text) for s in members if len(s.text) >= PROSE_MIN_CHARS and s.link_chars * 2 < len(s.text))
        if chars > limit or prose > prose_limit:
            continue
        if any(card.tag == "h1" or next(card.iter("h1"), None) is not None for card, _ in group):
            continue
        for card, indexes in group:
            walk.prunable.append(card)
            for i in range(min(indexes), max(indexes) + 1):
                if segments[i].hint is None:
                    segments[i].hint = CARD
                    segments[i].anchor = card
        walk.prose_chars -= prose
        marked += len(group)
    return marked
