from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import patterns
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

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
GLUED_LEAD_IN = regex.compile(
    r"(?:(?<=[.!?\"”’])[ \t\xa0]+|^\s*)(?:(?:Yuk|Ayo|Mari)[,!]?\s+)?(?:Simak|Lihat|Saksikan|Tonton)"
    r"(?:\s+(?i:juga|pula))?[!.]?\s+(?i:video|videonya|tayangan)\b[^.!?,\n]{0,60}[:!.]?\s*$",
    regex.VERSION1,
)
"""A video lead-in glued after the last sentence, with nothing after it: '... kata dia. Yuk,
Simak Juga Video ini!'."""
QUOTED_LEAD_IN = regex.compile(
    r"^\s*(?:Simak|Lihat|Saksikan|Tonton|Watch)(?:\s+(?:juga|pula|also))?\s+[\"“'‘].{3,200}[\"”'’]"
    r"(?:\s+(?:di\s+sini|berikut(?:\s+ini)?|below))?\s*[:：]\s*$",
    regex.VERSION1,
)
"""A lead-in naming the video in quotes without the word 'video': 'Tonton juga "X" di sini:'."""


_LEAD_IN_FAMILY = patterns.scanned("EM02.lead_in", LEAD_IN)
_QUOTED_FAMILY = patterns.scanned("EM02.quoted_lead_in", QUOTED_LEAD_IN)


@register
class VideoLeadIn(Rule):
    """A line that introduces an embedded video, with nothing of the story after it.

    It goes when it ends with ':' , when an embed placeholder follows it, or when only chrome
    follows it (the end of the text). A line that reads as a paragraph of the story stays,
    whatever follows it.

    Anti-pattern (removed)::

        Lihat juga Video 'Suasana Pagi di Terminal Bus Kampung Rambutan':
        [Gambas:Video 20detik]
        Tonton juga "Situasi Terkini di Pelabuhan" di sini:
        Simak! Video Pilihan Redaksi:
        Video Berita Terpopuler:
        Klik video untuk tonton informasi selengkapnya!
        Jangan Lewatkan Video Terbaru:
        Tonton:
        Yuk, Simak Juga Video ini!   (closing the text, alone or glued after the last sentence)

    Best practice (kept: a sentence of the story that mentions a video)::

        Simak video rekaman CCTV itu menjadi bukti utama di persidangan, kata jaksa.
    """

    code = "EM02"
    name = "video-lead-in"
    category = Category.EMBED
    priority = 45
    needs = (_LEAD_IN_FAMILY, _QUOTED_FAMILY)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        lines = doc.content_lines
        # every proposal needs a line the lead-in or the quoted lead-in may be on
        indexes = doc.hits.lines_of_any(_LEAD_IN_FAMILY, _QUOTED_FAMILY)
        for line in lines if indexes is None else [doc.lines[i] for i in indexes]:
            if line is lines[-1] and doc.hits.may_hold(line.index, _LEAD_IN_FAMILY):
                glued = GLUED_LEAD_IN.search(line.text, max(0, len(line.text) - 120))
                if glued:
                    yield self.span(line.start + glued.start(), line.start + glued.end(),
                                    "video lead-in glued after the last sentence, nothing after it")
                    continue
            if doc.is_body(line):
                continue
            if not (doc.hits.may_hold(line.index, _LEAD_IN_FAMILY) and LEAD_IN.match(line.text)):
                if doc.hits.may_hold(line.index, _QUOTED_FAMILY) and QUOTED_LEAD_IN.match(line.text):
                    yield self.line(line, "video lead-in (names a video in quotes and ends with ':')")
                continue
            following = doc.next_content(line)
            if line.stripped.endswith((":", "：")):
                why = "ends with ':' introducing an embedded video"
            elif following is not None and doc.is_phrase_line(following, "embed_lines"):
                why = "an embed placeholder follows it"
            elif doc.in_tail(line):
                why = "only chrome follows it"
            else:
                continue
            yield self.line(line, f"video lead-in ({why})")
