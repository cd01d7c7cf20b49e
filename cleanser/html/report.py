"""The page text extraction left out, as PageRemovals with a category and an XPath.

A segment counts as kept when its text is one of the extracted lines (or a list item or
table cell of one), or, for segments of at least ``SUBSTRING_MIN`` characters, when it
occurs in the extracted text. Consecutive left-out segments with the same category under
the same container are reported together, with the container's XPath.

The category comes from the markup first (see ``cleanser.html.hints``), then from the
text itself (a copyright line, a date, a "Baca juga" lead), then from its shape (mostly
link text: a feed or a menu), and finally a default that the reason names as such.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from cleanser import language
from cleanser.categories import Category
from cleanser.html.blocks import PageWalk, Segment
from cleanser.html.claims import NO_CLAIMS, Claims
from cleanser.html.hints import HEADER, Hint
from cleanser.removal import PageRemoval

SUBSTRING_MIN = 20
# Invisible format characters (soft hyphen, zero-width and direction marks, BOM) that the
# extractor may drop: text is compared without them.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
RECOVER_MIN_WORDS = 8
RECOVER_MIN_CHARS = 40

_COPYRIGHT = re.compile(
    r"©|&copy;|\(c\)\s*\d{4}|\bcopyright\b|\bhak\s+cipta\b|all\s+rights\s+reserved|dilarang\s+(?:keras\s+)?"
    r"(?:mengutip|mengambil|menyalin|memperbanyak)",
    re.IGNORECASE,
)


def _has_copyright(text: str) -> bool:
    """``_COPYRIGHT.search(text)``, sooner: an ASCII text can only match with one of these
    words in it (in any case; the regular expression's case-insensitive search is slow)."""
    if text.isascii():
        lowered = text.lower()
        if not ("copy" in lowered or "(c)" in lowered or "cipta" in lowered or "reserved" in lowered
                or "dilarang" in lowered):
            return False
    return _COPYRIGHT.search(text) is not None


_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\bWIB\b|\bWITA\b|\bWIT\b"
    r"|\b(?:\d+|se)\s*(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu\b|\bago\b",
    re.IGNORECASE,
)
_LEADS: tuple[tuple[re.Pattern[str], Category, str], ...] = (
    (re.compile(r"^(?:baca|lihat|simak)\s+(?:juga|pula)\b|^berita\s+terkait\b|^read\s+(?:also|more)\b",
                re.IGNORECASE), Category.RELATED, "read-also lead outside the article"),
    (re.compile(r"^(?:penulis|editor|reporter|pewarta|redaktur|fotografer|sumber|author|by)\s*[:|]",
                re.IGNORECASE), Category.METADATA, "byline or source line outside the article"),
    (re.compile(r"^(?:advertisement|iklan|scroll\s+to\s+continue|sponsored|loading)\b", re.IGNORECASE),
     Category.INTERFACE, "advertisement marker or widget word"),
    (re.compile(r"\b(?:newsletter|subscribe|berlangganan|langganan|download\s+aplikasi|unduh\s+aplikasi"
                r"|follow\s+us|ikuti\s+kami)\b", re.IGNORECASE), Category.PROMO, "call to action"),
    (re.compile(r"\b(?:komentar|comments?)\b", re.IGNORECASE), Category.COMMENTS, "comment widget text"),
)
_WORD = re.compile(r"\w+")
_SHORT_WORDS = 5
_DATE_WORDS = 12
_LINK_SHARE = 0.5


def _norm(text: str | None) -> str:
    return " ".join(text.split()).casefold() if text else ""


def categorise(segment: Segment, title: str, title_seen: bool) -> tuple[Category, str]:
    """Category and reason for one left-out segment."""
    tag = segment.element.tag if isinstance(segment.element.tag, str) else ""
    return categorise_parts(segment.hint, segment.text, segment.link_chars, tag,
                            lambda: _inside(segment.anchor, "article"), title, title_seen)


