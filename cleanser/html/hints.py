"""What the markup around a block of page text says it is.

An element tells its role by its tag (``nav``, ``aside``, ``footer``, ``figcaption``...),
its ARIA ``role``, and the words in its ``class`` and ``id`` ("related-posts",
"sidebar", "comment-list", "ad-slot"...). ``element_hint`` reads those and returns a
``Hint``: the category of text inside the element and a reason. These are markup
vocabularies, not chrome phrases; they are compiled once, and the answer for each
element's relevant attributes, each class or id value and each name is remembered for
the page (``HintReader``).

Words are matched as whole parts of a class or id name (split on ``-``, ``_``, spaces and
camelCase), so "ad" matches ``ad-slot`` and ``top_ads`` but not ``header`` or ``load-more``;
a few distinctive words also match glued into longer names ("relatedposts", "sidebarright").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleanser.categories import Category


@dataclass(frozen=True, slots=True)
class Hint:
    """The category the markup gives the text inside an element.

    ``prune``: the element is safe to take out of the page before extraction (navigation,
    feeds, comments, ads...), subject to the size and prose guards in ``cleanser.html.blocks``.
    ``sticky``: nothing nested inside can change the category (a comment section's form
    is still comments).
    ``body``: the element marks the article body (``itemprop="articleBody"``); it stops
    hints from outside applying to the text inside it.
    """

    category: Category | None
    reason: str
    prune: bool = False
    sticky: bool = False
    body: bool = False


BODY = Hint(None, "article body container", body=True)

# (category, prune, parts that name it, substrings that name it when glued, reason).
# Order matters: the first family that matches an element wins.
_FAMILIES: tuple[tuple[Category, bool, frozenset[str], tuple[str, ...], str], ...] = (
    (
        Category.COMMENTS,
        True,
        frozenset({"comment", "comments", "komentar", "disqus", "dsq", "respond", "discussion"}),
        ("comment", "komentar", "disqus"),
        "reader comments section",
    ),
    (
        Category.AUTHOR_BIO,
        False,
        frozenset({"bio", "biography", "authorbox", "authorbio", "aboutauthor"}),
        ("authorbio", "authorbox", "aboutauthor", "abouttheauthor"),
        "author profile box",
    ),
    (
        Category.RELATED,
        True,
        frozenset({"related", "terkait", "bacajuga", "readalso", "alsoread", "lihatjuga", "simakjuga"}),
        ("related", "terkait", "bacajuga", "readalso", "alsoread", "lihatjuga", "simakjuga", "readmore"),
        "related-articles box",
    ),
    (
        Category.NAVIGATION,
        True,
        frozenset(
            {
                "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "breadcrumb",
                "breadcrumbs", "crumbs", "share", "sharing", "sharer", "sharethis", "addthis", "social",
                "sosmed", "socmed", "socials", "follow", "tags", "tag", "tagcloud", "topics", "topik",
                "hashtag", "hashtags", "kanal", "channel", "channels", "skip", "skiplink",
            }
        ),
        ("breadcrumb", "navigation", "navbar", "megamenu", "sharebutton", "socialmedia", "sociallinks"),
        "navigation, menu, tag or share widget",
    ),
    (
        Category.FEED,
        True,
        frozenset(
            {
                "sidebar", "popular", "populer", "terpopuler", "mostpopular", "mostread", "trending",
                "terkini", "latest", "recent", "recommend", "recommended", "recommendation",
                "recommendations", "rekomendasi", "feed", "newsfeed", "lainnya",
                "headlines", "indeks", "outbrain", "taboola", "rail", "choice", "choices", "pilihan",
                "picks", "editorpick", "editorspick", "pilihanredaksi",
            }
        ),
        ("sidebar", "popular", "populer", "trending", "terkini", "recommend", "rekomendasi", "mostread",
         "outbrain", "taboola", "beritalain"),
        "sidebar or feed of other articles",
    ),
    (
        Category.PROMO,
        True,
        frozenset(
            {
                "newsletter", "subscribe", "subscription", "subscriptions", "signup", "langganan",
                "promo", "promotion", "cta", "whatsapp", "telegram", "googlenews", "membership", "paywall",
            }
        ),
        ("newsletter", "subscribe", "langganan", "googlenews"),
        "newsletter, subscription or call-to-action box",
    ),
    (
        Category.LEGAL,
        True,
        frozenset({"footer", "copyright", "disclaimer", "legal", "privacy", "terms", "colophon", "licence",
                   "license"}),
        ("copyright", "footer", "disclaimer"),
        "page footer or copyright notice",
    ),
    (
        Category.INTERFACE,
        True,
        frozenset(
            {
                "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertorial", "adsbygoogle",
                "adslot", "adunit", "iklan", "banner", "sponsor", "sponsored", "dfp", "gpt", "pagination",
                "paging", "pager", "cookie", "cookies", "consent", "gdpr", "popup",
                "modal", "toolbar", "fontsize", "print", "btn", "button", "scroll",
            }
        ),
        ("advert", "adsbygoogle", "iklan", "sponsor", "pagination", "cookie"),
        "advertisement, pagination or page widget",
    ),
    (
        Category.CAPTION,
        True,
        frozenset({"caption", "captions", "figcaption", "credit", "credits", "keterangan", "photocredit", "photo",
                   "foto", "photos"}),
        ("caption",),
        "photo or video caption",
    ),
    (
        Category.METADATA,
        False,
        frozenset(
            {
                "byline", "author", "authors", "penulis", "editor", "reporter", "date", "time", "timestamp",
                "published", "pubdate", "dateline", "meta", "posted", "postmeta", "entrymeta",
            }
        ),
        ("byline", "timestamp", "pubdate"),
        "byline or date block",
    ),
    (
        Category.EMBED,
        False,
        frozenset({"embed", "instagram", "twitter", "tweet", "youtube", "tiktok", "iframe"}),
        (),
        "embedded media",
    ),
)

_TAG_HINTS: dict[str, Hint] = {
    "nav": Hint(Category.NAVIGATION, "<nav> element", prune=True),
    "menu": Hint(Category.NAVIGATION, "<menu> element", prune=True),
    "aside": Hint(Category.FEED, "<aside> element beside the article", prune=True),
    "footer": Hint(Category.LEGAL, "<footer> element", prune=True),
    "header": Hint(Category.NAVIGATION, "page <header>"),
    "form": Hint(Category.PROMO, "<form> (newsletter, login or search box)", prune=True),
    "figure": Hint(Category.CAPTION, "<figure> around a picture"),
    "figcaption": Hint(Category.CAPTION, "<figcaption>", prune=True),
    "time": Hint(Category.METADATA, "<time> element"),
    "address": Hint(Category.METADATA, "<address> element"),
    "button": Hint(Category.INTERFACE, "<button>"),
    "dialog": Hint(Category.INTERFACE, "<dialog>"),
    "select": Hint(Category.INTERFACE, "<select> box"),
    "label": Hint(Category.INTERFACE, "form <label>"),
}

# The hint of a <header> element: the page's or the article's header (headline, standfirst,
# byline); text in it is no chrome by itself.
HEADER = _TAG_HINTS["header"]

_ROLE_HINTS: dict[str, Hint] = {
    "navigation": Hint(Category.NAVIGATION, 'role="navigation"', prune=True),
    "menu": Hint(Category.NAVIGATION, 'role="menu"', prune=True),
    "menubar": Hint(Category.NAVIGATION, 'role="menubar"', prune=True),
    "banner": Hint(Category.NAVIGATION, 'role="banner" (site header)'),
    "search": Hint(Category.NAVIGATION, 'role="search"', prune=True),
    "contentinfo": Hint(Category.LEGAL, 'role="contentinfo" (page footer)', prune=True),
    "complementary": Hint(Category.FEED, 'role="complementary" (beside the article)', prune=True),
    "dialog": Hint(Category.INTERFACE, 'role="dialog"'),
    "alertdialog": Hint(Category.INTERFACE, 'role="alertdialog"'),
}

_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_CLASSES = frozenset(
    {"hidden", "hide", "sr-only", "screen-reader-text", "screen-reader-only", "visually-hidden",
     "visuallyhidden", "d-none", "invisible", "is-hidden", "u-hidden", "element-invisible"}
)
_BODY_NAMES = frozenset(
    {"articlebody", "article-body", "article_body", "articlecontent", "article-content", "entry-content",
     "post-content", "post-body", "story-body", "detail-text", "detail__body-text", "read__content",
     "itp_bodycontent", "content-detail", "detail_text", "isi-berita", "txt-article", "article__content"}
)
# Names that hold the whole page in many templates: hints on them say nothing about the
# text inside (WordPress puts "tag-x category-y" on the article, themes put "has-sidebar"
# on the body).
_NO_CLASS_HINT_TAGS = frozenset({"html", "body", "main", "article"})

# Attributes that can hide an element or say what it holds.
RELEVANT_ATTRIBUTES = frozenset({"class", "id", "role", "itemprop", "style", "hidden", "aria-hidden", "type"})
HIDDEN = Hint(None, "hidden element")



_NONE = len(_FAMILIES)  # the family index of a name that names none
_WORD_FAMILY: dict[str, int] = {}
for _index, (_cat, _prune, _words, _subs, _reason) in enumerate(_FAMILIES):
    for _word in _words:
        _WORD_FAMILY.setdefault(_word, _index)
_GLUED_FAMILY: dict[str, int] = {}
for _index, _family in enumerate(_FAMILIES):
    for _sub in _family[3]:
        _GLUED_FAMILY.setdefault(_sub, _index)


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: set[str]) -> str:
    """A regular expression matching exactly the strings of ``words``, as a trie
    (``a(?:bout|d)``...): at each position the matcher follows one branch instead of
    trying every word in turn. None of the glued words is a prefix of another (a test
    checks), so at any position at most one matches and the order of the branches does
    not change what ``finditer`` finds."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        ends = "" in node
        alternatives = [re.escape(char) + branch(node[char]) for char in sorted(node) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 and not ends else f"(?:{'|'.join(alternatives)})"
        return body + "?" if ends else body

    return branch(trie)


_GLUED = re.compile(_trie_pattern(set(_GLUED_FAMILY)))
_WORDS = frozenset(_WORD_FAMILY)


def _name_family(name: str) -> tuple[int, str]:
    """(family index, matching word) of one class or id name; ``_NONE`` if none: the first
    part (split on ``_SPLIT``) that is a family word, or the first glued word (``_GLUED``,
    in the name without ``-`` and ``_``) of a family before it."""
    best, word = _NONE, ""
    lowered = name.lower()
    if lowered == name and name.isascii():
        # no capital, so no camelCase boundary: the parts are those between separators
        # (str.replace costs less than a regular expression; the tests compare the two)
        parts = name.replace("_", " ").replace("-", " ").replace(":", " ").replace(".", " ").replace("/", " ").split()
        if not _WORDS.isdisjoint(parts):
            for part in parts:
                index = _WORD_FAMILY.get(part, _NONE)
                if index < best:
                    best, word = index, part
    else:
        for part in _SPLIT.split(name):
            index = _WORD_FAMILY.get(part.lower(), best) if part else best
            if index < best:
                best, word = index, part.lower()
    if best:  # family 0 (comments) cannot be beaten
        glued = lowered.replace("-", "").replace("_", "")
        if _GLUED.search(glued) is not None:  # rare: look for them all only then
            for match in _GLUED.finditer(glued):
                found = match.group()
                index = _GLUED_FAMILY[found]
                if index < best:
                    best, word = index, found
    return best, word


def element_hint(tag: str, attributes: tuple[tuple[str, str], ...] = ()) -> Hint | None:
    """The hint an element's tag and attributes give, ``HIDDEN`` for an element they hide,
    or None. ``attributes``: its (name, value) pairs among ``RELEVANT_ATTRIBUTES``. (A page
    reads its elements through one ``HintReader``, which remembers what it read.)"""
    return HintReader().hint(tag, attributes)


class HintReader:
    """``element_hint`` for the elements of one page: the tags, attributes, class and id
    values and names read so far are remembered for this page only (templates repeat
    them), so nothing read from pages stays behind at module level."""

    __slots__ = ("_hints", "_made", "_names", "_values")

    def __init__(self) -> None:
        self._hints: dict[tuple[str, tuple[tuple[str, str], ...]], Hint | None] = {}
        # a class or id value -> (hides the element, names the article body, family, word)
        self._values: dict[str, tuple[bool, bool, int, str]] = {}
        self._names: dict[str, tuple[int, str]] = {}
        self._made: dict[tuple[int, str], Hint] = {}

    def hint(self, tag: str, attributes: tuple[tuple[str, str], ...] = ()) -> Hint | None:
        key = (tag, attributes)
        try:
            return self._hints[key]
        except KeyError:
            pass
        if len(attributes) == 1 and attributes[0][0] == "class":  # most elements: only a class
            value = attributes[0][1]
            read = self._values.get(value) or self._read(value)
            if read[0]:
                hint: Hint | None = HIDDEN
            elif read[1] and tag not in _NO_CLASS_HINT_TAGS:
                hint = BODY
            elif read[2] != _NONE and tag not in _NO_CLASS_HINT_TAGS:
                hint = self._made.get((read[2], read[3])) or self._make(read[2], read[3])
            else:
                hint = _TAG_HINTS.get(tag)
            self._hints[key] = hint
            return hint
        attrs = dict(attributes)
        style = attrs.get("style")
        cls = attrs.get("class")
        if cls is not None:
            read = self._values.get(cls) or self._read(cls)
        if (style and _HIDDEN_STYLE.search(style)) or "hidden" in attrs or attrs.get("aria-hidden") == "true" \
                or attrs.get("type") == "hidden" or (cls is not None and read[0]):
            hint = HIDDEN
        else:
            hint = self._compute(tag, read if cls is not None else None, attrs.get("id"), attrs.get("role", ""),
                                 attrs.get("itemprop", ""))
        self._hints[key] = hint
        return hint

    def _read(self, value: str) -> tuple[bool, bool, int, str]:
        """What a class or id value says: whether one of its names hides the element (only
        read for a class), whether one names the article body, and the first family its
        names give (the lowest index, its first word)."""
        lowered = value.lower().split()
        best, word = _NONE, ""
        names = self._names
        for name in value.split():
            found = names.get(name)
            if found is None:
                found = names[name] = _name_family(name)
            if found[0] < best:
                best, word = found
        read = (not _HIDDEN_CLASSES.isdisjoint(lowered), not _BODY_NAMES.isdisjoint(lowered), best, word)
        self._values[value] = read
        return read

    def _compute(self, tag: str, cls: tuple[bool, bool, int, str] | None, ident: str | None, role: str,
                 itemprop: str) -> Hint | None:
        if itemprop and "articlebody" in itemprop.lower():
            return BODY
        if tag not in _NO_CLASS_HINT_TAGS and (cls is not None or ident):
            of_id = (self._values.get(ident) or self._read(ident)) if ident else None
            if (cls is not None and cls[1]) or (of_id is not None and of_id[1]):
                return BODY
            # the first name of the lowest family, class names before id names
            found = cls if of_id is None or (cls is not None and cls[2] <= of_id[2]) else of_id
            if found is not None and found[2] != _NONE:
                return self._made.get((found[2], found[3])) or self._make(found[2], found[3])
        if role:
            hint = _ROLE_HINTS.get(role.strip().lower())
            if hint is not None:
                return hint
        return _TAG_HINTS.get(tag)

    def _make(self, index: int, word: str) -> Hint:
        category, prune, _, _, reason = _FAMILIES[index]
        hint = self._made[index, word] = Hint(category, f"{reason} ({word!r} in class/id)", prune=prune,
                                              sticky=category is Category.COMMENTS)
        return hint
