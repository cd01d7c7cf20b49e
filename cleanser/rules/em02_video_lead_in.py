from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import videos
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

REASONS = {
    "colon": "video lead-in (ends with ':' introducing an embedded video)",
    "quoted": "video lead-in (names a video in quotes and ends with ':')",
    "placeholder": "video lead-in (an embed placeholder follows it)",
    "tail": "video lead-in (only chrome follows it)",
    "deictic": "video lead-in (points at the video below it and says nothing else)",
    "pointer": "video pointer and the video's title, alone on its line",
}


@register
class VideoLeadIn(Rule):
    """A line that introduces an embedded video, with nothing of the story after it.

    It goes when it ends with ':' , when an embed placeholder follows it, when only chrome
    follows it (the end of the text), when it points at the video below and says nothing else
    ("Yuk, Simak Juga Video ini!", whatever follows: jpnn prints the video's description under
    it), or when it is a pointer and the video's title ("Tonton: <title>"; a bare "Video:
    <title>" only once the story has begun: above it, it is a video page's headline). A line
    that reads as a paragraph of the story stays, whatever follows it. (A pointer glued inside
    a line, with the story after its title, is the read-also rule's, which finds where the
    title ends.)

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
        Simak Juga Video Berikut Ini   (alone on its line, whatever follows it)
        Tonton: Perang Dagang Dua Negara Besar
        Saksikan Juga: Detik-detik Banjir Bandang Terjang Permukiman

    Best practice (kept: a sentence of the story that mentions a video)::

        Simak video rekaman CCTV itu menjadi bukti utama di persidangan, kata jaksa.
        Tonton pertandingan itu di stadion utama kota pada Sabtu malam.
    """

    code = "EM02"
    name = "video-lead-in"
    category = Category.EMBED
    priority = 45
    needs = videos.FAMILIES

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        # every proposal needs a line the lead-in or the quoted lead-in may be on
        indexes = doc.hits.lines_of_any(*videos.FAMILIES)
        for line in doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]:
            glued = videos.glued_at_end(doc, line)
            if glued:
                yield self.span(line.start + glued.start(), line.start + glued.end(),
                                "video lead-in glued after the last sentence, nothing after it")
                continue
            kind = videos.whole_line_kind(doc, line)
            if kind is not None:
                yield self.line(line, REASONS[kind])
