"""Lines that go whole whatever stands around them, as rules that judge a line by its
neighbours must see them: looked past, so that the judgement is the one a second pass makes
once they are gone.

``goes_whole`` is the lines gone (``headline.lines_gone``: copies, feeds, notices, spam,
site-pack lines, video lead-ins) and the lines that go whole by facts read after the title:
copies of the headline (``headline.title_copies``: the repeated-title rule, DU01), the tail's
tag lines (``tags``), author profiles at the end (``profiles``), calls to action that go
whole (``promo``), lines that are only a feed item's relative timestamp ("1 jam yang lalu",
``patterns.RELATIVE_TIME``: the relative-timestamp rule, FD02), and read-also links that are
all of their line (``read_also_line``: the read-also rule, RL01). Read by the
unmarked-headline rule (RL03) and the closing-initials rule (MD04).

``end_before_glued_links`` reads a line's end in the same way: where it ends once the
read-also links glued at its end are cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleanser.analysis import blocks, headline, profiles, promo, tags
from cleanser.patterns import RELATIVE_TIME, search_glued_read_also

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line


def goes_whole(doc: AnalysedDocument, line: Line) -> bool:
    """Does ``line`` go whole whatever stands around it?"""
    index = line.index
    return (
        index in doc.lines_gone
        or index in headline.title_copies(doc)
        or index in tags.tail_tag_indexes(doc)
        or index in profiles.whole_lines(doc)
        or promo.speaks_call_to_action(doc, line)
        or (doc.hits.may_hold(index, "relative_time") and RELATIVE_TIME.match(line.text) is not None)
        or read_also_line(doc, line)
    )


def read_also_line(doc: AnalysedDocument, line: Line) -> bool:
    """Is ``line`` a read-also link and nothing else: a lead-in ("Baca juga:", "Simak Juga"),
    alone or with a linked title that runs to the end of the line?"""
    if not doc.hits.may_hold(line.index, "read_also"):
        return False
    text = line.text
    found = headline.READ_ALSO_START.match(text)
    if found is None:
        return False
    title = text[found.end() :].lstrip(" \t:：-–—").strip()
    return not title or blocks.link_title(title)


GLUED_LINK_REACH = 400
"""A read-also link glued at a line's end is looked for in its last this many characters
(a lead-in and a linked title of ``blocks.MAX_LINK_TITLE_WORDS`` words)."""


def end_before_glued_links(doc: AnalysedDocument, line: Line, text: str) -> int:
    """Where ``text`` (``line``'s text, or what the cuts leave of it) ends once the read-also
    links glued at its end are cut ("... (del/asr)Baca juga: Judul Berita"), as the read-also
    rule cuts them (a linked title running to the end of the line): ``len(text)`` when no
    such link ends it."""
    if not doc.hits.may_hold(line.index, "glued_read_also"):
        return len(text)
    position = max(0, len(text) - GLUED_LINK_REACH)
    while (found := search_glued_read_also(text, position)) is not None:
        if blocks.link_title(text[found.start("title") :]):
            return len(text[: found.start()].rstrip())
        position = max(found.end("phrase"), position + 1)
    return len(text)
