"""Kickers: the short label set right above the headline ("MUDA DAN MENGINSPIRASI",
"Eksklusif", "Analisis"), a rubric or series name, not part of the article's text.

A segment is a kicker when its block is the element right before an ``<h1>`` that is the
page's headline (not link text: a linked ``<h1>`` is another article's) — its previous
element sibling, comments aside — it has at most ``KICKER_MAX_WORDS`` words,
no final stop, is mostly not link text... or all link text (a linked rubric), and sits
in no hinted container. It is taken out before extraction with the navigation category.
Text after the headline (a standfirst, a byline) is never a kicker.
"""

from __future__ import annotations

from cleanser.categories import Category
from cleanser.html.blocks import PageWalk
from cleanser.html.hints import Hint

KICKER_MAX_WORDS = 6
_FINAL = (".", "!", "?", ":", ";", ",")

KICKER = Hint(Category.NAVIGATION, "kicker above the headline (a rubric or series label)", prune=True)


def mark_kickers(walk: PageWalk) -> int:
    """Mark the kicker before each ``<h1>`` of ``walk`` (see the module docstring); returns
    how many."""
    marked = 0
    segments = walk.segments
    for index, segment in enumerate(segments):
        if segment.element.tag != "h1" or index == 0 or segment.link_chars * 2 >= len(segment.text):
            continue  # a linked <h1> is another article's headline (a read-also inside the body)
        before = segments[index - 1]
        element = before.element
        following = element.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not segment.element or before.hint is not None:
            continue
        text = before.text
        if len(text.split()) > KICKER_MAX_WORDS or text.rstrip().endswith(_FINAL):
            continue
        if element.tag in ("html", "body", "main", "article", "header", "section"):
            continue
        if any(s.element is element for s in segments[max(0, index - 2):index - 1]):
            continue  # more text in that block than the label
        walk.prunable.append(element)
        before.hint = KICKER
        before.anchor = element
        marked += 1
    return marked
