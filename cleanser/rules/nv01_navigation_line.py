from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon, patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

# shared with the title finder, which looks past these lines (cleanser.patterns)
BREADCRUMB = patterns.BREADCRUMB
TAGS = patterns.TAG_LINE
HASHTAGS = patterns.HASHTAG_LINE


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
        widgets = lexicon.whole_line("navigation_lines")
        for line in doc.content_lines:
            text = line.text
            n = doc.word_count(line)
            if n > MAX_WORDS:
                continue
            if n <= MAX_WIDGET_WORDS and widgets.match(text):
                yield self.line(line, f"share/follow/menu widget: {line.stripped[:60]!r}")
            elif BREADCRUMB.match(text):
                yield self.line(line, "breadcrumb trail")
            elif TAGS.match(text) or HASHTAGS.match(text):
                yield self.line(line, "tag list")
