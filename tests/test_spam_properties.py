"""Properties of the spam rules over generated placements of hard negatives and spam."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleanser
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.spam import analysis
from cleanser.spam.normalise import normalise
from tests.spam_examples import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    DISGUISED_SPAM,
    HARD_NEGATIVES,
    MECHANICS_SPAM,
    REPORT_NEGATIVES,
    SPAM_LINES,
    TOGEL_SPAM,
    TRUST_SPAM,
)

NEGATIVES = HARD_NEGATIVES + REPORT_NEGATIVES
LINES = SPAM_LINES + tuple(line for line, _ in DISGUISED_SPAM) + TOGEL_SPAM + TRUST_SPAM + MECHANICS_SPAM

# The fixed profile draws a few examples on every run; the explore profile as many as it says.
_EXPLORING = not settings.default.derandomize
SETTINGS = settings(
    max_examples=settings.default.max_examples if _EXPLORING else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_FARE = "Wahana komidi putar di pasar malam itu dipatok Rp10 ribu sekali main."
_TUITION = "Lembaga kursus itu memasang tarif Rp75 ribu per sesi untuk kelas privat matematika."


def _place(paragraphs: list[str], piece: str, index: int, glued: bool) -> tuple[str, int, int]:
    paragraphs = list(paragraphs)
    if glued:
        paragraphs[index] = paragraphs[index] + " " + piece
    else:
        paragraphs.insert(index, piece)
    head = ARTICLE_TITLE + "\n\n" + "\n\n".join(paragraphs[:index])
    text = ARTICLE_TITLE + "\n\n" + "\n\n".join(paragraphs)
    start = text.index(piece, len(head))
    return text, start, start + len(piece)


@SETTINGS
@given(
    sentence=st.sampled_from(NEGATIVES),
    index=st.integers(min_value=1, max_value=len(ARTICLE_PARAGRAPHS) - 1),
    glued=st.booleans(),
    others=st.lists(st.sampled_from(NEGATIVES), max_size=2, unique=True),
)
# a fare and a tutoring fee on one line once added up to a stake per spin (SP02, 0.6)
@example(sentence=_FARE, index=1, glued=True, others=[_TUITION])
@example(sentence=_TUITION, index=1, glued=True, others=[_FARE])
def test_no_hard_negative_loses_a_character(
    sentence: str, index: int, glued: bool, others: list[str]
) -> None:
    """A hard negative placed in an article (its own paragraph, or glued to the end of a
    story paragraph, possibly beside other hard negatives) keeps every character."""
    paragraphs = list(ARTICLE_PARAGRAPHS)
    for other in others:
        if other != sentence:  # a repeated paragraph is a duplicate, another rule's case
            paragraphs.insert(1, other)
    text, start, end = _place(paragraphs, sentence, index, glued)
    result = cleanser.clean(text)
    touching = [r for r in result.removals if r.start < end and start < r.end]
    assert touching == [], [(r.code, r.text) for r in touching]
    assert sentence in result.text


@SETTINGS
@given(
    line=st.sampled_from(LINES),
    index=st.integers(min_value=1, max_value=len(ARTICLE_PARAGRAPHS)),
)
def test_spam_paragraph_goes_and_the_story_stays(line: str, index: int) -> None:
    text, start, end = _place(list(ARTICLE_PARAGRAPHS), line, index, glued=False)
    result = cleanser.clean(text)
    spam = [r for r in result.removals if r.category is Category.SPAM]
    assert sum(r.end - r.start for r in spam if start <= r.start < end) >= (end - start) * 0.9
    assert all(start <= r.start and r.end <= end for r in spam)
    for paragraph in ARTICLE_PARAGRAPHS[1:]:
        assert paragraph in result.text


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_normalised_offsets_always_point_into_the_input(text: str) -> None:
    norm = normalise(text)
    assert len(norm.text) == len(norm.starts) == len(norm.ends) == len(norm.plain)
    for k in range(len(norm.text)):
        start, end = norm.source_span(k, k + 1)
        assert 0 <= start <= end <= len(text)


@SETTINGS
@given(st.text(max_size=400))
def test_spam_rules_never_fail_on_arbitrary_text(text: str) -> None:
    result = cleanser.clean(text + "\n\nWarga membersihkan saluran air setelah banjir surut.")
    assert not [n for n in result.notes if "SP0" in n and "failed" in n]


_WORDS = sorted({w for s in (*LINES, *NEGATIVES, *ARTICLE_PARAGRAPHS) for w in s.split()})
_BREAKS = (" ", "\n", " \n", "\n\n", "  ", "\u200b", " \u200b\n")


@settings(max_examples=max(300, SETTINGS.max_examples), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.booleans(), st.sampled_from(_BREAKS)),
        min_size=1,
        max_size=14,
    )
)
def test_the_analysis_is_skipped_only_where_it_finds_nothing(
    pieces: list[tuple[str, bool, str]],
) -> None:
    """Words of spam and of news, some spaced out ("s l o t"), split across lines at
    random: whenever ``may_score`` passes a text over, the full reading finds nothing."""
    text = "".join((" ".join(word) if spaced else word) + brk for word, spaced, brk in pieces)
    if not analysis.may_score(text):
        assert analysis._Analyser(Document(text)).run().findings == ()