def categorise_parts(hint: Hint | None, text: str, link_chars: int, tag: str, in_article: Callable[[], bool],
                     title: str, title_seen: bool) -> tuple[Category, str]:
    """Category and reason for a left-out block of text: its markup hint, its text, its
    link characters, its block's tag, whether its hinted container is inside an
    ``<article>`` (asked only for a footer), the page title (normalised) and whether that
    was seen already."""
    if hint is not None and hint.sticky:
        return hint.category or Category.COMMENTS, hint.reason
    if _has_copyright(text):
        return Category.LEGAL, "copyright or reproduction notice"
    if title and _norm(text) == title:
        if title_seen:
            return Category.DUPLICATE, "another copy of the page headline"
        return Category.TITLE, "the page headline (reported as Result.title)"
    if hint is not None and hint.category is not None:
        if hint.category is Category.LEGAL and in_article():
            return Category.NAVIGATION, "footer of the article (tags, share, links)"
        return hint.category, hint.reason
    words = len(_WORD.findall(text))
    for pattern, category, reason in _LEADS:
        if pattern.search(text) and (category is not Category.COMMENTS or words <= _SHORT_WORDS):
            return category, reason
    if words <= _DATE_WORDS and _DATE.search(text):
        return Category.METADATA, "date or time line outside the article"
    if link_chars >= _LINK_SHARE * len(text):
        if words >= _SHORT_WORDS:
            return Category.FEED, "linked headline outside the article (mostly link text)"
        return Category.NAVIGATION, "short link outside the article (mostly link text)"
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and words < _DATE_WORDS:
        return Category.NAVIGATION, "section heading outside the article (no telling markup; default)"
    if words < _SHORT_WORDS:
        return Category.INTERFACE, "short label outside the article (no telling markup; default)"
    return Category.FEED, "text outside the article in no telling container (default: other-article text)"


def _inside(element: Any, tag: str) -> bool:
    if element is None:
        return False
    return any(anc.tag == tag for anc in element.iterancestors())


def _key(text: str) -> str:
    """Text as compared with the extracted text: without whitespace (the extractor may drop
    or add a space where inline elements meet) and without invisible format characters."""
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return "".join(text.split())


def _line_index(extracted: str) -> tuple[dict[str, int], str, list[int], set[str]]:
    """Each extracted line (and list item, table cell) by its key -> its line number; the
    line keys joined; the offset of each line key in that join; the extracted words (a
    segment whose first and last words are both missing cannot occur in the text, which
    spares most substring searches)."""
    index: dict[str, int] = {}
    starts: list[int] = []
    keys: list[str] = []
    offset = 0
    lines = extracted.split("\n") if extracted else []
    for number, line in enumerate(lines):
        key = _key(line)
        keys.append(key)
        starts.append(offset)
        offset += len(key)
        index.setdefault(key, number)
        if line.startswith("- "):
            index.setdefault(_key(line[2:]), number)
        if "|" in line:
            for cell in line.split("|"):
                if cell.strip():
                    index.setdefault(_key(cell), number)
    return index, "".join(keys), starts, set(extracted.split())


