"""Copyright and reproduction notices, disclaimers: the cue lists and the lines that carry them.

Read by the legal-notice rule (LG01), the glued-promo rule (PR02: where a copyright footer
glued inside a line ends when the story resumes after it), the story finder (a notice is never
story prose), the dateline rule (a notice is not the opening paragraph) and the title finder
(lines that go).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import address, flattened, scan, videos

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

NOTICE = lexicon.phrase_index("legal_notice")
WORDS = lexicon.phrase_index("legal_words")
MAX_WORDS = 60
MAX_WORDS_WEAK = 15
MAX_DISCLAIMER_WORDS = 150
DISCLAIMER = lexicon.caseless(
    r"^\s*(?:Disclaimer|Penafian|Catatan redaksi|Disclosure)\s*[:：]\s*\S",
)
# A disclaimer's opening inside a line: glued after a sentence's end ("... yang diinginkan.Disclaimer:
# Artikel ini ..."), which ``disclaimer_after`` checks before it (searched from the words: a
# literal-led pattern, cheaper than one tried at every sentence end).
GLUED_DISCLAIMER = lexicon.caseless(r"(?:Disclaimer|Penafian|Catatan redaksi|Disclosure)\s*+[:：]\s*+\S")
DISCLAIMER_FAMILY = "legal.disclaimer"  # the scan's family of its words
_SENTENCE_MARKS = ".!?…\"”’)]"
# "©2025 Merdeka.com/Arie Basuki": a photo credit (outlet/photographer), for the caption rule.
PHOTO_CREDIT = regex.compile(
    r"©\s*(?:\d{4}\s*)?[\p{L}\d.\-]+(?:\s+[\p{L}\d.\-]+)?\s*/\s*\p{Lu}[^/©]{0,60}$", regex.VERSION1
)


@dataclass(frozen=True, slots=True)
class LegalLine:
    line: Line
    reason: str
    start: int | None = None
    """Where the notice starts in the line (an offset in ``line.text``) when it is glued after
    story prose, which stays; None when the whole line is the notice."""
    end: int | None = None
    """Where a notice glued after story prose ends (an offset in ``line.text``) when story
    follows it on the line, which stays too; None when the notice runs to the line's end."""
    score: float = 1.0
    """Below the threshold for a reproduction phrase alone in a line inside the story."""


def notice_after_prose(text: str) -> int | None:
    """Where a notice glued after story prose starts ("... tutur Irvan.Dilarang keras
    mengambil konten ..."): the start of the first sentence that holds a notice phrase, when
    the sentences before it read as story prose. None otherwise (the notice opens the line,
    or what stands before it is no prose). Each sentence is read once: linear in the line."""
    pieces = flattened.sentences(text)
    if len(pieces) < 2:
        return None
    for number, (start, end) in enumerate(pieces):
        sentence = text[start:end]
        if NOTICE.find([w.casefold() for w in textshape.words(sentence)], sentence):
            if number == 0:
                return None
            start = footer_opening(text, start, pieces[:number])  # "Copyright Outlet. All rights reserved."
            return start if start and textshape.is_body_paragraph(text[:start].rstrip()) else None
    return None


def disclaimer_after(text: str) -> int | None:
    """Where a disclaimer glued after a sentence (or a title's last word) starts in ``text`` (a
    line's text), when it runs to the line's end in at most ``MAX_DISCLAIMER_WORDS`` words;
    None otherwise. What stands before it is judged on its own (``_head_notice``): story prose
    stays, chrome goes by its own rule, and the disclaimer goes in the same pass as the chrome
    it is glued to."""
    if not _has_colon(text):
        return None
    for found in GLUED_DISCLAIMER.finditer(text, 1):
        at = found.start()
        before = text[:at].rstrip()
        # after a sentence's end, or glued to the last word of a link's title before it
        # ("... di Jalan TunjunganDisclaimer: ..."), which its own rule cuts
        glued_to_a_word = text[at - 1].islower() and text[at].isupper()
        if before and (before[-1] in _SENTENCE_MARKS or glued_to_a_word):
            end = disclaimer_end(text, at)
            return at if textshape.word_count(text[at:end]) <= MAX_DISCLAIMER_WORDS else None
    return None


