from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

NOTICE = lexicon.phrase_index("legal_notice")
WORDS = lexicon.phrase_index("legal_words")
MAX_WORDS = 60
MAX_WORDS_WEAK = 15


@register
class LegalNotice(Rule):
    """A copyright or reproduction notice.

    Strong phrases (``data/legal_notice.txt``: "©", "All Rights Reserved", "Dilarang
    mengambil ...") mark any short line; weak words (``data/legal_words.txt``: "Copyright",
    "Hak Cipta") only a very short line before or after the story.

    Anti-pattern (removed)::

        Copyright ©2025 SINDOnews.com All Rights Reserved
        Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ...

    Best practice (kept: a story about copyright)::

        Hak cipta lagu tersebut kini dipegang oleh label rekaman milik keluarga sang penyanyi.
    """

    code = "LG01"
    name = "legal-notice"
    category = Category.LEGAL
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            text = line.text
            n = doc.word_count(line)
            if n > MAX_WORDS:
                continue
            notice = NOTICE.find(doc.folded_words[line.index], text)
            if notice:
                yield self.line(line, f"copyright/reproduction notice ({', '.join(sorted(notice))})")
            elif n <= MAX_WORDS_WEAK and (doc.in_header(line) or doc.in_tail(line)):
                words = WORDS.find(doc.folded_words[line.index], text)
                if words:
                    yield self.line(line, f"copyright line outside the story ({', '.join(sorted(words))})")
