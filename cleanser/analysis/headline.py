"""Finding the headline at the top of scraped text.

A scraped text often starts with its headline, sometimes after menu words. The title is the
first headline-shaped line before the article prose that is not known chrome, and only
when something confirms it: it is repeated (a copy, a teaser, a caption, a "site. Title."
dateline), chrome follows it (a date line, a photo credit, widget words), or prose follows
it directly. With a title known from elsewhere (HTML metadata), only a line matching it counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import promo, scan, videos, widgets
from cleanser.analysis.datelines import after_outlet_dateline
from cleanser.analysis.invitations import is_more_news_line
from cleanser.analysis.scan import Hits
from cleanser.patterns import (
    BREADCRUMB,
    BREADCRUMB_FAMILY,
    BYLINE_LABELS,
    HASHTAG_LINE,
    NAME_WITH_OUTLET,
    READ_AT_SOURCE,
    RELATIVE_TIME,
    REPUBLISHED,
    TAG_LINE,
    TAG_LINE_FAMILY,
    date_line,
    may_name_outlet,
    photo_credit,
    search_glued_read_also,
)

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

MAX_TOP_LINES = 10
MAX_LABEL_WORDS = 6  # a short line in capitals is a label ("CNBC INDONESIA RESEARCH")
_SEPARATORS = regex.compile(r"\s[>»›|]\s")
_BYLINE_START = lexicon.lazy(
    rf"^\s*[(\[]?\s*(?:{BYLINE_LABELS})\b(?:\s*[:：]|\s+(?-i:\p{{Lu}}))",
    regex.IGNORECASE,
)
"""A byline label opening a line, perhaps several joined ("Redaktur & Reporter :"), before a
colon or a capitalised name."""
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?](?:\s+\S|\p{Lu}\p{Ll}|\p{Lu}{4}|\d+\s+\p{Ll})")
_OPEN_END = ("(", "[", "{", "-", "–", "—", "/", "&", "+", "“", "‘")
_SITE_CREDIT = lexicon.lazy_caseless(
    r"(?:^|\s|[.\[(])[\[(]?\s{0,5}+(?:[\p{L}\d-]{1,63}+\.){1,8}+(?:com|id|net|org|tv|co)\s{0,5}+/\s{0,5}+"
    r"\p{L}[\p{L}\d .'’-]{1,40}[\])]?\s*+$",
)
"""A photo credit naming a site and a photographer: 'VIVA.co.id/Diki Hidayat',
'... Jumat (20/6/2025). [Suara.com/Name]', '... BANJARMASINPOST.CO.ID/NAME'. Linear by
construction: the domain's labels are possessive and bounded (a label never gives back its
dot, so 'co.id' is the labels 'co.' and the ending 'id'), the spaces bounded, and the match
ends the line, so it is searched only over the line's last ``_SITE_CREDIT_REACH`` characters
(``_site_credit``)."""
_SITE_CREDIT_REACH = 800


def _site_credit(text: str) -> bool:
    if "/" not in text:
        return False  # (most lines: no slash anywhere, so none near the end)
    end = len(text.rstrip())
    if "/" not in text[max(0, end - 60):end]:  # the name after the slash is at most 41 letters
        return False
    return _SITE_CREDIT.search(text, max(0, end - _SITE_CREDIT_REACH), end) is not None


_NAME_SECTION = lexicon.lazy(
    r"^\s*\p{Lu}[\p{L}.'’]*[:：]?(?:\s+\p{L}[\p{L}.'’]*){1,3}\s+[-–—|]\s+\p{L}+(?:\s+\p{L}+)?\s*$",
    regex.VERSION1,
)
"""A byline naming the writer and the desk or place: 'Dimas Prasetyo - Sepakbola', 'Laporan:
Dimas Prasetyo | Sleman'."""
_READ_ALSO_START = lexicon.lazy_caseless(
    rf"^\s*[\[(«»>*•-]?\s*(?:{lexicon.alternation('read_also')})\b",
)
"""A read-also line, with the marks RL01 takes with it (a bracket, a bullet or a dash)."""
READ_ALSO_START = _READ_ALSO_START
_LEGAL = lexicon.phrase_index("legal_notice")
_CONTINUATION = regex.compile(r"^\s*(?:\p{Ll}+(?=[\s,;]|$)|[),.;:!?])", regex.VERSION1)
"""A line that goes on with a sentence broken off the line before it."""
MIN_WORDS, MAX_WORDS = 3, 30
# A line ending on a lower-case preposition or conjunction is a sentence broken off at a
# link or a line break ("... kata Fikri kepada"), not a headline.
_BROKEN_OFF_WORDS = (
    "kepada", "dengan", "untuk", "dari", "pada", "oleh", "dan", "atau", "yang", "serta", "bahwa", "karena", "to",
    "of", "and", "the", "with",
)
_BROKEN_OFF = lexicon.lazy(rf"\s(?:{'|'.join(_BROKEN_OFF_WORDS)})$")
# Whole-line phrase lists that mark a line as chrome, tried only where the scan found them.
CHROME_LISTS = (
    "navigation_lines", "interface_lines", "sections", "feed_headers", "related_headers",
    "comment_lines", "embed_lines", "header_lines",
)


