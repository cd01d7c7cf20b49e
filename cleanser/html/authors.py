"""Author boxes inside the article: the writer's name linked to their page, and a short bio.

Many templates close the article with a box about its writer: a picture, the name linking
to the writer's page, one or two sentences about them ("... adalah jurnalis ...", "...
has covered politics since ..."), sometimes social handles. A box with "author" or "bio"
in its class is known from the markup (``cleanser.html.hints``; trafilatura drops
``author`` classes too); without such a class the extractor keeps the bio as a paragraph
of the article.

A box is recognised by its shape:

- a *name segment*: a block that is nearly all link text (``NAME_LINK_SHARE``), 2 to
  ``NAME_MAX_WORDS`` capitalised words without digits, whose link leads to a person's page
  (a path part such as ``author``, ``penulis``, ``profil``, ``reporter``, ``editor``,
  ``kontributor``, ``writer``; or an ``author=`` query);
- a *bio segment* next to it (up to two segments after, or one before): ``BIO_MIN_WORDS``
  to ``BIO_MAX_WORDS`` words, mostly not link text, no date line;
- the box, the smallest element holding both (``MAX_BOX_DEPTH`` levels at most), holds
  little else (``BOX_EXTRA_CHARS``) and no ``<h1>``;
- article text stands before it: at least one prose segment (``PROSE_MIN_CHARS``, mostly
  not link text, in no hinted container) earlier in the page and outside the box. A
  byline above the story (name, date, standfirst) is not a box about the writer.

The box is taken out before extraction with the author-bio category.
"""

from __future__ import annotations

import re

from cleanser.categories import Category
from cleanser.html.blocks import PROSE_MIN_CHARS, PageWalk, Segment, common_ancestor
from cleanser.html.hints import Hint

NAME_LINK_SHARE = 0.8
NAME_MAX_WORDS = 5
BIO_MIN_WORDS = 6
BIO_MAX_WORDS = 80
MAX_BOX_DEPTH = 4
BOX_EXTRA_CHARS = 120

_PERSON_PAGE = re.compile(
    r"/(?:author|authors|penulis|profil|profile|reporter|reporters|editor|editors|kontributor|contributor"
    r"|contributors|writer|writers|wartawan|jurnalis|journalist|columnist|kolumnis|staff)(?:/|$|\?)"
    r"|[?&]author=",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(r"\b\d{1,2}[/.:-]\d{1,2}\b|\b(?:19|20)\d\d\b")

AUTHOR_BOX = Hint(Category.AUTHOR_BIO, "author box (the writer's name linked to their page, and a short bio)",
                  prune=True)


def _free(segment: Segment) -> bool:
    """In no container the markup hinted, or in a byline/author one (not pruned)."""
    return segment.hint is None or segment.hint.category is Category.METADATA


def _is_name(segment: Segment) -> bool:
    text = segment.text
    if not _free(segment) or segment.link_chars < NAME_LINK_SHARE * len(text):
        return False
    words = text.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or any(c.isdigit() for c in text):
        return False
    if not all(word[:1].isupper() for word in words if word[:1].isalpha()):
        return False
    element = segment.element
    link = element if element.tag == "a" else next(element.iter("a"), None)
    if link is None:
        link = next(element.iterancestors("a"), None)
    return link is not None and bool(_PERSON_PAGE.search(link.get("href") or ""))


def _is_bio(segment: Segment) -> bool:
    words = len(segment.text.split())
    return (_free(segment) and segment.link_chars * 4 < len(segment.text)
            and BIO_MIN_WORDS <= words <= BIO_MAX_WORDS and not _DATE_LIKE.search(segment.text))




def mark_author_boxes(walk: PageWalk) -> int:
    """Find author boxes among ``walk``'s segments; add each to ``walk.prunable`` and give its
    segments the author-box hint. Returns the number of boxes marked."""
    segments = walk.segments
    count = len(segments)
    share = NAME_LINK_SHARE
    names = [i for i, s in enumerate(segments) if s.link_chars and s.link_chars >= share * len(s.text) and _is_name(s)]
    if not names:
        return 0
    first_prose = next((i for i, s in enumerate(segments)
                        if s.hint is None and len(s.text) >= PROSE_MIN_CHARS and s.link_chars * 2 < len(s.text)),
                       None)
    if first_prose is None:
        return 0
    marked = 0
    taken: set[int] = set()
    for n in names:
        for j in (n + 1, n + 2, n - 1):
            if not 0 <= j < count or j in taken or not _is_bio(segments[j]):
                continue
            box = common_ancestor(segments[n].element, segments[j].element, MAX_BOX_DEPTH)
            if box is None or box is segments[j].element or box.tag in ("body", "html", "article", "main"):
                break
            text = "".join("".join(box.itertext()).split())
            budget = len("".join(segments[n].text.split())) + len("".join(segments[j].text.split())) + BOX_EXTRA_CHARS
            if len(text) > budget or box.tag == "h1" or next(box.iter("h1"), None) is not None:
                break
            low, high = min(n, j), max(n, j)
            if first_prose >= low:  # no article text before the box: a byline, not a box about the writer
                break
            walk.prunable.append(box)
            walk.prose_chars -= sum(len(segments[i].text) for i in range(low, high + 1)
                                    if len(segments[i].text) >= PROSE_MIN_CHARS)
            for i in range(low, high + 1):
                taken.add(i)
                if _free(segments[i]):
                    segments[i].hint = AUTHOR_BOX
                    segments[i].anchor = box
            marked += 1
            break
    return marked
