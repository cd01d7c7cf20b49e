from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleanser import textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.analysis.invitations import MAX_WORDS, NOUNS, VERBS, is_invitation
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_SENTENCE_END = "!.…:"


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
        Simak berita terbaru lainnya hanya di Contoh.com
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

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for line in doc.content_lines:
            folded = doc.folded_words[line.index]
            if len(folded) < 2 or VERBS.isdisjoint(folded) or NOUNS.isdisjoint(folded):
                continue
            words = doc.words[line.index]
            if len(folded) <= MAX_WORDS and is_invitation(words, folded):
                yield self.line(line, "invitation to more of the site's news, naming no article",
                                category=_category(folded))
                continue
            text = line.text.rstrip()
            start = _last_sentence_start(text)
            if start is None:
                continue
            tail = text[start:]
            tail_words = textshape.WORD.findall(tail)
            if is_invitation(tail_words, [w.casefold() for w in tail_words]):
                yield self.span(line.start + start, line.start + len(text),
                                "invitation to more of the site's news closing a paragraph",
                                category=_category([w.casefold() for w in tail_words]))


def _category(folded: Sequence[str]) -> Category:
    """Videos are embeds (as the video lead-in rule reports them), the rest related links."""
    offered = {w for w in folded if w in NOUNS}
    return Category.EMBED if offered == {"video"} else Category.RELATED


def _last_sentence_start(text: str) -> int | None:
    """Where the line's last sentence starts (after a sentence end and white space, or
    straight after '.'/'!' glued to a capital), if it holds a sentence before it."""
    for at in range(len(text) - 2, 0, -1):
        char = text[at]
        if char in _SENTENCE_END[:2] or char in "?\"”":
            after = at + 1
            while after < len(text) and text[after].isspace():
                after += 1
            if after < len(text) and text[after].isupper() and textshape.WORD.search(text, 0, at):
                return after
    return None
