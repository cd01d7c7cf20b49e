"""HTML input: extract the article from a page, clean it, and report the whole page.

    from cleanser.html import clean_html, looks_like_html
    result = clean_html(page_bytes, url="https://example.co.id/berita/1")
    result.text            # the article body
    result.removals        # what the rules removed from the extracted text (offsets into
                           # result.input_text, the extracted text)
    result.page_removals   # page text that extraction left out, with category and XPath

Steps: decode (bytes: BOM, valid UTF-8, the page's declaration, charset-normalizer) ->
parse once with lxml -> one walk over the tree (visible text blocks and the markup around
them) -> trafilatura on the same tree, with the walk's navigation/feed/comment/ad
containers pruned -> page metadata -> the rule pipeline on the extracted text -> report.

A page whose tree would cost too much (over 16 MB and over 8 times the page, estimated
from its start tags and visible text; no real news page comes near) takes a bounded path
instead: a streaming parse that builds no tree picks the article's blocks
(``cleanser.html.stream``), and a note says so. Either way, the tree or the stream's
state is gone before the rules run.

Metadata: trafilatura reads ``title``, ``date``, ``author``, ``sitename`` and ``url`` from the
markup; the rules read facts from the visible text (``published``, ``author``, ``editor``,
``dateline_city``, ``outlet``...). Where both give the same field, the rule's value wins: it is
what the article shows its reader, while page metadata is often a site-wide default (an
author "Redaksi", a sitename for the whole network). Each field's origin is in
``Result.metadata_sources`` ("trafilatura" or the rule code); the title's origin is under
``metadata_sources["title"]``.

Never raises on page content: empty input gives status "empty", a page without markup or
article text gives status "no-article", and the notes say why.

Size: a page over ``MAX_PAGE_SIZE`` is not read. A page whose visible text (estimated before
the parse) is over ``2 * max_chars + 1,000,000`` characters, or whose prose (counted by the
block walk, before trafilatura) is over ``max_chars + 1,000,000``, gets status "too-large"
at once: its article would be over the pipeline's ``max_chars`` anyway, and extracting it
costs 25 to 35 times the page in memory (cleanser.html.limits says why this never refuses
a page whose article fits). A page with over ``limits.MAX_TAGS`` (50,000) start tags is not
parsed either (a resource limit: memory follows the number of elements; real news pages
have a few thousand). When libxml2 stops at one of its limits, a note says so; when that
limit is a 10 MB text, long scripts, styles, comments and base64 data are emptied and the
page parsed again.
"""

from __future__ import annotations

import dataclasses

from cleanser.document import Document
from cleanser.html.authors import mark_author_boxes
from cleanser.html.blocks import walk
from cleanser.html.captions import mark_captions
from cleanser.html.cards import mark_read_also_blocks, mark_teaser_cards, page_host
from cleanser.html.claims import page_claims
from cleanser.html.encoding import binary_kind, decode
from cleanser.html.extract import extract_article, parse
from cleanser.html.kickers import mark_kickers
from cleanser.html.limits import page_problem, prose_problem, tags_problem
from cleanser.html.report import join_dateline, left_out, reconcile
from cleanser.html.stream import bounded_reason, extract_bounded
from cleanser.metadata import MetadataField, fields_from
from cleanser.pipeline import Pipeline, default_pipeline
from cleanser.removal import PageRemoval
from cleanser.result import Result
from cleanser.sniff import looks_like_html

__all__ = ["MAX_PAGE_SIZE", "clean_html", "looks_like_html"]

# Pages larger than this are not parsed (trafilatura's own default limit is the same). Real
# news pages are 50 KB to 3 MB, but a smaller limit would refuse pages for bytes that cost
# little: memory follows the text and the elements (cleanser.html.limits checks both), and
# a 10 MB page of scripts, styles or a base64 image costs 4.5 to 6 times its size.
MAX_PAGE_SIZE = 20_000_000

TRAFILATURA = "trafilatura"


