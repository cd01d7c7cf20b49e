from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import carried, credits, lineshapes, neighbours, tags
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import TAG_LINE, TAG_LINE_FAMILY, source_credit
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_LOWER = r"[a-z]{2,5}\d{0,3}(?:\s*/\s*[a-z][a-z\d.-]{1,24}){0,3}"  # (hri/jbr), (cr30/tribun-medan.com)
_CAPITALISED = r"[A-Z][a-z]{1,4}(?:/[A-Z][a-z]{1,4}){1,3}"  # (Cas/Isk)
_STARRED_PART = r"(?:\*{1,3}|[a-z]{1,5}\d{0,3}\*{0,3}|\p{Lu}\p{Ll}+(?:[ \xa0]\p{Lu}\p{Ll}+){0,2})"
_STARRED = rf"(?=[^()\n]{{0,40}}\*){_STARRED_PART}(?:\s*/\s*{_STARRED_PART}){{1,4}}"
"""Initials codes with asterisks between or after them: (*/abc*/xyz/k9), (***/ant), (rd*/sh),
(***/Nama)."""
ALONE = lexicon.lazy(
    rf"^\s*[(\[]\s*(?:{_LOWER}|{_CAPITALISED}|{_STARRED}|\*{{1,3}}|[A-Z]{{2,5}}(?:/[A-Z]{{2,5}}){{1,3}})\s*[)\]]\s*$",
    regex.VERSION1,
)
GLUED = lexicon.lazy(
    r"(?:(?<=[.!?\"”’])|(?<=[\p{L}\d]\s))\s*\((?:[a-z]{2,5}\d{0,3}(?:/[a-z][a-z\d.-]{1,24}){1,3}|\*{1,3}|"
    + _STARRED + r")\)\s*$",
    regex.VERSION1,
)
_WRITTEN_BY = (
    r"(?:(?:Ditulis|Dilaporkan|Disunting|Diliput|Disusun)\s+oleh\s*[:：]?"
    r"|(?:Penulis|Editor|Reporter|Pewarta|Wartawan|Kontributor)\s*[:：])\s*\p{Lu}[^()\n]{2,60}"
)
"""A "written by" credit in brackets: (Ditulis oleh Nama), (Ditulis oleh: Nama), (Penulis: Nama)."""
CREDIT_ALONE = lexicon.lazy(rf"^\s*\(\s*{_WRITTEN_BY}\)\s*$", regex.VERSION1)
_DESK_CODE = r"(?:[A-Z]{2,5}/){0,2}[A-Z]{1,3}-\d{1,3}"  # (Z-8), (RO/Z-1), (AFP/Z-10)
CODE_ALONE = lexicon.lazy(rf"^\s*\(\s*{_DESK_CODE}\s*\)\s*$")
GLUED_CLOSING = lexicon.lazy(
    r"(?<=[.!?\"”’])\s*(?:\((?:"
    rf"{_DESK_CODE}"
    r"|[a-z]{2,4}"  # one editor's initials, "(rzy)", only after the last sentence
    rf"|{_WRITTEN_BY}"
    r")\)|\[(?:[a-z]{2,4}|[A-Z]{2,5})\])\s*$",  # or in square brackets: "[rzy]", "[ANT]"
    regex.VERSION1,
)
"""A desk code, one editor's initials or a "written by" credit glued after the last sentence."""

NAME_ALONE = lexicon.lazy(
    r"^\s*\(\s*(?:[A-Z]{2,5}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s*\)\s*$", regex.VERSION1
)
"""A reporter's initials or name alone in brackets, "(SIS)", "(Nama Reporter)"."""
SQUARE_ALONE = regex.compile(r"^\s*\[\s*[A-Z]{2,5}\s*\]\s*$")
"""Initials in square brackets alone, "[SIS]": only closing the text (between paragraphs it
may name the source of the next section of a round-up)."""


MAX_ALONE_WORDS = 4
MAX_CREDIT_WORDS = 10
CLOSING_STORY_LINES = 4


def _credit_alone(text: str) -> bool:
    credit = source_credit(text)
    return bool(credit and not text[: credit.start()].strip())


