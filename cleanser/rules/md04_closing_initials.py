from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import datelines, neighbours
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import source_credit
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


_CREDIT_NAME_WORD = r"(?:\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?|\p{Lu}\.?)"  # Yohanes, Dewi, A., I (I Made)
_REGION = r"\p{Lu}\p{L}{1,24}(?:[ \xa0]\p{Lu}\p{L}{1,24}){0,2}"  # NTT, Sulsel, Jawa Timur
REGION_CREDIT = lexicon.lazy(
    rf"(?<![\p{{L}}\p{{N}}])(?P<name>{_CREDIT_NAME_WORD}(?:[ \xa0]{_CREDIT_NAME_WORD}){{0,3}})"
    rf"[ \xa0]?/[ \xa0]?(?P<region>{_REGION})\s*$",
    regex.VERSION1,
)
"""A contributor's credit: a name (one to four words, initials among them) and, after a slash,
the region the contributor reports from ("Nama Kontributor/NTT", "A. Nama/Jawa Timur"), up to
the end of the text searched."""
REGIONS = datelines.PLACES | lexicon.word_set("credit_regions")
"""The regions such a credit names: dateline places and provinces (``data/credit_regions.txt``)."""
REGION_CREDIT_REACH = 140
"""The credit is looked for in a line's last this many characters (four names and a region)."""
_SENTENCE_END_BEFORE_GAP = regex.compile(r"[.!?][\"”’)]?$")
"""A sentence's end, before the run of spaces of a flattened line break."""

MAX_ALONE_WORDS = 4
MAX_CREDIT_WORDS = 10
CLOSING_STORY_LINES = 4


_SENTENCE_END = regex.compile(r"[\p{Ll}\d)][.!?][\"”’]?\s*$")


def _credit_after_sentence(text: str) -> regex.Match[str] | None:
    """An outlet/reporter credit in brackets glued after the text's last sentence:
    "... kata dia. (Kabarkota/Nama Reporter)"."""
    credit = source_credit(text)
    if credit is None or credit.group().lstrip()[:1] not in "([":
        return None
    return credit if _SENTENCE_END.search(text, max(0, credit.start() - 8), credit.start()) else None


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


def _region_credit(text: str) -> regex.Match[str] | None:
    """A contributor's credit "Nama/Region" ending ``text`` (``REGION_CREDIT``), when it names
    a known region and its name holds no place ("Jakarta/Bandung" names a route)."""
    end = len(text.rstrip())
    if not end or not text[end - 1].isalpha() or "/" not in text[max(0, end - 30) : end]:
        return None  # (the region is at most three words of 25 letters)
    credit = REGION_CREDIT.search(text, max(0, end - REGION_CREDIT_REACH), end)
    if credit is None or " ".join(credit["region"].split()).casefold() not in REGIONS:
        return None
    name = credit["name"].split()
    if any(word.casefold() in REGIONS for word in name) or " ".join(name).casefold() in REGIONS:
        return None
    return credit


def region_credit_glued(text: str) -> regex.Match[str] | None:
    """A contributor's credit glued after ``text``'s last sentence by a run of spaces (a
    flattened line break): "... penyebab kematian korban.      Nama Kontributor/NTT"."""
    credit = _region_credit(text)
    if credit is None:
        return None
    before = text[: credit.start()]
    story = before.rstrip()
    gap = before[len(story) :]
    if (len(gap) < 2 and "\t" not in gap) or "\n" in gap or not _SENTENCE_END_BEFORE_GAP.search(story[-3:]):
        return None
    return credit


def _region_credit_alone(doc: AnalysedDocument, line: Line, text: str, words: int) -> bool:
    """Is ``text`` (``line`` as read) a contributor's credit alone on its line, after a line
    that ends a sentence (the lines that go whole looked past)? Not after a list's items."""
    if words > MAX_CREDIT_WORDS:
        return False
    credit = _region_credit(text)
    if credit is None or text[: credit.start()].strip():
        return False
    before = doc.previous_content(line)
    while before is not None and neighbours.goes_whole(doc, before):
        before = doc.previous_content(before)
    return before is not None and textshape.ends_sentence(before.text.rstrip())


def _listed_on(doc: AnalysedDocument, line: Line) -> bool:
    """Does a line of the same shape ("Nama/Region" alone) follow ``line`` (the lines that go
    whole looked past)? Then the one glued at its end opens the story's list of names by
    region ("... sebagai berikut.   Nama/Jatim" / "Nama/Jabar"), no credit."""
    after = doc.next_content(line)
    while after is not None and neighbours.goes_whole(doc, after):
        after = doc.next_content(after)
    if after is None:
        return False
    text = after.text
    credit = _region_credit(text)
    return credit is not None and not text[: credit.start()].strip()


def _alone(doc: AnalysedDocument, line: Line, text: str, words: int, bracketed: bool, *, closes: bool) -> str | None:
    """Why ``line`` (read as ``text``, of ``words`` words) goes whole: initials, a code, a
    name or a credit alone (in square brackets only when it ``closes`` the text); None
    when it does not."""
    if bracketed and words <= MAX_ALONE_WORDS and (ALONE.match(text) or CODE_ALONE.match(text)):
        return "reporter/editor initials"
    if bracketed and words <= MAX_ALONE_WORDS and NAME_ALONE.match(text):
        return "reporter's initials or name alone in brackets"
    if bracketed and closes and SQUARE_ALONE.match(text):
        return "reporter's initials in square brackets closing the text"
    if bracketed and words <= MAX_CREDIT_WORDS and CREDIT_ALONE.match(text):
        return "'written by' credit alone in brackets"
    if doc.in_tail(line) and _credit_alone(text):
        return "reporter's credit closing the story"
    if not bracketed and closes and doc.in_tail(line) and _region_credit_alone(doc, line, text, words):
        return "contributor's credit (name/region) closing the text"
    return None


@register
class ClosingInitials(Rule):
    """Reporter/editor initials closing the story: "(hri/jbr)", "(ant/tri)", "(*)".

    Alone on a line anywhere, with a reporter's name in brackets ("(Nama Reporter)"); glued
    after the last sentence only in the closing lines; after the story's last paragraph, an
    outlet's credit alone in brackets goes too (before it, it is a photo credit: CP01). A
    contributor's credit "Name/Region" (a known region or province) closing the text goes,
    alone on its line after a sentence or glued after the last sentence by a run of spaces
    (a flattened line break).

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
        A. Nama/Sulsel   (alone on the text's last line)

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
            if not bracketed and closes and (credit := region_credit_glued(text)) and not _listed_on(doc, line):
                found = self._part(doc, line, cut, text, credit.start(), credit.end("region"),
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
                    credit := _credit_after_sentence(text)
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
            if not neighbours.goes_whole(doc, line):
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
        first = doc.input_offset_after_cuts(line, start)
        last = doc.input_offset_after_cuts(line, end - 1)
        if first is None or last is None:
            return None
        return self.span(first, last + 1, reason)
