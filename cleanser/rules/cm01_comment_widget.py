from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class CommentWidget(Rule):
    """The comment widget's lines: comment counts, "Tulis komentar", reply buttons.

    Lines are listed in ``data/comment_lines.txt``; only before or after the story.

    Anti-pattern (removed)::

        Ada 2 komentar untuk artikel ini
        Tanggapi Komentar

    Best practice (kept: a sentence of the story about comments)::

        Unggahan itu mendapat ribuan komentar dalam waktu kurang dari satu jam.
    """

    code = "CM01"
    name = "comment-widget"
    category = Category.COMMENTS
    priority = 45
    needs = ("comment_lines",)

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a header or a tail (the widget stands outside the story)."""
        lines = doc.content_lines
        return bool(lines) and (doc.in_header(lines[0]) or doc.in_tail(lines[-1]))

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        indexes = doc.hits.lines_of("comment_lines")  # (elsewhere no line of the list)
        for line in doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]:
            if (doc.in_header(line) or doc.in_tail(line)) and doc.is_phrase_line(line, "comment_lines"):
                yield self.line(line, f"comment widget: {line.stripped[:60]!r}")
