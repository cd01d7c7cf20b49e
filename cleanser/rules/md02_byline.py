from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, patterns, textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

_LABEL = patterns.BYLINE_LABEL
_SEPARATOR = r"[|•,;/]"
_LABELS = patterns.BYLINE_LABELS
"""One label or several joined ("Redaktur & Reporter", "Editor / Penulis", "Teks dan Foto")."""
_PLACE = rf"[|•]\s*(?:{patterns.DATE_TIME}|(?-i:\p{{Lu}})[\p{{L}}.-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}.-]*){{0,2}})"
"""The place or the date after the last name, behind a bar: "Penulis: Nama | Bandung",
"Reporter: Nama | Editor: Nama | Senin, 3 November 2025"."""
_PAIR = (
    rf"(?P<label>{_LABELS})\s*[:：]\s*(?P<name>[^|•()\n:：]{{2,80}}?)"
    rf"(?=\s*(?:(?:{_SEPARATOR}\s*)?(?:{_LABEL})\s*[:：]|(?:{_PLACE}\s*)?[)\]]?\s*$))"
)
_PAIRS_TO_END = rf"[(\[]?\s*{_PAIR}(?:\s*(?:{_SEPARATOR}\s*)?{_PAIR})*(?:\s*{_PLACE})?\s*[)\]]?\s*$"
"""Label-name pairs, perhaps bracketed and closed by a place, to the end of the line."""
LABELLED = lexicon.lazy_caseless(rf"^\s*{_PAIRS_TO_END}")
PAIR = lexicon.lazy_caseless(_PAIR)
GLUED_TAIL = lexicon.lazy_caseless(rf"(?<=[.!?\"”’])[ \t\xa0]*{_PAIRS_TO_END}")
"""Label-name pairs glued after the last sentence: "... kata dia. Reporter : Nama"."""
_GLUED_TAIL_MARK = regex.compile(
    r"[.!?\"”’](?=[ \t\xa0]*[(\[]?\s*" + (patterns.caseless_letters("byline_labels") or r"\S") + ")"
)
"""A sentence-end mark followed by a label's first letter (after white space and perhaps
a bracket): the only places where ``GLUED_TAIL`` may match (right after the mark)."""
DOTTED = lexicon.lazy(
    rf"^\s*[(\[]?\s*(?P<label>(?i:{_LABELS}))\s*\.\s*"
    r"(?P<name>\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,4})\s*[)\]]?\s*$",
    regex.VERSION1,
)
"""A label closed by a full stop instead of a colon, before a name: "Editor. Nama Penulis"."""
REPORT_OF = lexicon.lazy_caseless(
    r"^\s*(?:L\W?aporan\s+(?:Wartawan|Reporter|Jurnalis|Koresponden|Kontributor)\b"
    r"|(?:Wartawan|Reporter|Jurnalis|Koresponden|Kontributor|Pewarta)(?-i:\s+\p{Lu}[^\n,]{1,60}),(?-i:\s*\p{Lu}))"
    r"[^\n]{2,120}$",
)
"""A reporter line: "Laporan Wartawan Outlet, Nama", or the role, the outlet and the name
with no "Laporan" ("Kontributor Outlet, Nama")."""
MAX_REPORT_LOWER_WORDS = 2
"""Words in small letters after "Laporan Wartawan": "di", "dari" may stand between the
outlet and the name; a sentence ("Laporan wartawan Tempo menyebutkan bahwa ...") has more."""


def _names_a_reporter(text: str) -> bool:
    """Does a line opening with "Laporan Wartawan" name the reporter (an outlet and a name,
    capitalised), rather than report what a report said (a sentence of the story)?"""
    rest = text.strip()
    if rest.endswith((".", "!", "?", '."', ".”")):
        return False
    lower = sum(1 for word in textshape.words(rest)[2:] if word[0].islower())
    return lower <= MAX_REPORT_LOWER_WORDS