def _join_split(extracted: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``extracted`` with each span of lines (first, last) joined into one line, and each old
    line's new number. Overlapping spans after the first are left alone."""
    lines = extracted.split("\n")
    joined_until = -1
    ends: dict[int, int] = {}
    for first, last in sorted(spans):
        if first > joined_until:
            ends[first] = last
            joined_until = last
    out: list[str] = []
    new_number: list[int] = []
    number = 0
    while number < len(lines):
        last = ends.get(number, number)
        new_number.extend([len(out)] * (last - number + 1))
        out.append(" ".join(line.strip() for line in lines[number:last + 1] if line.strip()))
        number = last + 1
    return "\n".join(out), new_number


def _is_prose(segment: Segment) -> bool:
    text = segment.text
    if len(text) < RECOVER_MIN_CHARS or segment.link_chars * 3 >= len(text) or _has_copyright(text):
        return False
    words = len(_WORD.findall(text))
    return words >= RECOVER_MIN_WORDS and not (words <= _DATE_WORDS + 4 and _DATE.search(text))


def reconcile(walk: PageWalk, extracted: str, *, recover: bool = True, claims: Claims = NO_CLAIMS,
              title: str | None = None, notes: list[str] | None = None) -> tuple[str, list[bool], int]:
    """Which page segments the extracted text holds, after putting back the body the
    extractor dropped beside kept text.

    A segment is kept when it is an extracted line (or a list item or table cell of one),
    or, from ``SUBSTRING_MIN`` characters on, when it occurs in the extracted text; both
    compared without whitespace and invisible characters (see ``_key``). With
    ``recover``, a left-out segment is put back when it reads as prose (at least
    ``RECOVER_MIN_WORDS`` words, mostly not link text, not a date line, no copyright
    notice), sits in no
    chrome container, and its own block element, or a block right inside it, has text the
    extractor kept: the extractor took that element for article body and dropped one
    paragraph of it (text beside the ``<p>`` children of the body ``<div>``, a first
    paragraph after a ``<strong>`` dateline). It goes in after the last
    kept line before it.

    With ``claims`` (what the page says its article is, ``cleanser.html.claims``), two
    more kinds of left-out segment are put back, both outside pruned containers and not
    mostly link text: the **standfirst**, a segment before the first kept one whose text is
    the page's own description (meta/og/twitter description), on pages in Indonesian
    (``STANDFIRST_LANGUAGES``); and segments of at least
    ``SUBSTRING_MIN`` characters and ``CLAIM_MIN_WORDS`` words found in the page's JSON-LD
    ``articleBody``, when that body is this article (the extracted lines are mostly in it,
    ``ARTICLE_BODY_MIN_SHARE``): listicle headings between galleries, paragraphs in another
    block than the kept ones. ``notes`` (a list) receives one line per kind put back.

    Returns the (possibly completed) text, a kept flag per segment, and how many
    segments were put back.
    """
    index, flat, starts, words = _line_index(extracted)
    segments = walk.segments
    matched: list[int | None] = []
    # (first line, last line) of segments the extractor split over several whole lines
    split: list[tuple[int, int]] = []
    keys = [_key(segment.text) for segment in segments]
    for segment, key in zip(segments, keys, strict=True):
        number = index.get(key)
        if number is None and len(key) >= SUBSTRING_MIN:
            first, _, rest = segment.text.partition(" ")
            at = flat.find(key) if first in words or rest.rpartition(" ")[2] in words else -1
            if at >= 0:
                number = bisect.bisect_right(starts, at) - 1
                if at == starts[number]:
                    last = bisect.bisect_left(starts, at + len(key)) - 1
                    if last > number and ((last + 1 == len(starts) and at + len(key) == len(flat))
                                          or (last + 1 < len(starts) and starts[last + 1] == at + len(key))):
                        split.append((number, last))
        matched.append(number)
    kept = [number is not None for number in matched]
    if not recover or not extracted:
        return extracted, kept, 0
    if split:
        extracted, new_number = _join_split(extracted, split)
        matched = [None if n is None else new_number[n] for n in matched]
        if notes is not None:
            notes.append(f"{len(split)} paragraph(s) the extractor split into several lines (at bold or "
                         "linked words) were joined as the page shows them")
    # elements themselves, not their id(): the set holds them, so an lxml proxy's id cannot
    # be reused by another element while it is compared
    with_kept_text: set[Any] = set()
    for segment, number in zip(segments, matched, strict=True):
        if number is not None:
            with_kept_text.add(segment.element)
            with_kept_text.add(segment.element.getparent())
    standfirst = _standfirst(segments, keys, matched, claims.descriptions) if claims.descriptions else None
    if standfirst is not None and language.cheap_guess(extracted[:LANGUAGE_SAMPLE]) not in STANDFIRST_LANGUAGES:
        standfirst = None
    body_key = _article_body_key(claims.article_bodies, extracted) if claims.article_bodies else ""
    listicle = _listicle_items(segments, matched, extracted, title)
    kept_at = [i for i, number in enumerate(matched) if number is not None]
    first_kept, last_kept = (kept_at[0], kept_at[-1]) if kept_at else (None, -1)
    last_segment = len(segments) - 1
    inserts: dict[int, list[str]] = {}
    counts = {"beside": 0, "standfirst": 0, "article_body": 0, "subhead": 0, "listicle": 0, "quoted_post": 0}
    last = -1
    for i, (segment, number) in enumerate(zip(segments, matched, strict=True)):
        if number is not None:
            last = max(last, number)
            continue
        if segment.hint is None and segment.element in with_kept_text and _is_prose(segment):
            kind = "beside"
        elif i == standfirst:
            kind = "standfirst"
        elif body_key and _in_article_body(segment, keys[i], body_key):
            kind = "article_body"
        elif (segment.hint is None and 0 < i < last_segment and matched[i - 1] is not None
              and matched[i + 1] is not None and _is_subhead(segments, matched, i)):
            kind = "subhead"
        elif i in listicle:
            kind = "listicle"
        elif (segment.hint is not None and segment.hint.category is Category.EMBED and first_kept is not None
              and first_kept < i < last_kept and _is_quoted_post(segment)):
            kind = "quoted_post"
        else:
            continue
        inserts.setdefault(last, []).append(segment.text)
        kept[i] = True
        counts[kind] += 1
    if not inserts:
        return extracted, kept, 0
    if notes is not None:
        if counts["beside"]:
            notes.append(f"{counts['beside']} paragraph(s) the extractor dropped beside kept article text were "
                         "put back")
        if counts["standfirst"]:
            notes.append("the standfirst (the page's own description, shown before the body) was put back")
        if counts["subhead"]:
            notes.append(f"{counts['subhead']} subheading(s) the extractor dropped between kept paragraphs of "
                         "the same block were put back")
        if counts["listicle"]:
            notes.append(f"{counts['listicle']} numbered item heading(s) of the listicle (1 to "
                         f"{counts['listicle']}, a count the title or the text names) were put back")
        if counts["quoted_post"]:
            notes.append(f"{counts['quoted_post']} line(s) of embedded posts quoted in the story (tweets) were "
                         "put back")
        if counts["article_body"]:
            notes.append(f"{counts['article_body']} paragraph(s) the extractor dropped were put back: the "
                         "page's JSON-LD articleBody holds them")
    lines = extracted.split("\n")
    out: list[str] = list(inserts.get(-1, ()))
    for number, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(number, ()))
    return "\n".join(out), kept, sum(len(v) for v in inserts.values())


