"""Line shapes: which lines read as article prose (the ground of every position fact)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from cleanser import textshape
from cleanser.analysis import credits, videos
from cleanser.patterns import search_glued_read_also

_CLOSING_CODE = regex.compile(r"(?<=[.!?\"”’])\s*\(\s*[\p{L}\d*]{1,10}(?:\s*/\s*[\p{L}\d.*-]{1,25}){0,3}\s*\)\s*$")
"""Initials or a desk code closing a paragraph, "(mcr8/jpnn)", "(Z-8)": the paragraph is
judged without them, as it reads once they are cut."""

_CLOSING_EMPTY_PAIRS = regex.compile(  # (searched up to the line's end without its spaces)
    r"(?<=[.!?][\"'”’]?[ \t]{0,8})(?:\[ *+\]|\( *+\))++$")
"""Empty bracket pairs closing a paragraph after its last sentence ("... sore tadi.[]"), an
embed's residue that the embed-residue rule (EM01) cuts: the paragraph is judged without them."""
CLOSING_REACH = 40
"""Such pairs are looked for in a line's last this many characters."""

MIN_PROSE_WORDS = 10
"""``textshape.is_body_paragraph`` says no below this many words."""

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument


def closing_empty_pairs(text: str) -> regex.Match[str] | None:
    """The empty bracket pairs closing ``text`` after its last sentence, if any."""
    end = len(text.rstrip())
    if not end or text[end - 1] not in ")]":
        return None
    return _CLOSING_EMPTY_PAIRS.search(text, max(0, end - CLOSING_REACH), end)


def body_paragraph_indexes(doc: AnalysedDocument) -> tuple[int, ...]:
    """Indexes of lines shaped like article prose (long sentences). A line closed by
    initials or a desk code ("... kata dia. (abc/xyz)"), by empty bracket pairs ("... sore
    tadi.[]") or by a contributor's credit glued after its last sentence ("... kata dia.
    Nama/NTT": ``credits``) is judged without them. A line with a read-also lead-in glued to
    its end ("... kata Ujang.Baca juga: <title>"), or a video pointer ("... asalnya. Tonton:
    <title>", ``videos.pointers``), is judged without it, as it reads once that is cut."""
    words = doc.words
    hits = doc.hits
    found = []
    for line in doc.content_lines:
        found_words = words[line.index]
        if len(found_words) < MIN_PROSE_WORDS:
            # no prose, whole or without what closes it: a part holds no more words than the
            # line (its text is not cut out)
            continue
        if reads_as_prose(line.text, found_words, glued_link=hits.may_hold(line.index, "glued_read_also"),
                          pointer=hits.may_hold(line.index, videos.POINTER_FAMILY)):
            found.append(line.index)
    return tuple(found)


def reads_as_prose(
    text: str, found_words: Sequence[str] | None = None, glued_link: bool = True, pointer: bool = True
) -> bool:
    """Is ``text`` shaped like article prose, judged without what closes it (initials or a
    code, empty pairs, a contributor's credit) and, where ``glued_link``/``pointer`` allow
    it, without a read-also link or a video pointer glued at its end? (``body_paragraph_indexes``
    for a line; the copies' remnants are judged by it too, as a second pass judges them.)"""
    if textshape.is_body_paragraph(text, found_words):
        return True
    closing = None
    if text.rstrip().endswith((")", "]")):
        closing = _CLOSING_CODE.search(text) or closing_empty_pairs(text)
    if (credit := credits.glued_credit(text)) is not None:
        closing = credit  # (with the initials or code after it, if any)
    if closing is None and text.rstrip().endswith((")", "]")):
        closing = credits.bracketed_after_sentence(text)  # "... Senin (16/6/2025).(OUTLET/NAMA)"
    if closing and textshape.is_body_paragraph(text[: closing.start()]):
        return True
    if glued_link:
        glued = search_glued_read_also(text)
        if glued and glued.start() > 0:
            stem = text[: glued.start()]
            if textshape.is_body_paragraph(stem, textshape.words(stem)):
                return True
    if pointer:
        found = next((m for m in videos.pointers(text) if m.start("lead") > 0), None)
        if found is not None:
            stem = text[: found.start("lead")]
            if textshape.is_body_paragraph(stem, textshape.words(stem)):
                return True
    return False
