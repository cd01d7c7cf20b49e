"""The analysed document: the text model plus every fact the rules read, computed once.

``analyse(doc, config)`` computes the facts in one explicit order, each step reading only
the steps before it:

1. **scan**: one multi-pattern pass over the casefolded lines; for every line, which phrase
   families (data lists, declarative patterns, site-pack fingerprints) may occur there
   (``cleanser.analysis.scan``);
2. **shapes**: which lines read as prose (``cleanser.analysis.shapes``), and which as
   headlines, names, figure rows or label rows (``cleanser.analysis.lineshapes``);
3. **spam**: the gambling-spam reading (``cleanser.spam``), which reads no positions;
4. **site packs**: which packs apply, and what their patterns match anywhere;
5. **copies, zones**: glued copies of the story, repeated paragraphs and paragraph teasers
   (``cleanser.analysis.copies``), then the story's prose lines, its header and tail
   (``cleanser.analysis.story``), which look past the copies that go whole;
6. **blocks, notices**: feeds and related lists, legal notices;
7. **lines gone**: the lines that go whole whatever the title is;
8. **title**: the headline (``cleanser.analysis.headline``).

The language of the document is computed only when a rule asks (langdetect is slow).
Rules read these facts and never call each other; the analysis knows no rule. The
threshold of the pipeline reaches every decision taken here (a spam line counts as gone
only when its score reaches it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

import regex

from cleanser import lexicon, patterns
from cleanser.analysis import (
    blocks,
    copies,
    flattened,
    headline,
    legal,
    lineshapes,
    profiles,
    scan,
    shapes,
    sitepacks,
    story,
)
from cleanser.analysis.copies import Copy, Found
from cleanser.analysis.scan import Family, Hits, Scanner
from cleanser.analysis.sitepacks import PatternSpec, SitePack
from cleanser.document import Document, Line
from cleanser.lazy import cached_property
from cleanser.prefilter import required_keys
from cleanser.removal import Proposal

if TYPE_CHECKING:
    from cleanser.spam.analysis import Analysis as SpamAnalysis

DEFAULT_THRESHOLD = 0.5

PHRASE_LISTS = (
    "navigation_lines", "interface_lines", "sections", "feed_headers", "related_headers",
    "comment_lines", "embed_lines", "header_lines", "caption_lines", "byline_labels",
    "read_also", "legal_notice", "legal_words", "promo_actions", "promo_channels",
    "bio_cues", "source_labels",
)
"""Data lists whose entries the scan looks for (by each entry's longest word)."""

FIRST_WORD_LISTS = ("read_also",)
"""Lists also scanned by each entry's first word (family ``<name>.first``)."""


def _families(specs: Sequence[PatternSpec]) -> list[Family]:
    found = [scan.family(name, lexicon.phrase_keys(name)) for name in PHRASE_LISTS]
    found += [scan.family(f"{name}.first", lexicon.phrase_keys(name, first=True)) for name in FIRST_WORD_LISTS]
    for name in PHRASE_LISTS:  # the ``re:`` entries alone (``scan.entry_text``)
        patterns_ = [e for e in lexicon.entries(name) if e.startswith("re:")]
        if patterns_:
            entry_keys = [k for e in patterns_ for k in (lexicon.entry_keys(e) or (None,))]
            found.append(scan.family(scan.pattern_family(name), entry_keys))
    packs: dict[str, SitePack] = {}
    for spec in specs:
        keys = spec.keys
        found.append(scan.family(spec.family, keys if keys else [None]))
        if spec.site is not None:
            packs.setdefault(spec.site.name, spec.site)
    for pack in packs.values():
        found.append(scan.family(pack.family, [k for keys in pack.hints for k in (keys or [None])]))
    glued = flattened.glued_keys()
    found.append(scan.family(flattened.GLUED_FAMILY, glued if glued else [None]))
    scanned = dict(patterns.SCANNED)
    scanned[lineshapes.INNER_DATELINE_FAMILY] = lineshapes._INNER_DATELINE
    scanned[legal.DISCLAIMER_FAMILY] = legal.GLUED_DISCLAIMER
    for name, pattern in scanned.items():
        required = required_keys(pattern.pattern)
        found.append(scan.family(name, required if required else [None]))
    for name, group in patterns.SCANNED_GROUPS.items():
        every = [required_keys(p.pattern, verbose=bool(lexicon.source_flags(p) & regex.VERBOSE)) for p in group]
        found.append(scan.family(name, [k for keys in every for k in (keys or [None])]))
    return found


@dataclass(frozen=True, eq=False)
class AnalysisConfig:
    """What the analysis needs from the pipeline, built once per pipeline: the threshold,
    the declarative patterns of its rules (site packs among them) and the scanner."""

    threshold: float = DEFAULT_THRESHOLD
    specs: tuple[PatternSpec, ...] = ()
    engine: str | None = None
    scanner: Scanner = field(init=False)
    packs: tuple[SitePack, ...] = field(init=False)
    pack_specs: dict[str, tuple[PatternSpec, ...]] = field(init=False, repr=False)
    """The specs of each site pack, by pack name, in the order of ``specs``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "scanner", Scanner(_families(self.specs), self.engine))
        packs: dict[str, SitePack] = {}
        for spec in self.specs:
            if spec.site is not None:
                packs.setdefault(spec.site.name, spec.site)
        object.__setattr__(self, "packs", tuple(packs.values()))
        by_pack: dict[str, list[PatternSpec]] = {}
        for spec in self.specs:
            if spec.site is not None:
                by_pack.setdefault(spec.site.name, []).append(spec)
        object.__setattr__(self, "pack_specs", {name: tuple(found) for name, found in by_pack.items()})

    def __reduce__(self) -> tuple[object, ...]:
        return (_config, (self.threshold, self.specs, self.engine))


def _config(threshold: float, specs: tuple[PatternSpec, ...], engine: str | None) -> AnalysisConfig:
    return AnalysisConfig(threshold, specs, engine)


def config(threshold: float = DEFAULT_THRESHOLD, specs: Iterable[PatternSpec] = (),
           engine: str | None = None) -> AnalysisConfig:
    return AnalysisConfig(threshold, tuple(specs), engine)


class AnalysedDocument(Document):
    """A Document and the facts of the analysis (see the module's docstring).

    Rules receive one of these. It is still a Document (lines, offsets, words), so a rule
    reads ``doc.lines`` as before, and the facts as attributes: ``doc.title``,
    ``doc.in_header(line)``, ``doc.is_body(line)``, ``doc.spam``, ``doc.copies``...
    """

    config: AnalysisConfig

    def __init__(self, doc: Document, config: AnalysisConfig) -> None:
        state = self.__dict__
        state.update(doc.__dict__)  # the text model as computed so far (lines, words...)
        state["_memo"] = {}  # facts of this analysis only: another config may differ
        state["config"] = config

    # -- 1. scan -------------------------------------------------------------------------

    @cached_property
    def folded_text(self) -> str:
        return sitepacks.casefolded(self.text)

    @cached_property
    def hits(self) -> Hits:
        """Which phrase families may occur on each line (``cleanser.analysis.scan``)."""
        folded = self.__dict__.get("folded_lines")  # else folded as the scan reads them, not kept
        if folded is None:
            return scan.hits_of_lines(self.config.scanner, self.text, self.lines)
        return scan.hits(self.config.scanner, folded)

    def is_phrase_line(self, line: Line, name: str) -> bool:
        """Does ``line`` consist of one entry of phrase list ``name``
        (``lexicon.whole_line(name).match(line.text)``), tried only where the scan allows
        (``scan.phrase_line``)?"""
        hits = self.hits
        if name in hits.closed and name in hits.known and name not in hits.by_line[line.index]:
            return False  # (as scan.phrase_line answers, without cutting the line's text out)
        return scan.phrase_line(hits, line.index, line.text, name)

    # -- 2. shapes -------------------------------------------------------------------------

    @cached_property
    def body_paragraph_indexes(self) -> tuple[int, ...]:
        """Indexes of lines shaped like article prose."""
        return shapes.body_paragraph_indexes(self)

    @cached_property
    def _body_set(self) -> bytearray:
        flags = bytearray(len(self.lines))  # per line, 1 for prose: a byte a line, not a set entry
        for index in self.body_paragraph_indexes:
            flags[index] = 1
        return flags

    def is_body(self, line: Line) -> bool:
        """Is ``line`` shaped like article prose?"""
        return self._body_set[line.index] == 1

    @cached_property
    def line_shapes(self) -> lineshapes.LineShapes:
        """Headline-like, name-like, figure and label lines (``cleanser.analysis.lineshapes``)."""
        return lineshapes.line_shapes(self)

    # -- 3. spam ---------------------------------------------------------------------------

    @cached_property
    def spam(self) -> SpamAnalysis:
        """The gambling-spam reading of the text (``cleanser.spam``), once per document."""
        from cleanser.spam.analysis import analyse_document

        return analyse_document(self)

    @cached_property
    def spam_lines(self) -> frozenset[int]:
        """Lines that a spam slot or spam line finding covers whole, at the threshold."""
        lines: set[int] = set()
        threshold = self.config.threshold
        for finding in self.spam.findings:
            if finding.kind in ("line", "slot") and finding.score >= threshold:
                line = self.line_at(finding.start)
                if finding.start <= line.content_start and line.content_end <= finding.end:
                    lines.add(line.index)
        return frozenset(lines)

    # -- 4. site packs and declarative patterns ----------------------------------------------

    @cached_property
    def site_packs(self) -> frozenset[str]:
        """Names of the site packs that apply to this document (by host or fingerprint)."""
        return sitepacks.applying(self, self.config.packs)

    def pattern_matches(self, spec: PatternSpec) -> tuple[Proposal, ...]:
        """What a declarative pattern matches here, computed once per pattern."""
        return self.memo(("pattern", id(spec)), lambda: tuple(sitepacks.match(spec, self)))

    def site_pack_lines(self, *, anywhere_only: bool) -> frozenset[int]:
        """Lines a site pack's pattern covers whole: all of them, or (``anywhere_only``)
        only those of line/prefix/span patterns that apply wherever a line stands."""
        return self.memo(("site_pack_lines", anywhere_only), lambda: self._site_pack_lines(anywhere_only))

    def _site_pack_lines(self, anywhere_only: bool) -> frozenset[int]:
        lines: set[int] = set()
        if not self.site_packs:
            return frozenset()
        spans = self._pack_spans(
            lambda spec: not anywhere_only or (spec.scope != "block" and spec.where == "anywhere"))
        if spans and self.lines_cut:
            # a line a pattern covers once its copies are cut goes whole too (a footer glued
            # to its own copy, the pattern matching the first print)
            touched = {self.line_at(start).index for start, _ in spans}
            spans.extend((copy.start, copy.end) for copy in self.copies
                         if copy.start is not None and copy.end is not None and copy.line.index in touched)
        # matches that touch or stand apart by white space only cover a line together (a
        # notice glued to its own copy is matched twice on one line): the line goes whole
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and (start <= merged[-1][1] or not self.text[merged[-1][1] : start].strip()):
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in merged:
            lines.update(self._covered(start, end))
        return frozenset(lines)

    def opening_after_site_packs(self, line: Line) -> int:
        """Where ``line``'s text resumes (an offset in ``line.text``) once the site packs'
        matches that cover its opening are cut ("<a pack's promo>Suara.com - Banjir ..."), as
        a second pass reads the line: its content's start when none does."""
        at = self.site_pack_openings().get(line.index)
        return (line.content_start if at is None else at) - line.start

    def site_pack_openings(self) -> Mapping[int, int]:
        """The lines whose opening the site packs' matches cut, each with the input offset
        where its text resumes (``opening_after_site_packs``; any other line resumes at its
        content's start): a reader of the few lines cut reads them here, without asking of
        every line."""
        if not self.site_packs:
            return _NOTHING_CUT  # (no pack: no opening is cut)
        return self.memo("site_pack_openings", self._site_pack_openings)

    def opening_after_cuts(self, line: Line) -> int:
        """Where ``line``'s text resumes (an offset in ``line.text``) once what goes in the
        same pass is cut from its opening: a site pack's matches (``opening_after_site_packs``),
        an author profile the story resumes after (``profiles``, AB01's), and the copies and
        spam that the copy search cuts (``text_after_cuts``), as a second
        pass reads the line's start. A copy's cut is followed only where what is left opens
        with the same characters in the input (no further cut within ``OPENING_CHARS``)."""
        at = self.opening_after_site_packs(line)
        if self.hits.may_hold(line.index, "bio_cues"):
            # an author profile opening the line, the story's sentences after it: AB01 cuts it
            found = profiles.profile_on(self, line.index)
            if found is not None and found.where == "head":
                text = line.text
                resume = found.end
                while resume < len(text) and text[resume].isspace():
                    resume += 1
                at = max(at, resume)
        if line.index in self.lines_cut:
            remnant = self.text_after_cuts(line)
            origin = self.input_offset_after_cuts(line, 0) if remnant else None
            if (origin is not None and origin - line.start > at
                    and self.text.startswith(remnant[:OPENING_CHARS], origin)):
                at = origin - line.start
        return at

    def _site_pack_openings(self) -> dict[int, int]:
        found: dict[int, int] = {}
        if not self.site_packs:
            return found
        # (block and line patterns cover whole lines, never only an opening, and read the
        # copies; a header or tail pattern reads the zones, which read the copies)
        spans = self._pack_spans(lambda spec: spec.scope not in ("block", "line") and spec.where == "anywhere")
        text = self.text
        for start, end in sorted(spans):  # matches one after the other, each from where the last ends
            line = self.line_at(start)
            at = found.get(line.index, line.content_start)
            if start <= at < end < line.content_end:
                resume = end
                while resume < line.content_end and text[resume].isspace():
                    resume += 1
                found[line.index] = resume
        return found

    def site_pack_closings(self) -> Mapping[int, int]:
        """The lines whose ending a site pack's match glued after their text cuts ("... kata
        dia.<a pack's promo>"), each with the input offset where the match starts: the copy
        search reads such a line without it, as a second pass does."""
        if not self.site_packs:
            return _NOTHING_CUT
        return self.memo("site_pack_closings", self._site_pack_closings)

    def _site_pack_closings(self) -> dict[int, int]:
        found: dict[int, int] = {}
        # (the patterns that match wherever a line stands, as for the openings)
        spans = self._pack_spans(lambda spec: spec.scope not in ("block", "line") and spec.where == "anywhere")
        for start, end in spans:
            line = self.line_at(start)
            if line.content_start < start and end >= line.content_end:
                found[line.index] = min(start, found.get(line.index, start))
        return found

    def _pack_spans(self, wanted: Callable[[PatternSpec], bool]) -> list[tuple[int, int]]:
        """The spans that the ``wanted`` patterns of the applying site packs match."""
        spans: list[tuple[int, int]] = []
        pack_specs, anywhere = self.config.pack_specs, self.hits.anywhere
        for spec in [spec for name in self.site_packs for spec in pack_specs.get(name, ())]:
            if not wanted(spec) or not anywhere(spec.family):
                continue  # (no line holds the text every match holds: it matches nothing)
            try:
                spans.extend((proposal.start, proposal.end) for proposal in self.pattern_matches(spec))
            except sitepacks.RuleTimeoutError:  # reported by the pipeline, not here
                continue
        return spans

    def _covered(self, start: int, end: int) -> list[int]:
        """Non-blank lines whose content lies inside [start, end)."""
        found = []
        line = self.line_at(start)
        while line.start < end:
            if not line.is_blank and start <= line.content_start and line.content_end <= end:
                found.append(line.index)
            if line.index + 1 >= len(self.lines):
                break
            line = self.lines[line.index + 1]
        return found

    # -- 5. zones --------------------------------------------------------------------------

    @cached_property
    def story_indexes(self) -> story.StoryIndexes:
        """Prose lines that are not chrome on their own account (``cleanser.analysis.story``)."""
        return story.story_indexes(self)

    @cached_property
    def first_body_index(self) -> int:
        """Index of the story's first prose line; ``len(lines)`` when there is none."""
        indexes = self.story_indexes
        return indexes[0] if indexes else len(self.lines)

    @cached_property
    def last_body_index(self) -> int:
        """Index of the story's last prose line; -1 when there is none."""
        indexes = self.story_indexes
        return indexes[-1] if indexes else -1

    def in_header(self, line: Line) -> bool:
        """Before the first prose line."""
        return line.index < self.first_body_index

    def in_tail(self, line: Line) -> bool:
        """After the last prose line."""
        return line.index > self.last_body_index

    # -- 6. blocks, notices, copies ----------------------------------------------------------

    @cached_property
    def feed_blocks(self) -> tuple[blocks.Block, ...]:
        """Feeds of other articles that go (FD01 reports them)."""
        return blocks.feed_blocks(self)

    @cached_property
    def related_blocks(self) -> tuple[blocks.Block, ...]:
        """Related-article lists that go (RL02 reports them)."""
        return blocks.related_blocks(self)

    @cached_property
    def legal_lines(self) -> tuple[legal.LegalLine, ...]:
        """Copyright, reproduction and disclaimer lines (LG01 reports them)."""
        return legal.legal_lines(self)

    def notice_glued_after_prose(self, line: Line) -> bool:
        """Does a notice glued after story prose end ``line`` (the notice goes alone, the prose
        stays: the line is still a paragraph of the story)?"""
        return line.index in self._glued_notices

    @cached_property
    def _glued_notices(self) -> frozenset[int]:
        return frozenset(found.line.index for found in self.legal_lines if found.start is not None)

    def has_notice_phrase(self, line: Line) -> bool:
        """Does ``line`` hold a strong copyright/reproduction phrase?"""
        return self.hits.may_hold(line.index, "legal_notice") and bool(
            legal.NOTICE.find(
                self.folded_words[line.index], scan.entry_text(self.hits, line.index, "legal_notice", line.text)
            )
        )

    @cached_property
    def copies(self) -> tuple[Copy, ...]:
        """Glued copies of the story, repeated paragraphs and paragraph teasers (DU02, DU04,
        DU03 report them)."""
        return self._copies_found.copies

    @cached_property
    def _copies_found(self) -> Found:
        return copies.find(self)

    @cached_property
    def lines_cut(self) -> frozenset[int]:
        """Lines that lose a part (or all) to a copy or to the gambling spam that goes."""
        return frozenset(self._copies_found.remnants)

    def text_after_cuts(self, line: Line) -> str:
        """``line``'s stripped text once the copies and the gambling spam that go are cut out
        of it (as a second pass reads it)."""
        return self._copies_found.remnants.get(line.index, line.stripped)

    def input_offset_after_cuts(self, line: Line, at: int) -> int | None:
        """Input offset of character ``at`` of ``text_after_cuts(line)`` (a line that copies
        or spam cut: ``lines_cut``); None for a space a cut put in."""
        if line.index not in self._copies_found.remnants:
            return line.content_start + at
        return self._copies_found.input_offset(line.index, at)

    def offset_after_cuts(self, line: Line, offset: int) -> int | None:
        """Where input offset ``offset`` of ``line`` stands in ``text_after_cuts(line)``
        (``input_offset_after_cuts`` read the other way); None when a cut took it."""
        if line.index not in self._copies_found.remnants:
            at = offset - line.content_start
            return at if 0 <= at <= line.content_end - line.content_start else None
        return self._copies_found.remnant_offset(line.index, offset)

    def is_body_after_cuts(self, line: Line) -> bool:
        """Is ``line`` shaped like article prose once copies and spam are cut out of it? (The
        remnant is judged as a line is: without what closes it or a link glued at its end,
        ``shapes.reads_as_prose``.)"""
        remnant = self._copies_found.remnants.get(line.index)
        if remnant is None:
            return self.is_body(line)
        return shapes.reads_as_prose(remnant)

    @cached_property
    def whole_line_copies(self) -> frozenset[int]:
        """Lines that go whole as copies."""
        return frozenset(c.line.index for c in self.copies if c.start is None)

    # -- 7. lines gone, 8. title -----------------------------------------------------------------

    @cached_property
    def lines_gone(self) -> frozenset[int]:
        """Lines that go whole whatever the title is (``headline.lines_gone``)."""
        return headline.lines_gone(self)

    @cached_property
    def title(self) -> Line | None:
        """The headline line, when the text starts with one (``cleanser.analysis.headline``)."""
        return headline.find_title(self)

    # -- on demand -----------------------------------------------------------------------------

    @cached_property
    def language(self) -> str:
        """ISO 639-1 code of the document's main language ('id', 'en', ...)."""
        from cleanser.language import document_language

        return document_language(self)


_NOTHING_CUT: Mapping[int, int] = MappingProxyType({})

OPENING_CHARS = 80
"""How many characters of a line's opening must stand together in the input for a rule to
read the opening where the copies' cuts leave it (``opening_after_cuts``): a dateline's
longest prefix (``datelines.MAX_PREFIX_CHARS``)."""

ORDER = (
    "spam", "hits", "body_paragraph_indexes", "copies", "line_shapes", "spam_lines", "site_packs",
    "story_indexes", "feed_blocks", "related_blocks", "legal_lines", "lines_gone", "title",
)
"""The facts ``analyse`` computes, in this order (each reads only those before it). The spam
reading, which reads the text alone, comes first: the memory it takes while it reads is
not added to the words and the scan of every line. The copy search, which holds a view of
every prose line while it reads, comes before the line shapes and the folded words they
read (its peak is not added to theirs: 9.0x -> 7.1x of a 1.9 M-character text)."""

STEPS = {
    "scan": ("hits",),
    "shapes": ("body_paragraph_indexes", "line_shapes"),
    "spam": ("spam", "spam_lines"),
    "site packs": ("site_packs",),
    "copies": ("copies",),
    "zones": ("story_indexes",),
    "blocks": ("feed_blocks", "related_blocks", "legal_lines"),
    "title": ("lines_gone", "title"),
}
"""The same facts grouped into the steps the speed benchmark times one by one."""


def analyse(doc: Document | str, config: AnalysisConfig | None = None, *, url: str | None = None) -> AnalysedDocument:
    """Analyse ``doc`` (a Document, or a text with ``url``): every fact of ``ORDER``,
    computed once, in that order."""
    if isinstance(doc, str):
        doc = Document(doc, url=url)
    analysed = AnalysedDocument(doc, config or default_config())
    for name in ORDER:
        getattr(analysed, name)
    return analysed


@cache
def default_config() -> AnalysisConfig:
    """A config without declarative patterns (no site packs) at the default threshold."""
    return config()
