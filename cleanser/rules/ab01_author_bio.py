from __future__ import annotations

from collections.abc import Iterator

from cleanser import language, lexicon
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

CUES = lexicon.phrase_index("bio_cues")
MIN_CUES = 2
MIN_WORDS = 8
MAX_WORDS = 90


@register
class AuthorBio(Rule):
    """The author's profile blurb at the end, in another language than the story.

    Only the last prose paragraph and the lines after it are looked at, only lines with at
    least two profile words (``data/bio_cues.txt``), and only when the line's language
    differs from the document's (a stopword vote, then langdetect when the vote is unclear).

    Anti-pattern (removed, under an Indonesian story)::

        Journalism graduate with a passion for media and technology. With experience in SEO
        writing, shares insights on the latest trends and developments in the digital world.

    Best practice (kept: an English quote inside an Indonesian story)::

        "We will keep working with our partners in the region," said the spokesperson.
    """

    code = "AB01"
    name = "author-bio"
    category = Category.AUTHOR_BIO
    priority = 47

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if line.index < doc.last_body_index:
                continue
            text = line.text
            if not MIN_WORDS <= doc.word_count(line) <= MAX_WORDS:
                continue
            cues = CUES.find(doc.folded_words[line.index])
            if len(cues) < MIN_CUES:
                continue
            line_language = language.line_language(text)
            if line_language in (language.UNKNOWN, doc.language):
                continue
            yield self.line(
                line,
                f"author profile in {line_language} under a {doc.language} story "
                f"(profile words: {', '.join(sorted(cues))})",
            )
