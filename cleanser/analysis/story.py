"""Where the story is: prose lines that are not chrome whatever their neighbours are.

Rules that decide by position ("before the story", "after the story") must decide the same
way once other chrome is gone, or cleaning twice would remove more than cleaning once. So
the story's first and last lines are found among prose-shaped lines, leaving out prose-shaped
lines that are chrome on their own account: copyright and reproduction notices, disclaimers,
strong calls to action, republication notices, gambling spam and the lines an outlet's
site pack removes wherever they stand. These tests read only the line itself and facts
that read no positions (the spam reading, the site packs' matches anywhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleanser.analysis import address, legal, promo
from cleanser.patterns import READ_AT_SOURCE, REPUBLISHED

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line


def is_chrome_prose(doc: AnalysedDocument, line: Line) -> bool:
    """Is this prose-shaped line chrome by itself, wherever it stands?"""
    index = line.index
    if index in doc.spam_lines or index in doc.site_pack_lines(anywhere_only=True):
        return True
    return _chrome_by_its_text(doc, line)


def _chrome_by_its_text(doc: AnalysedDocument, line: Line) -> bool:
    """A notice, a republication pointer or a strong call to action."""
    index = line.index
    text = line.text
    hits = doc.hits
    if legal.may_be_notice(doc, line, text) and legal.is_notice(doc, line):
        return True
    if (hits.may_hold(index, "republished") and REPUBLISHED.match(text)) or (
        hits.may_hold(index, "read_at_source") and READ_AT_SOURCE.match(text)
    ):
        return True
    actions, channels = promo.call_to_action_cues(doc, line)
    return bool(
        actions and channels and len(actions) + len(channels) >= promo.STRONG_CUES
        and address.speaks_to_reader(line.text)  # a sentence reporting an action is story
    )


def story_indexes(doc: AnalysedDocument) -> tuple[int, ...]:
    """Prose lines that are not chrome on their own account (nor copies of the story that go
    whole): the lines that bound the story's header and tail. A line that loses a part to a
    copy or to spam is judged by what is left of it (as a second pass reads it)."""
    copies = doc.whole_line_copies
    body = set(doc.body_paragraph_indexes)
    for index in doc.lines_cut:  # judged as they read once copies and spam are cut out of them
        if doc.is_body_after_cuts(doc.lines[index]):
            body.add(index)
        else:
            body.discard(index)
    if not body:
        return ()
    gone = doc.spam_lines | doc.site_pack_lines(anywhere_only=True) | copies  # chrome wherever they stand
    lines = doc.lines
    return tuple(i for i in sorted(body) if i not in gone and not _chrome_by_its_text(doc, lines[i]))
