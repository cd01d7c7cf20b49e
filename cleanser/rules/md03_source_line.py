from __future__ import annotations

from collections.abc import Iterator

import regex

from cleanser import lexicon, patterns, textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.patterns import READ_AT_SOURCE, REPUBLISHED
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule
from cleanser.textshape import is_headline_shape

SOURCE = lexicon.lazy_caseless(
    rf"^\s*[(\[]?\s*(?:{lexicon.alternation('source_labels')})\s*[:：]\s*(?P<source>[^\n]{{2,120}}?)\s*[)\]]?\s*$",
)
# Two sentences glued at a full stop ("... warga setempat.Baca juga"): prose, not a headline.
_GLUED_SENTENCES = regex.compile(r"\p{Ll}{2}[.!?][\"”’]?\p{Lu}\p{Ll}", regex.VERSION1)
_QUOTED_TITLE = lexicon.lazy_caseless(r"\bdengan\s+judul\s*[:：]?\s*[\"“][^\"“”\n]{3,250}[\"”]\s*[.]?")
"""A republication notice's title in quotes, where the notice ends ("... dengan judul "X".")."""
TITLE_FOLLOWS = lexicon.lazy_caseless(r"\bdengan\s+judul\s*[:：]?\s*$")
MAX_TITLE_WORDS = 30
_SOURCE_FAMILY = patterns.scanned("MD03.source", SOURCE)
MAX_WORDS = 14
MAX_WORDS_REPUBLISHED = 40
MIN_SENTENCE_LOWER_WORDS = 5


def _sentence_after_label(source: str) -> bool:
    """Is what follows "Sumber:" a sentence of the story ("Sumber: data dinas menunjukkan
    jumlah penumpang naik ..."), not a source's name ("Channelnewsasia.com", "BPS, diolah")?
    A sentence ends with its full stop and holds several words in small letters."""
    stripped = source.strip()
    if not stripped.endswith((".", "!", "?")):
        return False
    return sum(1 for word in textshape.words(stripped) if word[0].islower()) >= MIN_SENTENCE_LOWER_WORDS


@register
class SourceLine(Rule):
    """A line naming where the story came from; the source goes to metadata.

    Anti-pattern (removed)::

        Sumber: Channelnewsasia.com
        Artikel ini telah tayang di Tribunnews.com dengan judul Banjir Rendam Tiga Desa
        Artikel ini telah tayang di Kontan.co.id dengan judul
        Laba Bank Daerah Tumbuh Tipis    (the original headline, on the next line)
        Baca artikel CNN Indonesia "Judul Berita" selengkapnya di sini: https://...

    A notice whose quoted title is followed on its line by the story's paragraph goes alone.

    Best practice (kept: a sentence that cites a source; a sentence after the label)::

        Sumber di kepolisian menyebut tersangka sudah diperiksa sejak pagi.
        Sumber: data dinas menunjukkan jumlah penumpang naik dua kali lipat sejak Januari.
    """

    code = "MD03"
    name = "source-line"
    category = Category.METADATA
    priority = 45
    needs = ("republished", "read_at_source", _SOURCE_FAMILY)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        hits = doc.hits  # each pattern only where the scan found what every match holds
        words = doc.words
        # a line none of the three patterns' families may be on holds no match of them
        indexes = hits.lines_of_any("republished", "read_at_source", _SOURCE_FAMILY)
        lines = doc.content_lines if indexes is None else [doc.lines[i] for i in indexes]
        for line in lines:
            count = len(words[line.index])
            if count > MAX_WORDS_REPUBLISHED:
                continue
            text = line.text
            match = REPUBLISHED.match(text) if hits.may_hold(line.index, "republished") else None
            if match:
                quoted = _QUOTED_TITLE.search(text, match.start("source"))
                if quoted is not None and textshape.is_body_paragraph(text[quoted.end() :].strip()):
                    # the story's paragraph glued after the notice's quoted title: it stays
                    yield self.span(line.content_start, line.start + quoted.end(),
                                    "republication notice, the story after it",
                                    facts={"source": match.group("source").strip()})
                    continue
                yield self.line(line, "republication notice",
                                facts={"source": match.group("source").strip()})
                title = doc.next_content(line) if TITLE_FOLLOWS.search(text) else None
                if (
                    title is not None
                    and not doc.is_body(title)
                    and is_headline_shape(title.text, max_words=MAX_TITLE_WORDS)
                    and not _GLUED_SENTENCES.search(title.text)
                ):
                    yield self.line(title, "the original headline under a republication notice")
                continue
            match = READ_AT_SOURCE.match(text) if hits.may_hold(line.index, "read_at_source") else None
            if match:
                yield self.line(line, "pointer to the story on its outlet's site",
                                facts={"source": match.group("source").strip()})
                continue
            match = SOURCE.match(text) if hits.may_hold(line.index, _SOURCE_FAMILY) else None
            if match and count <= MAX_WORDS and not _sentence_after_label(match.group("source")):
                yield self.line(line, "source line", facts={"source": match.group("source").strip()})
