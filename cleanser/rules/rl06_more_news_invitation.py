from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleanser import lexicon, textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

VERBS = lexicon.word_set("more_news_verbs")
NOUNS = lexicon.word_set("more_news_nouns")
OTHERS = lexicon.word_set("more_news_others")
WORDS = lexicon.word_set("more_news_words") | OTHERS
MAX_WORDS = 14
MAX_OPENERS = 3
"""Words before the verb ("Yuk,", "Jangan lupa"): at most this many."""
MAX_CHANNEL_WORDS = 3
_CHANNEL_PREPOSITIONS = frozenset({"di", "on", "at", "via", "lewat", "melalui"})
_SENTENCE_END = "!.…:"


def _channel(words: Sequence[str]) -> bool:
    """A site or app named after 'di' / 'on': capitalised words or a domain ("detikcom",
    "Kompas.com", "Google News")."""
    return 0 < len(words) <= MAX_CHANNEL_WORDS and all(w[:1].isupper() or "." in w for w in words)


def is_invitation(words: Sequence[str], folded: Sequence[str]) -> bool:
    """Do ``words`` (with their casefolded forms) make a "more news" invitation and nothing
    else: openers, a reading verb, and the site's other articles in general ("berita
    menarik lainnya"), perhaps "di <Site>" at the end? "Simak informasi selengkapnya di
    sini" is not one: it may lead into the story itself."""
    n = len(folded)
    if not 2 <= n <= MAX_WORDS:
        return False
    verb = next((i for i, w in enumerate(folded[: MAX_OPENERS + 1]) if w in VERBS), None)
    if verb is None or any(w not in WORDS for w in folded[:verb]):
        return False
    end = n
    for i in range(verb + 1, n):
        if folded[i] in _CHANNEL_PREPOSITIONS and _channel(words[i + 1 :]):
            end = i
            break
    rest = folded[verb + 1 : end]
    return (
        any(w in NOUNS for w in rest)
        and any(w in OTHERS for w in rest)
        and all(w in NOUNS or w in WORDS for w in rest)
    )


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