_DISCLAIMER_WORDS = lexicon.caseless(
    r"\b(?:artikel|tulisan|konten|isi|pembaca|investasi|keputusan|tanggung\s+jawab|pandangan|opini|saran"
    r"|rekomendasi|risiko|kerugian|keuntungan|redaksi|penulis|informasi|produk|disclaimer|penafian|bertujuan"
    r"|sepenuhnya|saham|membeli|menjual|analisis|article|content|readers?|invest\w*|decisions?|responsib\w*"
    r"|advice|opinions?|views?|risks?|loss\w*|author"
    r"|pelajari|cermati|pertimbangkan|teliti|bijak|berhati-hati|caution|carefully)\b"
)
"""What a disclaimer's sentences speak of: the article, its readers, their decisions, the
outlet's responsibility ("Keputusan sepenuhnya ada pada diri pembaca ..."), and the care it
advises ("Pelajari dulu dengan teliti sebelum ...")."""
MIN_DISCLAIMER_RESUMED_WORDS = 8
"""The story resumes after a disclaimer with a sentence of this many words or more (the
footer's own ``MIN_RESUMED_WORDS`` is shorter)."""


def disclaimer_end(text: str, at: int) -> int:
    """Where the disclaimer that opens at ``text[at]`` ends: before the first sentence after
    its first that speaks of none of a disclaimer's subjects (``_DISCLAIMER_WORDS``) in
    ``MIN_DISCLAIMER_RESUMED_WORDS`` words or more, and not to the reader, when the story
    resumes after it on the line ("... yang timbul dari keputusan tersebut.Korea Utara (Korut)
    telah mengirimkan ..."); the line's end (stripped) otherwise."""
    for start, end in flattened.sentences(text):
        if start <= at:
            continue  # the disclaimer's own first sentence, and what stands before it
        sentence = text[start:end]
        if (
            textshape.word_count(sentence) >= MIN_DISCLAIMER_RESUMED_WORDS
            and _DISCLAIMER_WORDS.search(sentence) is None
            # "Pelajari sebelum membeli ...": the disclaimer's; a video pointer's watch verb
            # ("Simak Video: <title> <the story>") speaks to the reader for no disclaimer
            and (address.speaks_to_reader(sentence) is None or videos.POINTER.match(sentence) is not None)
        ):
            return len(text[:start].rstrip())
    return len(text.rstrip())


def opening_disclaimer(text: str) -> tuple[int, int] | None:
    """(start, end) of a disclaimer that opens ``text`` ("Disclaimer: ...") when the story
    resumes after it on the line (``disclaimer_end``); None otherwise. LG01 cuts it alone, and
    the copy search reads the line without it, as a second pass does."""
    if not DISCLAIMER.match(text):
        return None
    opens = len(text) - len(text.lstrip())
    end = disclaimer_end(text, opens)
    if end < len(text.rstrip()) and textshape.word_count(text[opens:end]) <= MAX_DISCLAIMER_WORDS:
        return opens, end
    return None


def _head_notice(line: Line, head: str, at: int) -> LegalLine:
    """The notice of a line whose disclaimer, glued at ``at``, follows ``head``: the whole line
    when the head is a short notice itself, from the head's own glued notice when the head is
    prose with one, else the disclaimer alone. (As a second pass, which reads the head as a
    line of its own once the disclaimer is gone, judges it.)"""
    n = textshape.word_count(head)
    words = [w.casefold() for w in textshape.words(head)]
    notice = NOTICE.find(words, head) if n <= MAX_WORDS or notice_after_prose(head) is not None else set()
    if notice:
        phrases = ", ".join(sorted(notice))
        glued = notice_after_prose(head) if n > MAX_WORDS_WEAK else None
        if glued is not None:
            return LegalLine(line, f"copyright/reproduction notice glued after the story's sentences ({phrases}), "
                             "with a disclaimer after it", glued)
        if n <= MAX_WORDS:
            return LegalLine(line, f"copyright/reproduction notice ({phrases}) with a disclaimer glued after it")
    end = disclaimer_end(line.text, at)
    if end < len(line.text.rstrip()):
        return LegalLine(line, "disclaimer notice glued after a sentence, the story after it", at, end)
    return LegalLine(line, "disclaimer notice glued after a sentence", at)


