"""Lead-ins of embedded videos ("Simak Video 'X':", "Tonton juga \"X\" di sini:", "Yuk, Simak
Juga Video ini!" closing the text): the patterns, and which lead-ins go whole.

Read by the video lead-in rule (EM02), which removes them, and by the lines gone
(``headline.lines_gone``): a lead-in that goes whole is looked past by the title finder and
by the rules that judge a line by its neighbours (an unmarked headline before it is judged by
what follows the lead-in), so that their decisions are the same once it is gone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon, patterns, textshape
from cleanser.analysis import blocks

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.analysis.scan import Hits
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

_POINTER_LEAD = (
    r"(?:(?:Yuk|Ayo|Mari)[,!]?\s+)?"
    r"(?:(?:Tonton|Saksikan|Simak|Lihat|Watch)(?:\s+(?:juga|pula|also))?\s+(?:video|videonya)"
    r"|Saksikan(?:\s+(?:juga|pula))?|Tonton(?:\s+pula)?|Watch(?:\s+also)?"
    r"|(?P<bare>Video))"
    r"[ \t\xa0]*+[:：]"
)
POINTER = lexicon.lazy(
    rf"(?i:(?:(?<=[.!?\"”’])[ \t\xa0]*+|^[ \t\xa0]*+)(?P<lead>{_POINTER_LEAD}))[ \t\xa0]*+(?=\p{{Lu}}|\d|[\"“‘'])",
    regex.VERSION1,
)
"""A pointer to a video and its title, at the start of a line or glued after a sentence end:
a watch verb with a colon ("Tonton:", "Saksikan juga:"), a watch verb and "video" ("Simak
Video:", "Tonton juga video:"), or "Video:", then the title, which opens with a capital, a
digit or a quote (Kontan prints "Tonton: <title>" between two paragraphs). The bare verb
needs its colon: "Tonton pertandingan itu ..." opens a sentence. The lead-ins that are
read-also lead-ins on their own ("Tonton juga:", "Simak juga:") are the read-also rule's;
with "video" after them the read-also rule leaves them here. ``lead`` is the lead-in with
its colon, ``bare`` the word "Video" when it is the lead-in alone."""
_POINTER_MARK = lexicon.lazy(
    r"[.!?\"”’](?=[ \t\xa0]*+(?i:tonton|saksikan|simak|lihat|video|watch|yuk|ayo|mari))"
)
"""A sentence end before a pointer's first word: the only places inside a line where
``POINTER`` may match (right after the mark)."""


def opens_with_pointer(text: str) -> bool:
    """Does ``text`` open with a video pointer of a watch verb ("Tonton: ...", "Simak Video:
    ..."), whatever follows it? Known chrome to the title finder, as a line opening with a
    read-also lead-in is. (A bare "Video:" may open a video page's headline.)"""
    found = POINTER.match(text)
    return found is not None and found.group("bare") is None


def pointers(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``POINTER`` in ``text``, in order (those of ``POINTER.finditer``): at
    its start, then after the sentence ends that a pointer's first word follows
    (``_POINTER_MARK``), the only other places its look-behind lets it match."""
    found = POINTER.match(text)
    position = 0
    if found is not None:
        yield found
        position = found.end()
    for mark in _POINTER_MARK.finditer(text, position):
        if mark.start() < position:
            continue  # inside the pointer found last ("Yuk! Tonton video:")
        found = POINTER.match(text, mark.end())
        if found is not None:
            yield found
            position = found.end()


DEICTIC = lexicon.lazy(
    r"^\s*+(?i:(?:(?:Yuk|Ayo|Mari)[,!]?\s+)?"
    r"(?:(?:Simak|Lihat|Saksikan|Tonton|Putar)(?:\s+(?:juga|pula))?"
    r"|Jangan\s+(?:Lewatkan|Lewatkan\s+juga|lupa\s+(?:tonton|simak|saksikan)))"
    r"[!.]?\s+(?:video|videonya|tayangan)"
    r"(?:\s+(?:pilihan|terbaru|terkini|menarik|lainnya|lengkapnya|selengkapnya|lengkap|berikut))*"
    r"\s+(?:ini|berikut(?:\s+ini)?|di\s+bawah(?:\s+ini)?))\s*+[!.:：]*+\s*+$",
    regex.VERSION1,
)
"""A lead-in that points at the video below it and says nothing else: "Yuk, Simak Juga Video
ini!", "Simak Juga Video Berikut Ini", "Jangan Lewatkan Video Pilihan Berikut". It goes
whatever follows it (jpnn prints the video's description under it)."""

LEAD_IN_FAMILY = patterns.scanned("EM02.lead_in", LEAD_IN)
QUOTED_FAMILY = patterns.scanned("EM02.quoted_lead_in", QUOTED_LEAD_IN)
POINTER_FAMILY = patterns.scanned("EM02.pointer", POINTER)
FAMILIES = (LEAD_IN_FAMILY, QUOTED_FAMILY, POINTER_FAMILY)

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
    placeholder follows it; ``"tail"``, it stands after the story's last prose line;
    ``"deictic"``, it points at the video below and says nothing else (``DEICTIC``);
    ``"pointer"``, it is a pointer and the video's title (``pointer_line``). None when it is
    not one."""
    if doc.is_body(line):
        return None
    hits, text = doc.hits, line.text
    if hits.may_hold(line.index, LEAD_IN_FAMILY) and LEAD_IN.match(text):
        if line.stripped.endswith(COLON_ENDS):
            return "colon"
        if _story_after_pointer(hits, line, text):
            return None  # the read-also rule cuts the pointer and its title, the story stays
        following = doc.next_content(line)
        if following is not None and doc.is_phrase_line(following, "embed_lines"):
            return "placeholder"
        if doc.in_tail(line):
            return "tail"
        if DEICTIC.match(text):
            return "deictic"
    # (a quoted lead-in ends with a colon: one that ``LEAD_IN`` matches too is a "colon")
    if hits.may_hold(line.index, QUOTED_FAMILY) and QUOTED_LEAD_IN.match(text):
        return "quoted"
    if hits.may_hold(line.index, POINTER_FAMILY) and pointer_line(doc, line, text):
        return "pointer"
    return None


def _story_after_pointer(hits: Hits, line: Line, text: str) -> bool:
    """Does a sentence of the story follow the pointer and its title that open ``line``
    ("Lihat juga video: <title> Kepala dinas memastikan ... aman.")? What follows the
    pointer is no linked title and ends with a full stop (a video's title has none)."""
    if not hits.may_hold(line.index, POINTER_FAMILY):
        return False
    found = POINTER.match(text)
    if found is None:
        return False
    rest = text[found.end() :].rstrip()
    return rest.endswith(".") and not textshape.ends_with_ellipsis(rest) and not blocks.link_title(rest)


def pointer_line(doc: AnalysedDocument, line: Line, text: str) -> bool:
    """Is ``line`` (its text ``text``) a video pointer and its title and nothing else
    ("Tonton: Perang Dagang Dua Negara Besar", "Simak Video: ...")? The title is a linked
    title's (``blocks.link_title``: headline-shaped, not prose). A bare "Video:" opens the
    headline of a video page at the top: it is a pointer only once the story has begun."""
    found = POINTER.match(text)
    if found is None or (found.group("bare") is not None and doc.in_header(line)):
        return False
    return blocks.link_title(text[found.end() :])


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
    indexes = doc.hits.lines_of_any(*FAMILIES)
    candidates = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
    return [line.index for line in candidates if not line.is_blank and goes_whole(doc, line)]
