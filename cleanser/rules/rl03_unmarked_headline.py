from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, textshape
from cleanser.analysis import blocks, headline, lineshapes, neighbours, promo
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MARKED = lexicon.lazy_caseless(r"^\W*(?:baca|simak|lihat|tonton|read|watch|see)\b[^:]{0,30}:")
"""A lead-in marks the link: the read-also and video rules own those lines."""
BRACKETED_ALONE = regex.compile(r"[(\[][^()\[\]]{1,40}[)\]]")
"""A few words alone in brackets, "(abc/xyz)", "[ANT]": initials, a desk code or a note, no
story; looked past like known chrome."""
MAX_BRACKETED_WORDS = 4

SCORE_RUN = 0.7
MIN_RUN_CLOSER_WORDS = 8
"""The last of a run of headlines, directly before prose, goes from this many words (a
shorter one may be the story's sub-heading)."""
SCORE_STRONG = 0.6
SCORE_WIDGET = 0.55
SCORE_WEAK = 0.4


def _passed(doc: AnalysedDocument, line: Line) -> bool:
    """Lines looked past when judging a line's neighbours: those that go whole whatever
    stands around them (``neighbours.goes_whole``: copies, feeds, notices, spam, site-pack
    lines, video lead-ins, the tail's tag lines, author profiles at the end), known chrome
    lines (date lines, captions, phrase-list lines), calls to action and lines without a
    letter, so that the decision is the same once they are gone."""
    known = doc.memo("rl03.passed", lambda: bytearray(len(doc.lines)))  # per line: 0 not asked, 1 no, 2 yes
    answer = known[line.index]
    if not answer:
        cut = line.index in doc.lines_cut  # read as a second pass reads it, its copies gone
        text = doc.text_after_cuts(line) if cut else line.text
        passed = (
            neighbours.goes_whole(doc, line)
            # no letter at all ("0", "2-1", "***"): a counter or a separator, no story
            or all(word.isdigit() for word in doc.words[line.index])
            or _title_under_lead_in(doc, line)
            or headline.is_known_chrome(text, doc.hits, line.index, None if cut else doc.folded_words[line.index])
            or promo.speaks_call_to_action(doc, line)
            or (
                len(doc.words[line.index]) <= MAX_BRACKETED_WORDS
                and BRACKETED_ALONE.fullmatch(line.stripped) is not None
            )
        )
        known[line.index] = answer = 2 if passed else 1
    return answer == 2


def _title_under_lead_in(doc: AnalysedDocument, line: Line) -> bool:
    """Is ``line`` the linked title under a bare read-also lead-in ("Baca Juga:" alone on the
    line before it), which goes with the lead-in?"""
    previous = doc.previous_content(line)
    if previous is None or ":" not in previous.text:
        return False
    lead_in = MARKED.match(previous.text)
    return (
        lead_in is not None
        and not previous.text[lead_in.end() :].strip()
        and blocks.link_title(line.text)
        and not blocks.sub_heading(doc, line)
    )


def _next_kept(doc: AnalysedDocument, line: Line) -> Line | None:
    for following in doc.following(line):
        if not _passed(doc, following):
            return following
    return None


def _previous_kept(doc: AnalysedDocument, line: Line) -> Line | None:
    previous = doc.previous_content(line)
    while previous is not None and _passed(doc, previous):
        previous = doc.previous_content(previous)
    return previous


def _chrome_shaped(doc: AnalysedDocument, line: Line | None) -> bool:
    """Does what follows a headline-like line look like more links (another headline, a
    widget's header before more of them, the end) rather than story content?"""
    if line is None:
        return True
    shapes = doc.line_shapes
    if line.index in shapes.headline:
        return not _in_fact_box(doc, line)
    if line.index in shapes.name:
        after = _next_kept(doc, line)
        return after is None or after.index in shapes.headline or after.index in shapes.name
    return False


def _in_fact_box(doc: AnalysedDocument, line: Line) -> bool:
    """A "Label: value" line next to another one: a row of the story's fact box."""
    label = doc.line_shapes.label
    if line.index not in label:
        return False
    around = (_previous_kept(doc, line), _next_kept(doc, line))
    return any(other is not None and other.index in label for other in around)


MAX_TABLE_HEADER_WORDS = 4


def _introduces_table(doc: AnalysedDocument, line: Line, following: Line | None) -> bool:
    """Does a table of figures follow the line, perhaps under a short header of its own
    ("Head to head ...", "Pertemuan sebelumnya", "23/10/25 Tim A 2-0 Tim B")? Then the line
    is the table's sub-heading, not the last of a run of other articles' headlines."""
    shapes = doc.line_shapes
    if following is None:
        return False
    if following.index in shapes.figures or following.index in shapes.clock:
        return True
    if doc.word_count(following) > MAX_TABLE_HEADER_WORDS or textshape.ends_sentence(following.text):
        return False
    after = _next_kept(doc, following)
    return after is not None and after.index in shapes.figures


