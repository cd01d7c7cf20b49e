from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.document import Line
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

HANDLE = regex.compile(r"^\s*@?[\p{L}\p{N}][\p{L}\p{N}_.\-]{2,29}\s*$", regex.VERSION1)
REPLY = lexicon.caseless(
    r"^\s*(?:Balas|Reply|Suka|Like|Laporkan|Report|Bagikan|Share)(?:\s*[·|•]\s*"
    r"(?:Balas|Reply|Suka|Like|Laporkan|Report|Bagikan|Share))*\s*$",
)
MAX_COMMENT_WORDS = 80


def _is_handle(text: str) -> bool:
    """A commenter's user name: one token, lower case or with '_', '.', digits."""
    if not HANDLE.match(text):
        return False
    token = text.strip().lstrip("@")
    return token == token.lower() or any(ch in token for ch in "_.0123456789")


@register
class CommentThread(Rule):
    """The comment widget with the readers' comments under it.

    Starts at a comment-widget line (``data/comment_lines.txt``) and needs the thread's
    marks: a commenter's user name line, the comment under it, reply buttons. The comments
    are written by readers, not by the newsroom: all of it goes.

    Anti-pattern (removed)::

        Berikan Komentar
        Ada 1 komentar untuk artikel ini
        budi_s
        Semoga jalannya cepat diperbaiki.
        Balas

    Best practice (kept: the story quoting what people wrote online)::

        Komentar warganet di media sosial beragam; sebagian besar meminta jalan segera diperbaiki.
    """

    code = "CM02"
    name = "comment-thread"
    category = Category.COMMENTS
    priority = 44
    needs = ("comment_lines",)  # a thread starts at a comment-widget line

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        taken = -1
        indexes = doc.hits.lines_of("comment_lines")  # (elsewhere no line of the list)
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            if line.index <= taken or not doc.is_phrase_line(line, "comment_lines"):
                continue
            end, handles, replies = self._thread(doc, line)
            if end is not None and handles and replies + handles >= 2:
                taken = end.index
                yield self.span(line.content_start, end.content_end,
                                f"comment thread: {handles} commenters, {replies} reply buttons")

    @staticmethod
    def _thread(doc: AnalysedDocument, start: Line) -> tuple[Line | None, int, int]:
        end: Line | None = None
        handles = replies = 0
        after_handle = False
        for line in doc.following(start):
            text = line.text
            if doc.is_phrase_line(line, "comment_lines") or REPLY.match(text):
                replies += bool(REPLY.match(text))
                after_handle = False
            elif _is_handle(text):
                handles += 1
                after_handle = True
            elif after_handle and doc.word_count(line) <= MAX_COMMENT_WORDS:
                after_handle = False
            else:
                break
            end = line
        return end, handles, replies