CLAIM_MIN_WORDS = 4
# Standfirsts are put back on pages whose text is in these languages (stopword vote on the
# first LANGUAGE_SAMPLE characters of the extracted text). A convention, not a fact of the
# page: Indonesian outlets print the standfirst as the article's opening and the
# development set's expected bodies hold it; English annotation (the ScrapingHub
# benchmark) leaves the standfirst ("dek") out of the body.
STANDFIRST_LANGUAGES = ("id",)
LANGUAGE_SAMPLE = 3000
# The JSON-LD articleBody is taken for this page's article when at least this share of the
# extracted text (lines of SUBSTRING_MIN characters or more) occurs in it.
ARTICLE_BODY_MIN_SHARE = 0.5
_TRAILING = ".… "


def _claimable(segment: Segment) -> bool:
    """Outside any chrome container (a page <header> around the headline block is no
    chrome) and not mostly link text."""
    hint = segment.hint
    if hint is not None and hint is not HEADER:
        return False
    return segment.link_chars * 2 < len(segment.text)


def _standfirst(segments: list[Segment], keys: list[str], matched: list[int | None], descriptions: tuple[str, ...]
                ) -> int | None:
    """Index of the left-out segment, before the first kept one (a kept ``<h1>`` aside),
    whose text is one of the page's descriptions (compared without whitespace and final stops); the nearest to the
    body when there are several."""
    wanted = {_key(d).rstrip(_TRAILING) for d in descriptions if len(_WORD.findall(d)) >= CLAIM_MIN_WORDS}
    wanted.discard("")
    if not wanted:
        return None
    found = None
    for i, (segment, number) in enumerate(zip(segments, matched, strict=True)):
        if number is not None:
            if segment.element.tag == "h1":  # the headline, kept by the extractor: the body is below
                continue
            return found
        if keys[i].rstrip(_TRAILING) in wanted and _claimable(segment):
            found = i
    return None


