"""Runs the rules over a Document, resolves overlapping proposals, and builds the Result.

Data flows one way: text -> Document -> analysis (facts computed once, in one order) ->
proposals (each rule reads the facts) -> resolved removals -> clean text + report.
Resolution is greedy by (priority, longer span first, rule order): a proposal keeps only the
characters no stronger proposal took, so every character ends up in at most one removal.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from cleanser import declarative, registry, textshape
from cleanser.analysis import AnalysedDocument, AnalysisConfig, analyse
from cleanser.analysis import config as analysis_config
from cleanser.analysis.sitepacks import PatternSpec
from cleanser.categories import Category
from cleanser.document import Document
from cleanser.fingerprint import ruleset_fingerprint
from cleanser.lazy import cached_property
from cleanser.removal import Proposal, Removal
from cleanser.result import Result
from cleanser.rule import Rule
from cleanser.sniff import looks_like_html

DEFAULT_THRESHOLD = 0.5

MAX_CHARS = 2_000_000
"""Default ``max_chars``: a news article is tens of kilobytes (the devset's longest text is
33k characters); 2M characters is 60 times that."""
MAX_LINE_CHARS = 100_000
"""Default ``max_line_chars`` (the devset's longest line is 11k characters)."""
MAX_LINES = 20_000
"""Default ``max_lines`` (the devset's longest text has 91 lines; 20,000 lines of a text
within ``max_chars`` average under 100 characters, a list dump rather than an article). The
per-line work of the analysis is a few microseconds whatever the line holds, so a text of
tens of thousands of one-character lines would cost seconds per megabyte: beyond the
limit it is reported ``too-large`` instead."""

# line breaks as str.splitlines() sees them


def size_problem(text: str, max_chars: int | None, max_line_chars: int | None, max_lines: int | None) -> str | None:
    """Why ``text`` is over one of the limits, or None. Linear, and stops at the first
    limit it finds exceeded; nothing of the text is copied."""
    n = len(text)
    if max_chars is not None and n > max_chars:
        return f"the text is {n:,} characters, over max_chars={max_chars:,}"
    line_limit = max_line_chars is not None and n > max_line_chars
    count_limit = max_lines is not None and n >= max_lines
    if not (line_limit or count_limit):
        return None
    ended = 0  # lines ended by a break so far
    previous = 0
    for found in textshape.LINE_BREAK.finditer(text):
        if line_limit and found.start() - previous > max_line_chars:  # type: ignore[operator]
            return f"line {ended + 1:,} is over max_line_chars={max_line_chars:,} characters"
        previous = found.end()
        ended += 1
        if count_limit and ended > max_lines:  # type: ignore[operator]
            return f"the text has over max_lines={max_lines:,} lines"
    if line_limit and n - previous > max_line_chars:  # type: ignore[operator]
        return f"line {ended + 1:,} is over max_line_chars={max_line_chars:,} characters"
    if count_limit and ended + (previous < n) > max_lines:  # type: ignore[operator]
        return f"the text has over max_lines={max_lines:,} lines"
    return None


_Ranked = tuple[int, Rule, frozenset[str] | None, bool]
"""A rule's rank, the rule, the closed scan families it needs (``Rule.needs``; None: no
need the scan answers) and whether it answers ``Rule.applies``."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    rule: Rule
    rank: int
    proposal: Proposal


class _Taken:
    """Disjoint, sorted intervals already claimed by a removal."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free_parts(self, start: int, end: int) -> list[tuple[int, int]]:
        parts: list[tuple[int, int]] = []
        i = bisect.bisect_right(self.ends, start)
        cursor = start
        while i < len(self.starts) and self.starts[i] < end:
            if self.starts[i] > cursor:
                parts.append((cursor, self.starts[i]))
            cursor = max(cursor, self.ends[i])
            i += 1
        if cursor < end:
            parts.append((cursor, end))
        return parts

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Pipeline:
    """An ordered set of rules and the policy that turns their proposals into a Result.

    ``rules``: the rules to run (default: every built-in rule plus installed packs).
    ``select``/``ignore``: selectors (code, code prefix, name, alias or category) applied
    to that set; a bare string is one selector (``ignore="caption"``). ``extra``: more
    rules (instances or classes), always run.
    ``threshold``: proposals scoring below it are reported as suspicions, not removed; the
    analysis uses it too (a spam line the title finder looks past must reach it).
    ``max_chars``/``max_line_chars``/``max_lines``: explicit size limits (None: no limit).
    A text beyond one is not analysed: its Result has status ``"too-large"``, a note naming
    the limit, no removals, and ``text`` equal to the input, unchanged (never a silent
    truncation). The defaults leave room for any news article many times over; they bound
    the time and memory one hostile document can take, whatever the machine's load.
    ``scan_engine``: the multi-pattern engine of the one-pass scan, "ahocorasick" (the
    default where pyahocorasick is installed) or "find" (plain ``str.find``); both give
    the same results, the first faster.
    """

    def __init__(
        self,
        rules: Sequence[Rule | type[Rule]] | None = None,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        extra: Iterable[Rule | type[Rule]] = (),
        threshold: float = DEFAULT_THRESHOLD,
        plugins: bool = True,
        scan_engine: str | None = None,
        max_chars: int | None = MAX_CHARS,
        max_line_chars: int | None = MAX_LINE_CHARS,
        max_lines: int | None = MAX_LINES,
    ) -> None:
        notes: list[str] = []
        for label, limit in (("max_chars", max_chars), ("max_line_chars", max_line_chars), ("max_lines", max_lines)):
            if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
                raise ValueError(f"{label} must be a positive int or None, got {limit!r}")
        self.max_chars, self.max_line_chars, self.max_lines = max_chars, max_line_chars, max_lines
        if rules is None:
            base: list[Rule] = [cls() for cls in registry.builtin_rule_classes()]
            base.extend(declarative.site_pack_rules())
            if plugins:
                loaded = registry.load_plugins()
                base.extend(loaded.rules)
                notes.extend(loaded.errors)
        else:
            base = [_instance(r) for r in rules]
        # a bare string is one selector, not a sequence of one-letter selectors
        select = (select,) if isinstance(select, str) else select
        ignore = (ignore,) if isinstance(ignore, str) else ignore
        chosen = registry.select(base, select, ignore)
        chosen.extend(_instance(r) for r in extra)
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be within [0, 1], got {threshold}")
        self.rules: tuple[Rule, ...] = tuple(chosen)
        self.threshold = threshold
        self.notes: tuple[str, ...] = tuple(notes)
        specs = [spec for r in self.rules if isinstance(spec := getattr(r, "spec", None), PatternSpec)]
        self.analysis: AnalysisConfig = analysis_config(threshold, specs, scan_engine)
        """What the analysis layer needs from this pipeline: its threshold, the declarative
        patterns of its rules (the site packs that can apply), and the scanner built
        from them."""

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(r.code for r in self.rules)})"

    @cached_property
    def fingerprint(self) -> str:
        """A stable hash of the rules and their configuration (see cleanser.fingerprint)."""
        limits = {"max_chars": self.max_chars, "max_line_chars": self.max_line_chars, "max_lines": self.max_lines}
        return ruleset_fingerprint(self.rules, self.threshold, limits)

    def clean(
        self,
        text: str,
        url: str | None = None,
        *,
        known_title: str | None = None,
    ) -> Result:
        """Clean ``text`` (an article as scraped) and report every removal."""
        if not isinstance(text, str):
            raise TypeError(
                f"clean() takes str, not {type(text).__name__}; "
                "decode bytes first, or use clean_html() for a page"
            )
        if url is not None and not isinstance(url, str):
            raise TypeError(f"url must be a str or None, not {type(url).__name__}")
        too_large = self._too_large(text, url)
        if too_large is not None:
            return too_large
        doc = Document(text, url=url, known_title=known_title)
        result = self.run(doc)
        if "<" in text[:8192] and looks_like_html(text):  # say so, never guess: see Result.html_input
            result = result.html_input()
        return result

    def analyse(self, text: str | Document, url: str | None = None) -> AnalysedDocument:
        """The facts this pipeline's rules read about ``text`` (see ``cleanser.analysis``)."""
        return analyse(text, self.analysis, url=url)

    def _too_large(self, text: str, url: str | None) -> Result | None:
        problem = size_problem(text, self.max_chars, self.max_line_chars, self.max_lines)
        if problem is None:
            return None
        return Result(text=text, input_text=text, status="too-large",
                      notes=(*self.notes, f"{problem}: the text was not analysed and is returned unchanged "
                             "(raise the Pipeline's limits to clean it)"),
                      ruleset=self.fingerprint, url=url)

    def run(self, doc: Document) -> Result:
        notes = list(self.notes)
        too_large = self._too_large(doc.text, doc.url)
        if too_large is not None:
            return too_large
        if not doc.text or doc.text.isspace():  # (no stripped copy of the text)
            return Result(text="", input_text=doc.text, status="empty",
                          notes=(*notes, "the input holds no text"), ruleset=self.fingerprint, url=doc.url)
        ours = False  # analysed here: its facts may go once the rules have read them
        if not isinstance(doc, AnalysedDocument) or doc.config is not self.analysis:
            ours = True
            try:
                doc = analyse(doc, self.analysis)
            except Exception as exc:  # a last guard: the document is reported, never lost
                return Result(text=doc.text, input_text=doc.text, status="error", ruleset=self.fingerprint,
                              url=doc.url, notes=(*notes, f"the analysis failed ({exc!r}): the text was not "
                                                  "cleaned and is returned unchanged"))
        candidates: list[_Candidate] = []
        for rank, rule, _, asks in self._rules_for(doc):
            try:
                if asks and not rule.applies(doc):
                    continue
                for proposal in rule.propose(doc):
                    if 0 <= proposal.start < proposal.end <= len(doc.text):
                        candidates.append(_Candidate(rule, rank, proposal))
            except Exception as exc:  # one broken rule must not lose the document
                notes.append(f"rule {rule.code} ({rule.name}) failed and was skipped: {exc!r}")
        if ours:
            _forget_facts(doc)
        removals, suspicions, facts = self._resolve(doc, candidates)
        candidates.clear()  # the proposals' memory is free for the clean text
        status = "ok"
        spam_note = _spam_page(doc, removals)
        if spam_note:
            removals = _remove_everything_else(doc, removals, spam_note)
            status = "spam-page"
            notes.append(spam_note)
        metadata, sources = _merge_facts(facts)
        title = metadata.pop("title", None)
        sources.pop("title", None)
        return Result(
            text=assemble(doc, removals),
            input_text=doc.text,
            removals=tuple(removals),
            suspicions=tuple(suspicions),
            title=title,
            metadata=metadata,
            metadata_sources=sources,
            status=status,
            notes=tuple(notes),
            ruleset=self.fingerprint,
            url=doc.url,
        )

    def _rules_for(self, doc: AnalysedDocument, *, dispatch: bool = True) -> list[_Ranked]:
        """The rules to ask about ``doc`` (analysed with this pipeline's config), in their
        order (``_Ranked``: the last item tells whether the rule's ``applies`` is to be
        asked): a rule of a site pack only where the pack applies, and (``dispatch``) a rule
        that ``needs`` scan families only where the scan found one of them (``Rule.needs``).
        Without ``dispatch`` the list is the pipeline's own: not to be changed."""
        plain, by_pack, merged = self._ranked_rules()
        ranked = plain  # a rule of a site pack that does not apply has nothing to say here
        packs = doc.site_packs if by_pack else frozenset()  # (site packs are found only for their rules)
        if packs:
            ranked = merged.get(packs)  # type: ignore[assignment]
            if ranked is None:
                ranked = sorted([*plain, *(found for pack in packs for found in by_pack.get(pack, ()))], key=_rank)
                if len(merged) < _MERGED_SETS:
                    merged[packs] = ranked
        if not dispatch:
            return ranked
        present = doc.hits.lines_with.keys()
        return [entry for entry in ranked if entry[2] is None or not present.isdisjoint(entry[2])]

    def _ranked_rules(self) -> tuple[list[_Ranked], dict[str, list[_Ranked]], dict[frozenset[str], list[_Ranked]]]:
        """The rules with their rank (their place in ``rules``), the closed scan families
        they need (None: no need the scan can answer) and whether they answer ``applies``:
        those asked about every document, and those of each site pack (asked only where the
        pack applies), sorted once per pipeline (not one test per rule and document); and
        the rules of each set of applying packs met so far, merged in order (a set is met
        again on every page of its outlet)."""
        known = self.__dict__.get("_ranked")
        if known is None or known[0] is not self.rules:
            closed = self.analysis.scanner.closed
            plain: list[_Ranked] = []
            by_pack: dict[str, list[_Ranked]] = {}
            for rank, rule in enumerate(self.rules):
                needs = frozenset(rule.needs)
                # an open family (or one the scanner does not know) may be on any line
                families = needs if needs and needs <= closed else None
                asks = type(rule).applies is not Rule.applies
                entry = (rank, rule, families, asks)
                if rule.site_pack is None:
                    plain.append(entry)
                else:
                    by_pack.setdefault(rule.site_pack, []).append(entry)
            known = self.__dict__["_ranked"] = (self.rules, plain, by_pack, {})
        return known[1], known[2], known[3]

    def _resolve(
        self, doc: Document, candidates: list[_Candidate]
    ) -> tuple[list[Removal], list[Removal], list[tuple[str, str, str]]]:
        text = doc.text
        strong = [c for c in candidates if c.proposal.score >= self.threshold]
        weak = [c for c in candidates if c.proposal.score < self.threshold]
        strong.sort(key=lambda c: (c.rule.priority, -(c.proposal.end - c.proposal.start), c.rank))
        taken = _Taken()
        removals: list[Removal] = []
        facts: list[tuple[str, str, str]] = []
        for cand in strong:
            pieces = taken.free_parts(cand.proposal.start, cand.proposal.end)
            kept_any = False
            for start, end in pieces:
                start, end = _trim(text, start, end)
                if start >= end:
                    continue
                taken.add(start, end)
                removals.append(_removal(doc, cand, start, end))
                kept_any = True
            if kept_any:
                facts.extend((k, v, cand.rule.code) for k, v in cand.proposal.facts.items())
        suspicions: list[Removal] = []
        for cand in weak:
            start, end = _trim(text, cand.proposal.start, cand.proposal.end)
            if start < end and taken.free_parts(start, end) == [(start, end)]:
                suspicions.append(_removal(doc, cand, start, end))
        removals.sort(key=lambda r: r.start)
        suspicions.sort(key=lambda r: r.start)
        return removals, suspicions, facts


