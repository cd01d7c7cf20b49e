from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleanser import patterns, textshape
from cleanser.analysis import flattened
from cleanser.analysis.facts import AnalysedDocument
from cleanser.analysis.invitations import MAX_WORDS, NOUNS, VERBS, is_invitation
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_VERB_FAMILY = patterns.scanned_words("RL06.verbs", VERBS)
_NOUN_FAMILY = patterns.scanned_words("RL06.nouns", NOUNS)


@register
class MoreNewsInvitation(Rule):
    """A line that invites the reader to more of the site's articles without naming one:
    an opener ("Yuk,", "Jangan lewatkan"), a reading verb and the site's news in general
    ("berita menarik lainnya"), perhaps "di <Site>" at the end. Every word must come from
    the more_news lists, with one that points to other articles ("lainnya", "terkait",
    "terbaru"), so a sentence that tells something (a name, a number, an event) never
    matches, nor a lead into the story's own details ("Simak informasi selengkapnya di
    sini"); the same invitation closing a paragraph goes alone. A video invitation is
    reported as an embed, as the video lead-in rule reports it.

    Anti-pattern (removed)::

        Yuk, Baca Juga Berita Lainnya!
        Baca juga berita terkait lainnya:
        ... kata dia. Jangan lewatkan berita terkini lainnya!

    Best practice (kept: a sentence about reading news; a lead into the story's details)::

        Warga membaca berita terkini tentang banjir di ponsel mereka.
        Kapan bansos tahap dua cair? Simak informasi selengkapnya di sini.
        Baca juga: Harga Cabai Naik Jelang Lebaran   (a linked title: RL01's)
    """

    code = "RL06"
    name = "more-news-invitation"
    category = Category.RELATED
    priority = 49
    needs = (_VERB_FAMILY,)  # and a noun (``applies``)

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a noun of the invitation too."""
        return doc.hits.anywhere(_NOUN_FAMILY)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        verbs, nouns = doc.hits.lines_of(_VERB_FAMILY), doc.hits.lines_of(_NOUN_FAMILY)
        if verbs is None or nouns is None:
            lines = doc.content_lines
        else:  # the lines where the scan found a verb and a noun
            lines = tuple(doc.lines[i] for i in sorted(set(verbs).intersection(nouns)))
        for line in lines:
            folded = doc.folded_words[line.index]
            if len(folded) < 2 or VERBS.isdisjoint(folded) or NOUNS.isdisjoint(folded):
                continue
            words = doc.words[line.index]
            if len(folded) <= MAX_WORDS and is_invitation(words, folded):
                yield self.line(line, "invitation to more of the site's news, naming no article",
                                category=_category(folded))
                continue
            text = line.text.rstrip()
            pieces = flattened.sentences(text)  # the analysis's sentence cuts, glued ones too
            if len(pieces) < 2:
                continue
            tail = text[pieces[-1][0] :].lstrip()
            start = len(text) - len(tail)
            tail_words = textshape.words(tail)
            tail_folded = [w.casefold() for w in tail_words]
            if is_invitation(tail_words, tail_folded):
                yield self.span(line.start + start, line.start + len(text),
                                "invitation to more of the site's news closing a paragraph",
                                category=_category(tail_folded))


def _category(folded: Sequence[str]) -> Category:
    """Videos are embeds (as the video lead-in rule reports them), the rest related links."""
    offered = {w for w in folded if w in NOUNS}
    return Category.EMBED if offered == {"video"} else Category.RELATED
