"""Size checks that spare the parser and trafilatura a page they cannot do well.

The rule pipeline refuses a text over ``Pipeline.max_chars`` (status ``too-large``). On a
page, that text is trafilatura's extraction, and getting it costs 25 to 35 times the page
in memory on a page of text (trafilatura alone: 26 to 29 times, it copies the tree several
times; benchmarks/hostile.py); such a page now takes the bounded path of
``cleanser.html.stream`` (no tree), but reading it still costs time for nothing. When
the page itself shows that its article would be over the limit, ``clean_html`` says
``too-large`` before that work, with a note giving the figures. Two checks, each with
a threshold that leaves room for 1,000,000 characters that are not the article:

1. Before any parse (:func:`page_problem`), over ``2 * max_chars + 1,000,000`` characters
   (5,000,000 with the default max_chars): an estimate of the page's visible text, the
   characters outside tags, comments and ``script``/``style``/``noscript``/``template``/
   ``svg``/``textarea`` elements, each whitespace run and each entity counted as one
   character (:func:`visible_estimate`). It is read only on a page longer than the
   threshold (the estimate is never longer than the page), so a news page costs nothing.
2. After the block walk, before trafilatura (:func:`prose_problem`), over ``max_chars +
   1,000,000`` characters (3,000,000 by default): the page's *prose*
   (visible segments of at least 100 characters, mostly not link text, outside the
   containers the walk prunes: navigation, feeds, comment threads...). The parser may
   see text the estimate did not (a script it ends elsewhere), hence this second look.

Why they never refuse a page whose article fits: a page over a threshold with an
article under ``max_chars`` would show over 1,000,000 characters of prose, or over
``max_chars + 1,000,000`` characters of visible text, that are not its article. On the
181 ScrapingHub pages and the 45 development-set pages the estimate exceeds the extracted
article by at most 87,125 characters and the prose by at most 8,346 (the largest estimate
is 90,260 characters, the largest prose 48,254): the allowance is over 11 times the first
and over 100 times the second, whatever ``max_chars`` is. Raising
``max_chars`` (a Pipeline argument) raises the thresholds; ``max_chars=None`` turns them off.

A third check is a resource limit, not a prediction (:func:`tags_problem`): a page with
over ``MAX_TAGS`` start tags (``<`` and a letter, counted only on a page with that many
``<``) is not parsed. Memory follows the elements, not the bytes: 500 to 800 bytes per
element between lxml's tree and trafilatura's copies of it on the usual path (a 13 MB list
of 300,000 links cost 83 times its size, a 10 MB inline SVG 35 times, a 9 MB page with
45,000 tags 11 times: such a page now takes the bounded path of ``cleanser.html.stream``,
1.1 times; a 10 MB page of scripts and styles 4.5 times, of a base64 image 6 times). The
largest of the 226 real pages measured has 2,295 start tags; 50,000 is over 20 times that.

Last, libxml2 stops at a text or attribute value of over 10 MB and leaves the rest of the
page out (the article was lost, status "no-article"). When that happens, the parse is
done again on the page with its long scripts, styles, comments, textareas, titles and
base64 data emptied (:func:`empty_huge_payloads`), with a note; other cuts are noted.
"""

from __future__ import annotations

import re

# Text a page may show besides an article of max_chars characters: prose, ALLOWANCE
# characters; visible text (menus, teasers, hidden text the estimate counts), FACTOR - 1
# times max_chars more.
FACTOR = 2
ALLOWANCE = 1_000_000


def threshold(max_chars: int) -> int:
    """Visible text (estimated before the parse) over this many characters: the article
    would be too large."""
    return FACTOR * max_chars + ALLOWANCE


def prose_threshold(max_chars: int) -> int:
    """Prose (counted by the block walk) over this many characters: the article would be
    too large."""
    return max_chars + ALLOWANCE


# Start tags over this: the page is not parsed (see the module docstring).
MAX_TAGS = 50_000
START_TAG = re.compile(r"<[a-zA-Z]")


# Elements whose content is never visible text (what the block walk skips that can hold
# many characters).
_RAW = ("script", "style", "noscript", "template", "svg", "textarea")
_MARKUP = re.compile(r"<(?:!--|(?P<raw>" + "|".join(_RAW) + r")\b|[a-zA-Z/!?])", re.IGNORECASE)
_CLOSE = {tag: re.compile("</" + tag, re.IGNORECASE) for tag in _RAW}
# a whitespace run or an entity: one character on screen
_SQUEEZED = re.compile(r"\s{2,}|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def visible_estimate(page: str, stop_above: int | None = None) -> int:
    """An estimate of the characters of visible text in ``page`` (markup text): what is
    outside tags, comments and the elements in ``_RAW``, each whitespace run and each
    entity counted as one character. Text the page hides with CSS or attributes is
    counted (the parser is what knows it). Linear: each step moves past what it
    found, and an element or comment left open runs to the end of the page (as in a
    browser). Stops as soon as the count is over ``stop_above``."""
    count = 0
    pos = 0
    n = len(page)
    find = page.find
    while pos < n:
        found = _MARKUP.search(page, pos)
        end = n if found is None else found.start()
        if end > pos:
            count += end - pos - _squeezed(page, pos, end)
            if stop_above is not None and count > stop_above:
                return count
        if found is None:
            break
        raw = found.group("raw")
        if found.group(0) == "<!--":
            after = found.end()
            if page.startswith(">", after) or page.startswith("->", after):  # <!--> and <!--->: empty
                pos = find(">", after) + 1
                continue
            close = find("-->", after)
            pos = n if close < 0 else close + 3
        elif raw is not None:
            closing = _CLOSE[raw.lower()].search(page, found.end())
            if closing is None:
                break
            gt = find(">", closing.end())
            pos = n if gt < 0 else gt + 1
        else:
            gt = find(">", found.end())
            pos = n if gt < 0 else gt + 1
    return count


def _squeezed(page: str, start: int, end: int) -> int:
    """Characters of ``page[start:end]`` beyond the first of each whitespace run and entity."""
    return sum(m.end() - m.start() - 1 for m in _SQUEEZED.finditer(page, start, end))


def page_problem(page: str, max_chars: int | None) -> str | None:
    """Why ``page`` (markup text) is too large to extract, read before any parse, or None."""
    if max_chars is None:
        return None
    limit = threshold(max_chars)
    if len(page) <= limit:  # the estimate is never longer than the page
        return None
    visible = visible_estimate(page, stop_above=limit)
    if visible <= limit:
        return None
    return (f"the page shows over {limit:,} characters of visible text (counted before parsing: "
            f"markup, scripts and styles left out), so its article would be over max_chars={max_chars:,} "
            "(a page needs more than max_chars + 1,000,000 characters besides its article to come "
            "here); it was not parsed. Raise max_chars to extract it")


def prose_problem(prose_chars: int, max_chars: int | None) -> str | None:
    """Why a page with ``prose_chars`` characters of prose (the block walk's count) is too
    large to extract, or None."""
    if max_chars is None or prose_chars <= prose_threshold(max_chars):
        return None
    return (f"the page has {prose_chars:,} characters of prose (paragraphs outside navigation, feeds "
            f"and comments), over {prose_threshold(max_chars):,}, so its article would be over "
            f"max_chars={max_chars:,}; it was parsed but not extracted. Raise max_chars to extract it")


def tags_problem(page: str, brackets: int | None = None) -> str | None:
    """Why ``page`` (markup text) has too many elements to parse, or None. Counts ``<``
    first (one pass in C; ``brackets``: that count, when the caller has it), start tags
    only when that is over the limit."""
    if len(page) <= 3 * MAX_TAGS:  # a start tag is 3 characters or more
        return None
    if (page.count("<") if brackets is None else brackets) <= MAX_TAGS:
        return None
    for tags, _ in enumerate(START_TAG.finditer(page), 1):
        if tags > MAX_TAGS:
            return (f"the page has over {MAX_TAGS:,} tags (the largest of 226 real news pages measured has "
                    "2,295), which would take hundreds of bytes of memory each to parse and extract; it was "
                    "not parsed")
    return None


# A script, style, comment, textarea or title, or a base64 data URI, longer than this is
# emptied before a second parse when the first one stopped at libxml2's 10 MB limit for a
# text (2,000,000 characters are at most 8 MB in UTF-8). The largest such payload of the
# 226 real pages measured has 226,093 characters.
HUGE_PAYLOAD = 2_000_000
_PAYLOAD_OPEN = re.compile(r"<(?:(script|style|textarea|title)\b[^>]*>|!--)", re.IGNORECASE)
_PAYLOAD_CLOSE = {tag: re.compile("</" + tag, re.IGNORECASE) for tag in ("script", "style", "textarea", "title")}
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=\s]*")


def empty_huge_payloads(page: str) -> tuple[str, int]:
    """``page`` with the content of each script, style, comment, textarea or title element
    and each base64 data-URI payload of over ``HUGE_PAYLOAD`` characters emptied (nobody
    reads them: no visible text, no metadata), and how many characters went. Linear: each
    step moves past the element or payload it found."""
    if len(page) <= HUGE_PAYLOAD:
        return page, 0
    spans: list[tuple[int, int]] = []
    n = len(page)
    pos = 0
    while pos < n:
        found = _PAYLOAD_OPEN.search(page, pos)
        if found is None:
            break
        start = found.end()
        tag = found.group(1)
        if tag is None:
            close = page.find("-->", start)
            end = n if close < 0 else close
            pos = n if close < 0 else close + 3
        else:
            closing = _PAYLOAD_CLOSE[tag.lower()].search(page, start)
            end = n if closing is None else closing.start()
            pos = n if closing is None else closing.end()
        if end - start > HUGE_PAYLOAD:
            spans.append((start, end))
    pos = 0
    while True:
        at = page.find("base64,", pos)
        if at < 0:
            break
        start = at + len("base64,")
        end = _BASE64_RUN.match(page, start).end()  # type: ignore[union-attr]  # matches empty at worst
        if end - start > HUGE_PAYLOAD:
            spans.append((start, end))
        pos = max(end, start)
    if not spans:
        return page, 0
    spans.sort()
    parts: list[str] = []
    previous = 0
    emptied = 0
    for start, end in spans:
        if start < previous:  # a data URI inside an emptied script: already gone
            continue
        parts.append(page[previous:start])
        emptied += end - start
        previous = end
    parts.append(page[previous:])
    return "".join(parts), emptied