def _article_body_key(bodies: tuple[str, ...], extracted: str) -> str:
    """The key of the articleBody that holds most of the extracted text, when it holds at
    least ``ARTICLE_BODY_MIN_SHARE`` of it; "" otherwise."""
    lines = [_key(line) for line in extracted.split("\n")]
    lines = [line for line in lines if len(line) >= SUBSTRING_MIN]
    total = sum(len(line) for line in lines)
    if not total:
        return ""
    best, best_share = "", 0.0
    for body in bodies:
        key = _key(body)
        share = sum(len(line) for line in lines if line in key) / total
        if share > best_share:
            best, best_share = key, share
    return best if best_share >= ARTICLE_BODY_MIN_SHARE else ""


def _in_article_body(segment: Segment, key: str, body_key: str) -> bool:
    """``key``: the segment's ``_key``."""
    return (len(key) >= SUBSTRING_MIN and len(_WORD.findall(segment.text)) >= CLAIM_MIN_WORDS
            and _claimable(segment) and key in body_key)


SUBHEAD_MAX_WORDS = 12
_QUOTED_POST_CLASSES = re.compile(r"twitter|tweet", re.IGNORECASE)


def _is_quoted_post(segment: Segment) -> bool:
    """A line of a tweet embedded in the story: its text stands in a ``<blockquote>`` of a
    twitter-tweet class (what the page shows before the script, or without it). The story
    quotes it; expected bodies keep it. Instagram and TikTok embeds are not quoted posts:
    their blockquotes hold "A post shared by ..." residue."""
    hint, anchor = segment.hint, segment.anchor
    if hint is None or hint.category is not Category.EMBED or anchor is None or anchor.tag != "blockquote":
        return False
    return bool(_QUOTED_POST_CLASSES.search(f"{anchor.get('class') or ''} {anchor.get('id') or ''}"))
LISTICLE_MIN_ITEMS = 3
LISTICLE_MAX_WORDS = 40
_NUMBERED = re.compile(r"^(\d{1,2})\s*[.)]\s+\S")


def _listicle_items(segments: list[Segment], matched: list[int | None], extracted: str,
                    title: str | None) -> set[int]:
    """Indexes of the numbered item headings of a listicle that the extractor dropped.

    The items are left-out segments after the first kept one, outside any chrome container,
    mostly not link text (a numbered list of linked headlines is a popular list), of
    ``LISTICLE_MAX_WORDS`` words or fewer, numbered "1." (or "1)") to N in page order with
    no number missing, N at least ``LISTICLE_MIN_ITEMS``, and N written as a number in the
    page title or the extracted text ("7 Potret ...", "Berikut 7 ..."). Without that count
    a numbered run is not taken for the article.
    """
    first_kept = next((i for i, number in enumerate(matched) if number is not None), None)
    if first_kept is None:
        return set()
    found: list[int] = []
    expected = 1
    for i in range(first_kept + 1, len(segments)):
        if matched[i] is not None:
            continue
        segment = segments[i]
        match = _NUMBERED.match(segment.text)
        if match is None or segment.hint is not None or segment.link_chars * 2 >= len(segment.text):
            continue
        if len(_WORD.findall(segment.text)) > LISTICLE_MAX_WORDS:
            continue
        value = int(match.group(1))
        if value == expected:
            found.append(i)
            expected += 1
        elif value == 1 and len(found) < LISTICLE_MIN_ITEMS:  # a new run starts; a short one is dropped
            found, expected = [i], 2
    count = len(found)
    if count < LISTICLE_MIN_ITEMS:
        return set()
    named = re.compile(rf"(?<![\d.,]){count}(?![\d.,]\d)")
    if not (title and named.search(title)) and not named.search(extracted):
        return set()
    return set(found)