def _is_unmarked_headline(doc: AnalysedDocument, line: Line) -> tuple[float, str] | None:
    shapes = doc.line_shapes
    previous = _previous_kept(doc, line)
    if previous is not None and previous.text.rstrip().endswith(":"):
        return None  # an item of a list the story introduces
    following = _next_kept(doc, line)
    if _chrome_shaped(doc, following):
        return SCORE_RUN, "headline-like line followed by more headlines or the end, not by story"
    if line.index in shapes.strong_headline:
        return SCORE_STRONG, "long headline-like line (Title Case, no full stop) between paragraphs"
    if (
        previous is not None
        and previous.index in shapes.headline
        and doc.word_count(line) >= MIN_RUN_CLOSER_WORDS
    ):
        if _introduces_table(doc, line, following):
            return SCORE_WEAK, "headline-like line after a headline, over a table of figures (may be its sub-heading)"
        return SCORE_STRONG, "headline-like line closing a run of headlines"
    return SCORE_WEAK, "headline-like line between paragraphs (may be a sub-heading)"


@register
class UnmarkedHeadline(Rule):
    """Headlines of other articles standing in or after the story with no "Baca juga"
    before them, recognised by their shape: 6-24 words in Title Case (or with a headline's
    colon), no closing full stop, after the story's first paragraph. A pair or a block of
    them, or one followed by the end of the text, goes; one long headline (10 words, or a
    colon and 8) between paragraphs goes; a shorter one directly before story content is
    only a suspicion (it may be a sub-heading). A short capitalised line between such
    headlines and more of them is a widget's empty header ("Pertandingan Selanjutnya").
    In a flattened text, headlines glued after the last sentence of the line go too.

    Anti-pattern (removed)::

        ... kata pelatih itu kepada wartawan.
        Bek Muda Timnas Perpanjang Kontrak hingga 2028 demi Kejar Gelar Juara
        Pelatih Baru Umumkan Daftar Pemain untuk Laga Tandang di Surabaya
        Pertandingan Selanjutnya
        Manajemen klub menyambut kabar itu dengan gembira.

    Best practice (kept: a sub-heading, and items of a list the story introduces)::

        Jadwal Lengkap Pertandingan Timnas Pekan Depan
        Pertandingan pertama digelar di Stadion Utama pada Kamis malam.
        Berikut daftar pemain yang dipanggil:
        Pemain Muda Asal Papua Dipanggil untuk Pertama Kali
    """

    code = "RL03"
    name = "unmarked-headline"
    category = Category.RELATED
    priority = 56

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        shapes = doc.line_shapes
        first = doc.first_body_index
        title = doc.title
        removed_before: set[int] = set()
        gone = doc.lines_gone
        words = doc.words
        hits = doc.hits
        for line in doc.content_lines:
            index = line.index
            if doc.is_body(line) and index not in gone:
                if len(words[index]) >= lineshapes.MIN_RUN_WORDS:
                    text = line.text
                    lead = (
                        lineshapes.leading_title_run(text)
                        if hits.may_hold(index, lineshapes.INNER_DATELINE_FAMILY)
                        else None
                    )
                    if lead is not None:
                        yield self.span(line.content_start, line.start + lead[0],
                                        "Title Case run with no sentence end before the story's "
                                        "dateline: glued headlines of other articles",
                                        score=SCORE_RUN)
                        yield self.span(line.start + lead[0], line.start + lead[1],
                                        "dateline 'City, OUTLET.com —' where the story starts "
                                        "inside a flattened line", score=SCORE_RUN,
                                        category=Category.DATELINE)
                    run = lineshapes.trailing_title_run(text)  # (``lineshapes.closing_title_run``'s reading)
                    if run is not None:
                        yield self.span(line.start + run[0], line.start + run[1],
                                        "Title Case run with no sentence end after the line's "
                                        "last sentence: glued headlines of other articles",
                                        score=SCORE_RUN)
                continue
            if index <= first or index in gone or (title is not None and index == title.index):
                continue
            if (
                index in shapes.headline
                and not doc.is_body(line)
                and not _in_fact_box(doc, line)
                and not (":" in line.text and MARKED.match(line.text))
            ):
                found = _is_unmarked_headline(doc, line)
                if found is None:
                    continue
                score, reason = found
                if score >= SCORE_STRONG:
                    removed_before.add(index)
                yield self.line(line, reason, score=score)
            elif removed_before and index in shapes.name and not doc.is_body(line):
                # (a widget's header follows a headline that goes: none yet, nothing to ask)
                previous = _previous_kept(doc, line)
                if previous is None or previous.index not in removed_before:
                    continue
                following = _next_kept(doc, line)
                if (
                    following is not None
                    and not doc.is_body(following)
                    and following.index not in shapes.figures
                    and following.index not in shapes.label
                ):
                    yield self.line(line, "short capitalised line between headlines: a widget's "
                                    "empty header", score=SCORE_WIDGET)
