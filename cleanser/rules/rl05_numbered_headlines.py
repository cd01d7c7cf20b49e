from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import textshape
from cleanser.analysis import lineshapes, scan
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

ITEM = regex.compile(r"^\s*(?P<n>\d{1,2})\s*[.)]\s+(?P<rest>\S.*)$")
_ITEM_OPENING = regex.compile(r"[\s\d]")
"""The first character of a line ``ITEM`` matches (tried in the document's text, in place)."""
_LATIN_OPENINGS = frozenset(c for c in map(chr, range(scan.GATED_BELOW)) if _ITEM_OPENING.match(c))
"""The characters below ``scan.GATED_BELOW`` that ``_ITEM_OPENING`` matches (a line opening
with another of those is no item: no pattern is run to say so)."""
_GATE_END = chr(scan.GATED_BELOW)
MIN_ITEMS = 3
MAX_HEADER_WORDS = 6
SCORE = 0.7
SCORE_WEAK = 0.4


def _item(line: Line) -> tuple[int, str] | None:
    found = ITEM.match(line.text)
    if found is None:
        return None
    rest = found.group("rest")
    if not lineshapes.is_headline_like(rest, textshape.words(rest)):
        return None
    return int(found.group("n")), rest


@register
class NumberedHeadlines(Rule):
    """A numbered list of other articles' headlines ("1. Judul" ... "10. Judul"): three or
    more items numbered from 1 in order, each a headline (Title Case, no full stop). After
    the story, or under a short header of its own ("Berita Terpopuler"), the list and its
    header go; inside the story with no header it is only a suspicion. A list the story
    introduces with a ':' stays.

    Anti-pattern (removed)::

        Berita Terpopuler
        1. Wali Kota Baru Tunda Rencana Kenaikan Tarif Parkir di Surabaya
        2. Harga Cabai Rawit Naik Lagi Jelang Akhir Tahun di Makassar
        3. Ribuan Buruh Pabrik Tolak Aturan Ojek Daring di Terminal

    Best practice (kept: the story's own list)::

        Tiga karya yang lolos ke babak final adalah:
        1. Cerita Tentang Hujan Pertama di Kampung Nelayan Utara
        2. Surat untuk Ibu yang Menunggu di Stasiun Tua Kota
        3. Lagu Terakhir dari Panggung Pasar Malam Kota
    """

    code = "RL05"
    name = "numbered-headlines"
    category = Category.RELATED
    priority = 54

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        run: list[Line] = []
        whole = doc.text
        for line in doc.content_lines:
            # an item opens with its number, perhaps after white space: a line opening with
            # another character is not read
            first = whole[line.start]
            opens = first in _LATIN_OPENINGS if first < _GATE_END else _ITEM_OPENING.match(first) is not None
            found = _item(line) if opens and not doc.is_body(line) else None
            if found is not None and found[0] == len(run) + 1:
                run.append(line)
                continue
            if len(run) >= MIN_ITEMS:  # (a shorter run proposes nothing)
                yield from self._run(doc, run)
            run = [line] if found is not None and found[0] == 1 else []
        yield from self._run(doc, run)

    def _run(self, doc: AnalysedDocument, run: list[Line]) -> Iterator[Proposal]:
        if len(run) < MIN_ITEMS:
            return
        before = doc.previous_content(run[0])
        if before is not None and before.text.rstrip().endswith((":", "：")):
            return  # the story introduces its own list
        header = (
            before
            if before is not None
            and not doc.is_body(before)
            and 0 < doc.word_count(before) <= MAX_HEADER_WORDS
            and not textshape.ends_sentence(before.text)
            else None
        )
        start = (header or run[0]).content_start
        why = f"numbered list of {len(run)} headlines"
        if header is not None:
            yield self.span(start, run[-1].content_end, f"{why} under the header {header.stripped!r}")
        elif doc.in_tail(run[0]):
            yield self.span(start, run[-1].content_end, f"{why} after the story")
        else:
            yield self.span(start, run[-1].content_end, f"{why} inside the story", score=SCORE_WEAK)
