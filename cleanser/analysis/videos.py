"""Lead-ins of embedded videos ("Simak Video 'X':", "Tonton juga \"X\" di sini:", "Yuk, Simak
Juga Video ini!" closing the text): the patterns, and which lead-ins go whole.

Read by the video lead-in rule (EM02), which removes them, and by the lines gone
(``headline.lines_gone``): a lead-in that goes whole is looked past by the title finder and
by the rules that judge a line by its neighbours (an unmarked headline before it is judged by
what follows the lead-in), so that their decisions are the same once it is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from cleanser import patterns

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

LEAD_IN = regex.compile(
    r"^\s*(?:(?:(?:Yuk|Ayo|Mari)[,!]?\s+)?(?:Simak|Lihat|Saksikan|Tonton|Watch|Klik|Putar)"
    r"(?:\s+(?i:juga|pula|selengkapnya|also))?"
    r"|Jangan\s+(?:Lewatkan|Lewatkan\s+juga|lupa\s+(?:tonton|simak|saksikan)))"
    r"[!.]?\s+(?:\d+\s+)?(?:Video|video|VIDEO|Videonya|videonya|tayangan)\b.{0,250}$"
    # a bare watch verb introducing the embed: "Tonton:", "Saksikan juga:"
    r"|^\s*(?:Tonton|Saksikan|Watch)(?:\s+(?i:juga|pula|also))?\s*[:：]\s*$"
    # a video box's own header: "Video Berita Terpopuler:", "Video Pilihan Redaksi:"
    r"|^\s*(?:Video|VIDEO)\s+(?:Berita\s+)?(?:Terpopuler|Terkini|Populer|Unggulan|Lainnya|Pilihan)"
    r"(?:\s+(?:Redaksi|Hari\s+Ini|Minggu\s+Ini))?\s*[:：]\s*$",
    regex.VERSION1,
)
"""A line introducing an embedded video ("Lihat juga Video 'X':", "Tonton:", "Video Berita
Terpopuler:")."""
GLUED_LEAD_IN = regex.compile(
    r"(?:(?<=[.!?\"”’])[ \t\xa0]+|^\s*)(?:(?:Yuk|Ayo|Mari)[,!]?\s+)?(?:Simak|Lihat|Saksikan|Tonton)"
    r"(?:\s+(?i:juga|pula))?[!.]?\s+(?i:video|videonya|tayangan)\b[^.!?,\n]{0,60}[:!.]?\s*$",
    regex.VERSION1,
)
"""A video lead-in glued after the last sentence, with nothing after it: '... kata dia. Yuk,
Simak Juga Video ini!'."""
GLUED_REACH = 120
"""The glued lead-in is searched for over the last line's last this many characters."""
QUOTED_LEAD_IN = regex.compile(
    r"^\s*(?:Simak|Lihat|Saksikan|Tonton|Watch)(?:\s+(?:juga|pula|also))?\s+[\"“'‘].{3,200}[\"”'’]"
    r"(?:\s+(?:di\s+sini|berikut(?:\s+ini)?|below))?\s*[:：]\s*$",
    regex.VERSION1,
)
"""A lead-in naming the video in quotes without the word 'video': 'Tonton juga "X" di sini:'."""

LEAD_IN_FAMILY = patterns.scanned("EM02.lead_in", LEAD_IN)
QUOTED_FAMILY = patterns.scanned("EM02.quoted_lead_in", QUOTED_LEAD_IN)

COLON_ENDS = (":", "：")


def glued_at_end(doc: AnalysedDocument, line: Line) -> regex.Match[str] | None:
    """The video lead-in that ends the text, glued after its last sentence or alone on the
    last line (a match in ``line.text``), when ``line`` is the last line with content."""
    lines = doc.content_lines
    if not lines or line is not lines[-1] or not doc.hits.may_hold(line.index, LEAD_IN_FAMILY):
        return None
    text = line.text
    return GLUED_LEAD_IN.search(text, max(0, len(text) - GLUED_REACH))


def whole_line_kind(doc: AnalysedDocument, line: Line) -> str | None:
    """Why ``line``, outside the story's prose, is a video lead-in that goes whole (the end
    of the text aside, ``glued_at_end``): ``"colon"``, it introduces the video with a ':';
    ``"quoted"``, it names the video in quotes before a ':'; ``"placeholder"``, an embed
    placeholder follows it; ``"tail"``, it stands after the story's last prose line. None
    when it is not one."""
    if doc.is_body(line):
        return None
    hits, text = doc.hits, line.text
    if not (hits.may_hold(line.index, LEAD_IN_FAMILY) and LEAD_IN.match(text)):
        if hits.may_hold(line.index, QUOTED_FAMILY) and QUOTED_LEAD_IN.match(text):
            return "quoted"
        return None
    if line.stripped.endswith(COLON_ENDS):
        return "colon"
    following = doc.next_content(line)
    if following is not None and doc.is_phrase_line(following, "embed_lines"):
        return "placeholder"
    if doc.in_tail(line):
        return "tail"
    return None


def goes_whole(doc: AnalysedDocument, line: Line) -> bool:
    """Does the video lead-in rule remove ``line`` whole: a lead-in that is all of the last
    line (``glued_at_end``), or one that ``whole_line_kind`` names?"""
    glued = glued_at_end(doc, line)
    if glued is not None:
        return not line.text[: glued.start()].strip()
    return whole_line_kind(doc, line) is not None


def lines_going_whole(doc: AnalysedDocument) -> list[int]:
    """Indexes of the lines that ``goes_whole`` says go (read only where the scan found a
    lead-in's required text)."""
    indexes = doc.hits.lines_of_any(LEAD_IN_FAMILY, QUOTED_FAMILY)
    candidates = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
    return [line.index for line in candidates if not line.is_blank and goes_whole(doc, line)]
