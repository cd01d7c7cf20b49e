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
    differs from the document's (a stopword vote, then langdetect when the vote is unclear and
    the line holds a lower-case word: a row of names and labels is no profile to detect).

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
        lines = doc.lines
        words = doc.words
        folded_words = doc.folded_words
        for index in range(max(doc.last_body_index, 0), len(lines)):  # from the last prose line
            line_words = words[index]  # (a blank line has none)
            if not MIN_WORDS <= len(line_words) <= MAX_WORDS:
                continue
            cues = CUES.find(folded_words[index])
            if len(cues) < MIN_CUES:
                continue
            line = lines[index]
            text = line.text
            line_language = language.cheap_guess(text)
            if line_language == language.UNKNOWN:
                if not any(word[0].islower() for word in line_words):
                    continue  # names and labels ("Penulis: Name | Editor: Name"): no prose to detect
                line_language = language.detect(text)  # (langdetect: milliseconds a call)
            if line_language in (language.UNKNOWN, doc.language):
                continue
            yield self.line(
                line,
                f"author profile in {line_language} under a {doc.language} story "
                f"(profile words: {', '.join(sorted(cues))})",
            )