# A copyright footer glued inside a flattened line ("... kata dia. ©2025 Outlet.Warga kini ..."):
# its notice is the copyright sentence and what continues it (the holder's name cut by a
# period, "All rights reserved", "Hak cipta dilindungi"); then the page's own chrome may follow
# (the outlet speaking of itself, links, policy and about-us pages) or the story may resume.
_FOOTER_HOLDER = regex.compile(
    r"^\s*(?:(?:Copyright|COPYRIGHT|Hak\s+[Cc]ipta)\b\s*(?:©|\([cC]\))?|©|\([cC]\))\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[,.]?\s*(?P<holder>[\p{L}\d][\p{L}\d&-]*)",
    regex.VERSION1,
)
"""The first word of a copyright footer's holder ("©2025 Warta Contoh." -> "Warta")."""
_FOOTER_CHROME = lexicon.caseless(
    r"\b(?:(?:bertanggung\s+jawab|tanggung\s+jawab)\s+(?:atas|terhadap)\s+(?:isi|konten)"
    r"|(?:situs(?:\s+web)?|tautan|link|laman|website)\s+(?:eksternal|luar)"
    r"|external\s+(?:sites?|links?|content)|responsible\s+for"
    r"|powered\s+by|dikelola\s+oleh|tentang\s+kami|hubungi\s+kami|kontak\s+kami|info\s+iklan"
    # the page's menu by its items' names ("Susunan Redaksi", "Pedoman Media Siber"), not a
    # word a story's sentence may hold ("Redaksi menerima puluhan surat pembaca ...")
    r"|susunan\s+redaksi|kontak\s+redaksi|alamat\s+redaksi|pedoman\s+media|kebijakan\s+privasi"
    r"|privacy\s+policy|syarat\s+(?:dan|&)\s+ketentuan|terms\s+(?:of|and)|cookies?\s+policy"
    r"|(?:situs|laman|website|portal)\s+ini|this\s+(?:site|website)|dilindungi\s+undang|tanpa\s+izin"
    r"|dewan\s+pers|telah\s+tayang|dengan\s+judul)\b"
)
"""Words of what follows a footer's notice on the page: the outlet's disclaimer of the links
it carries, its policy and about-us pages, the page speaking of itself ("situs ini")."""
_READER_POINTER = lexicon.caseless(
    r"^\W*(?:baca|klik|kunjungi|lihat|simak|cek|ikuti|unduh|download|read|click|visit|follow|dilarang)\b"
)
"""A sentence that sends the reader elsewhere ("Baca tentang peraturan ...") or forbids
("Dilarang mereproduksi ..."): chrome."""
_GLUED_AFTER_CAPITALS = regex.compile(
    r"(?<=\p{Lu}{2})\.(?=[\"“‘']?\p{Lu}\p{Ll}|\p{Lu}++[ \t]++\p{Ll})", regex.VERSION1
)
"""A period glued between a word in capitals and a capitalised word ("OUTLET.Warga",
'ANTARA."Sekarang'), or a word in capitals that a small word follows ("ANTARA.NATO
merespons"), which
``flattened.sentences`` does not cut at (it reads "PT.Nama" as one)."""
MAX_HOLDER_WORDS = 6
MIN_RESUMED_WORDS = 4
MIN_RESUMED_LOWER = 3


def notice_end(text: str, start: int) -> int | None:
    """Where the notice starting at ``start`` in ``text`` (a copyright footer or a notice
    sentence glued inside a line) ends when the story resumes after it on the line: the end of
    its notice and of the chrome that follows the notice (the rest of a footer), before the
    first sentence of story prose. None when no story prose follows (the notice runs to the
    line's end). Reads the sentences after ``start`` once: linear in the line."""
    rest = text[start:]
    pieces = _split_after_capitals(rest, flattened.sentences(rest))
    if len(pieces) < 2:
        return None
    holder = _FOOTER_HOLDER.match(rest)
    name = holder.group("holder").casefold() if holder else None
    end = pieces[0][1]
    for first, last in pieces[1:]:
        if _resumes_story(rest[first:last], name):
            return start + len(rest[:end].rstrip())
        end = last
    return None


