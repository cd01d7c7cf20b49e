from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import textshape
from cleanser.analysis import promo
from cleanser.analysis.datelines import (
    DASH_CHARS,
    DASHED,
    LONE_DASH,
    MAX_PREFIX_CHARS,
    OUTLET_COMMA,
    OUTLET_DASHED,
    PLACE_GLUED,
    PRESS_LINE,
    SHORT_PLACE,
    SITE_DOT,
    dateline_facts,
    has_domain,
    is_place,
    place_end,
    reads_on,
)
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MAX_LINES_TO_LOOK = 12
TINY_LINE_WORDS = 2
OPENING_PARAGRAPHS = 2
MIN_WORDS_AFTER = 3
_AFTER_TITLE = regex.compile(r"\s*[.:!?]?\s+")
_YEAR = regex.compile(r"\d{4}")
_DASHES = DASH_CHARS


@register
class DatelinePrefix(Rule):
    """The dateline opening the first paragraph: only the prefix goes, the sentence stays.

    Forms: "CITY - ", "CITY, OUTLET - ", "OUTLET - ", "City (OUTLET) -- ", "Outlet.com, City "
    without a dash (even glued to the first word), a known place in capitals with its dash
    glued to the first word ("JAKARTA-Warga ..."), "site.com. Title. ", a place name broken
    onto its own line with the dash on the next, and press-release lines
    "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --". The city and outlet go to metadata.

    Anti-pattern (removed: the prefix)::

        SEOUL - Korea Selatan (Korsel) menyatakan "kekhawatiran besar" ...
        INDOZONE.ID - Pemerintah Korea Selatan pada Senin (21/10/2024) memanggil ...
        bagusplace.com. Korsel Geram Atas Kehadiran Tentara Korut di Rusia. Ketegangan ...
        SURABAYA-Ratusan warga memadati taman kota sejak pagi ...

    A site pack's match or a copy glued before the dateline ("<promo>Suara.com - ...",
    "<a paragraph printed again>INDOZONE.ID - ...") goes in the same pass, so the dateline is
    read where the line resumes after it.

    Best practice (kept: a dash later in a sentence, or past the opening lines)::

        Pyongyang dituduh memasok pasukan ke Moskow - sebuah tuduhan yang dibantah.
    """

    code = "DL01"
    name = "dateline-prefix"
    category = Category.DATELINE
    priority = 35

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        found = list(self._opening(doc))
        yield from found
        if not found:
            return  # no cut to repeat
        # the same cut in every word-for-word copy of a paragraph it cut, so that the copies stay
        # copies of each other once the dateline is gone
        cut = {
            line.index: p for p in found if doc.is_body(line := doc.line_at(p.start)) or _whole(line, p)
        }
        # (compared without the white space around them: " JAKARTA -" is a copy of "JAKARTA -")
        by_text = {doc.lines[i].stripped: p for i, p in cut.items()}
        whole = doc.text
        if all(whole.count(text) < 2 for text in by_text):
            return  # a text found once in the document has no copy on another line
        # a line of the same text has the same words, one tuple object (``Document.words``):
        # only such lines are cut out and compared
        words = doc.words
        same_words = {id(words[i]) for i in cut}
        for line in doc.content_lines:
            if line.index in cut or id(words[line.index]) not in same_words or line.stripped not in by_text:
                continue
            first = by_text[line.stripped]
            origin_line = doc.line_at(first.start)
            if _whole(origin_line, first) and not _has_dash(line.text) and not _dash_follows(doc, line):
                # a place name alone, not broken off a dateline here: a link's text in a
                # sentence broken around it ("... di\nKota Bogor\n."), the story's
                continue
            origin = origin_line.content_start
            yield Proposal(
                line.content_start + max(first.start - origin, 0), line.content_start + first.end - origin,
                first.reason + " (repeated line)", first.score, first.category, first.facts,
            )

    def _opening(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        title = doc.title
        copies = doc.lines_gone  # copies and blocks that go whole: the opening follows them
        title_index = -1 if title is None else title.index
        words = doc.words
        lines = []
        counted = 0
        for line in doc.content_lines:
            index = line.index
            if index == title_index or index in copies:
                continue
            lines.append(line)
            # tiny lines ("(*)", "-", a credit) do not use up the window: the window must
            # reach the same opening once they are gone
            counted += len(words[index]) > TINY_LINE_WORDS
            if counted >= MAX_LINES_TO_LOOK:
                break
        # A dateline alone on its line goes whole, and the lines after it are judged as if it
        # were gone already (a second pass does not see it): a second dateline line right
        # after it, or the dateline opening the first paragraph, goes too.
        opening = 0
        skip_dash = False
        for position, line in enumerate(lines):
            if skip_dash:
                skip_dash = False
                continue
            following = lines[position + 1] if position + 1 < len(lines) else None
            if following is not None and LONE_DASH.match(following.text) and SHORT_PLACE.match(line.text):
                yield self.line(line, "place name of a dateline broken onto its own line",
                                facts=dateline_facts(line.text))
                yield self.line(following, "dash of a dateline broken onto its own line")
                skip_dash = True
                continue
            if (not doc.is_body_after_cuts(line) or promo.speaks_call_to_action(doc, line)
                    or (doc.has_notice_phrase(line) and not doc.notice_glued_after_prose(line))):
                # a press-release line ends with its dash and holds a year
                press = (
                    PRESS_LINE.match(line.text)
                    if line.text.rstrip().endswith(_DASHES) and _YEAR.search(line.text)
                    else None
                )
                if press:
                    yield self.line(line, "press-release dateline line",
                                    facts=dateline_facts(press.group("prefix")))
                    continue
                if opening == 0 and not doc.is_body_after_cuts(line):
                    found = list(self._outlet_dateline(line))
                    yield from found
                    if found and not _whole(line, found[0]):
                        return  # the dateline opens a broken-off line: the story starts there
                continue
            # the opening paragraphs (a standfirst may come first): their datelines, and
            # nothing further down
            yield from self._match(doc, line)
            opening += 1
            if opening == OPENING_PARAGRAPHS:
                return

    def _outlet_dateline(self, line: Line) -> Iterator[Proposal]:
        """A dateline naming the outlet's domain on a short line before the story: alone
        ('JAKARTA,KOMPAS.com -') or opening a sentence the scraper broke off ('... -- PT')."""
        text = line.text
        if "." not in text or not _has_dash(text):
            return  # both forms hold a domain and a dash
        found = OUTLET_DASHED.match(text)
        if found is None:
            found = DASHED.match(text)
            if found is None or not has_domain(found.group("prefix")):
                return
        if len(found.group("prefix")) > MAX_PREFIX_CHARS:
            return
        facts = dateline_facts(found.group("prefix"))
        if not text[found.end() :].strip():
            yield self.line(line, "'CITY, OUTLET -' dateline alone on its line", facts=facts)
        else:
            yield self.span(
                line.start + found.start("prefix"), line.start + found.end(),
                "'CITY, OUTLET - ' dateline opening a line broken off the first paragraph",
                facts=facts,
            )

    def _match(self, doc: AnalysedDocument, line: Line) -> Iterator[Proposal]:
        # from the line's first non-space character as str.isspace() sees it: the clean text
        # strips a leading control character such as U+001F that the patterns' \s does not
        # match, and the second pass must find the dateline the first pass found
        # (and past a site pack's match or a copy glued before it: they go in the same pass)
        skip = doc.opening_after_cuts(line)
        text = line.text[skip:]
        start = line.start + skip
        site = SITE_DOT.match(text)
        if site:
            end = site.end()
            title = doc.title
            if title is not None:
                wanted = title.stripped
                tail = text[end:]
                if tail.casefold().startswith(wanted.casefold()):
                    after = _AFTER_TITLE.match(tail[len(wanted) :])
                    if after:
                        end += len(wanted) + after.end()
            if textshape.word_count(text[end:]) >= MIN_WORDS_AFTER:
                yield self.span(
                    start + site.start("site"), start + end,
                    "'site.com. Title.' prefix opening the first paragraph",
                    facts={"outlet": site.group("site")},
                )
                return
        has_dash = _has_dash(text)
        dashed = DASHED.match(text) if has_dash else None
        if (
            dashed
            and len(dashed.group("prefix")) <= MAX_PREFIX_CHARS
            and reads_on(text[dashed.end() :])
        ):
            yield self.span(
                start + dashed.start("prefix"), start + dashed.end(),
                "'CITY, OUTLET - ' dateline opening the first paragraph",
                facts=dateline_facts(dashed.group("prefix")),
            )
            return
        glued = OUTLET_DASHED.match(text) if has_dash else None
        if (
            glued
            and len(glued.group("prefix")) <= MAX_PREFIX_CHARS
            and reads_on(text[glued.end() :])
        ):
            yield self.span(
                start + glued.start("prefix"), start + glued.end(),
                "'CITY, OUTLET-' dateline glued to the first word of the first paragraph",
                facts=dateline_facts(glued.group("prefix")),
            )
            return
        capitals = PLACE_GLUED.match(text) if has_dash else None
        if capitals and is_place(capitals.group("prefix")) and reads_on(text[capitals.end() :]):
            yield self.span(
                start + capitals.start("prefix"), start + capitals.end(),
                "'CITY-' dateline glued to the first word of the first paragraph",
                facts=dateline_facts(capitals.group("prefix")),
            )
            return
        outlet = OUTLET_COMMA.match(text) if "," in text else None  # "Outlet.com, City"
        if outlet:
            place = place_end(text, outlet.end())
            facts = {"outlet": outlet.group("outlet")}
            if place is not None:
                facts["dateline_city"] = text[outlet.end() : place].strip(" \xa0\t\n,")
            end = outlet.end() if place is None else place  # no place: the next word opens the sentence
            if reads_on(text[end:]):
                yield self.span(
                    start + outlet.start("outlet"), start + end,
                    "'Outlet.com, City' dateline without a dash opening the first paragraph"
                    if "dateline_city" in facts else
                    "'Outlet.com, ' dateline without a city or dash opening the first paragraph",
                    facts=facts,
                )
            return


def _has_dash(text: str) -> bool:
    """Does ``text`` hold one of ``DASH_CHARS`` (a dateline's dash)? (Written out: a
    generator over them costs more than the tests.)"""
    return "-" in text or "–" in text or "—" in text or "‒" in text


def _dash_follows(doc: AnalysedDocument, line: Line) -> bool:
    """Is the next content line a dateline's dash alone?"""
    following = doc.next_content(line)
    return following is not None and LONE_DASH.match(following.text) is not None


def _whole(line: Line, proposal: Proposal) -> bool:
    """The proposal takes the whole line (a dateline alone on its line): its copies go too."""
    return proposal.start <= line.content_start and proposal.end >= line.content_end
