from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser.analysis import promo
from cleanser.analysis.facts import AnalysedDocument
from cleanser.analysis.headline import is_known_chrome
from cleanser.analysis.tags import tag_block_indexes, tail_tag_indexes
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.patterns import date_line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

MIN_RUN = 3
_BRACKETED = regex.compile(r"^\s*+[(\[][^()\[\]\n]{1,60}[)\]]\s*+$")
"""A short line in brackets: initials or a desk code ("(ant/abc)", "(Z-8)"), no name."""
MAX_BRACKETED_WORDS = 4
SCORE = 0.7
SCORE_SHORT = 0.4


@register
class TailNameRun(Rule):
    """Tags without a header: a run of short capitalised lines (names, topics,
    competitions; a clock time of a match widget among them) that closes the text after the
    story's last paragraph (a date or a separator line may stand between them). Three or
    more go; two are a suspicion. Lines with figures (a table's rows) stop the run, and a
    run introduced by a line ending in ':' is the story's own list. Lines that go whatever
    stands around them (copies, the tail's tag lines, tag blocks under a header) are looked
    past, so that a second pass, which no longer sees them, decides the same.

    Anti-pattern (removed: after the last paragraph, up to the end)::

        ... kata manajer tim itu.
        Persatuan Sepak Bola
        Liga Nusantara
        Stadion Utama
        Berita Olahraga

    Best practice (kept: a list the story introduces, a table of figures)::

        Para pemenang lomba tahun ini:
        Ayu Lestari
        Bima Saputra
        Citra Wulandari
    """

    code = "NV05"
    name = "tail-name-run"
    category = Category.NAVIGATION
    priority = 50

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a name-like line after the story's last paragraph."""
        last_body = doc.last_body_index
        return any(index > last_body for index in doc.line_shapes.name)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        shapes = doc.line_shapes
        last_body = doc.last_body_index
        if not any(index > last_body for index in shapes.name):
            return  # the run holds a name-like line of the tail (after the last paragraph)
        run: list[Line] = []
        # the tail's tag lines (NV03) and tag blocks under a header (NV04) go whatever stands
        # around them
        tags = tail_tag_indexes(doc) | tag_block_indexes(doc)
        # the tail's first name or clock line: above it, no line joins the run, so the run
        # ends at the first line that is not one (whether it is chrome or not)
        lowest = min((i for i in (*shapes.name, *shapes.clock) if i > last_body), default=last_body)
        for line in reversed(doc.content_lines):
            index = line.index
            if index in doc.lines_gone or index in shapes.headline or index in tags:
                continue  # gone anyway (copies, tag lines: NV03, NV04), or an unmarked headline (RL03)
            if not doc.in_tail(line) or doc.is_body(line):
                break
            if index in shapes.name or index in shapes.clock:
                run.append(line)
                continue
            if index < lowest:
                break
            if run and (date_line(line.text) or not doc.words[index]):
                continue  # a widget's date or separator between the names: other rules' or none
            if (
                is_known_chrome(line.text, doc.hits, index)
                or promo.is_call_to_action(doc, line)
                or (doc.word_count(line) <= MAX_BRACKETED_WORDS and _BRACKETED.match(line.text))
            ):
                continue  # chrome between the names (a byline, a pager, initials) goes too
            break
        names = [x for x in run if x.index in shapes.name]
        if not names:
            return
        before = doc.previous_content(run[-1])
        while before is not None and before.index in doc.lines_gone:
            before = doc.previous_content(before)
        if before is not None and before.text.rstrip().endswith(":"):
            return
        score = SCORE if len(names) >= MIN_RUN else SCORE_SHORT
        run.reverse()
        group: list[Line] = []
        for line in run:
            if group and doc.next_content(group[-1]) is not line:
                yield self._group(group, len(names), score)
                group = []
            group.append(line)
        yield self._group(group, len(names), score)

    def _group(self, group: list[Line], total: int, score: float) -> Proposal:
        return self.span(group[0].content_start, group[-1].content_end,
                         f"run of {total} short capitalised (name-like) lines closing the text "
                         "after the story", score=score)
