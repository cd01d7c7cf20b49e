from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice

import regex

from cleanser import lexicon, patterns, textshape
from cleanser.analysis import blocks, videos
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import related_header, search_glued_read_also
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_PHRASE = lexicon.alternation("read_also")
# An advertisement marker in capitals glued before the lead-in ('ADVERTISEMENT Baca juga: ...')
# belongs to the line's chrome: IF03 would cut only the marker and leave a read-also line for
# the second pass (not idempotent), so the lead-in is found behind it.
_AD_MARKER = (
    r"(?-i:(?:\bADVERTISEMENT\s++)?\bSCROLL\s++TO\s++(?:CONTINUE\s++WITH|RESUME)\s++CONTENT\b|\bADVERTISEMENT\b)"
)
AT_START = lexicon.lazy_caseless(
    rf"^\s*+(?:{_AD_MARKER}\s*+)?(?P<lead>[\[(«»>*•-]?+)\s*+(?P<phrase>{_PHRASE})\b\s*(?P<colon>[:：|»>–—-]+)?\s*(?P<title>.*?)\s*[\])]?\s*$",
)
_HEAD = lexicon.lazy_caseless(
    rf"^\s*+(?:{_AD_MARKER}\s*+)?(?P<lead>[\[(«»>*•-]?+)\s*+(?P<phrase>{_PHRASE})\b\s*(?P<colon>[:：|»>–—-]+)?\s*",
)
"""``AT_START`` up to where its title starts: the title (``.*?``, then white space, perhaps a
closing bracket and white space to the end) can always follow, so the head's groups are those
of ``AT_START`` on a text without a line break (see ``at_start``)."""
_SPACE = lexicon.caseless(r"\s")


@dataclass(frozen=True, slots=True)
class AtStart:
    """The groups of an ``AT_START`` match: the spans of ``lead``, ``phrase``, ``colon`` (None
    when absent) and ``title`` in the text matched."""

    text: str
    lead: tuple[int, int]
    phrase: tuple[int, int]
    colon: tuple[int, int] | None
    title: tuple[int, int]

    def group(self, name: str) -> str:
        """The text of group ``name`` ("" for an absent colon, where a match gives None)."""
        span: tuple[int, int] | None = getattr(self, name)
        return "" if span is None else self.text[span[0] : span[1]]

    def start(self, name: str) -> int:
        return int(getattr(self, name)[0])

    def end(self, name: str) -> int:
        return int(getattr(self, name)[1])


def at_start(text: str) -> AtStart | None:
    """``AT_START.match(text)``, without reading the title a character at a time: the head
    is matched, and the title runs to the end of the text less the white space, the one
    closing bracket and the white space that close it (the shortest title the lazy ``.*?``
    leaves them to). A text holding a line break is matched by ``AT_START`` itself."""
    if "\n" in text:
        found = AT_START.match(text)
        if found is None:
            return None
        colon = found.span("colon") if found.group("colon") is not None else None
        return AtStart(text, found.span("lead"), found.span("phrase"), colon, found.span("title"))
    head = _HEAD.match(text)
    if head is None:
        return None
    start, end = head.end(), len(text)
    while end > start and _SPACE.match(text, end - 1):
        end -= 1
    if end > start and text[end - 1] in "])":
        end -= 1
    while end > start and _SPACE.match(text, end - 1):
        end -= 1
    colon = head.span("colon") if head.group("colon") is not None else None
    return AtStart(text, head.span("lead"), head.span("phrase"), colon, (start, end))


VIDEO = lexicon.caseless(r"^\s*(?:video|tayangan)\b")
_MAY_START = regex.compile(
    r"^\s*+(?:[\[(«»>*•-]|[AS]|"  # AT_START's lead mark or advertisement marker
    + (patterns.caseless_first_words("read_also") or patterns.caseless_letters("read_also") or r"\S")
    + "|"  # or its lead-in's first word
    + (patterns.caseless_first_words("related_headers") or patterns.caseless_letters("related_headers") or r"\S")
    + ")"  # or a related header's
)
"""How a line that ``AT_START`` or ``related_header()`` matches opens: a lead mark, an
advertisement marker's first letter, or the first word of a lead-in or a related header
(one case-sensitive test before those caseless patterns)."""
MAX_TITLE_WORDS = blocks.MAX_LINK_TITLE_WORDS
MIN_LIST_ITEMS = 2
MIN_SPLIT_TITLE_WORDS = 3
_NO_TITLE = "the story follows the lead-in, no title"
MAX_SUBJECT_WORDS = 4