def _chrome_list_line(hits: Hits | None, index: int, text: str) -> bool:
    """Does ``text`` consist of one entry of a list of ``CHROME_LISTS``? (A closed list the
    scan found no key of on line ``index`` is not asked: ``scan.phrase_line`` says no.)"""
    if hits is None:
        return any(scan.phrase_line(None, index, text, name) for name in CHROME_LISTS)
    here, closed = hits.by_line[index], hits.closed
    for name in CHROME_LISTS:
        if (name in here or name not in closed) and scan.phrase_line(hits, index, text, name):
            return True
    return False


_EVERYWHERE: frozenset[str] = frozenset()


@cache
def _byline_starts() -> frozenset[str]:
    """``scan.first_characters`` of ``_BYLINE_START``."""
    return scan.first_characters(lexicon.compiled(_BYLINE_START))


def is_known_chrome(
    text: str, hits: Hits | None = None, index: int = -1, folded_words: Sequence[str] | None = None
) -> bool:
    """A line that a phrase list or a shared pattern says is chrome. ``hits`` (the scan of
    the document holding ``text``, on line ``index`` or a piece of it) lets the phrase lists
    be skipped where none of their entries can occur. ``folded_words``: the casefolded
    words of ``text``, when known."""
    # ``may(name)``, ``hits.may_hold(index, name)`` (True without hits), is spelt out below:
    # ``name not in closed or name in here``
    if hits is None:
        closed = here = _EVERYWHERE
    else:
        closed, here = hits.closed, hits.by_line[index]

    if folded_words is None:
        few_words = textshape.has_at_most_words(text, MAX_LABEL_WORDS)
    else:
        few_words = len(folded_words) <= MAX_LABEL_WORDS

    return bool(
        _chrome_list_line(hits, index, text)
        or date_line(text)
        or (("relative_time" not in closed or "relative_time" in here) and RELATIVE_TIME.match(text))
        or (("photo_credit" not in closed or "photo_credit" in here) and photo_credit(text))
        or (
            ("byline_labels" not in closed or "byline_labels" in here)
            and scan.may_open(_byline_starts(), text)
            and _BYLINE_START.match(text)
        )
        or _site_credit(text)
        or (("-" in text or "–" in text or "—" in text or "|" in text) and _NAME_SECTION.match(text))
        or (("read_also" not in closed or "read_also" in here) and _READ_ALSO_START.match(text))
        or (
            (videos.POINTER_FAMILY not in closed or videos.POINTER_FAMILY in here)
            and videos.opens_with_pointer(text)
        )
        or (("republished" not in closed or "republished" in here) and REPUBLISHED.match(text))
        or (("read_at_source" not in closed or "read_at_source" in here) and READ_AT_SOURCE.match(text))
        or (
            ("legal_notice" not in closed or "legal_notice" in here)
            and _LEGAL.find(
                folded_words if folded_words is not None else [w.casefold() for w in textshape.words(text)],
                scan.entry_text(hits, index, "legal_notice", text),
            )
        )
        or ((">" in text or "»" in text or "›" in text or "|" in text) and len(_SEPARATORS.findall(text)) >= 2)
        or ((BREADCRUMB_FAMILY not in closed or BREADCRUMB_FAMILY in here) and BREADCRUMB.match(text))
        or ((TAG_LINE_FAMILY not in closed or TAG_LINE_FAMILY in here) and TAG_LINE.match(text))
        or ("#" in text and HASHTAG_LINE.match(text))
        or is_more_news_line(text, folded_words)
        or (few_words and textshape.uppercase_ratio(text) > 0.8)
        or (
            widgets.is_widget_line(text, folded_words)
            if folded_words is not None
            # (a text of more words than a widget's label is none: its words are not made)
            else textshape.has_at_most_words(text, widgets.MAX_WORDS)
            and widgets.is_widget_line(text, [w.casefold() for w in textshape.words(text)])
        )
    )


