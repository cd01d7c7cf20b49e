from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, textshape
from cleanser.categories import Category
from cleanser.document import Document, Line
from cleanser.headline import lines_gone
from cleanser.patterns import MONTH
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule
from cleanser.rules.pr01_call_to_action import is_call_to_action

_DOMAIN = (
    r"[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\."
    r"(?i:co\.id|web\.id|my\.id|or\.id|ac\.id|go\.id|com|id|net|org|co|tv|news|info|xyz|site|online|live|media)"
)
_TOKEN = (
    rf"(?:{_DOMAIN}|\p{{Lu}}[\p{{L}}\d.'&-]*|\d{{1,2}}\s+{MONTH}\s+\d{{4}}|\d{{1,4}}"
    r"|\([^()\n]{2,40}\))"
)
_DASH = r"(?:--|[-–—]{1,2}|‒)"

_SEP = r"[ \xa0,/]{1,3}"

DASHED = regex.compile(
    rf"^\s*(?P<prefix>{_TOKEN}(?:{_SEP}{_TOKEN}){{0,5}})(?:\s+{_DASH}\s*|\s*{_DASH}\s+)(?=\S)",
    regex.VERSION1,
)
"""'CITY, OUTLET - ', 'OUTLET - ', 'City (OUTLET) -- ', 'CITY, 23 Februari 2016 (Antara) --'."""

OUTLET_DASHED = regex.compile(
    rf"^\s*(?P<prefix>(?:{_TOKEN}{_SEP}){{0,4}}{_DOMAIN})\s*{_DASH}\s*(?=\S|$)",
    regex.VERSION1,
)
"""A dateline ending with the outlet's domain: its dash may be glued on both sides
('KUPANG, KOMPAS.com-Puluhan') and it may stand alone on its line ('JAKARTA,KOMPAS.com -')."""

OUTLET_CITY = regex.compile(
    rf"^\s*(?P<outlet>{_DOMAIN})\s*,\s*(?P<city>\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,}})(?:(?=\p{{Lu}}\p{{Ll}})|\s+|$)",
    regex.VERSION1,
)
"""'Liputan6.com, Jakarta ' with no dash, possibly glued to the first word."""

SITE_DOT = lexicon.caseless(rf"^\s*(?P<site>{_DOMAIN})\.\s+")
"""'bagusplace.com. ' opening a paragraph, usually followed by the title."""

PRESS_LINE = regex.compile(
    rf"^\s*(?P<prefix>{_TOKEN}(?:{_SEP}{_TOKEN}){{1,8}})\s*{_DASH}\s*$", regex.VERSION1
)
"""A press-release dateline alone on its line: 'ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --'."""

LONE_DASH = regex.compile(rf"^\s*{_DASH}\s*$")
SHORT_PLACE = regex.compile(rf"^\s*{_TOKEN}(?:[ ,]{{1,3}}{_TOKEN}){{0,3}}\s*,?\s*$", regex.VERSION1)

MAX_LINES_TO_LOOK = 12
TINY_LINE_WORDS = 2
OPENING_PARAGRAPHS = 2
MIN_WORDS_AFTER = 3
_LOWER_WORD = regex.compile(r"\b\p{Ll}{2,}")
MAX_PREFIX_CHARS = 80


_COMMA = regex.compile(r"\s*,\s*")
_PAREN = regex.compile(r"\(([^()]+)\)")
_PAREN_SPAN = regex.compile(r"\s*\([^()]*\)\s*")
_DATE_START = regex.compile(rf"^\d{{1,2}}\s+{MONTH}", regex.VERSION1)
_DOMAIN_END = lexicon.caseless(_DOMAIN + r"$")
_AFTER_TITLE = regex.compile(r"\s*[.:!?]?\s+")
_YEAR = regex.compile(r"\d{4}")


def _legal(doc: Document, line: Line) -> bool:
    return bool(lexicon.phrase_index("legal_notice").find(doc.folded_words[line.index], line.text))


def _has_domain(prefix: str) -> bool:
    return any(_DOMAIN_END.search(part.strip()) for part in _COMMA.split(prefix))


def after_outlet_dateline(text: str) -> str | None:
    """What follows a dateline naming the outlet's domain ('CITY, SITE.CO.ID -') that opens
    ``text``, or None when there is no such dateline."""
    found = OUTLET_DASHED.match(text)
    if found is None:
        found = DASHED.match(text)
        if found is None or not _has_domain(found.group("prefix")):
            return None
    return text[found.end() :] if len(found.group("prefix")) <= MAX_PREFIX_CHARS else None


def _reads_on(rest: str) -> bool:
    """What follows a dateline is a sentence: several words, some in lower case."""
    return textshape.word_count(rest) >= 5 and bool(_LOWER_WORD.search(rest))


def _facts(prefix: str) -> dict[str, str]:
    facts: dict[str, str] = {}
    for part in _COMMA.split(prefix.strip(" ,")):
        paren = _PAREN.search(part)
        bare = _PAREN_SPAN.sub(" ", part).strip()
        if paren and "outlet" not in facts:
            facts["outlet"] = paren.group(1).strip()
        if not bare or _DATE_START.match(bare):
            continue
        if _DOMAIN_END.search(bare) or (bare.isupper() and "." in bare):
            facts.setdefault("outlet", bare)
        elif "dateline_city" not in facts and bare[:1].isupper():
            facts["dateline_city"] = bare
        else:
            facts.setdefault("outlet", bare)
    return facts