# Where a scraper glued the next piece of text onto a linked title: a lower-case letter or
# digit, '+', '!' or '?' straight before a capital ("HijauProyek", "Vision+Akankah"), or an
# opening quote straight after a word ('Kemenangan!"Dia', 'Kerja“Pemerintah').
GLUE = regex.compile(
    r"(?<=(?<![\p{L}\p{N}])[\p{Lu}\p{N}][\p{L}\p{N}]*[\p{Ll}\p{N}])(?=\p{Lu}\p{Ll})"
    r"|(?<=[+!?])(?=\p{Lu})|(?<=\S)(?=[“\"]\p{Lu})",
    regex.VERSION1,
)
TOKEN = regex.compile(r"\S+")
SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*(?:\s|$)")
_EDGE = "\"'“”‘’«»()[]{}:;,.!?*"
_OPENING_QUOTE = ("\"", "“", "‘", "«")
# Lower-case words a Title Case headline keeps lower case.
SMALL_WORDS = lexicon.word_set("title_small_words")
# Capitalised words that start a sentence of the story, never a headline's content word.
STARTERS = lexicon.word_set("sentence_starters")
# A title or rank opening the subject before a name ("Kapolres Kota Kupang AKBP Budi ...").
SUBJECT_TITLES = lexicon.word_set("subject_titles")
MAX_TITLED_SUBJECT_WORDS = 7
"""A subject opened by a title or rank reaches back at most this many words from the first
lower-case word ("Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo" is seven)."""


@dataclass(frozen=True)
class TitleEnd:
    """Where a linked title ends in the text after its lead-in, and how sure that is."""

    end: int
    sure: bool
    how: str
_ORDINAL = regex.compile(r"ke-\d")  # "ke-3": an ordinal, not a glued word


def _core(token: str) -> str:
    return token.strip(_EDGE)


def _is_sentence_word(token: str) -> bool:
    """A lower-case word a headline would have capitalised: the story has resumed."""
    core = _core(token)
    if not core or not core[0].isalpha() or not core[0].islower():
        return False
    if any(ch.isupper() for ch in core[1:]):  # iPhone, eFootball
        return False
    folded = core.casefold()
    return folded not in SMALL_WORDS and not _ORDINAL.match(folded)


_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}*", regex.VERSION1)
MIN_GLUED_WORD = 5
LEAD_IN_FIRST_WORDS = frozenset(
    entry.split()[0].casefold() for entry in lexicon.entries("read_also") if not entry.startswith("re:")
)
"""A lead-in's first word glued after a title ("TunjunganBaca artikel ...", "JalanLihat
juga"): the next link or promo starts there, however short the word."""


def _real_glue(text: str, at: int) -> bool:
    """False for the inner capital of a brand name ("YouTube", "WhatsApp", "TikTok")."""
    if not text[at - 1].isalpha() or not text[at].isupper():
        return True
    part = _CAMEL_PART.match(text, at)
    word = part.group() if part else ""
    folded = word.casefold()
    return len(word) >= MIN_GLUED_WORD or folded in STARTERS or folded in LEAD_IN_FIRST_WORDS


def _tokens_to_sentence_word(text: str, start: int, stop: int) -> tuple[list[tuple[int, int, str]], int | None]:
    """The tokens of ``text[start:stop]`` up to the first lower-case word a headline would
    have capitalised (``_is_sentence_word``), and its index; all of them and None when there
    is none. (The tokens after it are never read: they are not made.)"""
    tokens: list[tuple[int, int, str]] = []
    for match in TOKEN.finditer(text, start, stop):
        token = match.group()
        tokens.append((match.start(), match.end(), token))
        # (a token opening with neither a lower-case letter nor an edge mark is no sentence
        # word: its core opens with the same character)
        if (token[0].islower() or token[0] in _EDGE) and _is_sentence_word(token):
            return tokens, len(tokens) - 1
    return tokens, None