REPORT_PIPE = lexicon.lazy(
    r"^\s*Laporan(?:\s*[:：]\s*|\s+)(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*[|•]\s*"
    r"(?P<place>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s*$",
    regex.VERSION1,
)
"""A reporter line naming the reporter and the place: "Laporan Nama Reporter | Kota",
"Laporan: Nama Reporter | Kota"."""
BY_NAME = lexicon.lazy(
    r"^\s*(?:By|Oleh)\s+(?P<name>\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|and|dan|&)){0,5})\s*$",
    regex.VERSION1,
)
WRITTEN_BY = lexicon.lazy(
    r"^\s*(?i:(?:artikel|tulisan|berita|konten|opini|catatan)\s+ini\s+(?:telah\s+|sudah\s+)?"
    r"(?:ditulis|disusun|dibuat|dikirim|diterjemahkan)\s+oleh"
    r"|this\s+(?:article|story|piece)\s+(?:was\s+)?(?:written|compiled|translated)\s+by)\s*:?\s*"
    r"(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|dan|and|&)){0,5})\s*[.]?\s*$",
    regex.VERSION1,
)
"""A sentence that only credits the writer: "Artikel ini ditulis oleh Nama", "This article
was written by Name"."""
REP_RED = lexicon.lazy_caseless(
    r"^\s*Rep(?:orter)?\s*[:：]\s*(?P<author>[^:：\n]{2,60}?)\s+Red(?:aktur)?\s*[:：]\s*(?P<editor>[^:：\n]{2,60}?)\s*$",
)
"""Republika's "Rep: Name Red: Name" (reporter and editor) line."""
NAME_ONLY = lexicon.lazy(r"^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s*$", regex.VERSION1)
_BY_LABEL = lexicon.lazy_caseless(r"^\s*[(\[]?\s*by")
"""Where ``LABELLED`` and ``DOTTED`` may match a line on which the scan found no key of
``byline_labels``: their first label opens the line, and only "By" has no key."""
MAX_WORDS = 16
_REPORT_OF_FAMILY = patterns.scanned("MD02.report_of", REPORT_OF)

_FIELD = {
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
    "editing by": "editor", "edited by": "editor", "editor bahasa": "editor",
}


def _near_top(doc: AnalysedDocument, line: Line) -> bool:
    """Before the story, or after its standfirst only (at most one of the story's prose lines
    above: copies, notices and spam that go whole are not counted, as a second pass does not
    see them)."""
    return sum(1 for index in doc.story_indexes[:2] if index < line.index) <= 1


def _has_colon(text: str) -> bool:
    return ":" in text or "：" in text


def may_be_rep_red(text: str) -> bool:
    """May ``REP_RED`` match ``text``? It opens, after white space, with "Rep" in any case."""
    return text.lstrip()[:3].casefold() == "rep"


_SLUG_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _slug(text: str) -> str:
    return "-".join(word.casefold() for word in _SLUG_WORD.findall(text))


def _url_segments(url: str | None) -> frozenset[str]:
    """The path segments of ``url`` that could be an author's slug (two words or more)."""
    if not url:
        return frozenset()
    path = url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    return frozenset(part.casefold() for part in path.split("/") if "-" in part and len(part) <= 60)


def search_glued_tail(text: str, pos: int = 0) -> regex.Match[str] | None:
    """``GLUED_TAIL.search(text, pos)``, found faster: a match starts right after a
    sentence-end mark (its look-behind) that a label's first letter follows, so only those
    places are tried, in order, which gives the leftmost match a full search gives."""
    for mark in _GLUED_TAIL_MARK.finditer(text, max(pos - 1, 0)):
        found = GLUED_TAIL.match(text, mark.end())
        if found is not None:
            return found
    return None


_LABEL_JOINT = regex.compile(r"[&/+,]|\b(?:dan|and)\b", regex.IGNORECASE)


def _field(label: str) -> str:
    """The field the (first) label names: "Redaktur & Reporter" is the editor's."""
    first = _LABEL_JOINT.split(label, maxsplit=1)[0].strip()
    return _FIELD.get(" ".join(first.casefold().split()), "author")


