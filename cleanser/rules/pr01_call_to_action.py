from __future__ import annotations

from collections.abc import Iterator

from cleanser import textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.analysis.promo import (
    STRONG_CUES,
    broken_call,
    call_after_story,
    call_end,
    call_to_action_cues,
    is_button,
    speaks,
)
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class CallToAction(Rule):
    """A call to action: join, subscribe, follow, download, send your content.

    A line needs an action (``data/promo_actions.txt``) and a channel it points to
    (``data/promo_channels.txt``), and it must speak to the reader: an imperative opening a
    clause ("Klik", "Yuk, gabung") or the reader addressed ("Anda", "kamu"), outside
    quotations. A sentence that reports what people do ("warga bisa mendaftar lewat
    aplikasi itu") is only a weak suspicion, wherever it stands. Before or after the story
    that is enough; among the
    story's paragraphs it needs four cues, or be a short line opening with the action and
    without a closing period (a button), else it is only reported as a suspicion.

    Anti-pattern (removed)::

        Dapatkan berita terkini dan kejutan menarik dari SINDOnews.com, Klik Disini untuk
        mendaftarkan diri anda sekarang juga!
        Konten ini adalah kiriman dari Z Creators Indozone. Yuk, bikin cerita dan konten
        serumu, serta dapatkan berbagai reward menarik! Let's join Z Creators dengan klik di sini.

    A call glued after story sentences on the same line goes alone (with or without a space
    after the sentence's end): the sentences before it are the story's, and so are the
    sentences after it when the story resumes (a sentence of eight words or more that speaks
    to no reader and names no channel). A call opening a line with the story's paragraph
    after it goes alone too.

    Words a scraper glued at a link's edges are read apart where a small letter stands
    straight before the capital of an action's or a channel's first word ("lain diGoogle
    NewsdanWA Channel" reads "lain di Google News dan WA Channel"; ``promo.unglue``): a brand
    with inner capitals ("iPhone", "YouTube", "PlayStation") is read as printed. A call whose
    channel's name the page broke over the line's end goes with the next line when that
    line is a short fragment completing the channel (``promo.broken_call``).

    Anti-pattern (removed: the call, and the rest of a broken call with it)::

        Ikuti kabar terbaru kami diGoogle NewsdanWA Channel
        ... kata kepala dinas. Cek berita dan artikel lainnya diGoogle
                    NewsdanWA Channel

    Best practice (kept: a story that reports an app launch, even as its last line; the
    story sentence a call is glued to)::

        Pemerintah meminta warga mengunduh aplikasi itu sebelum mendaftar vaksinasi.
        Sejauh ini 900 warga sudah mendaftar lewat aplikasi tersebut.
        Harga beras turun dua ribu rupiah sepekan terakhir. Yuk, unduh aplikasi kami di Play Store!
        Harga beras turun dua ribu rupiah di pasar induk kota.Yuk, unduh aplikasi kami di Play
        Store! Pedagang berharap harga stabil hingga akhir bulan depan.
    """

    code = "PR01"
    name = "call-to-action"
    category = Category.PROMO
    priority = 45
    needs = ("promo_actions",)  # a call to action names an action

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        indexes = doc.hits.lines_of("promo_actions")  # a line without an action has no cues
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            if line.is_blank:
                continue
            broken = broken_call(doc, line)
            if broken is not None:  # its channel's name broken over the line's end: the next line goes too
                evidence = ", ".join(sorted(broken.cues[0] | broken.cues[1]))
                where = "" if broken.whole else " glued after the story's sentences"
                yield self.span(broken.start, broken.rest.content_end,
                                f"call to action{where}, broken over two lines inside its channel's name ({evidence})",
                                score=1.0 if broken.goes else 0.3)
                continue
            actions, channels = call_to_action_cues(doc, line)
            if not (actions and channels):
                continue
            cues = len(actions) + len(channels)
            evidence = ", ".join(sorted(actions | channels))
            shape = speaks(line.text)
            if shape is None:  # a sentence reporting what people do, wherever it stands
                yield self.line(line, f"action and channel in a reporting sentence ({evidence})", score=0.2)
                continue
            outside = doc.in_header(line) or doc.in_tail(line)
            evidence += f"; {shape}"
            start = call_after_story(line.text)
            if start is not None:  # story sentences first: only the call goes
                end = call_end(line.text, start)
                yield self.span(line.start + start, line.start + end,
                                f"call to action glued after the story's sentences ({evidence})"
                                + ("" if end >= len(line.text.rstrip()) else "; the story resumes after it"),
                                score=1.0 if outside or cues >= STRONG_CUES else 0.3)
                continue
            opening = call_end(line.text, 0)  # a call opening the line, the story after it
            if opening < len(line.text.rstrip()) and textshape.is_body_paragraph(line.text[opening:].strip()):
                yield self.span(line.content_start, line.start + opening,
                                f"call to action opening the line, the story after it ({evidence})",
                                score=1.0 if outside or cues >= STRONG_CUES else 0.3)
            elif outside or cues >= STRONG_CUES:
                yield self.line(line, f"call to action ({evidence})")
            elif is_button(doc, line, actions):
                yield self.line(line, f"call-to-action button ({evidence})")
            else:
                yield self.line(line, f"possible call to action ({evidence})", score=0.3)
