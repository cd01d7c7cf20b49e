from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis import carried, profiles
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class AuthorBio(Rule):
    """The author's profile blurb at the end, in another language than the story.

    Only the last prose paragraph and the lines after it are looked at (and the prose before
    it, when that paragraph is a profile that goes whole), only lines with at
    least two profile words (``data/bio_cues.txt``), and only when the line's language
    differs from the document's (a stopword vote, then langdetect when the vote is unclear and
    the line holds a lower-case word: a row of names and labels is no profile to detect).
    A line that opens with a sentence in the story's language is story: only a profile glued
    after its sentences goes (from the first sentence that holds a profile word and after
    which no function word of the story's language stands). A line that opens with a profile
    and goes on with sentences in the story's language loses the profile alone.

    Anti-pattern (removed, under an Indonesian story)::

        Journalism graduate with a passion for media and technology. With experience in SEO
        writing, shares insights on the latest trends and developments in the digital world.

    Anti-pattern (the glued profile removed, the story's sentences kept)::

        Bus pertama berangkat pukul lima pagi, kata dia.Avid writer covering city transport
        and lifestyle. Loves long train rides and sharing tips for commuters.

    Best practice (kept: an English quote inside an Indonesian story)::

        "We will keep working with our partners in the region," said the spokesperson.
    """

    code = "AB01"
    name = "author-bio"
    category = Category.AUTHOR_BIO
    priority = 47
    needs = ("bio_cues",)  # every line it reads holds two cues of the list

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        found = list(self._profiles(doc))
        yield from found
        # the same profile cut from the copies of its line (an article printed twice)
        yield from carried.in_copies(doc, found)

    def _profiles(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        lines = doc.lines
        indexes = doc.hits.lines_of("bio_cues")  # (every line it reads holds two cues)
        start = profiles.scope(doc)  # from the last prose line (past the profiles that go whole)
        for index in range(start, len(lines)) if indexes is None else [i for i in indexes if i >= start]:
            found = profiles.profile_on(doc, index)
            if found is None:
                continue
            line = lines[index]
            words = ", ".join(sorted(found.cues))
            if found.where == "glued":
                end = line.start + found.end
                resumes = " (the story resumes after it)" if end < line.content_end else ""
                yield self.span(
                    line.start + found.start, end,
                    f"author profile in {found.language} glued after the story's sentences{resumes} "
                    f"(profile words: {words})",
                )
            elif found.where == "head":
                yield self.span(
                    line.content_start, line.start + found.end,
                    f"author profile in {found.language} before the story's sentences (profile words: {words})",
                )
            else:
                yield self.line(line, f"author profile in {found.language} under a {doc.language} story "
                                      f"(profile words: {words})")
