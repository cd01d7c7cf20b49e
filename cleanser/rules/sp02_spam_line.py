from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class SpamLine(Rule):
    """A line or paragraph that is online-gambling spam from end to end.

    Covers spam headings and paragraphs of SEO pages dressed as news, keyword and hashtag
    lists, hidden link blocks, and comment spam in disguise (stylised Unicode letters,
    look-alike letters, subscripts, zero-width characters, spaced letters, separators or
    emoji inside a word, leetspeak), which is read after normalisation and named in the
    reason; lottery market pages, trust and payment-speed claims, slot-mechanics talk.
    Near misses are reported as suspicions, not removed.

    Anti-pattern (removed)::

        Daftar sekarang di situs slot gacor hari ini, deposit pulsa tanpa potongan!
        Main di 𝐆𝐀𝐂𝐎𝐑𝟖𝟖 dijamin maxwin, WD lancar bosku
        K~I~L~A~T~8~8 gampang jp bang

    Best practice (kept: news about gambling, other senses of the words)::

        Satgas Judi Online memblokir ribuan situs slot gacor sepanjang pekan lalu.
        Dishub meminta pengelola mal memasang papan informasi slot parkir.
    """

    code = "SP02"
    name = "spam-line"
    category = Category.SPAM
    priority = 10

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without spam findings."""
        return bool(doc.spam.findings)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for finding in doc.spam.of_kind("line"):
            yield self.span(finding.start, finding.end, finding.reason, score=finding.score)