def _split_in_segment(
    text: str, tokens: list[tuple[int, int, str]], k: int, seen_elsewhere: dict[str, int]
) -> tuple[int, str]:
    """Index of the token that starts the story, the first lower-case word being ``k``."""
    run = tokens[:k]
    evidence = 0
    how = ""
    for i in range(1, len(run)):
        token = run[i][2]
        if token.startswith(_OPENING_QUOTE):
            evidence, how = i, "a quote opens the story"
        elif _core(token).casefold() in STARTERS and _core(token)[:1].isupper():
            evidence, how = i, f"the story resumes with {_core(token)!r}"
        elif (
            run[i - 1][2].rstrip("\"'”’»)").endswith(("!", "?", "."))
            and not run[i - 1][2].endswith("..")
            and not (i == 1 and run[0][2].endswith("!"))  # a headline's exclamation: "Melunak! China ..."
        ):
            evidence, how = i, "a sentence end closes the title"
        elif _gap(text, run[i - 1][1], run[i][0]):
            evidence, how = i, "a gap of spaces closes the title"
    if evidence:
        return evidence, how
    # The sentence's subject: capitalised words before the first lower-case word that the
    # story names elsewhere too (proper names), else the one word before it.
    split = k - 1
    while split > 1 and not _core(run[split][2])[:1].isupper():
        split -= 1
    while split > 1 and k - split < MAX_SUBJECT_WORDS:
        candidate = _core(run[split - 1][2])
        if (
            not candidate[:1].isupper()
            or run[split - 1][2].endswith((",", ":", ";"))
            or seen_elsewhere.get(candidate, 0) < 1
        ):
            break
        split -= 1
    titled = _titled_subject(run, split, k)
    if titled is not None:
        return titled, f"the story resumes with its subject, opened by {_core(run[titled][2])!r}"
    return split, "the story resumes with its subject"


def _gap(text: str, start: int, end: int) -> bool:
    """Is the space between two tokens (``text[start:end]``) a gap where a scraper joined two
    blocks: two spaces or more, or a tab?"""
    return end - start >= 2 or "\t" in text[start:end]


def _titled_subject(run: list[tuple[int, int, str]], split: int, k: int) -> int | None:
    """Where the subject that ends before token ``k`` starts when a title or rank opens it
    (``SUBJECT_TITLES``: "Menteri Keuangan Jepang Katsunobu Kato"), reaching back from
    ``split`` over capitalised words only, at most ``MAX_TITLED_SUBJECT_WORDS`` from ``k``
    and never to the title's first word; the earliest such word, or None."""
    found = None
    for i in range(min(split, k - 1), max(1, k - MAX_TITLED_SUBJECT_WORDS) - 1, -1):
        token = run[i][2]
        core = _core(token)
        if i < split and (not core[:1].isupper() or token.endswith((",", ":", ";"))):
            break
        if core.casefold() in SUBJECT_TITLES:
            found = i
    return found


SHORT_REST_CHARS = 200
"""A line's rest this short is read segment by segment at once (looking for its glues costs
little); in a longer one (a flattened text) the glues are looked for only before the first
sentence word, which is found first."""


def find_title_end(doc: AnalysedDocument, text: str, start: int, at: int = 0) -> TitleEnd:
    """Where the linked title that starts at ``text[start]`` ends (the line's end if no sign).
    ``at``: where ``text`` (a line's text) starts in the document.

    A headline is Title Case without sentence punctuation; the story resumes at a glued
    capital or quote, or with a sentence-case word (then at its subject).
    """
    stop = len(text.rstrip())
    if stop - start <= SHORT_REST_CHARS:
        return _find_title_end_by_segments(doc, text, start, at)
    tokens, k = _tokens_to_sentence_word(text, start, stop)
    if k is None or _real_glue_before(text, start, tokens[k][1], stop):
        return _find_title_end_by_segments(doc, text, start, at)
    # no glue before the first sentence word: the first segment holds it and the same tokens
    # before it, and decides (the glues after it are not looked for, unless its end is read)
    return _first_segment_end(doc, text, start, stop, tokens, k, at, None)


def _story_after(text: str, start: int) -> bool:
    """Is the text after a lead-in that opens a line (from ``start``) the story's paragraph,
    with no title: prose from its first word (its second word a sentence word,
    ``_is_sentence_word``) that reads as a paragraph ("Artikel Terkait: Pemerintah kota
    menambah ... kata dia.")? A sentence-case title is short and ends with no full stop."""
    _, k = _tokens_to_sentence_word(text, start, min(len(text), start + 80))
    return k == 1 and textshape.is_body_paragraph(text[start:])