def _outcome(status: str, note: str, notes: list[str], *, page_removals: tuple[PageRemoval, ...] = (),
             metadata: dict[str, str] | None = None, input_text: str = "") -> Result:
    metadata = dict(metadata or {})
    title = metadata.pop("title", None)
    return Result(
        text="",
        input_text=input_text,
        title=title,
        metadata=metadata,
        metadata_sources=dict.fromkeys(metadata, TRAFILATURA) | ({"title": TRAFILATURA} if title else {}),
        page_removals=page_removals,
        status=status,
        source="html",
        notes=(*notes, note),
    )


def clean_html(
    html: str | bytes, url: str | None = None, *, pipeline: Pipeline | None = None, **options: object
) -> Result:
    """Extract the article from an HTML page (str or bytes), clean it with the rule
    pipeline and report both the rules' removals and the page text extraction left out.

    ``pipeline``: a Pipeline to run (build one and reuse it over many pages). ``options``
    are Pipeline arguments (``select``, ``ignore``, ``extra``, ``threshold``) to build one
    for this call instead; with neither, the default pipeline runs.
    """
    if pipeline is not None and options:
        raise TypeError("clean_html() takes either pipeline= or Pipeline options, not both")
    if pipeline is None:
        pipeline = Pipeline(**options) if options else default_pipeline()  # type: ignore[arg-type]
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    notes: list[str] = []
    raw: bytes | None = None  # the page's bytes when they are exactly its text in UTF-8
    if isinstance(html, bytes | bytearray | memoryview):
        size = html.nbytes if isinstance(html, memoryview) else len(html)
        if size > MAX_PAGE_SIZE:  # before any copy
            return _outcome("too-large", f"the page is {size} bytes, over the {MAX_PAGE_SIZE} limit; "
                            "it was not parsed", notes)
        data = bytes(html)
        if not data.strip():
            return _outcome("empty", "the page is empty", notes)
        binary = binary_kind(data)
        if binary is not None:
            return _outcome("not-text", f"the input is not text ({binary}); nothing was extracted", notes)
        decoded = decode(data)
        notes.extend(decoded.notes)
        text = decoded.text
        raw = data if decoded.exact_utf8 else None
        del decoded, data
    elif isinstance(html, str):
        text = html
        if len(text) > MAX_PAGE_SIZE:
            return _outcome("too-large", f"the page is {len(text)} characters, over the {MAX_PAGE_SIZE} "
                            "limit; it was not parsed", notes)
    else:
        raise TypeError(f"clean_html() takes str or bytes, not {type(html).__name__}")
    if not text.strip():
        return _outcome("empty", "the page is empty", notes)
    if not looks_like_html(text):
        if not isinstance(html, str) and binary_kind(text) is not None:
            return _outcome("not-text", "the decoded input is mostly control characters or undecodable bytes, "
                            "not text; nothing was extracted", notes)
        notes.append("the input does not look like HTML (use clean() for plain text)")
    problem = page_problem(text, pipeline.max_chars)
    if problem is not None:
        return _outcome("too-large", problem, notes)
    brackets = text.count("<")  # (one pass over the page for both checks)
    problem = tags_problem(text, brackets)
    if problem is not None:
        return _outcome("too-large", problem, notes)
    bounded = bounded_reason(text, brackets)
    if bounded is not None:
        # the bounded path parses the page's own bytes when it can: the str goes first
        source: str | bytes = text if raw is None else raw
        del text, raw
        extracted = _extract_bounded(source, url, pipeline, notes, bounded)
        del source
    else:
        extracted = _extract_tree(text, url, pipeline, notes, raw)
        del raw
        del text  # the page: not needed by the rules
    if isinstance(extracted, Result):
        return extracted
    text, metadata, page_removals = extracted
    del extracted
    if not text:
        return _outcome("no-article", "extraction found no article text in the page", notes,
                        page_removals=page_removals, metadata=metadata)
    doc = Document(text, url=url or metadata.get("url"), known_title=metadata.get("title"))
    result = pipeline.run(doc)
    merged: dict[str, str | MetadataField] = {key: value for key, value in metadata.items() if key != "title"}
    sources = dict.fromkeys(merged, TRAFILATURA)
    merged.update(result.metadata)
    sources.update(result.metadata_sources)
    title = result.title
    if title:
        sources["title"] = _title_source(result)
    elif metadata.get("title"):
        title = metadata["title"]
        sources["title"] = TRAFILATURA
    status = result.status
    notes.extend(result.notes)
    if not result.text and status == "ok":
        status = "no-article"
        notes.append("the rules removed every line of the extracted text")
    return dataclasses.replace(
        result,
        title=title,
        metadata=fields_from(merged, sources),
        metadata_sources=sources,
        page_removals=page_removals,
        status=status,
        source="html",
        notes=tuple(notes),
    )