def _split_after_capitals(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` (sentences of ``text``) cut where a period is glued after a word in capitals
    (``_GLUED_AFTER_CAPITALS``: "©2025 OUTLET.Warga ...", a notice printed twice before the
    story, "ANTARA.Dilarang ... ANTARA.NATO merespons")."""
    found: list[tuple[int, int]] = []
    for first, last in pieces:
        for glued in _GLUED_AFTER_CAPITALS.finditer(text, first, last):
            found.append((first, glued.end()))
            first = glued.end()
        found.append((first, last))
    return found


_COPYRIGHT_OPENING = regex.compile(r"^\s*(?:©|\([cC]\)|Copyright\b|COPYRIGHT\b)")


def footer_opening(text: str, start: int, before: list[tuple[int, int]] | None = None) -> int:
    """``start``, the start of a notice's sentence in ``text``, moved back over the short
    copyright or notice sentences right before it, and over the pieces of a holder's name cut by
    a period between them ("©2025 PT. Outlet Media. Hak cipta dilindungi undang-undang." read
    from its last sentence): where the notice opens. ``before``: the sentences of
    ``text[:start]`` when the caller has them."""
    opening = start
    for first, last in reversed(flattened.sentences(text[:start]) if before is None else before):
        piece = text[first:last]
        found = textshape.words(piece)
        if len(found) > MAX_WORDS_WEAK:
            break
        if _COPYRIGHT_OPENING.match(piece) or NOTICE.find([w.casefold() for w in found], piece):
            opening = first
        elif len(found) > MAX_HOLDER_WORDS or not all(w[0].isupper() or w[0].isdigit() for w in found):
            break  # not a piece of the holder's name (capitalised words): the notice opens after it
    return opening


def _resumes_story(piece: str, holder: str | None) -> bool:
    """Is ``piece``, a sentence after a copyright footer's notice, story prose? Lower-case
    prose of a few words, with no notice or copyright words, no chrome words, not sending the
    reader elsewhere and not opening with the footer's holder (the outlet on itself)."""
    found = textshape.words(piece)
    lower = sum(1 for w in found if w[0].islower())
    if len(found) < MIN_RESUMED_WORDS or lower < MIN_RESUMED_LOWER or textshape.capitalised_share(piece, found) > 0.6:
        return False
    if holder is not None and found[0].split(".")[0].casefold() == holder:
        return False
    if _FOOTER_CHROME.search(piece) or _READER_POINTER.match(piece):
        return False
    folded = [w.casefold() for w in found]
    return not (NOTICE.find(folded, piece) or WORDS.find(folded, piece))


def is_notice(doc: AnalysedDocument, line: Line) -> bool:
    """Does ``line`` hold a strong copyright/reproduction phrase or open a disclaimer? (Not a
    line of story prose with a footer or a notice glued after it, nor one whose disclaimer
    the story resumes after.)"""
    text = line.text
    if doc.word_count(line) > MAX_WORDS_WEAK and flattened.footer_after_prose(text):
        return False  # story prose, with a copyright footer glued after it
    if _notice_phrases(doc, line):
        # story prose with a notice glued after it is no notice line
        return doc.word_count(line) <= MAX_WORDS_WEAK or notice_after_prose(text) is None
    # a disclaimer opening the line; not one with the story resuming after it on the line
    # (LG01 cuts the disclaimer alone, and the line is the story's, as a second pass reads it)
    return bool(_has_colon(text) and DISCLAIMER.match(text)) and opening_disclaimer(text) is None


def may_be_notice(doc: AnalysedDocument, line: Line, text: str) -> bool:
    """False when ``is_notice`` says no whatever else the line holds: it has no notice phrase
    the scan could find, and no colon (every disclaimer holds one). ``text``: the line's text."""
    return doc.hits.may_hold(line.index, "legal_notice") or _has_colon(text)


def _notice_phrases(doc: AnalysedDocument, line: Line) -> set[str]:
    """The strong notice phrases of ``line`` (none where the scan found none of their keys)."""
    if not doc.hits.may_hold(line.index, "legal_notice"):
        return set()
    return NOTICE.find(doc.folded_words[line.index],
                       scan.entry_text(doc.hits, line.index, "legal_notice", line.text))


def _has_colon(text: str) -> bool:
    """Every disclaimer (``DISCLAIMER``) holds a colon."""
    return ":" in text or "：" in text


def _glued_after_cuts(doc: AnalysedDocument, line: Line) -> int | None:
    """Where a notice glued after story prose starts in ``line.text`` when the line is read
    as the copies leave it: the notice ends that text in at most ``MAX_WORDS`` words. None
    otherwise."""
    remnant = doc.text_after_cuts(line)
    at = notice_after_prose(remnant)
    if at is None or textshape.word_count(remnant[at:]) > MAX_WORDS:
        return None
    origin = doc.input_offset_after_cuts(line, at)
    return None if origin is None else origin - line.start


_STRONG_NOTICE = regex.compile(
    r"©|\([cC]\)\s*+\d{4}"
    r"|(?i:all\s++rights?\s++reserved|hak\s++cipta\s++dilindungi"
    r"|\b(?:redaksi|editorial|konten|content|artikel|article|situs|website))"
)
"""What only a copyright or reproduction notice says: the notice, or the publication and its
content named beside the phrase. A phrase alone ("tanpa izin tertulis", "Dilarang
menyalin") may be a story's own words."""
SCORE_INSIDE_STORY = 0.3
_COPYRIGHT_SIGN = regex.compile(r"©|\([cC]\)\s*+\d{4}")
_REPORTED = lexicon.caseless(
    r"\b(?:mengatakan|menyebut(?:kan)?|menurut|menjelaskan|mengungkapkan|menegaskan|said|says|according\s+to)\b"
)
"""A reporting verb: the line tells what someone said (and may quote a notice's words)."""


def _story_may_say(text: str) -> bool:
    """Could a story sentence between the story's paragraphs hold the notice words of
    ``text``: no copyright sign, and only a reproduction phrase (``_STRONG_NOTICE`` says
    none of the rest)?"""
    return _COPYRIGHT_SIGN.search(text) is None and _STRONG_NOTICE.search(text) is None


def _reports_notice_words(text: str) -> bool:
    """Does ``text`` report someone saying the notice words it holds (", kata dia",
    "mengatakan"), with no copyright sign: does every sentence holding a notice phrase report
    speech? A notice speaks for itself."""
    if _COPYRIGHT_SIGN.search(text):
        return False
    holding = 0
    for first, last in flattened.sentences(text):
        sentence = text[first:last]
        if NOTICE.find([w.casefold() for w in textshape.words(sentence)], sentence):
            if not (address.reports_speech(sentence) or _REPORTED.search(sentence)):
                return False
            holding += 1
    return holding > 0


_GLUED_WORDS = regex.compile(r"(?<=\p{Ll})[ \t]?(?=\p{Lu}\p{Ll})", regex.VERSION1)
GLUED_NOTICE_WORDS = 6
GLUED_NOTICE_CHARS = 120
"""A notice after a link's title opens with its phrase: one within its first six words (read
in its first 120 characters, so that each word is read a bounded number of times)."""


def _closing_notice(text: str, after: int) -> int | None:
    """Where a notice that closes ``text`` starts, after the story that follows an opening
    notice (which ends at ``after``): the first sentence after the story's holding a notice
    phrase (``notice_after_prose``), from its own first word when it follows a link's title
    with no sentence end between ("... di Jalan TunjunganDilarang keras ...", "... Jalan
    Tunjungan Dilarang keras ..."), which the read-also rule cuts. None when there is none."""
    rest = text[after:]
    start = notice_after_prose(rest)
    if start is None:
        return None
    end = next((e for s, e in flattened.sentences(rest) if s == start), len(rest))
    glued = None  # the last word whose first words hold a notice phrase: where the notice opens
    for glue in _GLUED_WORDS.finditer(rest, start, end):
        at = glue.end()
        opening = textshape.words(rest[at : min(end, at + GLUED_NOTICE_CHARS)])[:GLUED_NOTICE_WORDS]
        if NOTICE.find([w.casefold() for w in opening], " ".join(opening)):
            glued = at
    if glued is not None:
        head = rest[start:glued]
        if not NOTICE.find([w.casefold() for w in textshape.words(head)], head):
            start = glued  # (the words before the glue are a link's title: its own rule cuts it)
    return after + start


def opening_notice(text: str) -> tuple[int, int] | None:
    """(start, end) of a notice that opens ``text`` when story prose follows it on the line
    (``notice_end``): the line's first sentence holds a notice phrase; None otherwise (a line
    opening with story prose, a footer after it, is read by ``notice_after_prose``)."""
    start = len(text) - len(text.lstrip())
    end = notice_end(text, start)
    if end is None:
        return None
    pieces = _split_after_capitals(text, flattened.sentences(text[:end]))
    first = text[pieces[0][0] : pieces[0][1]] if pieces else ""
    return (start, end) if NOTICE.find([w.casefold() for w in textshape.words(first)], first) else None


def _opening_notice_after_cuts(doc: AnalysedDocument, line: Line) -> tuple[int, int] | None:
    """``opening_notice`` of ``line`` read as the copies leave it (a notice printed twice
    before the story: the second print goes as a copy), as offsets in ``line.text``."""
    found = opening_notice(doc.text_after_cuts(line))
    if found is None:
        return None
    start = doc.input_offset_after_cuts(line, found[0])
    last = doc.input_offset_after_cuts(line, found[1] - 1)
    return None if start is None or last is None else (start - line.start, last + 1 - line.start)


def legal_lines(doc: AnalysedDocument) -> tuple[LegalLine, ...]:
    """Every line that is a legal notice, with the reason."""
    found: list[LegalLine] = []
    hits = doc.hits
    words_of = doc.words
    cut = doc.lines_cut
    # ``hits.may_hold(index, "legal_notice")``, read per line without a call
    notice_anywhere, by_line = "legal_notice" not in hits.closed, hits.by_line
    for line in doc.content_lines:
        text = line.text
        n = len(words_of[line.index])
        if (":" in text or "：" in text) and DISCLAIMER.match(text):  # _has_colon
            head = opening_disclaimer(text)
            if head is not None:
                # the story resumes after the disclaimer on the line: the disclaimer alone goes
                found.append(LegalLine(line, "disclaimer notice opening the line, the story after it", *head))
                continue
            if n <= MAX_DISCLAIMER_WORDS:
                found.append(LegalLine(line, "disclaimer notice"))
                continue
        glued_disclaimer = disclaimer_after(text) if hits.may_hold(line.index, DISCLAIMER_FAMILY) else None
        if glued_disclaimer is not None:
            found.append(_head_notice(line, text[:glued_disclaimer], glued_disclaimer))
            continue
        # a long line is story prose: only a notice glued after it goes (a line copies cut is
        # as long as what they leave of it, as a second pass reads it)
        long = (textshape.word_count(doc.text_after_cuts(line)) if line.index in cut else n) > MAX_WORDS
        if not long and "©" in text and PHOTO_CREDIT.search(text):
            continue
        if not long and n > MAX_WORDS_WEAK and flattened.footer_after_prose(text):
            continue  # story prose with a footer glued after it: the footer alone goes (PR02)
        # (``_notice_phrases`` finds none where the scan found none of their keys)
        notice = _notice_phrases(doc, line) if notice_anywhere or "legal_notice" in by_line[line.index] else None
        if notice:
            phrases = ", ".join(sorted(notice))
            if _reports_notice_words(text) or (
                doc.first_body_index < line.index < doc.last_body_index and _story_may_say(text)
            ):
                # a line a story sentence may be: it reports someone saying the notice's words
                # (wherever it stands), or it stands between the story's paragraphs and holds a
                # reproduction phrase alone ("memakai foto itu tanpa izin tertulis dari pemiliknya")
                found.append(LegalLine(line, f"notice words in a line a story sentence may be ({phrases}): "
                                       "perhaps the story's own words", score=SCORE_INSIDE_STORY))
                continue
            glued = notice_after_prose(text) if n > MAX_WORDS_WEAK else None
            if glued is not None and long and line.index in cut:
                # a line the copy search cuts: the notice read where a second pass reads it,
                # ending what the copies leave of the line (a story printed twice on one line,
                # its footer glued before the second print)
                glued = _glued_after_cuts(doc, line)
            if glued is None:
                head = opening_notice(text)
                if head is None and line.index in cut:
                    head = _opening_notice_after_cuts(doc, line)
                if head is not None:
                    # the notice opens the line and the story resumes after it ("Dilarang keras
                    # mengambil konten ... ANTARA.Souto mengaku ..."): the notice alone goes,
                    # however long the line
                    found.append(LegalLine(line, f"copyright/reproduction notice opening the line, "
                                           f"the story after it ({phrases})", *head))
                    # and a notice closing the line after the story goes in the same pass
                    closing = _closing_notice(text, head[1])
                    if closing is not None:
                        found.append(LegalLine(line, f"copyright/reproduction notice glued after the story's "
                                               f"sentences ({phrases})", closing))
                    continue
            # the notice alone goes: up to the story that follows it on the line, if any
            ends = notice_end(text, glued) if glued is not None and line.index not in cut else None
            if glued is not None and (not long or textshape.word_count(text[glued:]) <= MAX_WORDS
                                      or line.index in cut or ends is not None):
                found.append(LegalLine(line, "copyright/reproduction notice glued after the story's "
                                       f"sentences ({phrases})", glued, ends))
            elif not long:
                found.append(LegalLine(line, f"copyright/reproduction notice ({phrases})"))
        elif n <= MAX_WORDS_WEAK and hits.may_hold(line.index, "legal_words") and (
            doc.in_header(line) or doc.in_tail(line)
        ):
            words = WORDS.find(
                doc.folded_words[line.index], scan.entry_text(hits, line.index, "legal_words", text)
            )
            if words:
                found.append(LegalLine(line, f"copyright line outside the story ({', '.join(sorted(words))})"))
    return tuple(found)
