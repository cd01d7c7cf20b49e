from __future__ import annotations

from collections.abc import Iterator

import regex

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
MAX_DISCLAIMER_WORDS = 150
DISCLAIMER = lexicon.caseless(
    r"^\s*(?:Disclaimer|Penafian|Catatan redaksi|Disclosure)\s*[:：]\s*\S",
)
# "©2025 Merdeka.com/Arie Basuki": a photo credit (outlet/photographer), for the caption rule.
PHOTO_CREDIT = regex.compile(
    r"©\s*(?:\d{4}\s*)?[\p{L}\d.\-]+(?:\s+[\p{L}\d.\-]+)?\s*/\s*\p{Lu}[^/©]{0,60}$", regex.VERSION1
)


@register
class LegalNotice(Rule):
    """A copyright or reproduction notice.

    Strong phrases (``data/legal_notice.txt``: "©", "All Rights Reserved", "Dilarang
    mengambil ...") mark any short line; weak words (``data/legal_words.txt``: "Copyright",
    "Hak Cipta") only a very short line before or after the story.

    A line opening with "Disclaimer:" goes whatever its length. A "©" credit naming an
    outlet and a photographer ("©2025 Merdeka.com/Name") is a photo credit, left to the
    caption rule.

    Anti-pattern (removed)::

        Copyright ©2025 SINDOnews.com All Rights Reserved
        Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ...
        Disclaimer: Artikel ini bukan ajakan untuk membeli atau menjual saham tertentu.

    Best practice (kept: a story about copyright; a photo credit)::

        Hak cipta lagu tersebut kini dipegang oleh label rekaman milik keluarga sang penyanyi.
        Petugas memadamkan api di pasar. ©2025 Merdeka.com/Budi Santoso
    """

    code = "LG01"
    name = "legal-notice"
    category = Category.LEGAL
    priority = 45

    def propose(self, doc: Document) -> Iterator[Proposal]:
        for line in doc.content_lines:
            text = line.text
            n = doc.word_count(line)
            if n <= MAX_DISCLAIMER_WORDS and DISCLAIMER.match(text):
                yield self.line(line, "disclaimer notice")
                continue
            if n > MAX_WORDS or PHOTO_CREDIT.search(text):
                continue
            notice = NOTICE.find(doc.folded_words[line.index], text)
            if notice:
                yield self.line(line, f"copyright/reproduction notice ({', '.join(sorted(notice))})")
            elif n <= MAX_WORDS_WEAK and (doc.in_header(line) or doc.in_tail(line)):
                words = WORDS.find(doc.folded_words[line.index], text)
                if words:
                    yield self.line(line, f"copyright line outside the story ({', '.join(sorted(words))})")