def _real_glue_before(text: str, start: int, limit: int, stop: int) -> bool:
    """Is there a glue ``find_title_end`` splits at (``GLUE``, ``_real_glue``) at a place in
    ``[start, limit)``? (A glue's look-ahead reads two characters past it.)"""
    return any(
        m.start() < limit and _real_glue(text, m.start()) for m in GLUE.finditer(text, start, min(stop, limit + 2))
    )


def _first_glue(text: str, start: int, stop: int) -> int:
    return next((m.start() for m in GLUE.finditer(text, start, stop) if _real_glue(text, m.start())), stop)


def _first_segment_end(
    doc: AnalysedDocument, text: str, start: int, stop: int, tokens: list[tuple[int, int, str]], k: int, at: int,
    seg_stop: int | None,
) -> TitleEnd:
    """The title's end when the first segment (``text[start:seg_stop]``, up to the first
    glue; None: not looked for yet) holds the first sentence word, token ``k``."""
    if k == 0:
        return TitleEnd(start, False, "no title before the story")
    rest = text[tokens[k][0] : stop]
    few_words = next(islice(TOKEN.finditer(text, start, stop), MAX_TITLE_WORDS, None), None) is None
    if not SENTENCE_END.search(rest) and few_words:
        return TitleEnd(stop, True, "a sentence-case title runs to the end of the line")
    seen = _seen_elsewhere(doc, text, tokens[:k], at)
    split, how = _split_in_segment(text, tokens, k, seen)
    if split:
        end = tokens[split - 1][1]
    else:  # (split 0 reads the segment's last token, as ``tokens[-1]`` of all its tokens did)
        if seg_stop is None:
            seg_stop = _first_glue(text, start, stop)
        end = max((m.end() for m in TOKEN.finditer(text, start, seg_stop)), default=start)
    content = [t for t in tokens[:split] if _core(t[2]).casefold() not in SMALL_WORDS]
    return TitleEnd(end, len(content) >= MIN_SPLIT_TITLE_WORDS, how)


def _find_title_end_by_segments(doc: AnalysedDocument, text: str, start: int, at: int = 0) -> TitleEnd:
    """``find_title_end`` reading the segments between glues one after the other."""
    stop = len(text.rstrip())
    # the segments between glues, read one after the other (the glues after the segment that
    # decides are never looked for)
    glues = (m.start() for m in GLUE.finditer(text, start, stop) if _real_glue(text, m.start()))
    title_end = start
    seg_start = start
    for index, seg_stop in enumerate(chain(glues, (stop,))):
        if index and text[seg_start] in "\"“":
            return TitleEnd(seg_start, True, "a quote is glued after the title")
        tokens, k = _tokens_to_sentence_word(text, seg_start, seg_stop)
        if k is None:
            title_end = seg_start = seg_stop  # (the next segment starts there)
            continue
        if index:
            return TitleEnd(seg_start, True, "the story is glued after the title")
        return _first_segment_end(doc, text, start, stop, tokens, k, at, seg_stop)
    return TitleEnd(title_end, True, "the title runs to the end of the line")


ELSEWHERE_CHARS = 10_000
"""Words are counted in the text around the link, this many characters on each side: a
news story's length (on the corpus and the devset, whose longest text has 33,000 characters,
the answers are those of counting in the whole text), and a bound on a huge text, where
counting in all of it for every link grew with the square of its size (a 1.7 MB text of
9,000 links: 43 s, now under 2 s)."""


def _seen_elsewhere(
    doc: AnalysedDocument, text: str, run: list[tuple[int, int, str]], at: int = 0
) -> dict[str, int]:
    """How often each capitalised word of ``run`` occurs in the document beyond this link
    and beyond copies of the link's words up to it (another link to the same title; ``at``:
    where ``text`` starts in the document; see ``ELSEWHERE_CHARS``), outside the
    lines that go whole (``doc.lines_gone``: a second pass does not see them; a video
    pointer's line above a copy of the pointer glued in the story named the title's words
    once more on the first pass only)."""
    whole = doc.text
    low = max(0, at + run[0][0] - ELSEWHERE_CHARS)
    high = at + run[-1][1] + ELSEWHERE_CHARS
    gone = _gone_spans(doc, low, high, at + run[0][0])

    def count(piece: str) -> int:
        found = whole.count(piece, low, high)
        if found and gone:
            found -= sum(whole.count(piece, start, end) for start, end in gone)
        return found

    counts: dict[str, int] = {}
    start = run[0][0]
    for _, end, token in run[-MAX_SUBJECT_WORDS:]:
        core = _core(token)
        if core[:1].isupper():
            # a word where the run so far is printed again (this link, or another link to
            # the same title) is the title's, not the story's
            counts[core] = count(core) - max(1, count(text[start:end]))
    return counts


