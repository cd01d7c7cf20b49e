from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from cleanser import language, lexicon, patterns
from cleanser.analysis.address import reports_speech
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import DESK_CODE, photo_credit, source_credit
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule
from cleanser.textshape import word_count

CREDIT_ONLY = lexicon.lazy_caseless(
    r"^\s*(?:Foto|Photo|Gambar|Ilustrasi|Illustration|Dok(?:umentasi)?\.?|Pict|Image)"
    r"(?:\s*(?:by|oleh))?\s*[:/.]?\s*[\p{L}\p{N}@._/ -]{0,40}$",
)
CREDIT_LABEL = lexicon.lazy_caseless(r"^\s*(?:Foto|Photo|Gambar|Pict|Image)\s*[:：]\s*$")
"""A credit label whose credit is on the next line ("Photo :")."""
PHOTO_LABEL_START = regex.compile(r"^\s*(?:Foto|FOTO|Photo|PHOTO)\s*[:：]\s*\S", regex.VERSION1)
"""A caption that opens with its label ("Foto: Warga antre di posko ...")."""
CREDIT_FIRST = lexicon.lazy(
    r"^\s*(?P<credit>(?P<source>[\p{Lu}\d][\p{L}\d.&-]*(?:\s+[\p{Lu}\d][\p{Lu}\d.&-]*){0,2})\s*/\s*"
    r"(?P<name>\p{Lu}[\p{Lu}\d.'&-]+(?:\s+\p{Lu}[\p{Lu}\d.'&-]*){0,4}))(?=\s*\p{Lu}\p{Ll}|\s*$)",
    regex.VERSION1,
)
"""A caption that opens with its credit in capitals ("PIXABAY/ANTONIO GUILLEM Ilustrasi ...")."""
_DOMAIN_LIKE = regex.compile(r"\.(?:com|co\.id|id|net)\b", regex.IGNORECASE)
_AGENCIES = lexicon.word_set("photo_agencies")
CREDIT_WORD = lexicon.lazy_caseless(
    r"\b(?:Foto|Photo|Gambar|Pict|Image|Kredit|Credit|Dok|Dokumentasi|Ilustrasi|Istimewa|ANTARA\s+FOTO|"
    r"Tangkapan\s+layar|Screenshot|Repro|Sumber\s+foto)\b",
)
_CREDIT_WORD_PIECES = (
    "foto", "photo", "gambar", "pict", "image", "kredit", "credit", "dok", "ilustrasi", "istimewa", "tangkapan",
    "screenshot", "repro",
)
"""Text one piece of which every match of ``CREDIT_WORD`` holds (``patterns.holds_any``)."""
_QUOTES = regex.compile(r"[\"“”]")
_SENTENCE_BREAK = regex.compile(r"[\p{Ll}\d)][.!?][\"”’]?\s+\p{Lu}")

MAX_WORDS = 60
MAX_PROFILE_LINES = 2
"""At most this many prose lines in another language after the story's last paragraph: an
author's profile (more is a story in two languages)."""
MAX_CAPTION_WORDS = 40  # a caption: one short sentence (two when a photo word credits it)
MAX_LABELLED_WORDS = 30
CREDIT_WORDS_AT_END = 14
CREDIT_WORDS = frozenset({
    "foto", "photo", "gambar", "pict", "image", "kredit", "credit", "dok", "dokumentasi", "ilustrasi",
    "illustration", "sumber", "antara", "istimewa", "tangkapan", "screenshot", "repro",
})
_CREDIT_WORD_FAMILY = patterns.scanned_words("CP01.credit_word", CREDIT_WORDS)
"""The scan family of the lines that may hold a word of ``CREDIT_WORDS``."""


def _has_colon(text: str) -> bool:
    """Every credit label (``CREDIT_LABEL``) holds a colon."""
    return ":" in text or "：" in text


