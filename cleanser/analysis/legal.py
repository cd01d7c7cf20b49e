"""Copyright and reproduction notices, disclaimers: the cue lists and the lines that carry them.

Read by the legal-notice rule (LG01), the story finder (a notice is never story prose), the
dateline rule (a notice is not the opening paragraph) and the title finder (lines that go).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon
from cleanser.analysis import flattened, scan

if TYPE_CHECKING:
    from cleanser.analysis.facts import AnalysedDocument
    from cleanser.document import Line

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


@dataclass(frozen=True, slots=True)
class LegalLine:
    line: Line
    reason: str


def is_notice(doc: AnalysedDocument, line: Line) -> bool:
    """Does ``line`` hold a strong copyright/reproduction phrase or open a disclaimer?"""
    text = line.text
    if doc.word_count(line) > MAX_WORDS_WEAK and flattened.footer_after_prose(text):
        return False  # story prose, with a copyright footer glued after it
    return bool(
        (
            doc.hits.may_hold(line.index, "legal_notice")
            and NOTICE.find(doc.folded_words[line.index], scan.entry_text(doc.hits, line.index, "legal_notice", text))
        )
        or (_has_colon(text) and DISCLAIMER.match(text))
    )


def _has_colon(text: str) -> bool:
    """Every disclaimer (``DISCLAIMER``) holds a colon."""
    return ":" in text or "：" in text


def legal_lines(doc: AnalysedDocument) -> tuple[LegalLine, ...]:
    """Every line that is a legal notice, with the reason."""
    found: list[LegalLine] = []
    hits = doc.hits
    for line in doc.content_lines:
        text = line.text
        n = doc.word_count(line)
        if n <= MAX_DISCLAIMER_WORDS and _has_colon(text) and DISCLAIMER.match(text):
            found.append(LegalLine(line, "disclaimer notice"))
            continue
        if n > MAX_WORDS or ("©" in text and PHOTO_CREDIT.search(text)):
            continue
        if n > MAX_WORDS_WEAK and flattened.footer_after_prose(text):
            continue  # story prose with a footer glued after it: the footer alone goes (PR02)
        notice = hits.may_hold(line.index, "legal_notice") and NOTICE.find(
            doc.folded_words[line.index], scan.entry_text(hits, line.index, "legal_notice", text)
        )
        if notice:
            found.append(LegalLine(line, f"copyright/reproduction notice ({', '.join(sorted(notice))})"))
        elif n <= MAX_WORDS_WEAK and (doc.in_header(line) or doc.in_tail(line)):
            words = hits.may_hold(line.index, "legal_words") and WORDS.find(
                doc.folded_words[line.index], scan.entry_text(hits, line.index, "legal_words", text)
            )
            if words:
                found.append(LegalLine(line, f"copyright line outside the story ({', '.join(sorted(words))})"))
    return tuple(found)