def _gone_spans(doc: AnalysedDocument, low: int, high: int, own: int) -> list[tuple[int, int]]:
    """The spans of ``doc.text[low:high]`` on lines that go whole, but for the line of
    offset ``own`` (the link's own). The lines of the window are read, or the lines gone if
    they are fewer."""
    gone = doc.lines_gone
    if not gone or not doc.lines:
        return []
    first = doc.line_at(low).index
    last = doc.line_at(max(low, min(high, len(doc.text)) - 1)).index
    mine = doc.line_at(own).index
    indexes = (sorted(i for i in gone if first <= i <= last) if len(gone) < last - first + 1
               else [i for i in range(first, last + 1) if i in gone])
    lines = doc.lines
    return [(max(low, lines[i].start), min(high, lines[i].end)) for i in indexes if i != mine]


@register
class ReadAlsoLink(Rule):
    """A read-also link: "Baca juga: <title>", or the lead-in alone with the title under it.

    Also cut when glued inside a line ("...katanya.Baca Juga: ..."): only the link goes, up
    to where the title ends (a glued capital or quote, or the first sentence-case word and
    its subject); when that end is unclear the link is only reported as a suspicion.
    Lead-ins are listed in ``data/read_also.txt``; "Simak juga Video ..." is left to the
    video lead-in rule. A video pointer and its title glued inside a line ("... asalnya.
    Tonton: Perang Dagang Dua Negara Besar Di sinilah ...": ``videos.POINTER``, a watch verb
    or "Video" and a colon) is cut in the same way; one that is all of its line is the video
    lead-in rule's.

    Anti-pattern (removed)::

        Baca Juga: Militer Korsel Sebut Ada GPS di Balon Sampah Kiriman Korut
        Baca juga:
        Jalur Lingkar Utara Sleman Rawan Kecelakaan Malam Hari
        ...kata Yusuf.Baca juga: Harga Cabai Turun di Pasar Induk Dengan pasokan normal, ...
        ...ke negara asalnya. Tonton: Perang Dagang Dua Negara Besar Di sinilah masalahnya. ...

    Best practice (kept: "baca juga" inside a sentence of the story, and the story after a
    glued link)::

        Baca juga laporan BPK tahun lalu yang menyebut kerugian negara mencapai Rp2 triliun.
        Dengan pasokan normal, harga diperkirakan stabil hingga akhir bulan.
        Tonton pertandingan itu di stadion utama kota pada Sabtu malam.
    """

    code = "RL01"
    name = "read-also-link"
    category = Category.RELATED
    priority = 48
    needs = ("read_also.first", videos.POINTER_FAMILY)  # a lead-in's first word, a video pointer's

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        hits = doc.hits
        indexes = hits.lines_of_any("read_also.first", videos.POINTER_FAMILY)
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            if hits.may_hold(line.index, "read_also.first"):  # a lead-in's first word
                yield from self._line(doc, line)
            if hits.may_hold(line.index, videos.POINTER_FAMILY):
                yield from self._video_pointers(doc, line)

    def _video_pointers(self, doc: AnalysedDocument, line: Line) -> Iterator[Proposal]:
        """Video pointers and their titles inside a line ("... asalnya. Tonton: Perang Dagang
        Dua Negara Besar Di sinilah ..."): cut up to where the title ends, as a glued
        read-also link is. One that is all of its line is the video lead-in rule's
        (``videos.pointer_line``); a bare "Video:" opening a line above the story may be
        a video page's headline, and is left. A line that copies or spam cut is read as the
        cuts leave it (spam glued before the pointer hides the sentence end it follows)."""
        cut = line.index in doc.lines_cut
        text = doc.text_after_cuts(line) if cut else line.text
        at = line.start if not cut else doc.input_offset_after_cuts(line, 0)
        if at is None:
            return
        stop = len(text.rstrip())
        for found in videos.pointers(text):
            opens_line = not text[: found.start("lead")].strip()
            if opens_line and found.group("bare") is not None and doc.in_header(line):
                continue
            title = find_title_end(doc, text, found.end(), at)
            # (all of the line as the input has it: the video lead-in rule's)
            if title.end <= found.end() or (opens_line and title.end >= stop and not cut):
                continue
            if cut:
                first = doc.input_offset_after_cuts(line, found.start("lead"))
                last = doc.input_offset_after_cuts(line, title.end - 1)
                if first is None or last is None:
                    continue
                span = (first, last + 1)
            else:
                span = (line.start + found.start("lead"), line.start + title.end)
            lead = found.group("lead")
            where = "to the end of the line" if title.end >= stop else f"up to where the title ends ({title.how})"
            if title.sure:
                yield self.span(*span, f"video pointer '{lead}' and the video's title, {where}")
            else:
                yield self.span(*span, f"video pointer '{lead}'; unsure where its title ends ({title.how})", score=0.3)

    @staticmethod
    def _heads_a_list(doc: AnalysedDocument, line: Line) -> bool:
        return len(blocks.block_at(doc, line).items) >= MIN_LIST_ITEMS

    def _line(self, doc: AnalysedDocument, line: Line) -> Iterator[Proposal]:
        text = line.text
        may_start = _MAY_START.match(text) is not None
        if may_start and related_header().match(text) and self._heads_a_list(doc, line):
            return  # the related-list rule takes the header with all its items
        match = at_start(text) if may_start else None
        position = 0
        if match:
            title = match.group("title")
            if VIDEO.match(title):
                # the video rule's lead-in, or a video pointer's: the read-also links glued
                # after it are still looked for
                position, match = match.end("phrase"), None
        if match:
            phrase = match.group("phrase")
            if not title.strip():
                following = doc.next_content(line)
                if (following is not None and blocks.link_title(following.text)
                        and not blocks.sub_heading(doc, following)):
                    yield self.span(line.content_start, following.content_end,
                                    f"'{phrase}' lead-in and the linked title under it")
                else:
                    yield self.line(line, f"'{phrase}' lead-in with no title")
                return
        if match:
            if match.group("colon") or blocks.link_title(title):
                found = (TitleEnd(match.start("title"), True, _NO_TITLE) if _story_after(text, match.start("title"))
                         else find_title_end(doc, text, match.start("title"), line.start))
                start = self._link_start(match, found, text)
                yield self._cut(line, start, found, phrase)
                position = found.end
                if found.end >= len(text.rstrip()):
                    return
                video = at_start(text[found.end :]) if found.sure else None
                if video and VIDEO.match(video.group("title")):
                    # a video link glued after the read-also link: cut alone, the link would
                    # leave it opening the line, for the video rule on a second pass
                    yield self.span(line.start + found.end + video.start("phrase"), line.content_end,
                                    f"video link '{video.group('phrase')}' glued after a read-also link")
                    return
            elif not match.group("colon"):
                position = match.end("phrase")
        while True:
            glued = search_glued_read_also(text, position)
            if not glued:
                return
            position = glued.end("phrase")
            if VIDEO.match(glued.group("title")):
                continue
            found = find_title_end(doc, text, glued.start("title"), line.start)
            yield self._cut(line, glued.start("phrase"), found, glued.group("phrase"))
            position = max(position, found.end)

    @staticmethod
    def _link_start(match: AtStart, found: TitleEnd, text: str) -> int:
        """Where the link starts: a bullet or dash before the lead-in ('-Baca juga: ...',
        '• Baca juga: ...') is the link's; an opening bracket only when the cut runs to the end
        of the line (it takes the closing one too). A mark left alone would be cut on a second
        pass (not idempotent)."""
        lead = match.group("lead")
        if lead and (lead not in "[(" or found.end >= len(text.rstrip())):
            return match.start("lead")
        return match.start("phrase")

    def _cut(self, line: Line, start: int, found: TitleEnd, phrase: str) -> Proposal:
        whole = found.end >= len(line.text.rstrip())
        if whole and start == len(line.text) - len(line.text.lstrip()):
            return self.line(line, f"read-also link ('{phrase}')")
        if found.how == _NO_TITLE:
            return self.span(line.start + start, line.start + found.end,
                             f"read-also lead-in '{phrase}' with no title, the story after it")
        where = "to the end of the line" if whole else f"up to where the title ends ({found.how})"
        if found.sure:
            return self.span(line.start + start, line.start + found.end,
                             f"read-also link '{phrase}' {where}")
        return self.span(line.start + start, line.start + found.end,
                         f"read-also link '{phrase}'; unsure where its title ends ({found.how})",
                         score=0.3)