_TEXT_MODEL = frozenset({"text", "url", "known_title", "lines", "_starts", "content_lines", "config"})
"""What the resolution and the clean text read of an analysed document."""


def _forget_facts(doc: AnalysedDocument) -> None:
    """Let the facts of ``doc`` (words, scan, analysis, the rules' memos) go once every rule
    has read them: the resolution and the clean text need only the lines, and the memory
    they took is free for the removals and the clean text. Only for a document the
    pipeline analysed itself (one the caller passed in keeps its facts)."""
    state = doc.__dict__
    for name in [name for name in state if name not in _TEXT_MODEL]:
        del state[name]
    state["_memo"] = {}


def _instance(rule: Rule | type[Rule]) -> Rule:
    if isinstance(rule, type):
        registry.check_rule_class(rule)
        return rule()
    if not isinstance(rule, Rule):
        raise TypeError(f"not a rule: {rule!r}")
    return rule


def _removal(doc: Document, cand: _Candidate, start: int, end: int) -> Removal:
    rule, proposal = cand.rule, cand.proposal
    return Removal(
        code=rule.code,
        name=rule.name,
        category=proposal.category or rule.category,
        reason=proposal.reason,
        start=start,
        end=end,
        text=doc.text[start:end],
        line=doc.line_at(start).number,
        end_line=doc.line_at(end - 1).number,
        score=proposal.score,
    )