def _profile_after(doc: AnalysedDocument, line: Line) -> bool:
    """Are the story's prose lines after ``line`` an author's profile, in the other language
    (function words of the other language only), which goes by its own rule? Then ``line`` is
    the story's last paragraph."""
    story = doc.story_indexes
    after = story[bisect.bisect_right(story, line.index):]
    if not after or len(after) > MAX_PROFILE_LINES:
        return False
    story_language = doc.language
    if story_language not in ("id", "en"):
        return False
    for index in after:
        own, other = language.own_and_other_words(story_language, doc.lines[index].text)
        if own or not other:  # a function word of the story's language, or none of either
            return False
    return True


def _caption_shaped(text: str, words: int, sentences: int = 1) -> bool:
    """A caption's shape: at most ``sentences`` short sentences, no quotation."""
    return (
        words <= MAX_CAPTION_WORDS
        and not _QUOTES.search(text)
        and len(_SENTENCE_BREAK.findall(text)) < sentences
    )


@register
class PhotoCaption(Rule):
    """A photo or video caption: a line closed by a photo credit, or a credit alone.

    A credit with a photo word ("Foto:", "(dok Istimewa)") marks a caption line. A credit that
    names only an outlet, agency or photographer ("(KOMPAS.COM/NAME)", "[Suara.com/Name]",
    "©2025 Merdeka.com/Name", "(EPA)") marks one only when the line reads as one short sentence
    and comes before the story's last paragraph (closing that paragraph or after it, such a
    credit is the reporter's or the editor's, and the sentence it closes is the story's; an
    author's profile in the other language after it does not count as story).
    Kompas's "Lihat Foto" button, VIVA's caption + "Photo :" + credit lines, detik's
    "Foto: ..." captions and captions that open with their credit in capitals go too.

    Anti-pattern (removed)::

        Tentara Korut dilaporkan di Rusia. Foto/youtube
        AS Tuduh Korut Kirim Ribuan Tentara ke Rusia untuk Perang di Ukraina. Gambar : AFPpix
        Warga mengantre air bersih di posko bantuan. (dok Istimewa)
        Pict by Instagram
        Petani memanen padi di Indramayu, Jawa Barat. (Tribunnews.com/Fajar Nugraha)
        Pedagang mendayung jukung di Sungai Martapura. BANJARMASINPOST.CO.ID/NAMA FOTOGRAFER
        PIXABAY/NAMA FOTOGRAFER Ilustrasi banjir.
        Lihat Foto

    Best practice (kept: a sentence that talks about photos; a paragraph closed by a credit
    loses only the credit, and so does a sentence that reports what someone said, which a
    caption never does)::

        Polisi memeriksa foto yang beredar di media sosial sejak Senin pagi.
        Dana itu disalurkan lewat dua bank milik negara (Persero/BUMN).
        Bus baru mulai beroperasi pekan depan, kata kepala dinas. (Foto: Dok. Istimewa)
        Pemkot berjanji menambah armada bus dan halte baru sebelum akhir tahun ini. (Antara/Rina)
    """

    code = "CP01"
    name = "photo-caption"
    category = Category.CAPTION
    priority = 44  # before the legal notice (45): "©2025 Outlet.com/Name" closing a caption is a credit

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        lines = doc.content_lines
        words_of = doc.words
        widgets = doc.hits.lines_of("caption_lines")  # None: any line may be one
        widget_lines = None if widgets is None else frozenset(widgets)
        worded = doc.hits.lines_of(_CREDIT_WORD_FAMILY)  # None: any line may hold a credit word
        worded_lines = None if worded is None else frozenset(worded)
        slashed = frozenset(patterns.lines_holding(doc, "/"))
        whole = doc.text
        for position, line in enumerate(lines):
            index = line.index
            words = len(words_of[index])
            if words > MAX_WORDS:
                continue
            if (widget_lines is None or index in widget_lines) and doc.is_phrase_line(line, "caption_lines"):
                yield self.line(line, f"photo widget {line.stripped!r}")
                continue
            maybe_word = worded_lines is None or index in worded_lines
            slash = index in slashed
            # a line with neither a credit word nor a slash is read only when it may end
            # with a bracket (its last character tells, unless it is white space)
            last = whole[line.end - 1]
            text = line.text if maybe_word or slash or last in ")]" or last.isspace() else None
            # (``_credited`` answers None unless one of these holds: it reads the line's end)
            if text is not None and (maybe_word or slash or text.rstrip().endswith((")", "]"))):
                proposal = self._credited(doc, line, text, words, maybe_word)
                if proposal is not None:
                    yield proposal
                    continue
            if words <= MAX_LABELLED_WORDS and not doc.is_body(line):
                following = lines[position + 1] if position + 1 < len(lines) else None
                if (
                    following is not None
                    and len(words_of[following.index]) == 1  # a credit label is one word and a colon
                    and _has_colon(following.text)
                    and CREDIT_LABEL.match(following.text)
                ):
                    yield self.line(line, "photo caption above its credit label")
                    continue
                # (a photo word is a credit word: the scan found it)
                if (
                    text is not None
                    and maybe_word
                    and ("Foto" in text or "FOTO" in text or "Photo" in text or "PHOTO" in text)
                    and PHOTO_LABEL_START.match(text)
                ):
                    yield self.line(line, "photo caption opening with 'Foto:'")
                    continue
            if text is None or not slash or words > MAX_CAPTION_WORDS:
                continue
            match = CREDIT_FIRST.match(text)
            if match and self._credit_first(match) and not _QUOTES.search(text):
                yield self.line(line, f"photo caption opening with its credit {match.group('credit')!r}")

    def _credited(
        self, doc: AnalysedDocument, line: Line, text: str, words: int, maybe_word: bool
    ) -> Proposal | None:
        """``maybe_word``: may the line hold a credit word (the scan found one)?"""
        tail = text[-160:]
        has_word = maybe_word and not CREDIT_WORDS.isdisjoint(doc.folded_words[line.index][-CREDIT_WORDS_AT_END:])
        if not has_word and "/" not in tail and not tail.rstrip().endswith((")", "]")):
            return None
        # only a credit with a credit word (``explicit``) is used: without one of the line's
        # last words, one is looked for only where the line's end holds a credit word's text
        credit = (
            photo_credit(text)
            if has_word or ("/" in tail and patterns.holds_any(tail, _CREDIT_WORD_PIECES))
            else None
        )
        explicit = bool(credit and CREDIT_WORD.search(credit.group()))
        if credit and explicit:
            before = text[: credit.start()]
            if before.strip() and (not _caption_shaped(before, word_count(before), sentences=2)
                                   or reports_speech(before)):
                return self.span(line.start + credit.start(), line.content_end,
                                 f"photo credit {credit.group().strip()!r} closing a paragraph")
            return self.line(line, f"photo caption with credit {credit.group().strip()!r}")
        if has_word and CREDIT_ONLY.match(text):
            return self.line(line, "photo credit line")
        if line.index >= doc.last_body_index:
            # closing the story's last paragraph, or after it, an outlet's credit is the
            # reporter's or the editor's (MD04 takes it alone): the sentence is the story's
            return None
        source = source_credit(text)
        if source is None or DESK_CODE.search(text):
            return None
        if _profile_after(doc, line):
            # the story's last paragraph, an author's profile after it: the credit goes alone
            # (MD04, which reads the last prose line, takes it once the profile is gone)
            return self.span(line.start + source.start(), line.content_end,
                             f"reporter's credit {source.group().strip()!r} closing the story's last "
                             "paragraph, an author's profile after it", category=Category.METADATA)
        before = text[: source.start()]
        if before.strip() and (not _caption_shaped(before, words) or reports_speech(before)):
            return None
        if not before.strip():
            return self.line(line, f"photo credit line {source.group().strip()!r}")
        return self.line(line, f"photo caption with credit {source.group().strip()!r}")

    @staticmethod
    def _credit_first(match: regex.Match[str]) -> bool:
        source = match.group("source")
        return bool(
            len(match.group("name").split()) >= 2
            or _DOMAIN_LIKE.search(source)
            or source.casefold() in _AGENCIES
        )