@register
class DatelinePrefix(Rule):
    """The dateline opening the first paragraph: only the prefix goes, the sentence stays.

    Forms: "CITY - ", "CITY, OUTLET - ", "OUTLET - ", "City (OUTLET) -- ", "Outlet.com, City "
    without a dash (even glued to the first word), "site.com. Title. ", a place name broken
    onto its own line with the dash on the next, and press-release lines
    "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --". The city and outlet go to metadata.

    Anti-pattern (removed: the prefix)::

        SEOUL - Korea Selatan (Korsel) menyatakan "kekhawatiran besar" ...
        INDOZONE.ID - Pemerintah Korea Selatan pada Senin (21/10/2024) memanggil ...
        bagusplace.com. Korsel Geram Atas Kehadiran Tentara Korut di Rusia. Ketegangan ...

    Best practice (kept: a dash later in a sentence, or past the opening lines)::

        Pyongyang dituduh memasok pasukan ke Moskow - sebuah tuduhan yang dibantah.
    """

    code = "DL01"
    name = "dateline-prefix"
    category = Category.DATELINE
    priority = 35

    def propose(self, doc: Document) -> Iterator[Proposal]:
        found = list(self._opening(doc))
        yield from found
        # the same cut in every word-for-word copy of a paragraph it cut, so that the copies stay
        # copies of each other once the dateline is gone
        cut = {
            line.index: p for p in found if doc.is_body(line := doc.line_at(p.start))
        }
        texts = {doc.lines[i].text for i in cut}
        by_text = {doc.lines[i].text: p for i, p in cut.items()}
        for line in doc.content_lines:
            if line.index in cut or line.text not in texts:
                continue
            first = by_text[line.text]
            origin = doc.line_at(first.start).start
            yield Proposal(
                line.start + first.start - origin, line.start + first.end - origin,
                first.reason + " (repeated line)", first.score, first.category, first.facts,
            )

    def _opening(self, doc: Document) -> Iterator[Proposal]:
        title = doc.title
        copies = lines_gone(doc)  # copies and blocks that go whole: the opening follows them
        lines = []
        counted = 0
        for line in doc.content_lines:
            if (title is not None and line.index == title.index) or line.index in copies:
                continue
            lines.append(line)
            # tiny lines ("(*)", "-", a credit) do not use up the window: the window must
            # reach the same opening once they are gone
            counted += doc.word_count(line) > TINY_LINE_WORDS
            if counted >= MAX_LINES_TO_LOOK:
                break
        opening = 0
        for position, line in enumerate(lines):
            rest = lines[position + 1 :]
            if rest and SHORT_PLACE.match(line.text) and LONE_DASH.match(rest[0].text):
                yield self.line(line, "place name of a dateline broken onto its own line",
                                facts=_facts(line.text))
                yield self.line(rest[0], "dash of a dateline broken onto its own line")
                return
            if not doc.is_body(line) or is_call_to_action(doc, line) or _legal(doc, line):
                press = PRESS_LINE.match(line.text)
                if press and _YEAR.search(line.text):
                    yield self.line(line, "press-release dateline line",
                                    facts=_facts(press.group("prefix")))
                    return
                if opening == 0 and not doc.is_body(line):
                    found = list(self._outlet_dateline(line))
                    if found:
                        yield from found
                        return
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
        found = OUTLET_DASHED.match(text)
        if found is None:
            found = DASHED.match(text)
            if found is None or not _has_domain(found.group("prefix")):
                return
        if len(found.group("prefix")) > MAX_PREFIX_CHARS:
            return
        facts = _facts(found.group("prefix"))
        if not text[found.end() :].strip():
            yield self.line(line, "'CITY, OUTLET -' dateline alone on its line", facts=facts)
        else:
            yield self.span(
                line.start + found.start("prefix"), line.start + found.end(),
                "'CITY, OUTLET - ' dateline opening a line broken off the first paragraph",
                facts=facts,
            )

    def _match(self, doc: Document, line: Line) -> Iterator[Proposal]:
        text = line.text
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
                    line.start + site.start("site"), line.start + end,
                    "'site.com. Title.' prefix opening the first paragraph",
                    facts={"outlet": site.group("site")},
                )
                return
        dashed = DASHED.match(text)
        if (
            dashed
            and len(dashed.group("prefix")) <= MAX_PREFIX_CHARS
            and _reads_on(text[dashed.end() :])
        ):
            yield self.span(
                line.start + dashed.start("prefix"), line.start + dashed.end(),
                "'CITY, OUTLET - ' dateline opening the first paragraph",
                facts=_facts(dashed.group("prefix")),
            )
            return
        glued = OUTLET_DASHED.match(text)
        if (
            glued
            and len(glued.group("prefix")) <= MAX_PREFIX_CHARS
            and _reads_on(text[glued.end() :])
        ):
            yield self.span(
                line.start + glued.start("prefix"), line.start + glued.end(),
                "'CITY, OUTLET-' dateline glued to the first word of the first paragraph",
                facts=_facts(glued.group("prefix")),
            )
            return
        outlet = OUTLET_CITY.match(text)
        if outlet and _reads_on(text[outlet.end() :]):
            yield self.span(
                line.start + outlet.start("outlet"), line.start + outlet.end(),
                "'Outlet.com, City' dateline without a dash opening the first paragraph",
                facts={"outlet": outlet.group("outlet"), "dateline_city": outlet.group("city")},
            )
            return