def is_title_shaped(text: str) -> bool:
    stripped = text.strip()
    n = textshape.word_count(stripped)
    if not MIN_WORDS <= n <= MAX_WORDS or len(stripped) > 250:
        return False
    if stripped.endswith((".", ":", ",", ";")) and not textshape.ends_with_ellipsis(stripped):
        return False
    if textshape.ends_with_ellipsis(stripped) or (
        ("." in stripped or "!" in stripped or "?" in stripped) and _SENTENCE_BREAK.search(stripped)
    ):
        return False
    if stripped.endswith(_OPEN_END) or (stripped.endswith(_BROKEN_OFF_WORDS) and _BROKEN_OFF.search(stripped)):
        return False  # (``_BROKEN_OFF`` ends with one of its words, and the line is stripped)
    first = stripped[0]
    return (first.isupper() or first.isdigit() or first in "\"'“‘[(") and (
        textshape.letter_ratio(stripped) > 0.6
    )


def _is_copy(norm: str, other_norm: str, other_text: str) -> bool:
    """Is a line a copy or a truncated teaser of the title?"""
    return other_norm == norm or (
        textshape.ends_with_ellipsis(other_text) and len(other_norm) >= 8 and norm.startswith(other_norm)
    )


def lines_gone(doc: AnalysedDocument) -> frozenset[int]:
    """Lines that go whole whatever the title is: copies of the story, feeds and related
    lists, legal notices, spam slots and lines, the lines an outlet's site pack removes, and
    video lead-ins that go whatever stands around them (``videos.goes_whole``).
    The title finder (and the dateline rule) look past them, so that their decisions are the
    same before and after those lines are gone. Read through ``AnalysedDocument.lines_gone``."""
    gone = set(doc.whole_line_copies)
    for block in (*doc.feed_blocks, *doc.related_blocks):
        gone.add(block.header.index)
        gone.update(item.index for item in block.items)
    gone.update(found.line.index for found in doc.legal_lines
                if found.start is None and found.score >= doc.config.threshold)
    gone.update(doc.spam_lines)
    gone.update(doc.site_pack_lines(anywhere_only=False))
    gone.update(videos.lines_going_whole(doc))
    return frozenset(gone)


MIN_TEASER_CHARS = 8


def title_copies(doc: AnalysedDocument) -> dict[int, str]:
    """Further copies of the headline (``doc.title``), by line index, with the reason: the
    title printed again, and a teaser of it cut with "...". Removed by the repeated-title rule
    (DU01), and looked past by the rules that judge a line by its neighbours
    (``neighbours.goes_whole``)."""
    return doc.memo("headline.title_copies", lambda: _title_copies(doc))


def _title_copies(doc: AnalysedDocument) -> dict[int, str]:
    title = doc.title
    if title is None:
        return {}
    wanted = textshape.normalise(title.text)
    # a copy or a teaser (a start) of the headline has at most as many words as it
    most = wanted.count(" ") + 1
    folded_words = doc.folded_words
    found: dict[int, str] = {}
    for line in doc.content_lines:
        if line.index == title.index or len(folded_words[line.index]) > most:
            continue
        norm = " ".join(folded_words[line.index])
        if norm == wanted:
            found[line.index] = "copy of the headline"
        elif textshape.ends_with_ellipsis(line.text) and len(norm) >= MIN_TEASER_CHARS and wanted.startswith(norm):
            found[line.index] = "truncated teaser of the headline"
    return found


def _skipped(doc: AnalysedDocument, line: Line) -> bool:
    """Chrome the title finder looks past: known shapes and calls to action (once a line)."""
    known = doc.memo("headline.skipped", lambda: bytearray(len(doc.lines)))  # per line: 0 not asked, 1 no, 2 yes
    answer = known[line.index]
    if not answer:
        cut = line.index in doc.lines_cut  # read as a second pass reads it
        text = doc.text_after_cuts(line)
        skipped = (
            is_known_chrome(text, doc.hits, line.index, None if cut else doc.folded_words[line.index])
            # a site pack's credit cut from a caption's end: the caption still goes, by its credit
            or (cut and _site_credit(line.text) and not doc.is_body(line))
            # an author line naming the outlet ("Name (The Jakarta Post)"), which the byline rule
            # removes at the top
            or (may_name_outlet(text) and NAME_WITH_OUTLET.match(text) is not None)
            or promo.speaks_call_to_action(doc, line)
        )
        known[line.index] = answer = 2 if skipped else 1
    return answer == 2