def _is_subhead(segments: list[Segment], matched: list[int | None], i: int) -> bool:
    """A short left-out segment between two kept ones, all three in the same block of the
    page: its own block is a child of the element holding the kept text before and after it
    (or of their parent: list items). A subheading the extractor dropped between paragraphs
    ("Pemeriksaan Fakta", "Kesimpulan"); not a date line, a read-also lead, a byline,
    a widget word or a copyright notice, nor mostly link text."""
    segment = segments[i]
    if segment.hint is not None or matched[i - 1] is None or matched[i + 1] is None:
        return False
    text = segment.text
    words = len(_WORD.findall(text))
    if not 1 <= words <= SUBHEAD_MAX_WORDS or segment.link_chars * 2 >= len(text):
        return False
    if _has_copyright(text) or _DATE.search(text) or any(pattern.search(text) for pattern, _, _ in _LEADS):
        return False
    container = segment.element.getparent()
    if container is None:
        return False
    for neighbour in (segments[i - 1].element, segments[i + 1].element):
        parent = neighbour.getparent()
        if parent is not container and (parent is None or parent.getparent() is not container):
            return False
    return True


_DASH_END = re.compile(r"\s[-\u2013\u2014]\s*$|[-\u2013\u2014]$")
DATELINE_MAX_WORDS = 6


def _is_prose_line(line: str) -> bool:
    """A paragraph, not a headline: ``RECOVER_MIN_WORDS`` words or more and a final stop."""
    return len(_WORD.findall(line)) >= RECOVER_MIN_WORDS and line.rstrip().endswith(_FINAL_STOPS)


_FINAL_STOPS = (".", "!", "?", '"', "\u201d", "'", ")")


def join_dateline(text: str) -> str:
    """The text with a dateline that markup split from its paragraph joined back to it.

    A page that writes ``<strong>Jakarta</strong> - <p>First paragraph...</p>`` gives the
    extractor a line "Jakarta -" of its own; the dateline rules read a dateline at the
    start of a paragraph. The first line ending with a dash is joined to the next line
    when it has at most ``DATELINE_MAX_WORDS`` words, starts with a capital, is no
    read-also or byline lead, and the next line is the first prose line of the text
    (``RECOVER_MIN_WORDS`` words or more and a final stop; a headline line may stand
    before the dateline): nothing else is touched.
    """
    lines = text.split("\n")
    for number, line in enumerate(lines[:-1]):
        following = lines[number + 1]
        if _is_prose_line(line):
            return text  # past the first prose line: no dateline stands alone after it
        if not _DASH_END.search(line):
            continue
        words = len(_WORD.findall(line))
        if not (1 <= words <= DATELINE_MAX_WORDS and line[:1].isupper()) or any(
                pattern.search(line) for pattern, _, _ in _LEADS):
            return text
        if not _is_prose_line(following):
            return text
        lines[number:number + 2] = [f"{line.rstrip()} {following.lstrip()}"]
        return "\n".join(lines)
    return text


def left_out(walk: PageWalk, kept: list[bool], extracted: str, title: str | None) -> tuple[PageRemoval, ...]:
    """PageRemovals for the segments of ``walk`` that are not kept (see ``reconcile``)."""
    title_norm = _norm(title)
    title_seen = bool(title_norm) and title_norm in _norm(extracted.split("\n", 1)[0])
    groups: list[tuple[Category, str, Any, list[Segment]]] = []
    previous_kept = True
    for segment, is_kept in zip(walk.segments, kept, strict=True):
        if is_kept:
            previous_kept = True
            continue
        category, reason = categorise(segment, title_norm, title_seen)
        if category is Category.TITLE:
            title_seen = True
        container = segment.anchor if segment.anchor is not None else segment.element.getparent()
        if (not previous_kept and groups and groups[-1][0] is category and groups[-1][1] == reason
                and groups[-1][2] is container):
            groups[-1][3].append(segment)
        else:
            groups.append((category, reason, container, [segment]))
        previous_kept = False
    if not groups:
        return ()
    tree = walk.segments[0].element.getroottree()
    removals: list[PageRemoval] = []
    for category, reason, container, members in groups:
        anchor = members[0].anchor
        if anchor is not None:
            where = anchor
        elif len(members) == 1 or container is None:
            where = members[0].element
        else:
            where = container
        removals.append(
            PageRemoval(category=category, reason=reason, path=tree.getpath(where),
                        text="\n".join(m.text for m in members))
        )
    return tuple(removals)
