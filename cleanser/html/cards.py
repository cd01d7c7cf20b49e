"""Teaser cards of other articles: a linked headline and a short summary, repeated.

News pages list other stories as *cards*: a small element (``li``, ``article``, ``div``)
holding a headline that links to the story and one or two lines of its summary, often
with a picture and a date. In a box with a telling class ("related", "terpopuler") the
block walk already knows them; without one, the extractor keeps the summaries as if they
were paragraphs of the article (the linked headlines it drops as link text).

A card is recognised by its shape, never by its words:

- a *headline segment*: a block whose text is nearly all link text (at least
  ``HEADLINE_LINK_SHARE``), ``HEADLINE_MIN_WORDS``..``HEADLINE_MAX_WORDS`` words, linking
  to another page of the same site (relative, or on the page's host or another host of
  the same outlet; not ``#...``, not ``javascript:``);
- a *summary segment* next to it (up to two segments after it, or the one before):
  ``SUMMARY_MIN_WORDS``..``SUMMARY_MAX_WORDS`` words, mostly not link text;
- the card is the smallest element holding both (at most ``MAX_CARD_DEPTH`` levels above
  each), widened to the largest element around it that holds no more text (a picture box
  beside the text box), and it holds little else (``CARD_EXTRA_CHARS``: a date, a label);
- cards come in groups: at least ``MIN_CARDS`` cards with the same tag under the same
  parent. One card alone (the article's own header: a linked headline above the
  standfirst) is not a teaser list.

A group is taken out before extraction, like the walk's chrome containers and under
similar guards: less than ``PRUNE_MAX_SHARE`` of the page's text and
``CARD_PROSE_MAX_SHARE`` of its prose (a live blog whose entries have linked headings, a
listicle whose items link out, hold most of the page's prose and stay), nothing in a
container the walk already hinted, no ``<h1>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from cleanser.categories import Category
from cleanser.html.blocks import PROSE_MIN_CHARS, PRUNE_MAX_SHARE, PageWalk, Segment, common_ancestor
from cleanser.html.hints import Hint

HEADLINE_LINK_SHARE = 0.8
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 30
SUMMARY_MIN_WORDS = 5
SUMMARY_MAX_WORDS = 80
MAX_CARD_DEPTH = 4
CARD_EXTRA_CHARS = 80
MIN_CARDS = 2

_SECOND_LEVEL = frozenset({"ac", "co", "com", "go", "net", "or", "org", "sch", "web", "my", "biz", "gov", "edu"})
# A group is left out while its prose is less than this share of the page's prose: the
# cards' shape is strong evidence, but a listicle whose items link out holds most of it.
CARD_PROSE_MAX_SHARE = 0.5

CARD = Hint(Category.FEED, "teaser card of another article (linked headline and summary, one of a group "
            "of alike cards)", prune=True)


def _words(text: str) -> int:
    return text.count(" ") + 1


def _host(url: str) -> str:
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.").removeprefix("m.")


def page_host(tree: Any, url: str | None) -> str:
    """The page's own host: from ``url``, else its canonical link or og:url (in the page's
    ``<head>``); "" if none."""
    if url:
        host = _host(url)
        if host:
            return host
    try:
        found = tree.xpath("/html/head/link[@rel='canonical']/@href | /html/head/meta[@property='og:url']/@content")
    except Exception:
        return ""
    for value in found:
        host = _host(str(value))
        if host:
            return host
    return ""


def _headline_link(segment: Segment) -> str | None:
    """The href of a headline segment's link when it leads to another page of the site
    (relative, or on ``host``'s site); None when the segment is no linked headline."""
    if segment.hint is not None or segment.link_chars < HEADLINE_LINK_SHARE * len(segment.text):
        return None
    if not HEADLINE_MIN_WORDS <= _words(segment.text) <= HEADLINE_MAX_WORDS:
        return None
    element = segment.element
    link = element if element.tag == "a" else next(element.iter("a"), None)
    if link is None:
        link = next((a for a in element.iterancestors("a")), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "mailto:")):
        return None
    return href


def _same_site(href: str, host: str) -> bool:
    """A relative link, or one whose host is ``host`` or shares its registered part (a
    desk subdomain of the same outlet); without a known page host, any link."""
    if not href.lower().startswith(("http://", "https://", "//")):
        return True
    if not host:
        return True
    other = _host(href if not href.startswith("//") else "http:" + href)
    return bool(other) and (other == host or other.endswith("." + _site(host)) or _site(other) == _site(host))