def _merge_facts(facts: list[tuple[str, str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """The first value found for each field wins; its rule is its source."""
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for key, value, code in facts:
        if key not in values and value:
            values[key] = value
            sources[key] = code
    return values, sources


def _kept_pieces(doc: Document, removals: Sequence[Removal]) -> Iterable[str]:
    """The kept text of each line, with removed spans cut out."""
    starts = [r.start for r in removals]
    text = doc.text
    for line in doc.lines:
        if line.is_blank:
            continue
        i = max(bisect.bisect_right(starts, line.start) - 1, 0)
        cursor = line.start
        pieces: list[str] = []
        while i < len(removals) and removals[i].start < line.end:
            removal = removals[i]
            if removal.end > cursor:
                if removal.start > cursor:
                    pieces.append(text[cursor : removal.start])
                cursor = max(cursor, removal.end)
            i += 1
        if cursor < line.end:
            pieces.append(text[cursor : line.end])
        yield _join(pieces)


# White space the rules' patterns (``regex``'s \s) see as white space: str.isspace() also
# counts the separators U+001C..U+001F, which the patterns do not skip. The clean text keeps
# them where they stand (a line "\x1fBaca juga: ..." stays as it was), so that a second pass
# sees the lines the first pass saw (idempotence).
_PATTERN_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and c not in range(0x1C, 0x20))


def _join(pieces: list[str]) -> str:
    """Join the kept pieces of one line; a cut never leaves two spaces or none."""
    out = ""
    for piece in pieces:
        if not out:
            out = piece
        elif out[-1:].isspace() or piece[:1].isspace():
            out = out.rstrip(_PATTERN_SPACE) + " " + piece.lstrip(_PATTERN_SPACE)
        else:
            out += piece
    return out.strip(_PATTERN_SPACE)


def assemble(doc: Document, removals: Sequence[Removal]) -> str:
    """Clean text: each line's kept text, non-empty ones joined by one blank line."""
    # joined a stretch of lines at a time: no list of every line's piece next to the text.
    # A stretch holds ASCII lines only, or other lines only: a string takes as many bytes a
    # character as its widest character, so one emoji must not widen 512 lines of ASCII
    stretches: list[str] = []
    stretch: list[str] = []
    ascii_stretch = True
    for piece in _kept_pieces(doc, removals):
        if piece and not piece.isspace():  # as ``piece.strip()``, without a copy
            if piece.isascii() is not ascii_stretch:
                if stretch:
                    stretches.append("\n\n".join(stretch))
                    stretch = []
                ascii_stretch = not ascii_stretch
            stretch.append(piece)
            if len(stretch) >= _STRETCH_LINES:
                stretches.append("\n\n".join(stretch))
                stretch = []
    if stretch:
        stretches.append("\n\n".join(stretch))
    return stretches[0] if len(stretches) == 1 else "\n\n".join(stretches)


_STRETCH_LINES = 512


def _spam_page(doc: Document, removals: Sequence[Removal]) -> str | None:
    """A note when the document is a gambling spam page (see ``cleanser.spam.verdict``)."""
    if not any(r.category is Category.SPAM for r in removals):
        return None
    from cleanser.spam.verdict import spam_page_reason

    return spam_page_reason(doc, removals)


class _SpamPage(Rule):
    """The rest of a document whose text is mostly spam (see Result.status 'spam-page')."""

    code = "SP00"
    name = "spam-page"
    category = Category.SPAM
    priority = 1000


def _remove_everything_else(
    doc: Document, removals: list[Removal], note: str
) -> list[Removal]:
    rule = _SpamPage()
    taken = _Taken()
    for r in removals:
        taken.add(r.start, r.end)
    extra: list[Removal] = []
    for line in doc.content_lines:
        for start, end in taken.free_parts(line.content_start, line.content_end):
            start, end = _trim(doc.text, start, end)
            if start < end:
                cand = _Candidate(rule, 0, Proposal(start, end, note))
                extra.append(_removal(doc, cand, start, end))
    return sorted([*removals, *extra], key=lambda r: r.start)


@cache
def default_pipeline() -> Pipeline:
    return Pipeline()


def clean(text: str, url: str | None = None, **options: object) -> Result:
    """Clean scraped article text with the default pipeline (or one built from options).

    ``options`` are Pipeline arguments (``select``, ``ignore``, ``extra``, ``threshold``).
    """
    pipeline = Pipeline(**options) if options else default_pipeline()  # type: ignore[arg-type]
    return pipeline.clean(text, url)


_MERGED_SETS = 256
"""How many sets of applying site packs a pipeline keeps its merged rule list for (one set
per outlet in practice; the bound holds whatever the documents)."""


def _rank(ranked: _Ranked) -> int:
    return ranked[0]
