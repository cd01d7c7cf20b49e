from __future__ import annotations

from collections.abc import Iterator

from cleanser import lexicon, patterns, textshape
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule

ROLES = lexicon.phrase_index("bio_roles")
_ROLE_KEYS = lexicon.phrase_keys("bio_roles")
_ROLES_FAMILY = None if None in _ROLE_KEYS else patterns.scanned_words("AB02.roles", _ROLE_KEYS)  # type: ignore[arg-type]
"""The scan family of the roles' keys (the longest word of each, as the scan keys a phrase
list): a line holding none holds no role."""
MIN_WORDS = 2
MAX_WORDS = 15
MAX_TITLE_CASE_SHARE = 0.5


@register
class AuthorTagline(Rule):
    """The author's one-line tagline above the story ("Mahasiswa pascasarjana di Bogor").

    Only before the story's first paragraph, only a short sentence-case line that opens with
    a role (``data/bio_roles.txt``) and does not end like a sentence: a headline is Title
    Case, a standfirst is a full sentence.

    Anti-pattern (removed)::

        Dosen ilmu komunikasi dan pegiat literasi digital

    Best practice (kept: a standfirst about a student, a full sentence)::

        Mahasiswa Universitas Indonesia itu meraih medali emas olimpiade fisika tahun ini.
    """

    code = "AB02"
    name = "author-tagline"
    category = Category.AUTHOR_BIO
    priority = 47
    needs = () if _ROLES_FAMILY is None else (_ROLES_FAMILY,)

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a header (the tagline stands above the story)."""
        return bool(doc.content_lines) and doc.in_header(doc.content_lines[0])

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for line in doc.content_lines:
            if not doc.in_header(line):
                break
            text = line.text
            if not MIN_WORDS <= doc.word_count(line) <= MAX_WORDS or textshape.ends_sentence(text):
                continue
            folded = doc.folded_words[line.index]
            roles = ROLES.find(folded[:3])
            if not roles or not any(folded[: len(r.split())] == tuple(r.split()) for r in roles):
                continue
            if textshape.capitalised_share(text) > MAX_TITLE_CASE_SHARE:
                continue
            yield self.line(line, f"author tagline ({', '.join(sorted(roles))})")
