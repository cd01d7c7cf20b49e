"""Line shapes beyond prose: headline-like, name-like, figure rows, label rows.

These facts read a line alone (its words and punctuation), never its words' meaning, so
that chrome of outlets the project has never seen is recognised by its shape:

- **headline-like**: 6-24 words, Title Case or a headline's colon, no closing full stop
  ("Persib Tak Boleh Anggap Enteng Lawan: Momentum Kemenangan dan Ancaman di Liga");
- **name-like**: 1-5 words, each lettered word capitalised, no sentence end ("Liga 1",
  "Persija Jakarta", "Pertandingan Selanjutnya");
- **figure row**: a line of a table of figures (scores, dates, amounts): two or more
  numbers, or a score "2-0" / a date "23/10/25";
- **label row**: "Label: value" lines of a fact box ("Venue: Stadion Utama");
- **title-case run**: a span of a flattened line made of headlines glued one after the
  other, with no sentence end between them.

Rules read these through ``AnalysedDocument.line_shapes`` and name the fact in their reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon, textshape
from cleanser.analysis.datelines import _DOMAIN

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

SMALL_WORDS = frozenset(
    [
     "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "hingga", "dalam",
     "soal", "demi", "bagi", "oleh", "ini", "itu", "vs", "versus", "jadi", "usai", "saat",
     "setelah", "sebelum", "atas", "bersama", "sebagai", "tak", "tidak", "bisa", "akan",
     "jelang", "kontra", "lawan", "juga", "pun", "the", "of", "and", "in", "on", "to", "for",
     "at", "a", "an", "by", "with", "from", "is", "are",
    ]
)
"""Words a Title Case headline leaves in lower case (Indonesian and English)."""

MIN_HEADLINE_WORDS = 6
MAX_HEADLINE_WORDS = 24
MAX_HEADLINE_CHARS = 220
MIN_TITLE_SHARE = 0.75
MAX_NAME_WORDS = 5
STRONG_HEADLINE_WORDS = 14
"""A headline-like line this long, or with a headline's colon and 8 words, is a headline on
its own account (sub-headings of a story are shorter, and rarely "Topic: Claim")."""

_NUMBER = regex.compile(r"\d+(?:[.,:/-]\d+)*")
_SCORE_OR_DATE = regex.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_CLOCK = regex.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC)?\s*$")
_LABEL_ROW = regex.compile(r"^\s*\p{Lu}\p{L}*(?:\s+\p{L}+)?\s*[:：]\s*\S[^:：]*$")
MAX_LABEL_VALUE_WORDS = 6
_HEADLINE_END = regex.compile(r"[\p{L}\p{N}!?\"'”’)]$")
_MONTH = (
    r"(?:Jan(?:uary|uari)?|Feb(?:ruary|ruari)?|Mar(?:ch|et)?|Apr(?:il)?|Mei|May|Jun[ei]?|Jul[iy]?"
    r"|Aug(?:ust)?|Agu(?:stus)?|Sep(?:t|tember)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cs](?:ember)?)"
)
_DATED_ROW = lexicon.lazy(rf"^\s*(?:\d{{1,2}}\s+{_MONTH}\b|{_MONTH}\.?\s+\d{{1,2}}\b)")
_NOT_A_HEADLINE = regex.compile(r"[$€£]|\s\|\s|\s@\s")
_ENGLISH = frozenset(
    ["the", "of", "and", "is", "for", "with", "to", "in", "on", "at", "an", "but", "it", "you",
     "your", "are", "be", "from"]
)
MAX_ENGLISH_WORDS = 1
"""Related headlines of Indonesian outlets: a line with two English function words or more
is an English page's heading or list item, which this shape does not judge."""
_ASCII_NO_HEADLINE_END = frozenset(c for c in map(chr, range(128)) if not _HEADLINE_END.match(c))
"""The ASCII characters a headline does not end with (``_HEADLINE_END`` says no)."""
_LIST_ITEM = regex.compile(r"^\s*\d{1,2}\s*[.)]\s")
_LIST_OF_NAMES = regex.compile(r";|,.*,.*,.*,")
_URL = regex.compile(r"https?://|www\.", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")


def title_share(found: Sequence[str], folded: Sequence[str] | None = None) -> float:
    """Share of capitalised words among the words after the first that are neither small
    words nor numbers (1.0 for "Persib Panen Efek Positif dari Panggung Asia").
    ``folded``: the words casefolded, when known."""
    if folded is None:
        firsts = [w[0] for w in found[1:] if w.casefold() not in SMALL_WORDS]
    else:
        firsts = [w[0] for w, f in zip(found[1:], folded[1:], strict=True) if f not in SMALL_WORDS]
    counted = list(filter(str.isalpha, firsts))  # the first letters of the words counted
    if not counted:
        return 0.0
    return sum(map(str.isupper, counted)) / len(counted)


def is_headline_like(text: str, found: Sequence[str], folded: Sequence[str] | None = None) -> bool:
    """6-24 words, capitalised first word, Title Case (or a colon after a capitalised
    lead), ending on a word, a '?', '!' or a quote: not a sentence, not a list of names.
    ``folded``: the words casefolded, when known."""
    n = len(found)
    if not (MIN_HEADLINE_WORDS <= n <= MAX_HEADLINE_WORDS):
        return False
    stripped = text.strip()
    if len(stripped) > MAX_HEADLINE_CHARS:
        return False
    if not stripped[0].isupper() and not stripped[0].isdigit():
        return False
    last = stripped[-1]
    if last in _ASCII_NO_HEADLINE_END or (last >= "\x80" and not _HEADLINE_END.match(last)):
        return False  # (``_HEADLINE_END`` of its last character)
    # the word tests first: most lines that get here are sentences, not Title Case
    if folded is None:
        folded = [w.casefold() for w in found]
    if sum(map(_ENGLISH.__contains__, folded)) > MAX_ENGLISH_WORDS:
        return False
    if title_share(found, folded) < MIN_TITLE_SHARE:
        return False
    if _URL.search(stripped):
        return False
    # a line-up, a list of names (``_LIST_OF_NAMES``: ";" or four commas), a row of results
    names = ";" in stripped or (stripped.count(",") >= 4 and _LIST_OF_NAMES.search(stripped))
    if names or _SCORE_OR_DATE.search(stripped):
        return False
    if _NOT_A_HEADLINE.search(stripped):
        return False  # a price, a page title "X | Y", a venue "@"
    if _LIST_ITEM.match(stripped):
        return False  # an item of a numbered list: the story's own, or a list of links
    return not _DATED_ROW.match(stripped)  # a schedule's row


def is_strong_headline(text: str, found: Sequence[str]) -> bool:
    """Long enough, or with a headline's colon, to be a headline on its own account."""
    n = len(found)
    return n >= STRONG_HEADLINE_WORDS or (n >= 8 and ":" in text)


def is_name_like(text: str, found: Sequence[str]) -> bool:
    """1-5 words, every lettered word capitalised (a number may close it: "Liga 1"), no
    sentence end, no colon: a name, a topic, a competition, a widget's header."""
    stripped = text.strip()
    if not (0 < len(found) <= MAX_NAME_WORDS) or len(stripped) > 60:
        return False
    if stripped.endswith((".", ",", ":", ";")) or ":" in stripped:
        return False
    lettered = [w for w in found if w[0].isalpha()]
    if not lettered or not all(w[0].isupper() for w in lettered):
        return False
    digits = [w for w in found if not w[0].isalpha()]
    return len(digits) <= 1 and (not digits or found[-1] == digits[0])


def is_figure_row(text: str) -> bool:
    """A row of a table of figures: a score or a date, or two numbers or more."""
    if _DIGIT.search(text) is None:
        return False  # both need a digit
    return bool(_SCORE_OR_DATE.search(text)) or len(_NUMBER.findall(text)) >= 2


def is_clock(text: str) -> bool:
    return bool(_CLOCK.match(text))


def is_label_row(text: str) -> bool:
    """ "Venue: Stadion Utama": a label of one or two words and a short value."""
    if (":" not in text and "：" not in text) or not _LABEL_ROW.match(text) or text.rstrip().endswith(":"):
        return False
    value = text.split(":", 1)[-1] if ":" in text else text.split("：", 1)[-1]
    return textshape.word_count(value) <= MAX_LABEL_VALUE_WORDS


@dataclass(frozen=True)
class LineShapes:
    """Indexes of the lines of each shape."""

    headline: frozenset[int]
    strong_headline: frozenset[int]
    name: frozenset[int]
    figures: frozenset[int]
    clock: frozenset[int]
    label: frozenset[int]


def line_shapes(doc: AnalysedDocument) -> LineShapes:
    headline: set[int] = set()
    strong: set[int] = set()
    name: set[int] = set()
    figures: set[int] = set()
    clock: set[int] = set()
    label: set[int] = set()
    words = doc.words
    folded = doc.folded_words
    for line in doc.content_lines:
        i = line.index
        found = words[i]
        n = len(found)
        if n > MAX_HEADLINE_WORDS + 6:
            continue
        text = line.text
        # each test is called only where its word count allows it, the clock and figure
        # tests only on lines with a digit, the label test only on lines with a colon
        # (they say False elsewhere)
        if n >= MIN_HEADLINE_WORDS:
            if n <= MAX_HEADLINE_WORDS and is_headline_like(text, found, folded[i]):
                headline.add(i)
                if is_strong_headline(text, found):
                    strong.add(i)
        elif n and is_name_like(text, found):  # (MAX_NAME_WORDS < MIN_HEADLINE_WORDS)
            name.add(i)
        first = _NUMBER.search(text)  # (None exactly when the line holds no digit)
        if first is not None:
            if _CLOCK.match(text):  # is_clock
                clock.add(i)
            elif _NUMBER.search(text, first.end()) or _SCORE_OR_DATE.search(text):
                # is_figure_row: two numbers (the second found after the first, as
                # ``findall`` finds them) or a score or a date
                figures.add(i)
        if (":" in text or "：" in text) and is_label_row(text):
            label.add(i)
    return LineShapes(*(frozenset(s) for s in (headline, strong, name, figures, clock, label)))


# -- flattened lines ---------------------------------------------------------------------

_SENTENCE_BREAK = regex.compile(r"(?<=[.!?][\"'”’)]*)\s+(?=[\"“'‘(]?\p{Lu})")
SENTENCE_GAP = regex.compile(r"[.!?][\"'”’)]*+(\s+)(?=[\"“'‘(]?\p{Lu})")
"""The white space between two sentences (group 1: ``_SENTENCE_BREAK``'s matches), found
from the sentence end: a pattern that looks behind at every position is several times
slower on a long line."""
GLUED_SENTENCE_END = textshape.GLUED_SENTENCE_END
MIN_RUN_WORDS = 14
MIN_RUN_TITLE_SHARE = 0.7


def closing_title_run(doc: AnalysedDocument, line: Line) -> tuple[int, int] | None:
    """``trailing_title_run`` of ``line``, read where the unmarked-headline rule (RL03) cuts
    it: on a prose line of ``MIN_RUN_WORDS`` words or more (the closing-initials rule, MD04,
    reads a line's end as RL03 leaves it)."""
    if not doc.is_body(line) or len(doc.words[line.index]) < MIN_RUN_WORDS:
        return None
    return trailing_title_run(line.text)


def trailing_title_run(text: str) -> tuple[int, int] | None:
    """In a flattened line, headlines glued after the story's last sentence: the span
    (start, end) after the last sentence end when it holds no sentence end itself, has
    at least 14 words and reads as Title Case. None when there is none."""
    if textshape.ends_sentence(text):
        # the span after the last sentence break ends where the line ends, and starts with
        # a capital (perhaps after a quote): it ends a sentence exactly when the line does
        return None
    last = None
    for match in SENTENCE_GAP.finditer(text):  # the spaces ``_SENTENCE_BREAK`` matches
        last = match
    if last is None:
        return None
    start = last.end(1)
    rest = text[start:].rstrip()
    if textshape.ends_sentence(rest):
        return None
    glued = None
    for match in GLUED_SENTENCE_END.finditer(rest):  # (one pass: the last one)
        glued = match
    if glued is not None:
        # a sentence glued to what follows it ("... tutur Irvan.Baca juga: ...") ends there
        # too: the run starts after it, or a quote before it would be read as a headline
        start += glued.end()
        rest = rest[glued.end() :]
    found = textshape.words(rest)
    if len(found) < MIN_RUN_WORDS or title_share(found) < MIN_RUN_TITLE_SHARE:
        return None
    return start, start + len(rest)


_INNER_DATELINE = lexicon.lazy(
    rf"(?<=\s)(?:\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,}}(?:\s\p{{Lu}}{{2,}})?),\s*{_DOMAIN}"
    r"\s*[-–—]{1,3}\s*(?=[\"“]?\p{Lu})",
    regex.VERSION1,
)
INNER_DATELINE_FAMILY = "inner_dateline"
"""The scan family of the lines that may hold ``_INNER_DATELINE`` (a domain's ending)."""
MAX_LEADING_CHARS = 4000
MIN_LEADING_WORDS = 6


def leading_title_run(text: str) -> tuple[int, int] | None:
    """In a flattened line, headlines glued before the story's dateline ("... Kuasa Hukum:
    Penahanan Tak Berdasar Jakarta, Outlet.com —Warga ..."): (end of the Title Case run,
    end of the dateline). The dateline naming the outlet's domain marks where the story
    starts; what stands before it must read as Title Case with no sentence end."""
    found = _INNER_DATELINE.search(text, 0, MAX_LEADING_CHARS)
    if found is None:
        return None
    before = text[: found.start()]
    words = textshape.words(before)
    if len(words) < MIN_LEADING_WORDS or SENTENCE_GAP.search(before.replace("! ", " ")):
        return None
    if title_share(words) < MIN_RUN_TITLE_SHARE or not before.lstrip()[:1].isupper():
        return None
    return len(before.rstrip()), found.end()
