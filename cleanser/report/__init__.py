"""One self-contained HTML page to look at what cleanser removed, document by document.

    from cleanser.report import ReportEntry, render
    page = render([ReportEntry("a.txt", cleanser.clean(text))])

Per document: the text the offsets index (the input, or the text extracted from a page)
with every removal highlighted in its category's colour (hover, or click/focus, shows the
rule's code, name and reason), the clean text beside it, the metadata, the removals and
suspicions as tables and, for pages, the blocks extraction left out. For more than one
document, a summary first: removals per category and per rule as bar charts, and a table
of the documents with links.

The page is a front-end over ``Result``: it uses nothing but the public API. It works
offline (no external asset: styles are inline, bars are CSS) and runs no script at all:
every piece of text is escaped, and a Content-Security-Policy forbids scripts besides, so
a page that quotes a hostile ``<script>`` shows it as text.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cleanser.categories import Category
from cleanser.result import Result

__all__ = ["COLOURS", "ReportEntry", "render"]

# A light background per category, distinct enough side by side (docs/report.md shows them).
COLOURS: dict[str, str] = {
    "title": "#fde68a", "duplicate": "#e9d5ff", "dateline": "#fed7aa", "metadata": "#93c5fd",
    "related": "#bbf7d0", "spam": "#fca5a5", "promo": "#fbcfe8", "feed": "#c7d2fe",
    "navigation": "#d9f99d", "caption": "#a5f3fc", "interface": "#e5e7eb", "legal": "#d6d3d1",
    "author-bio": "#f5d0fe", "comments": "#99f6e4", "embed": "#fcd34d",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@dataclass(frozen=True)
class ReportEntry:
    """One document of the page: its name (a path, shown as given), and its Result or the
    error that kept it from being cleaned."""

    name: str
    result: Result | None = None
    error: str | None = None


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _tip(code: str, name: str, category: str, reason: str) -> str:
    return f"{code} {name} ({category}): {reason}"


def _highlighted(result: Result) -> str:
    source = result.input_text
    out: list[str] = []
    cursor = 0
    for number, removal in enumerate(result.removals):
        if removal.start < cursor:  # never happens (removals do not overlap); never lose text
            continue
        out.append(_e(source[cursor : removal.start]))
        category = removal.category.value
        tip = _tip(removal.code, removal.name, category, removal.reason)
        out.append(
            f'<mark class="rm c-{_e(category)}" tabindex="0" data-n="{number}" data-code="{_e(removal.code)}" '
            f'data-category="{_e(category)}" data-start="{removal.start}" data-end="{removal.end}" '
            f'title="{_e(tip)}" data-tip="{_e(tip)}">{_e(source[removal.start : removal.end])}</mark>'
        )
        cursor = removal.end
    out.append(_e(source[cursor:]))
    return "".join(out)


def _legend(counts: Counter[str], *, total: bool = False) -> str:
    items = []
    for category in Category:
        value = category.value
        count = counts.get(value, 0)
        if count or total:
            items.append(f'<li class="lg" data-category="{_e(value)}" data-count="{count}">'
                         f'<span class="sw c-{_e(value)}"></span>{_e(value)} <b>{count}</b></li>')
    return f'<ul class="legend">{"".join(items) or "<li>no removals</li>"}</ul>'


def _bars(rows: Sequence[tuple[str, str, int]], kind: str) -> str:
    """A horizontal bar chart: (label, category or '', count) rows."""
    if not rows:
        return "<p>none</p>"
    top = max(count for _, _, count in rows) or 1
    out = [f'<table class="bars" data-chart="{_e(kind)}">']
    for label, category, count in rows:
        width = max(1.0, 100.0 * count / top)
        css = f"c-{_e(category)}" if category else "c-any"
        out.append(f'<tr data-label="{_e(label)}" data-count="{count}"><th>{_e(label)}</th>'
                   f'<td><span class="bar {css}" style="width:{width:.1f}%"></span></td>'
                   f'<td class="n">{count}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _metadata(result: Result) -> str:
    if not result.metadata:
        return ""
    rows = []
    for key, field in result.metadata.items():
        value = ", ".join(field.value) if isinstance(field.value, list) else field.value
        raw = "" if field.raw is None or field.raw == value else field.raw
        rows.append(f"<tr><th>{_e(key)}</th><td>{_e('' if value is None else value)}</td>"
                    f"<td class='raw'>{_e(raw)}</td><td><code>{_e(field.source)}</code></td></tr>")
    return ("<details class='meta'><summary>metadata</summary><table><tr><th>field</th><th>value</th>"
            f"<th>raw</th><th>source</th></tr>{''.join(rows)}</table></details>")


def _removal_table(result: Result) -> str:
    rows = []
    for number, r in enumerate(result.removals):
        rows.append(f'<tr data-n="{number}"><td><span class="sw c-{_e(r.category.value)}"></span>'
                    f"<code>{_e(r.code)}</code></td><td>{_e(r.name)}</td><td>{_e(r.category.value)}</td>"
                    f"<td>{r.line}</td><td>{_e(r.reason)}</td><td class='snip'>{_e(_short(r.text))}</td></tr>")
    table = ("<details class='removals'><summary>removals: " + str(len(rows)) + "</summary><table><tr><th>code</th>"
             "<th>rule</th><th>category</th><th>line</th><th>reason</th><th>text</th></tr>"
             + "".join(rows) + "</table></details>") if rows else ""
    if result.suspicions:
        kept = "".join(f"<tr><td><code>{_e(s.code)}</code></td><td>{_e(s.category.value)}</td><td>{s.line}</td>"
                       f"<td>{_e(s.reason)}</td><td class='snip'>{_e(_short(s.text))}</td></tr>"
                       for s in result.suspicions)
        table += (f"<details class='suspicions'><summary>kept but suspicious: {len(result.suspicions)}</summary>"
                  f"<table><tr><th>code</th><th>category</th><th>line</th><th>reason</th><th>text</th></tr>{kept}"
                  "</table></details>")
    if result.page_removals:
        left = "".join(f"<tr><td><span class='sw c-{_e(p.category.value)}'></span>{_e(p.category.value)}</td>"
                       f"<td>{_e(p.reason)}</td><td><code>{_e(p.path)}</code></td>"
                       f"<td class='snip'>{_e(_short(p.text))}</td></tr>" for p in result.page_removals)
        table += (f"<details class='page-removals'><summary>left out of the page by extraction: "
                  f"{len(result.page_removals)} blocks</summary><table><tr><th>category</th><th>reason</th>"
                  f"<th>where</th><th>text</th></tr>{left}</table></details>")
    return table


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _document(number: int, entry: ReportEntry) -> str:
    head = f'<section class="doc" id="doc-{number}" data-name="{_e(entry.name)}">'
    title = f"<h2><span class='num'>{number}</span> {_e(entry.name)}</h2>"
    result = entry.result
    if result is None:
        return f"{head}{title}<p class='error' data-status='error'>not cleaned: {_e(entry.error or '')}</p></section>"
    of = "the text extracted from the page" if result.offsets_of == "extracted_text" else "the input"
    notes = "".join(f"<li>{_e(note)}</li>" for note in result.notes)
    return (
        f"{head}{title}"
        f"<p class='status' data-status='{_e(result.status)}'>status <b>{_e(result.status)}</b>"
        + (f" · title <i>{_e(result.title)}</i>" if result.title else "")
        + f" · {len(result.removals)} removals</p>"
        + _legend(Counter(result.categories))
        + (f"<ul class='notes'>{notes}</ul>" if notes else "")
        + _metadata(result)
        + "<div class='panes'>"
        f"<div class='pane'><h3>{_e(of[0].upper() + of[1:])}, removals highlighted</h3>"
        f"<pre class='input' data-length='{len(result.input_text)}'>{_highlighted(result)}</pre></div>"
        f"<div class='pane'><h3>Clean text</h3><pre class='clean'>{_e(result.text)}</pre></div>"
        "</div>"
        + _removal_table(result)
        + "</section>"
    )


def _summary(entries: Sequence[ReportEntry]) -> str:
    categories: Counter[str] = Counter()
    rules: Counter[tuple[str, str, str]] = Counter()
    statuses: Counter[str] = Counter()
    for entry in entries:
        if entry.result is None:
            statuses["error"] += 1
            continue
        statuses[entry.result.status] += 1
        for r in entry.result.removals:
            categories[r.category.value] += 1
            rules[(r.code, r.name, r.category.value)] += 1
    by_category = [(c, c, n) for c, n in categories.most_common()]
    by_rule = [(f"{code} {name}", category, n) for (code, name, category), n in rules.most_common()]
    rows = []
    for number, entry in enumerate(entries, 1):
        result = entry.result
        status = result.status if result else "error"
        count = len(result.removals) if result else 0
        rows.append(f"<tr><td>{number}</td><td><a href='#doc-{number}'>{_e(entry.name)}</a></td>"
                    f"<td data-status='{_e(status)}'>{_e(status)}</td><td class='n'>{count}</td></tr>")
    status_text = ", ".join(f"{n} {_e(s)}" for s, n in sorted(statuses.items()))
    return (
        "<section class='summary' id='summary'><h2>Summary</h2>"
        f"<p>{len(entries)} documents ({status_text}), {sum(categories.values())} removals.</p>"
        + _legend(categories, total=True)
        + "<div class='charts'><div><h3>Removals per category</h3>" + _bars(by_category, "category") + "</div>"
        + "<div><h3>Removals per rule</h3>" + _bars(by_rule, "rule") + "</div></div>"
        + "<h3>Documents</h3><table class='docs'><tr><th>#</th><th>document</th><th>status</th><th>removals</th></tr>"
        + "".join(rows) + "</table></section>"
    )


def _style() -> str:
    colours = "".join(f".c-{name}{{background:{colour}}}" for name, colour in COLOURS.items())
    return (
        "body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1em;color:#111}"
        "h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc;padding-bottom:.2em}"
        "h3{font-size:1em;margin:.6em 0 .3em}"
        ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em .9em;margin:.4em 0}"
        ".sw{display:inline-block;width:.9em;height:.9em;border:1px solid #999;margin-right:.3em;"
        "vertical-align:-.1em}"
        ".panes{display:grid;grid-template-columns:1fr 1fr;gap:1em}"
        "pre{white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.5 ui-monospace,monospace;background:#fafafa;"
        "border:1px solid #ddd;padding:.6em;margin:0}"
        "mark.rm{color:inherit;border-radius:2px;position:relative;cursor:help;outline-offset:1px}"
        "mark.rm:hover,mark.rm:focus{outline:2px solid #333}"
        "mark.rm:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:2;"
        "background:#222;color:#fff;padding:.3em .5em;border-radius:3px;width:max-content;max-width:40em;"
        "white-space:normal;font:12px/1.35 system-ui,sans-serif}"
        "table{border-collapse:collapse;margin:.3em 0}td,th{border:1px solid #ddd;padding:.15em .4em;"
        "text-align:left;vertical-align:top}"
        ".snip{max-width:40em;color:#444}.raw{color:#666}.n{text-align:right}.num{color:#888}"
        ".bars th{font-weight:normal;white-space:nowrap}.bars td:nth-child(2){width:20em}"
        ".bar{display:block;height:.9em;border:1px solid #999}.c-any{background:#94a3b8}"
        ".charts{display:grid;grid-template-columns:1fr 1fr;gap:1em}"
        "pre.clean:empty::before{content:'(no body text: see the status and notes)';color:#888}"
        ".error{color:#b00}.notes{color:#555}details{margin:.4em 0}"
        + colours
    )


def render(entries: Iterable[ReportEntry], *, title: str = "cleanser report") -> str:
    """The whole page for ``entries``, as one string of HTML."""
    from cleanser._version import __version__

    docs = list(entries)
    rulesets = sorted({e.result.ruleset for e in docs if e.result is not None and e.result.ruleset})
    body = [f"<h1>{_e(title)}</h1>",
            f"<p class='about'>cleanser {_e(__version__)}"
            + (f" · rule set <code>{_e(', '.join(rulesets))}</code>" if rulesets else "")
            + " · hover over a highlight, or click it, for the rule and its reason.</p>"]
    if len(docs) != 1:
        body.append(_summary(docs))
    body.extend(_document(number, entry) for number, entry in enumerate(docs, 1))
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">"
        "<meta name='referrer' content='no-referrer'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{_e(title)}</title><style>{_style()}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )
