"""Bounded-memory extraction for pages whose tree would cost too much: a streaming parse
that builds no tree.

Why: the usual path (``cleanser.html.extract``) parses the page into an lxml tree and runs
trafilatura on it, which copies the tree several times. That costs about
``TREE_BYTES_PER_ELEMENT`` bytes per element and ``TREE_BYTES_PER_CHAR`` bytes per
character of visible text (measured with benchmarks/hostile.py: 34 times the page for a
page of 1.9 M characters of article, 80 times for a page of 20,000 links). Real news pages
are far from that: the largest estimate of the 226 real pages measured (ScrapingHub and
the development set) is 5.1 MB (2,295 start tags, 20,184 characters of visible text).

When (:func:`bounded_reason`): the estimate is over ``MIN_COST`` bytes (16 MB, three times
the largest real page's) *and* over ``MAX_RATIO`` times the page's size. Below that, the
page takes the usual path unchanged. The estimate is read only on pages that could reach
``MIN_COST`` (counting ``<`` and the page length first), so a small page costs nothing (13
of the 226 real pages go further; the decision takes 36 ms over all 226, under 1% of their
cleaning time).

How (:func:`extract_bounded`): lxml's HTML parser (libxml2, the parser of the usual path)
reads the page with a parser *target* (``_stream``): it calls back for each start tag,
end tag and text run, and builds nothing. The callbacks cut the visible text into segments
as the block walk does (``cleanser.html.blocks``: the same block tags, skipped elements,
hidden elements and markup hints, ``cleanser.html.hints``), keeping for each segment its
text, its link text, its block's tag, its hint and where it is (an XPath). Then, with
shallow features only:

1. *Chrome*: segments inside a container the hints mark as navigation, feed, related
   box, comments, promo, footer, ad or caption are left out, under the walk's guards (the
   container holds less than 30% of the visible text and 20% of the prose, no ``<h1>``, no
   article-body marker; never ``html``/``body``/``main``/``article``).
2. *Article container*: the smallest element that holds at least ``ARTICLE_SHARE`` of
   the text outside chrome that is not mostly link text (menus, feeds of linked headlines
   and link lists weigh nothing). Everything visible in it that is not chrome is the
   article, in page order: its paragraphs, subheadings, lists, quotes. (Forced on the 226
   real pages, this keeps 98% of the words the usual path keeps after the rules, with 86%
   precision: a fallback for pages the usual path cannot afford, not a replacement.)
3. Everything else is reported in ``Result.page_removals`` with a category and an XPath
   (the categories of ``cleanser.html.report``): no text is lost silently.

Metadata comes from the same readers as the usual path (``extract.page_metadata``), run on
a small tree made of what the stream passed: the ``<title>``, ``<meta>`` and canonical
``<link>`` elements, the JSON-LD scripts, ``<time>`` elements and the first ``<h1>``.

Memory is what is kept: the segments' text and a few dozen bytes per segment (no tree,
no copy of the page; see ``_stream``).
"""

from __future__ import annotations

import bisect
import html as html_escape
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from sys import intern
from typing import Any

from lxml import etree

from cleanser.categories import Category
from cleanser.html.blocks import (
    BLOCK_TAGS,
    INVISIBLE,
    JSON_LD,
    NEVER_PRUNE,
    PROSE_MIN_CHARS,
    SKIP_TAGS,
    outermost,
)
from cleanser.html.extract import page_metadata, parse
from cleanser.html.hints import HIDDEN, RELEVANT_ATTRIBUTES, Hint, HintReader
from cleanser.html.limits import START_TAG, visible_estimate
from cleanser.html.report import categorise_parts
from cleanser.removal import PageRemoval

# The usual path's cost, measured with benchmarks/hostile.py (peak memory of clean_html
# in a fresh process): about 1,900 bytes per element (a page of 20,000 links, 40,000
# elements: 79.5 MB) and 24 bytes per character of visible text (a page of 3,000
# paragraphs, 488,000 characters: 17.7 MB).
TREE_BYTES_PER_ELEMENT = 2_000
TREE_BYTES_PER_CHAR = 25
# The bounded path is taken when the estimate is over both (see the module docstring).
MIN_COST = 16_000_000
MAX_RATIO = 8
# The article container holds at least this share of the text outside chrome that is not
# mostly link text.
ARTICLE_SHARE = 0.9
# XPaths name each step down to this depth; a deeper element is named by the path of its
# ancestor at this depth, "//" and its tag.
MAX_PATH_DEPTH = 64
# When the one-call parse stops at a fatal error, the push parser is fed this many
# characters at a time (see _stream).
CHUNK = 1 << 16
# What the stream keeps for the metadata readers (anything beyond is not kept).
MAX_HEAD_ELEMENTS = 1_000
MAX_JSON_LD_CHARS = 2_000_000
MAX_TITLE_CHARS = 10_000
MAX_TIME_PARTS = 16

NAME = "bounded streaming extraction"

def bounded_reason(page: str, brackets: int | None = None) -> str | None:
    """Why ``page`` takes the bounded path (a sentence for the Result's notes), or None
    for the usual path: the usual path's cost, estimated from the start tags and the
    visible text, is over ``MIN_COST`` and ``MAX_RATIO`` times the page's length. Counts
    ``<`` first (one pass in C); the start tags and the visible text are counted only
    when the cost could be over, and the visible text only as far as needed. ``brackets``:
    the count of ``<`` in ``page``, when the caller has it."""
    size = len(page)
    limit = max(MIN_COST, MAX_RATIO * size)
    if brackets is None:
        brackets = page.count("<")
    if TREE_BYTES_PER_ELEMENT * brackets + TREE_BYTES_PER_CHAR * size <= limit:
        return None
    tags = len(START_TAG.findall(page))  # (a list of 2-character strings: cheaper than iterating matches)
    element_cost = TREE_BYTES_PER_ELEMENT * tags
    if element_cost > limit:
        why = f"its {tags:,} start tags"
    else:
        if element_cost + TREE_BYTES_PER_CHAR * size <= limit:
            return None
        room = (limit - element_cost) // TREE_BYTES_PER_CHAR
        visible = visible_estimate(page, stop_above=room)
        if visible <= room:
            return None
        why = f"its {tags:,} start tags and over {room:,} characters of visible text"
    return (f"the page was extracted by cleanser's {NAME} (no tree, no trafilatura): on the usual path, "
            f"{why} would take over {limit / 1e6:,.0f} MB (about {TREE_BYTES_PER_ELEMENT:,} bytes per element "
            f"and {TREE_BYTES_PER_CHAR} per character of text), over {MAX_RATIO} times the page")


@dataclass(slots=True)
class BoundedExtraction:
    """What :func:`extract_bounded` found: the article text (one paragraph a line), the
    page's metadata, the left-out page text, the page's visible characters and prose
    characters outside chrome, notes, and why the page is too large to extract (then
    nothing else was read)."""

    text: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    page_removals: tuple[PageRemoval, ...] = ()
    total_chars: int = 0
    prose_chars: int = 0
    notes: list[str] = field(default_factory=list)
    problem: str | None = None


class _Segments:
    """The segments in page order, one column per field (a few dozen bytes per segment):
    text, position in the page (``_Stream.position``), link characters, hint, place (index
    into ``places``, the XPath reported for it), block tag, inside an ``<article>``."""

    __slots__ = ("articles", "hints", "links", "places", "positions", "tags", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.positions = array("q")
        self.links = array("q")
        self.hints: list[Hint | None] = []
        self.places = array("q")
        self.tags: list[str] = []
        self.articles = bytearray()

    def __len__(self) -> int:
        return len(self.texts)


class _Frame:
    """One open element of the stream."""

    __slots__ = ("anchor", "article", "block", "candidate", "children", "deep", "depth", "hint", "link", "order",
                 "own_text", "parent", "place", "step", "sticky", "tag")

    def __init__(self, parent: _Frame | None, tag: str, step: str, order: int) -> None:
        self.parent = parent
        self.depth: int = 1 if parent is None else parent.depth + 1
        # the ancestor at MAX_PATH_DEPTH (itself there), whose path stands for deeper ones
        self.deep: _Frame | None = (self if self.depth == MAX_PATH_DEPTH
                                    else parent.deep if parent is not None else None)
        self.tag = tag
        self.step = step
        self.order = order
        self.children: dict[str, int] | None = None
        self.place = -1
        self.block = False
        self.link = False
        self.hint: Hint | None = None
        self.anchor: _Frame | None = None
        self.sticky = False
        self.candidate: tuple[int, int, int, int] | None = None
        self.article = False
        self.own_text = False


class _Stream:
    """The parser target: the block walk of ``cleanser.html.blocks`` on parser events."""

    def __init__(self) -> None:
        self.segments = _Segments()
        self.places: list[str] = []
        self.frames: list[_Frame] = []
        self.parts: list[str] = []  # text of the open segment
        self.part_links = 0
        self.buffer_frame: _Frame | None = None  # the block element the open segment belongs to
        self.blocks: list[_Frame] = []  # open block elements
        self.skip = 0  # depth inside a skipped element
        self.in_head = 0  # inside <head>: no visible text
        self.skipped_tag = ""
        # positions: one step at each start and end of an element and at each segment,
        # so an element's (start, end) holds exactly the segments inside it
        self.position = 0
        self.total = 0
        self.prose = 0
        self.h1 = 0
        self.body = 0
        self.links = 0
        # (start, end, chars, prose chars, (start, end)) of prunable containers (positions)
        self.candidates: list[tuple[int, int, int, int, tuple[int, int]]] = []
        # start and end positions of the elements that hold a block element or text not
        # mostly link text (the candidates for the article container)
        self.containers = array("q")
        self.has_block_child: list[bool] = []
        self.hint_of = HintReader().hint
        # for the metadata readers
        self.head: list[str] = []
        self.title: list[str] = []
        self.json_ld: list[str] = []
        self.json_ld_chars = 0
        self.capture: list[str] | None = None  # the text of a JSON-LD script or the title
        self.captured = 0
        self.h1_text: str | None = None
        self.time_frame: tuple[_Frame, dict[str, str], list[str]] | None = None
        self.dropped_metadata = False

    # -- places --------------------------------------------------------------------------

    def place_of(self, frame: _Frame) -> int:
        """The index in ``places`` of the frame's XPath; under ``MAX_PATH_DEPTH`` levels,
        ``/html[1]/body[1]/div[2]...``; deeper, the path of its ancestor at that depth,
        ``//`` and its tag (a path's length is bounded, whatever the nesting)."""
        if frame.place < 0:
            if frame.depth > MAX_PATH_DEPTH and frame.deep is not None:
                path = f"{self.places[self.place_of(frame.deep)]}//{frame.tag}"
            else:
                steps = []
                node: _Frame | None = frame
                while node is not None:
                    steps.append(node.step)
                    node = node.parent
                path = "/" + "/".join(reversed(steps))
            self.places.append(path)
            frame.place = len(self.places) - 1
        return frame.place

    # -- text ----------------------------------------------------------------------------

    def flush(self) -> None:
        frame = self.buffer_frame
        parts = self.parts
        if frame is None or not parts:
            self.parts = []
            self.part_links = 0
            return
        text = " ".join("".join(parts).split())
        links = self.part_links
        self.parts = []
        self.part_links = 0
        if not text or not text.strip(INVISIBLE):
            return
        if links * 2 < len(text):
            frame.own_text = True
            if len(text) >= PROSE_MIN_CHARS:
                self.prose += len(text)
        anchor = frame.anchor
        where = anchor if anchor is not None else (frame.parent or frame)
        segments = self.segments
        segments.texts.append(text)
        self.position += 1
        segments.positions.append(self.position)
        segments.links.append(links)
        segments.hints.append(frame.hint)
        segments.places.append(self.place_of(where))
        segments.tags.append(frame.tag)
        segments.articles.append(frame.article)

    def data(self, text: str | bytes) -> None:
        if isinstance(text, bytes):  # (lxml gives str)
            text = text.decode("utf-8", "replace")
        if self.skip:
            if self.capture is not None:
                self.captured += len(text)
                if self.captured <= MAX_JSON_LD_CHARS:  # a script or title longer is not kept
                    self.capture.append(text)
            return
        if self.time_frame is not None and len(self.time_frame[2]) < MAX_TIME_PARTS:
            self.time_frame[2].append(text)
        if self.buffer_frame is None or self.in_head:
            return
        if text.isspace():
            if self.parts:
                self.parts.append(" ")
            return
        self.parts.append(text)
        size = len(text)
        self.total += size
        if self.links:
            self.part_links += size

    # -- elements ------------------------------------------------------------------------

    def start(self, tag: Any, attrib: Any) -> None:
        frames = self.frames
        parent = frames[-1] if frames else None
        if self.skip:
            self.skip += 1
            return
        tag = intern(tag) if isinstance(tag, str) else ""
        if parent is not None:
            if parent.children is None:
                parent.children = {}
            number = parent.children[tag] = parent.children.get(tag, 0) + 1
        else:
            number = 1
        frame = _Frame(parent, tag, f"{tag}[{number}]", 0)
        if tag in ("meta", "link", "time"):
            self._keep_head(tag, attrib, frame)
        if tag == "head":  # not visible; its children are read for the metadata
            self.in_head += 1
            frames.append(frame)
            return
        if not tag or tag in SKIP_TAGS:
            self.skip = 1
            self.skipped_tag = tag
            if tag == "script" and attrib.get("type") == JSON_LD and self.json_ld_chars < MAX_JSON_LD_CHARS:
                self.capture, self.captured = [], 0
            elif tag == "title" and not self.title:
                self.capture, self.captured = self.title, 0
            frames.append(frame)
            return
        keys = [k for k in attrib if k in RELEVANT_ATTRIBUTES]
        own = self.hint_of(tag, tuple([(k, attrib[k]) for k in keys])) if keys else self.hint_of(tag)
        if own is HIDDEN:
            self.skip = 1
            self.skipped_tag = tag
            frames.append(frame)
            return
        if parent is not None:
            hint, anchor, sticky = parent.hint, parent.anchor, parent.sticky
            frame.article = parent.article or parent.tag == "article"
        else:
            hint, anchor, sticky = None, None, False
        if own is not None and not sticky:
            if own.body:
                hint, anchor = None, None
                self.body += 1
            else:
                if hint is None or own.category is not hint.category:
                    hint, anchor, sticky = own, frame, own.sticky
                if own.prune and tag not in NEVER_PRUNE and tag in BLOCK_TAGS:
                    frame.candidate = (self.total, self.h1, self.body, self.prose)
        if tag == "h1":
            self.h1 += 1
        frame.hint, frame.anchor, frame.sticky = hint, anchor, sticky
        frame.block = tag in BLOCK_TAGS
        frame.link = tag == "a"
        if frame.block:
            self.flush()  # the text before this block is a segment of the block around it
        self.position += 1
        frame.order = self.position
        frames.append(frame)
        if frame.link:
            self.links += 1
        if frame.block:
            if self.has_block_child:
                self.has_block_child[-1] = True
            self.blocks.append(frame)
            self.has_block_child.append(False)
            self.buffer_frame = frame
        elif tag == "br" and self.parts:
            self.flush()

    def end(self, tag: Any) -> None:
        frames = self.frames
        if self.skip:
            self.skip -= 1
            if self.skip:
                return
            frame = frames.pop()
            if self.capture is not None:
                captured = "".join(self.capture)
                if self.skipped_tag == "script":
                    if self.json_ld_chars + self.captured <= MAX_JSON_LD_CHARS:
                        self.json_ld.append(captured)
                        self.json_ld_chars += len(captured)
                    else:
                        self.dropped_metadata = True
                    self.capture = None
                else:  # the title
                    self.title = [captured[:MAX_TITLE_CHARS]] if captured else [""]
                    self.capture = None
            return
        if not frames:
            return
        frame = frames.pop()
        if frame.tag == "head":
            self.in_head -= 1
            return
        if self.time_frame is not None and self.time_frame[0] is frame:
            _, attributes, texts = self.time_frame
            self._head_element("time", attributes, " ".join("".join(texts).split())[:200])
            self.time_frame = None
        if frame.block:
            self.flush()
        self.position += 1
        end = self.position
        if frame.block:
            had_block = self.has_block_child.pop()
            self.blocks.pop()
            self.buffer_frame = self.blocks[-1] if self.blocks else None
            if had_block or frame.own_text:
                self.containers.extend((frame.order, end))
            if self.h1_text is None and frame.tag == "h1":
                segments = self.segments
                if segments.positions and segments.positions[-1] > frame.order:
                    self.h1_text = segments.texts[-1]
        if frame.link:
            self.links -= 1
        candidate = frame.candidate
        if candidate is not None and candidate[1] == self.h1 and candidate[2] == self.body:
            self.candidates.append((frame.order, end, self.total - candidate[0], self.prose - candidate[3],
                                    (frame.order, end)))

    def comment(self, text: str | bytes) -> None:
        return None

    def close(self) -> None:
        while self.blocks:
            self.flush()
            self.blocks.pop()
            self.buffer_frame = self.blocks[-1] if self.blocks else None

    # -- metadata --------------------------------------------------------------------------

    def _keep_head(self, tag: str, attrib: Any, frame: _Frame) -> None:
        attributes = {str(k): str(v) for k, v in attrib.items()}
        if tag == "time":
            if self.time_frame is None and len(self.head) < MAX_HEAD_ELEMENTS:
                self.time_frame = (frame, attributes, [])
            return
        if tag == "link" and "canonical" not in attributes.get("rel", "").lower():
            return
        self._head_element(tag, attributes, None)

    def _head_element(self, tag: str, attributes: dict[str, str], text: str | None) -> None:
        if len(self.head) >= MAX_HEAD_ELEMENTS:
            self.dropped_metadata = True
            return
        attrs = "".join(f' {name}="{html_escape.escape(value)}"' for name, value in attributes.items()
                        if re.fullmatch(r"[a-zA-Z_:][-a-zA-Z0-9_:.]*", name))
        if text is None:
            self.head.append(f"<{tag}{attrs}>")
        else:
            self.head.append(f"<{tag}{attrs}>{html_escape.escape(text)}</{tag}>")

    def take(self) -> _Walked:
        """What the stream found; the stream lets go of it (the parser that holds the
        stream may live on until the garbage collector runs)."""
        walked = _Walked(self.segments, self.places, self.containers, self.candidates, self.total, self.prose,
                         self.metadata_page(), self.dropped_metadata)
        self.segments, self.places, self.containers, self.candidates = _Segments(), [], array("q"), []
        self.frames, self.blocks, self.parts, self.buffer_frame = [], [], [], None
        self.head, self.title, self.json_ld = [], [], []
        return walked

    def metadata_page(self) -> str:
        """A small page of what the metadata readers look at."""
        title = html_escape.escape(" ".join(self.title[0].split())) if self.title else ""
        scripts = "".join(f'<script type="{JSON_LD}">{_script_safe(text)}</script>' for text in self.json_ld)
        h1 = f"<h1>{html_escape.escape(self.h1_text)}</h1>" if self.h1_text else ""
        return (f"<html><head><title>{title}</title>{''.join(self.head)}{scripts}</head>"
                f"<body>{h1}</body></html>")


def _script_safe(text: str) -> str:
    """A script's text as it can stand inside a <script> element of the small page."""
    return text.replace("</", "<\\/")


@dataclass(slots=True)
class _Walked:
    segments: _Segments
    places: list[str]
    containers: array[int]
    candidates: list[tuple[int, int, int, int, tuple[int, int]]]
    total: int
    prose: int
    metadata_page: str
    dropped_metadata: bool


def _stream(page: str | bytes) -> tuple[_Walked, str]:
    """Run the parser on ``page`` (its text, or its bytes in UTF-8) with a ``_Stream``
    target; what it found, and the message of a libxml2 resource limit that cut the parse
    short ("" if none).

    One call on the whole page first: libxml2 reads the bytes, or the str's own UTF-8
    buffer, where they are (no copy of the page). When that stops at a fatal error (a text
    or attribute over libxml2's 10 MB buffer limit, a lone surrogate that is not UTF-8), the
    page is parsed again by the push parser, fed ``CHUNK`` characters at a time, which has
    no such buffer limit and reads bad bytes as U+FFFD; its buffer costs about 1.6 times
    the page."""
    target = _Stream()
    parser = etree.HTMLParser(target=target, encoding="utf-8" if isinstance(page, bytes) else None,
                              remove_comments=True, remove_pis=True)
    try:
        etree.fromstring(page, parser)
        fatal = any(entry.level_name == "FATAL" for entry in parser.error_log)
    except (etree.Error, ValueError):  # ValueError: a str with an XML encoding declaration
        fatal = True
    if fatal:
        target = _Stream()
        parser = etree.HTMLParser(target=target, encoding="utf-8", remove_comments=True, remove_pis=True)
        try:
            for start in range(0, len(page), CHUNK):
                chunk = page[start:start + CHUNK]
                parser.feed(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8", "surrogatepass"))
            parser.close()
        except etree.Error:  # libxml2 gave up: keep what was read
            target.close()
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            return target.take(), entry.message.split(", use XML_PARSE_HUGE")[0].split(", try XML_PARSE_HUGE")[0]
    return target.take(), ""


def extract_bounded(page: str | bytes, url: str | None,
                    prose_limit: Callable[[int], str | None]) -> BoundedExtraction:
    """The article of ``page`` (its text, or its bytes when they are that text in UTF-8)
    by the streaming parse (see the module docstring).
    ``prose_limit(prose_chars)``: why the page's prose is too large to extract, or None;
    when it says so, the result has no text and that ``problem``."""
    notes: list[str] = []
    stream, limit = _stream(page)
    if limit:
        notes.append(f"the parser stopped at one of libxml2's limits ({limit}): the page after that point was "
                     "not read")
    result = BoundedExtraction(total_chars=stream.total, notes=notes)
    segments = stream.segments
    if not len(segments):
        return result
    pruned, pruned_prose = outermost(stream.candidates, stream.total, stream.prose)
    result.prose_chars = stream.prose - pruned_prose
    result.problem = prose_limit(result.prose_chars)
    if result.problem is not None:
        return result
    try:
        metadata = page_metadata(parse(stream.metadata_page), url)
    except Exception as exc:
        metadata = {}
        notes.append(f"page metadata could not be read: {exc!r}")
    if stream.dropped_metadata:
        notes.append("some of the page's meta elements or JSON-LD were not read for its metadata (over "
                     f"{MAX_HEAD_ELEMENTS:,} elements or {MAX_JSON_LD_CHARS:,} characters)")
    result.metadata = metadata
    chrome = _in_intervals(segments.positions, pruned)
    kept, how = _article(segments, chrome, stream.containers)
    places = stream.places
    del stream  # the containers
    notes.append(how)
    result.text = "\n".join(text for text, keep in zip(segments.texts, kept, strict=True) if keep)
    result.page_removals = _left_out(segments, kept, places, result.text, metadata.get("title"))
    return result


def _in_intervals(orders: array[int], intervals: list[Any]) -> list[bool]:
    """For each order (ascending), whether it falls inside one of ``intervals`` ((start,
    end) pairs, not nested in each other)."""
    spans = sorted(intervals)
    starts = [start for start, _ in spans]
    inside = []
    for order in orders:
        at = bisect.bisect_right(starts, order) - 1
        inside.append(at >= 0 and order <= spans[at][1])
    return inside


def _article(segments: _Segments, chrome: list[bool], containers: array[int]) -> tuple[list[bool], str]:
    """Which segments are the article, and a note saying how they were chosen: those of
    the smallest element holding ``ARTICLE_SHARE`` of the text outside chrome that is not
    mostly link text, chrome left out."""
    positions, texts, links = segments.positions, segments.texts, segments.links
    prefix = array("q", [0])
    running = 0
    for i, is_chrome in enumerate(chrome):
        size = len(texts[i])
        if not is_chrome and links[i] * 2 < size:
            running += size
        prefix.append(running)
    if not running:
        return [False] * len(chrome), ("the page has no text outside navigation, feeds and other chrome that is "
                                       "not mostly link text")
    best = (0, positions[-1])  # the text spread over the whole page
    for at in range(0, len(containers), 2):
        start, end = containers[at], containers[at + 1]
        if end - start >= best[1] - best[0]:
            continue
        first = bisect.bisect_left(positions, start)
        last = bisect.bisect_right(positions, end)
        if prefix[last] - prefix[first] >= ARTICLE_SHARE * running:
            best = (start, end)
    start, end = best
    kept = [start <= at <= end and not is_chrome for at, is_chrome in zip(positions, chrome, strict=True)]
    return kept, (f"the article is the text of the smallest element holding {ARTICLE_SHARE:.0%} or more of the "
                  "page's text that is not mostly link text, navigation, feeds and other chrome left out")


def _yes() -> bool:
    return True


def _no() -> bool:
    return False


def _left_out(segments: _Segments, kept: list[bool], places: list[str], extracted: str,
              title: str | None) -> tuple[PageRemoval, ...]:
    """PageRemovals for the segments left out, grouped as ``report.left_out`` groups them:
    consecutive ones with the same category and reason under the same container."""
    title_norm = " ".join(title.split()).casefold() if title else ""
    first_line = extracted.split("\n", 1)[0] if extracted else ""
    title_seen = bool(title_norm) and title_norm in " ".join(first_line.split()).casefold()
    groups: list[tuple[Category, str, int, list[str]]] = []
    previous_kept = True
    for i, is_kept in enumerate(kept):
        if is_kept:
            previous_kept = True
            continue
        text, place = segments.texts[i], segments.places[i]
        category, reason = categorise_parts(segments.hints[i], text, segments.links[i], segments.tags[i],
                                            _yes if segments.articles[i] else _no, title_norm, title_seen)
        if category is Category.TITLE:
            title_seen = True
        if not previous_kept and groups and groups[-1][0] is category and groups[-1][1] == reason \
                and groups[-1][2] == place:
            groups[-1][3].append(text)
        else:
            groups.append((category, reason, place, [text]))
        previous_kept = False
    return tuple(PageRemoval(category=category, reason=reason, path=places[place], text="\n".join(texts))
                 for category, reason, place, texts in groups)