@register
class Byline(Rule):
    """A byline or staff line: author, reporter, editor; the names go to metadata.

    Anti-pattern (removed)::

        Penulis: Marlina Sari
        (Reporter: Dimas Aji | Editor: Rina Kusuma)
        Redaktur & Reporter : Rina Kusuma
        Editor. Dimas Aji
        Laporan Wartawan Tribun Jogja, Agung Prasetyo
        Laporan Agung Prasetyo | Sleman
        Laporan: Agung Prasetyo | Sleman
        Penulis: Marlina Sari | Bandung
        By Sarah Collins
        Rep: Wulan Kusumawati Red: Ani Nursalikah
        Aditya Pramana (The Jakarta Post)
        Artikel ini ditulis oleh Dimas Aji
        Bima Setiawan   (when the URL's path names the author: /tech/bima-setiawan/...)

    Best practice (kept: a sentence that names an editor; a sentence about a reporter's report)::

        Editor senior itu mengatakan redaksi akan memuat klarifikasi besok.
        Laporan wartawan harian lokal menyebutkan sebagian warga masih tinggal di tenda.
    """

    code = "MD02"
    name = "byline"
    category = Category.METADATA
    priority = 45

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        slugs = _url_segments(doc.url)
        # a line's slug opens with its first letter casefolded: lines opening otherwise are
        # not read as a name the URL names
        initials = frozenset(slug[:1] for slug in slugs)
        words = doc.words
        hits = doc.hits
        last_body, last_line = doc.last_body_index, doc.content_lines[-1].index if doc.content_lines else -1
        for line in doc.content_lines:
            index = line.index
            if len(words[index]) > MAX_WORDS:
                # (at or after the story's last paragraph)
                if (index >= last_body or index == last_line) and _has_colon(text := line.text):
                    yield from self._glued(line)
                continue
            text = line.text
            # each pattern is tried only on lines holding text every match of it holds
            colon = ":" in text or "：" in text  # LABELLED, REP_RED, GLUED_TAIL
            # LABELLED and DOTTED open with a label: one whose key the scan found, or "By"
            labelled = (colon or "." in text) and (
                hits.holds_key(index, "byline_labels") or _BY_LABEL.match(text) is not None
            )
            if labelled and colon and LABELLED.match(text):
                facts: dict[str, str] = {}
                for pair in PAIR.finditer(text):
                    facts.setdefault(_field(pair.group("label")), pair.group("name").strip())
                yield self.line(line, "byline / staff line", facts=facts)
            elif labelled and "." in text and (match := DOTTED.match(text)):
                yield self.line(line, "byline / staff line (label closed by a full stop)",
                                facts={_field(match.group("label")): match.group("name").strip()})
            elif hits.may_hold(index, _REPORT_OF_FAMILY) and REPORT_OF.match(text) and _names_a_reporter(text):
                name = text.rsplit(",", 1)[-1].strip() if "," in text else ""
                yield self.line(line, "reporter line ('Laporan Wartawan ...')",
                                facts={"author": name} if name else None)
            elif "Laporan" in text and ("|" in text or "•" in text) and (match := REPORT_PIPE.match(text)):
                yield self.line(line, "reporter line ('Laporan Nama | Kota')",
                                facts={"author": match.group("name")})
            elif (
                ("By" in text or "Oleh" in text)
                and BY_NAME.match(text)
                and (doc.in_header(line) or doc.in_tail(line))
            ):
                match = BY_NAME.match(text)
                assert match is not None
                yield self.line(line, "byline", facts={"author": match.group("name")})
            elif ("oleh" in text or " by" in text) and (match := WRITTEN_BY.match(text)):
                yield self.line(line, "credit of the writer ('Artikel ini ditulis oleh ...')",
                                facts={"author": match.group("name").rstrip(".")})
            elif colon and may_be_rep_red(text) and (match := REP_RED.match(text)):
                yield self.line(line, "reporter / editor line ('Rep: ... Red: ...')",
                                facts={"author": match.group("author").strip(),
                                       "editor": match.group("editor").strip()})
            elif (
                patterns.may_name_outlet(text)
                and (match := patterns.NAME_WITH_OUTLET.match(text))
                and _near_top(doc, line)
            ):
                yield self.line(line, f"author line naming the outlet {match.group('outlet')!r}",
                                facts={"author": match.group("name")})
            elif (
                slugs
                and text.lstrip()[:1].casefold()[:1] in initials
                and NAME_ONLY.match(text)
                and _slug(text) in slugs
            ):
                yield self.line(line, "author's name, which the URL's path names too",
                                facts={"author": line.stripped})
            elif colon and (index >= last_body or index == last_line):  # at or after the story's last paragraph
                yield from self._glued(line)

    def _glued(self, line: Line) -> Iterator[Proposal]:
        text = line.text
        match = search_glued_tail(text, max(0, len(text) - 300))
        if match is None:
            return
        facts: dict[str, str] = {}
        for pair in PAIR.finditer(text, match.start()):
            facts.setdefault(_field(pair.group("label")), pair.group("name").strip())
        yield self.span(line.start + match.start(), line.start + match.end(),
                        "byline / staff line glued after the last sentence", facts=facts)