def _extract_tree(text: str, url: str | None, pipeline: Pipeline, notes: list[str], raw: bytes | None = None
                  ) -> Result | tuple[str, dict[str, str], tuple[PageRemoval, ...]]:
    """The usual path: parse, block walk, trafilatura, reconcile. The extracted text, the
    page metadata and the page text left out, or a Result when the page ends here. (Its
    tree and walk are gone when it returns, before the rules run.) ``raw``: the page's
    bytes when they are ``text`` in UTF-8 (the parser reads them)."""
    try:
        tree = parse(text, notes, raw)
    except Exception as exc:  # lxml gives up on some binary garbage
        tree = None
        notes.append(f"the parser failed: {exc!r}")
    if tree is None:
        return _outcome("no-article", "no HTML could be parsed from the input", notes)
    page = walk(tree)
    if page.total_chars == 0:
        return _outcome("no-article", NO_VISIBLE_TEXT, notes)
    problem = prose_problem(page.prose_chars, pipeline.max_chars)
    if problem is not None:
        return _outcome("too-large", problem, notes)
    cards = mark_teaser_cards(page, lambda: page_host(tree, url))
    if cards:
        notes.append(f"{cards} teaser card(s) of other articles (linked headline and summary) were left out")
    boxes = mark_author_boxes(page)
    captions = mark_captions(page)
    mark_kickers(page)
    mark_read_also_blocks(page)
    if captions:
        notes.append(f"{captions} photo caption(s) under a picture (no caption markup) were left out")
    if boxes:
        notes.append(f"{boxes} author box(es) (the writer's name linked to their page, and a bio) were left out")
    extraction = extract_article(tree, url, page.prunable, page.prose_chars)
    notes.extend(extraction.notes)
    metadata = extraction.metadata
    claims = page_claims(tree, page.json_ld)
    text, kept, _ = reconcile(page, extraction.text, claims=claims, title=metadata.get("title"), notes=notes)
    text = join_dateline(text)
    return text, metadata, left_out(page, kept, text, metadata.get("title"))


def _extract_bounded(page: str | bytes, url: str | None, pipeline: Pipeline, notes: list[str], reason: str
                     ) -> Result | tuple[str, dict[str, str], tuple[PageRemoval, ...]]:
    """The bounded path (cleanser.html.stream): as ``_extract_tree``, without a tree.
    ``page``: its text, or its bytes when they are that text in UTF-8."""
    notes.append(reason)
    extraction = extract_bounded(page, url, lambda prose: prose_problem(prose, pipeline.max_chars))
    notes.extend(extraction.notes)
    if extraction.total_chars == 0:
        return _outcome("no-article", NO_VISIBLE_TEXT, notes)
    if extraction.problem is not None:
        return _outcome("too-large", extraction.problem, notes)
    return join_dateline(extraction.text), extraction.metadata, extraction.page_removals


NO_VISIBLE_TEXT = ("the parsed page has no visible text (an empty page, or markup too broken or too deeply nested "
                   "for the parser)")


def _title_source(result: Result) -> str:
    for removal in result.removals:
        if removal.category.value == "title":
            return removal.code
    return "rules"