def _site(host: str) -> str:
    """The last two labels of a host, three under a second-level label (example.co.id)."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _is_summary(segment: Segment) -> bool:
    return (segment.hint is None and segment.link_chars * 4 < len(segment.text)
            and SUMMARY_MIN_WORDS <= _words(segment.text) <= SUMMARY_MAX_WORDS)




def _text_length(element: Any, cache: dict[Any, int]) -> int:
    # keyed by the element itself (held by the dict): an id() of an lxml proxy can be reused
    if element not in cache:
        cache[element] = len("".join("".join(element.itertext()).split()))
    return cache[element]


def mark_teaser_cards(walk: PageWalk, host: str | Callable[[], str] = "") -> int:
    """Find groups of teaser cards among ``walk``'s segments; add each card of a group small
    enough to ``walk.prunable`` (its prose leaves ``walk.prose_chars``) and give its segments
    the card hint. ``host``: the page's own host (``page_host``), or a function giving it
    (called only when the page has linked headlines); card headlines link within its site.
    Returns the number of cards marked."""
    segments = walk.segments
    count = len(segments)
    share = HEADLINE_LINK_SHARE
    links = [_headline_link(s) if s.link_chars and s.link_chars >= share * len(s.text) else None for s in segments]
    if not any(links):
        return 0
    site = host() if callable(host) else host  # read only when there are linked headlines
    headline = [href is not None and _same_site(href, site) for href in links]
    if not any(headline):
        return 0
    sizes: dict[Any, int] = {}
    # card element -> its segments' indexes
    cards: dict[Any, list[int]] = {}
    for i, segment in enumerate(segments):
        if not _is_summary(segment):
            continue
        for j in (i - 1, i - 2, i + 1):
            if not 0 <= j < count or not headline[j]:
                continue
            card = common_ancestor(segment.element, segments[j].element, MAX_CARD_DEPTH)
            if card is None or card is segment.element or card is segments[j].element:
                break
            budget = len("".join(segment.text.split())) + len("".join(segments[j].text.split())) + CARD_EXTRA_CHARS
            if _text_length(card, sizes) > budget:
                break
            # the card is the largest element around them that holds nothing more (a picture
            # box beside the text box adds no text)
            for _ in range(MAX_CARD_DEPTH):
                parent = card.getparent()
                if parent is None or parent.tag in ("body", "html") or _text_length(parent, sizes) > budget:
                    break
                card = parent
            indexes = cards.setdefault(card, [])
            indexes.extend(sorted({i, j} - set(indexes)))
            break
    if not cards:
        return 0
    groups: dict[tuple[Any, str], list[tuple[Any, list[int]]]] = {}
    for card, members in cards.items():
        parent = card.getparent()
        if parent is not None and card.tag != "html":
            groups.setdefault((parent, card.tag), []).append((card, members))
    marked = 0
    limit, prose_limit = PRUNE_MAX_SHARE * walk.total_chars, CARD_PROSE_MAX_SHARE * walk.prose_chars
    for group in groups.values():
        if len(group) < MIN_CARDS:
            continue
        held = [segments[i] for _, indexes in group for i in indexes]
        chars = sum(len(s.text) for s in held)
        prose = sum(len(s.text) for s in held if len(s.text) >= PROSE_MIN_CHARS and s.link_chars * 2 < len(s.text))
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


_READ_ALSO = re.compile(r"^(?:baca|lihat|simak)\s+(?:juga|pula)\b|^(?:berita|artikel)\s+terkait\b|^read\s+also\b"
                        r"|^see\s+also\b|^related\s*:", re.IGNORECASE)
READ_ALSO_LEAD_MAX_WORDS = 4

READ_ALSO = Hint(Category.RELATED, "read-also block (a read-also lead, then only linked headlines)", prune=True)


def mark_read_also_blocks(walk: PageWalk) -> int:
    """Blocks that open with a read-also lead ("Baca juga:") and hold nothing but linked
    headlines after it, one a line (``<br>``-separated inside a ``<p>``): the whole block
    is taken out before extraction, not only its first line. Returns how many."""
    segments = walk.segments
    marked = 0
    index = 0
    count = len(segments)
    while index < count:
        segment = segments[index]
        element = segment.element
        end = index + 1
        while end < count and segments[end].element is element:
            end += 1
        lead = _READ_ALSO.match(segment.text) if segment.hint is None else None
        if lead is not None and end - index >= 2 and element.tag not in ("html", "body", "main", "article"):
            rest = segment.text[lead.end():].strip(" :-\u2013\u2014")
            lead_ok = (len(rest.split()) <= READ_ALSO_LEAD_MAX_WORDS
                       or segment.link_chars >= HEADLINE_LINK_SHARE * len(rest))
            links_ok = all(s.hint is None and s.link_chars >= HEADLINE_LINK_SHARE * len(s.text)
                           and len(s.text.split()) >= HEADLINE_MIN_WORDS - 1 for s in segments[index + 1:end])
            if lead_ok and links_ok:
                walk.prunable.append(element)
                for s in segments[index:end]:
                    s.hint = READ_ALSO
                    s.anchor = element
                marked += 1
        index = end
    return marked