def _read(doc: AnalysedDocument, line: Line) -> tuple[str, int, bool] | None:
    """``line``'s text, its word count and whether it is read shorter than it stands: a line
    a copy or spam is cut from is read as a second pass reads it (its end may be a print's
    end once the print after it goes), and without the read-also links glued at its end
    (``neighbours.end_before_glued_links``); None when nothing is left of it."""
    cut = line.index in doc.lines_cut
    text = doc.text_after_cuts(line) if cut else line.text
    end = neighbours.end_before_glued_links(doc, line, text)
    if end < len(text):
        if not cut:  # (read as ``text_after_cuts`` gives it, to be placed by its offsets)
            text = doc.text_after_cuts(line)
            end = neighbours.end_before_glued_links(doc, line, text)
        text, cut = text[:end], True
    elif not cut:
        return text, len(doc.words[line.index]), False
    if not text.strip():
        return None
    return text, textshape.word_count(text), True


def _region_credit_alone(doc: AnalysedDocument, line: Line, text: str, words: int) -> bool:
    """Is ``text`` (``line`` as read, in the tail) a contributor's credit alone on its line,
    after the story? Read on its shape and its neighbours' (whether the story's last line ends
    a sentence may hang on what other rules cut from it). Not a list's item: after one (alone,
    or glued to a paragraph) or after a line that introduces a list (":"), or before one
    (``_listed_on``; the lines that go whole, and initials alone, looked past)."""
    if words > MAX_CREDIT_WORDS:
        return False
    credit = credits.region_credit(text)
    if credit is None or text[: credit.start()].strip() or doc.last_body_index < 0:
        return False
    before = doc.previous_content(line)
    while before is not None and _looked_past(doc, before):
        before = doc.previous_content(before)
    if before is not None and (
        _introduces(doc, before)
        or _credit_line(before)
        or (doc.is_body(before) and credits.glued_credit(before.text))
    ):
        return False  # (a list's item: after its introduction or an item, alone or glued to prose)
    return not _listed_on(doc, line)


def _introduces(doc: AnalysedDocument, line: Line) -> bool:
    """Does ``line`` end with a colon that introduces a list, read as RL03 leaves it (without
    the Title Case run of other articles' headlines glued after its last sentence, which RL03
    cuts: "... berturut-turut.    Nama/NTT    Berikut peraih medali emas:")?"""
    text = line.text
    if not text.rstrip().endswith(":"):
        return False
    run = lineshapes.closing_title_run(doc, line)
    return run is None or bool(text[run[1] :].strip())


def _credit_line(line: Line) -> bool:
    """Is ``line`` a contributor's credit "Nama/Region" and nothing else (but initials glued
    after it, which go too)?"""
    text = line.text
    if "/" not in text:
        return False
    if text.rstrip().endswith((")", "]")):
        text = credits.before_code(text)
    credit = credits.region_credit(text)
    return credit is not None and not text[: credit.start()].strip()


def _listed_on(doc: AnalysedDocument, line: Line) -> bool:
    """Does a line of the same shape ("Nama/Region" alone) follow ``line`` (the lines that go
    whole, and initials alone, looked past)? Then the one on ``line``, or glued at its end,
    opens the story's list of names by region ("... sebagai berikut.   Nama/Jatim" /
    "Nama/Jabar"), no credit."""
    after = doc.next_content(line)
    while after is not None and _looked_past(doc, after):
        after = doc.next_content(after)
    return after is not None and _credit_line(after)


def _goes_whole(doc: AnalysedDocument, line: Line) -> bool:
    """Does ``line`` go whole whatever stands around it (``neighbours.goes_whole``), or as a
    tag block's line (``tags.tag_blocks``: NV04) or a tag line ("Tags: banjir, bpbd": NV01)?"""
    return (
        neighbours.goes_whole(doc, line)
        or line.index in tags.tag_block_indexes(doc)
        or (doc.hits.may_hold(line.index, TAG_LINE_FAMILY) and TAG_LINE.match(line.text) is not None)
    )


