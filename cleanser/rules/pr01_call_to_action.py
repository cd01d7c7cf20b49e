from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon
from cleanser.categories import Category
from cleanser.document import Document, Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

ACTIONS = lexicon.phrase_index("promo_actions")
CHANNELS = lexicon.phrase_index("promo_channels")
MAX_WORDS = 70
STRONG_CUES = 4
MAX_BUTTON_WORDS = 8


def call_to_action_cues(doc: Document, line: Line) -> tuple[set[str], set[str]]:
    """The action and channel cues of ``line`` (both empty unless it has an action)."""
    if doc.word_count(line) > MAX_WORDS:
        return set(), set()
    folded = doc.folded_words[line.index]
    actions = ACTIONS.find(folded)
    if not actions:
        return set(), set()
    return actions, CHANNELS.find(folded, line.text)


def is_button(doc: Document, line: Line, actions: set[str]) -> bool:
    """A short imperative line that is no sentence: "Gift Premium Articles to Anyone"."""
    folded = doc.folded_words[line.index]
    if not folded or doc.word_count(line) > MAX_BUTTON_WORDS or line.text.rstrip().endswith("."):
        return False
    return any(tuple(folded[: len(a.split())]) == tuple(a.split()) for a in actions)


def is_call_to_action(doc: Document, line: Line) -> bool:
    actions, channels = call_to_action_cues(doc, line)
    return bool(actions and channels) and (
        len(actions) + len(channels) >= STRONG_CUES
        or doc.in_header(line)
        or doc.in_tail(line)
        or is_button(doc, line, actions)
    )


@register
class CallToAction(Rule):
    """A call to action: join, subscribe, follow, download, send your content.

    A line needs an action (``data/promo_actions.txt``) and a channel it points to
    (``data/promo_channels.txt``). Before or after the story that is enough; among the
    story's paragraphs it needs four cues, or be a short line opening with the action and
    without a closing period (a button), else it is only reported as a suspicion.

    Anti-pattern (removed)::

        Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini untuk
        mendaftarkan diri anda sekarang juga!
        Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten
        serumu, serta dapatkan berbagai reward menarik! Let's join Z Creators dengan klik di sini.

    Best practice (kept: a story that reports an app launch)::

        Pemerintah meminta warga mengunduh aplikasi itu sebelum mendaftar vaksinasi.
    """

    code = "PR01"
    name = "call-to-action"
    category = Category.PROMO
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            actions, channels = call_to_action_cues(doc, line)
            if not (actions and channels):
                continue
            cues = len(actions) + len(channels)
            outside = doc.in_header(line) or doc.in_tail(line)
            evidence = ", ".join(sorted(actions | channels))
            if outside or cues >= STRONG_CUES:
                yield self.line(line, f"call to action ({evidence})")
            elif is_button(doc, line, actions):
                yield self.line(line, f"call-to-action button ({evidence})")
            else:
                yield self.line(line, f"possible call to action ({evidence})", score=0.3)
