"""Invitations to more of the site's news ("Yuk, baca berita menarik lainnya!"): a line made
only of an opener, a reading verb and the site's other articles in general.

Read by the more-news rule (RL06) and by the title finder (such a line goes, so the title is
looked for past it, as a second pass would).
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanser import lexicon, textshape

VERBS = lexicon.word_set("more_news_verbs")
NOUNS = lexicon.word_set("more_news_nouns")
OTHERS = lexicon.word_set("more_news_others")
WORDS = lexicon.word_set("more_news_words") | OTHERS
MAX_WORDS = 14
MAX_OPENERS = 3
"""Words before the verb ("Yuk,", "Jangan lupa"): at most this many."""
MAX_CHANNEL_WORDS = 3
_CHANNEL_PREPOSITIONS = frozenset({"di", "on", "at", "via", "lewat", "melalui"})


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


def is_more_news_line(text: str, folded_words: Sequence[str] | None = None) -> bool:
    """Is the whole of ``text`` an invitation to more of the site's news?"""
    folded = folded_words if folded_words is not None else [w.casefold() for w in textshape.words(text)]
    if not 2 <= len(folded) <= MAX_WORDS or VERBS.isdisjoint(folded) or NOUNS.isdisjoint(folded):
        return False
    return is_invitation(textshape.words(text), folded)