def _looked_past(doc: AnalysedDocument, line: Line) -> bool:
    """Does ``line`` go whole, whatever stands around it or as initials alone in brackets?"""
    if _goes_whole(doc, line):
        return True
    read = _read(doc, line)
    if read is None:
        return True
    text, words, _ = read
    # (initials alone: the credit "Name/Region", which reads its neighbours, is not asked about)
    return text.rstrip().endswith((")", "]")) and _initials_alone(text, words) is not None


def _initials_alone(text: str, words: int) -> str | None:
    """Why ``text`` (a line ending with a bracket, of ``words`` words) goes whole wherever it
    stands: initials, a code, a name or a "written by" credit alone in brackets; or None."""
    if words <= MAX_ALONE_WORDS and (ALONE.match(text) or CODE_ALONE.match(text)):
        return "reporter/editor initials"
    if words <= MAX_ALONE_WORDS and NAME_ALONE.match(text):
        return "reporter's initials or name alone in brackets"
    if words <= MAX_CREDIT_WORDS and CREDIT_ALONE.match(text):
        return "'written by' credit alone in brackets"
    return None


def _alone(doc: AnalysedDocument, line: Line, text: str, words: int, bracketed: bool, *, closes: bool) -> str | None:
    """Why ``line`` (read as ``text``, of ``words`` words) goes whole: initials, a code, a
    name or a credit alone (in square brackets only when it ``closes`` the text); None
    when it does not."""
    if bracketed and (reason := _initials_alone(text, words)) is not None:
        return reason
    if bracketed and closes and SQUARE_ALONE.match(text):
        return "reporter's initials in square brackets closing the text"
    if doc.in_tail(line) and _credit_alone(text):
        return "reporter's credit closing the story"
    # (read without the initials glued after it, which go with it: "Nama/NTT (ant/abc)")
    if doc.in_tail(line) and "/" in text and _region_credit_alone(
        doc, line, credits.before_code(text) if bracketed else text, words
    ):
        return "contributor's credit (name/region) after the story"
    return None


