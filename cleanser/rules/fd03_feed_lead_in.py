from __future__ import annotations

from collections.abc import Iterator

from cleanser import patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.lexicon import caseless
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

LEAD_IN = caseless(
    r"\b(?:artikel|berita)(?:\s+\S+){0,2}?\s+(?:ter)?(?:populer|terkini|terbaru)(?:nya)?\b"
    r"|\b(?:most\s+read|most\s+popular)\b",
)
_LEAD_IN_FAMILY = patterns.scanned("FD03.lead_in", LEAD_IN)
MAX_WORDS = 40


@register
class FeedLeadIn(Rule):
    """A closing line that introduces a feed of other articles: "Berikut artikel terpopulernya:".

    Only after the story, only a line ending with ':' that names a feed (most popular,
    latest articles).

    Anti-pattern (removed)::

        Artikel tentang wisata pantai ini menjadi artikel terpopuler Senin. Berikut artikel terpopulernya:

    Best practice (kept: the story introducing its own list)::

        Berikut daftar lima pantai terpopuler di Lombok menurut data dinas pariwisata:
    """

    code = "FD03"
    name = "feed-lead-in"
    category = Category.FEED
    priority = 56
    needs = (_LEAD_IN_FAMILY,)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        lines = doc.lines
        words = doc.words
        for index in range(doc.last_body_index + 1, len(lines)):  # the tail's lines
            if not 0 < len(words[index]) <= MAX_WORDS:  # (a blank line has no word)
                continue
            line = lines[index]
            text = line.text.rstrip()
            if not text.endswith(":"):
                continue
            match = LEAD_IN.search(text)
            if match and "daftar" not in text.casefold():
                yield self.line(line, f"lead-in of a feed of other articles ({match.group()!r})")
