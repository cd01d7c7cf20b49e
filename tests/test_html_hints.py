"""The markup hints (cleanser.html.hints) read class and id names with shortcuts (str.replace
instead of a regular expression for names without capitals, a trie of the glued words, a
memo per class value and per name); these tests hold them to the plain definition, written
out here: split each name on ``_SPLIT``, look each part up, then look for glued words."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleanser.categories import Category
from cleanser.html import hints
from cleanser.html.hints import (
    _BODY_NAMES,
    _FAMILIES,
    _GLUED_FAMILY,
    _HIDDEN_CLASSES,
    _HIDDEN_STYLE,
    _NO_CLASS_HINT_TAGS,
    _ROLE_HINTS,
    _SPLIT,
    _TAG_HINTS,
    _WORD_FAMILY,
    BODY,
    HIDDEN,
    Hint,
    HintReader,
    element_hint,
)

_PLAIN_GLUED = re.compile("|".join(sorted(_GLUED_FAMILY, key=len, reverse=True)))


def plain_name_family(name: str) -> tuple[int, str]:
    best, word = len(_FAMILIES), ""
    for part in _SPLIT.split(name):
        index = _WORD_FAMILY.get(part.lower(), best) if part else best
        if index < best:
            best, word = index, part.lower()
    for match in _PLAIN_GLUED.finditer(name.lower().replace("-", "").replace("_", "")):
        index = _GLUED_FAMILY[match.group()]
        if index < best:
            best, word = index, match.group()
    return best, word


def plain_hint(tag: str, attributes: tuple[tuple[str, str], ...]) -> Hint | None:
    attrs = dict(attributes)
    style = attrs.pop("style", None)
    if style and _HIDDEN_STYLE.search(style):
        return HIDDEN
    cls = attrs.get("class", "")
    if ("hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("type") == "hidden"
            or any(name in _HIDDEN_CLASSES for name in cls.lower().split())):
        return HIDDEN
    itemprop, role = attrs.get("itemprop", ""), attrs.get("role", "")
    if itemprop and "articlebody" in itemprop.lower():
        return BODY
    names = f"{cls} {attrs.get('id', '')}".strip()
    if names and tag not in _NO_CLASS_HINT_TAGS:
        if any(name in _BODY_NAMES for name in names.lower().split()):
            return BODY
        best, word = len(_FAMILIES), ""
        for name in names.split():
            index, found = plain_name_family(name)
            if index < best:
                best, word = index, found
        if best < len(_FAMILIES):
            category, prune, _, _, reason = _FAMILIES[best]
            return Hint(category, f"{reason} ({word!r} in class/id)", prune=prune,
                        sticky=category is Category.COMMENTS)
    if role and role.strip().lower() in _ROLE_HINTS:
        return _ROLE_HINTS[role.strip().lower()]
    return _TAG_HINTS.get(tag)


# Pieces names are made of: family words and glued words in several cases, fragments of
# them, separators, digits, other words, and characters whose lower case is special (the
# Kelvin sign lowers to "k", the dotted I to two characters, a final sigma).
_VOCABULARY = sorted(_WORD_FAMILY) + sorted(_GLUED_FAMILY)
SEPARATORS = st.sampled_from(("-", "_", ":", ".", "/", "--", "__", "-_"))
PIECES = st.one_of(
    st.sampled_from(_VOCABULARY),
    SEPARATORS,
    st.sampled_from(_VOCABULARY),
    st.sampled_from(_VOCABULARY).map(str.upper),
    st.sampled_from(_VOCABULARY).map(str.title),
    st.sampled_from(_VOCABULARY).map(lambda w: w[: len(w) // 2]),
    st.sampled_from(_VOCABULARY).map(lambda w: w[len(w) // 2:]),
    SEPARATORS,
    st.sampled_from(("12", "7", "x9", "post", "item", "wrap", "inner", "Box", "aB", "\u212a", "\u0130", "\u03a3",
                     "\u00e9", "\u00a0")),
    st.text(alphabet="abdeiklmnoprstuAKR-_:./0123456789", max_size=6),
)
NAMES = st.lists(PIECES, min_size=1, max_size=6).map("".join).filter(lambda n: n and not any(c.isspace() for c in n))


@given(NAMES)
@example("relatedPosts")
@example("sidebar-Right")
@example("popularelated")  # "popular" hides the "related" it overlaps
@example("nav\u212aomentar")
@example("s\u212aip")
@example("read-more_link")
@example("top.ad:slot/x")
@example("comment-ad")
@example("AD-slot")
def test_a_name_reads_as_the_plain_definition_says(name: str) -> None:
    assert hints._name_family(name) == plain_name_family(name)


ATTRIBUTE_VALUES = {
    "class": st.lists(NAMES, max_size=4).map(" ".join)
    | st.sampled_from(("", " ", "hidden", "d-none post", "entry-content", "x Article-Body", "comments")),
    "id": NAMES | st.sampled_from(("", "articleBody", "post-1234", "main-sidebar", "story-body")),
    "role": st.sampled_from(("", "navigation", " Menu ", "complementary", "main", "dialog")),
    "itemprop": st.sampled_from(("", "articleBody", "author", "ArticleBody text")),
    "style": st.sampled_from(("", "color: red", "display:none", "visibility : hidden")),
    "hidden": st.just(""),
    "aria-hidden": st.sampled_from(("true", "false")),
    "type": st.sampled_from(("hidden", "text")),
}
ATTRIBUTES = st.lists(st.sampled_from(sorted(ATTRIBUTE_VALUES)), unique=True, max_size=4).flatmap(
    lambda keys: st.tuples(*(st.tuples(st.just(k), ATTRIBUTE_VALUES[k]) for k in keys)))
TAGS = st.sampled_from(("div", "section", "span", "a", "ul", "li", "nav", "aside", "footer", "header", "figure",
                        "body", "article", "main", "html", "p", "time", "form"))


@given(st.lists(st.tuples(TAGS, ATTRIBUTES), min_size=1, max_size=12))
def test_an_element_reads_as_the_plain_definition_says(elements: list[tuple[str, tuple[tuple[str, str], ...]]]
                                                       ) -> None:
    reader = HintReader()  # one page: what it remembered from an element must not change the next
    for tag, attributes in elements:
        expected = plain_hint(tag, attributes)
        assert reader.hint(tag, attributes) == expected
        assert element_hint(tag, attributes) == expected


@pytest.mark.parametrize(("tag", "attributes", "category", "word"), [
    ("div", (("class", "post-12 relatedPosts"),), Category.RELATED, "related"),
    ("div", (("class", "widget"), ("id", "komentar-list")), Category.COMMENTS, "komentar"),
    ("div", (("class", "ads-top"), ("id", "comment-7")), Category.COMMENTS, "comment"),  # the id's family is first
    ("section", (("class", "sidebarRight"),), Category.FEED, "sidebar"),
    ("div", (("class", "share-btn"),), Category.NAVIGATION, "share"),  # NAVIGATION before INTERFACE
])
def test_the_first_family_and_its_word_name_the_hint(tag: str, attributes: tuple[tuple[str, str], ...],
                                                     category: Category, word: str) -> None:
    hint = HintReader().hint(tag, attributes)
    assert hint is not None and hint.category is category and f"{word!r}" in hint.reason


def test_no_glued_word_is_a_prefix_of_another() -> None:
    # what makes the trie's order of branches irrelevant to what finditer finds
    words = sorted(_GLUED_FAMILY)
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    for word in words:
        assert hints._GLUED.fullmatch(word)
        assert not hints._GLUED.fullmatch(word[:-1])
