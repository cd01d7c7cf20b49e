"""Where the story is: prose lines that are not chrome whatever their neighbours are.

Rules that decide by position ("before the story", "after the story") must decide the same
way once other chrome is gone, or cleaning twice would remove more than cleaning once. So
the story's first and last lines are found among prose-shaped lines, leaving out prose-shaped
lines that are chrome on their own account: copyright and reproduction notices, disclaimers,
strong calls to action, republication notices, gambling spam and the lines an outlet's
site pack removes wherever they stand. These tests read only the
line itself (and the document's spam analysis, which reads no positions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleanser.document import Document, Line


def _spam_lines(doc: Document) -> frozenset[int]:
    from cleanser.spam.analysis import analyse

    lines: set[int] = set()
    for finding in analyse(doc).findings:
        if finding.kind in ("line", "slot") and finding.score >= 0.5:
            line = doc.line_at(finding.start)
            if finding.start <= line.content_start and line.content_end <= finding.end:
                lines.add(line.index)
    return frozenset(lines)


def _site_pack_lines(doc: Document) -> frozenset[int]:
    """Lines that a site pack removes whole, by rules that apply wherever a line stands."""
    from cleanser.declarative import site_pack_rules

    lines: set[int] = set()
    for rule in site_pack_rules():
        if getattr(rule, "scope", None) == "block" or getattr(rule, "where", None) != "anywhere":
            continue
        try:
            proposals = doc.proposals(rule)
        except Exception:  # a failing pack rule is reported by the pipeline, not here
            continue
        for proposal in proposals:
            line = doc.line_at(proposal.start)
            if proposal.score >= 0.5 and proposal.start <= line.content_start and line.content_end <= proposal.end:
                lines.add(line.index)
    return frozenset(lines)


def is_chrome_prose(doc: Document, line: Line) -> bool:
    """Is this prose-shaped line chrome by itself, wherever it stands?"""
    from cleanser.patterns import READ_AT_SOURCE, REPUBLISHED
    from cleanser.rules.lg01_legal_notice import DISCLAIMER, NOTICE
    from cleanser.rules.pr01_call_to_action import STRONG_CUES, call_to_action_cues

    text = line.text
    if NOTICE.find(doc.folded_words[line.index], text) or DISCLAIMER.match(text):
        return True
    if REPUBLISHED.match(text) or READ_AT_SOURCE.match(text):
        return True
    actions, channels = call_to_action_cues(doc, line)
    if actions and channels and len(actions) + len(channels) >= STRONG_CUES:
        return True
    if line.index in doc.memo("story.site_pack_lines", lambda: _site_pack_lines(doc)):
        return True
    return line.index in doc.memo("story.spam_lines", lambda: _spam_lines(doc))