def _confirmed(doc: AnalysedDocument, line: Line, norm: str, copies: frozenset[int]) -> bool:
    """Is the story's next line prose? Only prose and heading-shaped lines count as the
    story here: captions, labels, widgets and copies of the title between the two are
    skipped, so the decision is the same whether or not other rules remove them. A heading
    followed by another heading is never a confirmed title: removing it would make the next
    heading look like a title in turn."""
    for other in doc.following(line):
        if other.index in copies:
            continue
        text = doc.text_after_cuts(other)  # judged as a second pass reads it
        if doc.is_body_after_cuts(other):
            # prose going on with a sentence broken off above: the line was part of it
            return not _CONTINUATION.match(text)
        folded = (" ".join(textshape.words(text)).casefold() if other.index in doc.lines_cut
                  else " ".join(doc.folded_words[other.index]))
        if _skipped(doc, other) or _is_copy(norm, folded, text):
            continue
        if is_title_shaped(text):
            return False
    return False


# What a page title puts between the headline and the site's name: "Judul | merdeka.com",
# "Judul - Tribunnews.com", "Kompas.com - Judul" (spaces on both sides, so "DKI: Taksi" and
# "Covid-19" are not cut).
_TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s++[|\-–—:·»]\s+")  # a run of spaces tried once: linear
SITE_NAME_MAX_WORDS = 4


def title_forms(known: str) -> frozenset[str]:
    """``known`` (a page title) normalised, with and without a short site or section name
    before or after a separator: the headline as the article text prints it."""
    parts = [p for p in _TITLE_SEPARATOR.split(known) if p.strip()]
    forms = {textshape.normalise(known)}
    words = [textshape.word_count(p) for p in parts]
    head = words.index(max(words)) if words else 0  # the headline is the longest part
    for start in range(head + 1):
        for end in range(head + 1, len(parts) + 1):
            dropped = words[:start] + words[end:]
            if dropped and max(dropped) <= SITE_NAME_MAX_WORDS:
                forms.add(textshape.normalise(" ".join(parts[start:end])))
    forms.discard("")
    return frozenset(forms)


def find_title(doc: AnalysedDocument) -> Line | None:
    """The headline line of ``doc``, or None."""
    if doc.known_title:
        wanted = title_forms(doc.known_title)
        for line in doc.content_lines[:MAX_TOP_LINES]:
            if textshape.normalise(line.text) in wanted:
                return line
        return None
    copies = doc.lines_gone
    # the top lines and the one after them are all that is read here
    lines = list(islice((line for line in doc.content_lines if line.index not in copies), MAX_TOP_LINES + 1))
    top = []
    for line in lines[:MAX_TOP_LINES]:
        if doc.is_body_after_cuts(line):
            break
        top.append(line)
    for position, line in enumerate(top):
        text = doc.text_after_cuts(line)  # a line that loses a part to a copy or to spam: its rest
        glued = search_glued_read_also(text) if doc.hits.may_hold(line.index, "glued_read_also") else None
        if glued and glued.start() > 0:
            text = text[: glued.start()].strip()  # judged without the read-also link glued to it (RL01)
        rest = after_outlet_dateline(text)
        if rest is not None:
            # judged by what follows the dateline, as it will be once the dateline is cut
            text = rest.strip()
            if not text or is_known_chrome(text, doc.hits, line.index):
                continue
        elif _skipped(doc, line):
            continue
        if not is_title_shaped(text):
            if textshape.word_count(text) <= 2:
                continue
            return None
        if _broken_at_links(doc, lines[position + 1 : position + 1 + MAX_LINK_PIECES]):
            return None  # a sentence broken over lines (at its links), not a headline
        norm = textshape.normalise(text)
        if _byline_and_date_follow(doc, lines, position):
            return line
        return line if _confirmed(doc, line, norm, copies) else None
    return None


MAX_LINK_PIECES = 4
MAX_LINK_WORDS = 4


def _broken_at_links(doc: AnalysedDocument, following: list[Line]) -> bool:
    """Does the sentence go on below, maybe after a few short link texts ("Gol kapten" /
    "Persija Jakarta" / ", mendapat ...")? The line above is then a piece of a sentence
    broken over lines at its links, not a headline."""
    for line in following:
        if _CONTINUATION.match(doc.text_after_cuts(line)):
            return not _skipped(doc, line)
        if doc.is_body_after_cuts(line) or doc.word_count(line) > MAX_LINK_WORDS or _skipped(doc, line):
            return False
    return False


def _byline_and_date_follow(doc: AnalysedDocument, lines: list[Line], position: int) -> bool:
    """A headline-like first line, then a bare byline (a short name-like line), then a
    date line: the header of an article page, whatever the story's first line looks like."""
    if position != 0 or len(lines) < 3 or lines[0].index not in doc.line_shapes.headline:
        return False
    name, date = lines[1], lines[2]
    return (
        name.index in doc.line_shapes.name
        and 2 <= doc.word_count(name) <= 4
        and bool(date_line(date.text))
    )