@register
class ClosingInitials(Rule):
    """Reporter/editor initials closing the story: "(hri/jbr)", "(ant/tri)", "(*)".

    Alone on a line anywhere, with a reporter's name in brackets ("(Nama Reporter)"); glued
    after the last sentence only in the closing lines; after the story's last paragraph, an
    outlet's credit alone in brackets goes too (before it, it is a photo credit: CP01). A
    contributor's credit "Name/Region" (a known region or province: ``analysis/credits.py``)
    goes alone on a line after the story's last paragraph, or glued after the last sentence
    by a run of spaces (a flattened line break), with the initials after it; not in a list of
    names by region (an item before or after it, or a line ending with ':' before it).

    Anti-pattern (removed)::

        (hri/jbr)
        (*/ant*/rd/k2)
        (***/Nama)
        [ANT]
        (Ditulis oleh: Nama Penulis)
        (Cas/Isk)
        (Z-8)
        ... kata dia di Jakarta, Senin (15/4). (RO/Z-1)
        ... umat beragama," kata dia.(hab)
        ... bantuan akan disalurkan pekan depan. (ant/tri)
        (SIS)
        (Nama Reporter)
        (Banjarmasinpost.co.id/Nama Reporter)   (after the last paragraph)
        ... kata dia. (Kabarkota/Nama Reporter)   (glued after the text's last sentence)
        ... dibawa ke rumah sakit untuk diautopsi.      Nama Kontributor/NTT   (closing the text)
        A. Nama/Sulsel   (alone on a line after the story)

    Best practice (kept: an abbreviation in brackets inside a sentence, a route in the last
    sentence)::

        Badan Pusat Statistik (BPS) mencatat inflasi turun.
        ... kereta tambahan melayani rute Jakarta/Bandung.
    """

    code = "MD04"
    name = "closing-initials"
    category = Category.METADATA
    priority = 45

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        found = list(self._closings(doc))
        yield from found
        yield from carried.in_copies(doc, found)

    def _closings(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        lines = doc.content_lines
        # the story's last prose lines: counted among story lines, not all lines, so that
        # the same lines are "closing" once other chrome after them is gone
        closing = set(doc.story_indexes[-CLOSING_STORY_LINES:])
        # the line that closes the text once the lines after it that go whole are gone
        last_position = self._closing_position(doc, lines)
        whole, last_body = doc.text, doc.last_body_index
        for position, line in enumerate(lines):
            closes = position == last_position or line.index == last_body
            if (line.index <= last_body and line.index not in doc.lines_cut
                    and not doc.hits.may_hold(line.index, "glued_read_also")):
                # before the tail only a line ending with a bracket is read (or, closing the
                # text, with a letter: a contributor's credit): its last character tells,
                # unless it is white space (a content line is not blank)
                last = whole[line.end - 1]
                if last != ")" and last != "]" and not last.isspace() and not (closes and last.isalpha()):
                    continue
            read = _read(doc, line)
            if read is None:
                continue
            text, words, cut = read
            # every pattern here but the credits' ends with a bracket
            bracketed = text.rstrip().endswith((")", "]"))
            # a credit glued at the end of the story's last paragraph or after it (no story
            # line follows it), with the initials glued after it, unless it opens a list of
            # names by region
            if (
                (closes or 0 <= last_body <= line.index)
                and (credit := credits.glued_credit(text))
                and not _listed_on(doc, line)
            ):
                found = self._part(doc, line, cut, text, credit.start(), len(text.rstrip()),
                                   "contributor's credit (name/region) glued after the last sentence")
                if found is not None:
                    yield found
                continue
            if not bracketed and not doc.in_tail(line):
                continue  # (only the credits, looked for in the tail, end without a bracket)
            # (a line after the closing one goes whole: it closes the text too)
            alone = _alone(doc, line, text, words, bracketed, closes=position >= last_position)
            if alone is not None:
                yield self._whole(doc, line, cut, text, alone)
            elif bracketed and (line.index in closing or line.index >= doc.last_body_index):
                match = GLUED.search(text)
                if match is None and (position == last_position or line.index == doc.last_body_index):
                    match = GLUED_CLOSING.search(text)
                found = None
                if match:
                    found = self._part(doc, line, cut, text, match.start(), match.end(),
                                       "reporter/editor initials closing the story")
                elif (position == last_position or line.index == doc.last_body_index) and (
                    credit := credits.bracketed_after_sentence(text)
                ):
                    found = self._part(doc, line, cut, text, credit.start(), credit.end(),
                                       "reporter's credit glued after the last sentence")
                if found is not None:
                    yield found

    @staticmethod
    def _closing_position(doc: AnalysedDocument, lines: tuple[Line, ...]) -> int:
        """The position in ``lines`` of the line that closes the text once the lines after
        it that go whole are gone (those gone whatever stands around them, and initials,
        codes and credits alone that go here), as a second pass reads the text."""
        position = len(lines) - 1
        while position > 0:
            line = lines[position]
            if not _goes_whole(doc, line):
                read = _read(doc, line)
                if read is not None:
                    text, words, _ = read
                    bracketed = text.rstrip().endswith((")", "]"))
                    if (not bracketed and not doc.in_tail(line)) or _alone(
                        doc, line, text, words, bracketed, closes=True
                    ) is None:
                        break
            position -= 1
        return position

    def _whole(self, doc: AnalysedDocument, line: Line, cut: bool, text: str, reason: str) -> Proposal:
        """The line, or what a cut leaves of it (``text``, when ``cut``)."""
        if not cut:
            return self.line(line, reason)
        return self._part(doc, line, cut, text, 0, len(text), reason) or self.line(line, reason)

    def _part(self, doc: AnalysedDocument, line: Line, cut: bool, text: str, start: int, end: int,
              reason: str) -> Proposal | None:
        """``text[start:end]`` as input offsets (``text`` is the line's text, or what a cut
        leaves of it when ``cut``)."""
        if not cut:
            return self.span(line.start + start, line.start + end, reason)
        # (a match may open with the space a cut leaves, which stands for no input character)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        first = doc.input_offset_after_cuts(line, start)
        last = doc.input_offset_after_cuts(line, end - 1)
        if first is None or last is None:
            return None
        return self.span(first, last + 1, reason)
