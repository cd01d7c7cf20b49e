from __future__ import annotations

from collections.abc import Iterator

from cleanser import patterns
from cleanser.analysis import scan
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

# shared with the title finder, which looks past these lines (cleanser.patterns)
BREADCRUMB = patterns.BREADCRUMB
TAGS = patterns.TAG_LINE
HASHTAGS = patterns.HASHTAG_LINE


_BREADCRUMB_FAMILY = patterns.BREADCRUMB_FAMILY
_TAGS_FAMILY = patterns.TAG_LINE_FAMILY
_HASHTAGS_FAMILY = patterns.scanned("NV01.hashtags", HASHTAGS)
_NAVIGATION = "navigation_lines"
_OTHER_FAMILIES = frozenset({_BREADCRUMB_FAMILY, _TAGS_FAMILY, _HASHTAGS_FAMILY})
MAX_WORDS = 60
MAX_WIDGET_WORDS = 12


@register
class NavigationLine(Rule):
    """A menu, share/follow widget, breadcrumb or tag line.

    Anti-pattern (removed)::

        Connect with us
        Home > Nasional > Politik
        Tags: banjir, jakarta, bpbd
        #banjir #jakarta

    Best practice (kept: the same words in a sentence)::

        Warga diminta mengikuti kami di posko pengungsian, kata petugas.
    """

    code = "NV01"
    name = "navigation-line"
    category = Category.NAVIGATION
    priority = 45

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        hits = doc.hits
        words = doc.words
        # a widget line: where the scan found a key of the list, or opening as one of its
        # entries without a key may (``scan.may_be_phrase_line``)
        by_line = hits.by_line
        others_closed = _OTHER_FAMILIES.issubset(hits.closed)  # (then may_hold looks at the line's families)
        for line in doc.content_lines:
            index = line.index
            n = len(words[index])
            if n > MAX_WORDS:
                continue
            if n > MAX_WIDGET_WORDS and (
                by_line[index].isdisjoint(_OTHER_FAMILIES) if others_closed else not (
                    hits.may_hold(index, _BREADCRUMB_FAMILY)
                    or hits.may_hold(index, _TAGS_FAMILY)
                    or hits.may_hold(index, _HASHTAGS_FAMILY)
                )
            ):
                continue  # no widget this long, and no key of the other patterns
            text = line.text
            if n <= MAX_WIDGET_WORDS and scan.may_be_phrase_line(hits, index, text, _NAVIGATION) and (
                doc.is_phrase_line(line, _NAVIGATION)
            ):
                yield self.line(line, f"share/follow/menu widget: {line.stripped[:60]!r}")
            elif hits.may_hold(line.index, _BREADCRUMB_FAMILY) and BREADCRUMB.match(text):
                yield self.line(line, "breadcrumb trail")
            elif (hits.may_hold(line.index, _TAGS_FAMILY) and TAGS.match(text)) or (
                "#" in text and HASHTAGS.match(text)
            ):
                yield self.line(line, "tag list")
