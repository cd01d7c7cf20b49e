"""`cleanser report`: one self-contained HTML page. Checked twice: by parsing the page (every
run), and in a real headless Chromium driven by Playwright (skipped when either is missing):
it renders, each highlight sits on its removal's text in its category's colour, the legend
counts match the JSON report, and a hostile <script> quoted by an input does not run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

import cleanser
from cleanser.cli import main
from cleanser.report import COLOURS, ReportEntry, render
from tests.conftest import CORPUS
from tests.test_html import ARTICLE_PAGE

CHROMIUM = "/usr/bin/chromium"
HOSTILE = (
    "Warga Desa Sukamaju Bangun Jembatan Bambu\n\n"
    "Baca juga: <script>window.__pwned = 1</script>\n"
    "JAKARTA - Pemerintah desa mengumumkan bahwa jembatan baru akan dibuka untuk umum pada akhir bulan ini.\n\n"
    "Warga menulis <img src=x onerror=\"window.__pwned = 2\"> dan </pre><script>window.__pwned = 3</script> "
    "di kolom komentar, kata kepala desa yang menertawakan ulah itu.\n\n"
    "Copyright © 2024 <b onmouseover=\"window.__pwned = 4\">Kabar Desa</b> All Rights Reserved\n"
)
DOCS = ["seed-002", "w001-detik-aset-karawang", "seed-004"]


def css(element, selector: str) -> list:
    """Elements under ``element`` matching a small CSS subset: ``tag.class``, ``tag[attr=value]``
    and descendant steps (lxml's cssselect needs a package the project does not depend on)."""
    import re

    path = "."
    for step in selector.split():
        match = re.fullmatch(r"([a-z0-9]*)(?:\.([\w-]+))?(?:\[([\w-]+)=([^\]]+)\])?|#([\w-]+)", step)
        assert match, step
        tag, klass, attr, value, ident = match.groups()
        if ident:
            path += f"//*[@id='{ident}']"
            continue
        path += f"//{tag or '*'}"
        if klass:
            path += f"[contains(concat(' ', normalize-space(@class), ' '), ' {klass} ')]"
        if attr:
            path += f"[@{attr}='{value.strip(chr(39))}']"
    return element.xpath(path)


def corpus_entries() -> list[ReportEntry]:
    entries = []
    for folder in DOCS:
        text = (CORPUS / folder / "input.txt").read_text(encoding="utf-8")
        entries.append(ReportEntry(f"corpus/{folder}/input.txt", cleanser.clean(text)))
    return entries


def all_entries() -> list[ReportEntry]:
    return [*corpus_entries(), ReportEntry("hostile.txt", cleanser.clean(HOSTILE)),
            ReportEntry("page.html", cleanser.clean_html(ARTICLE_PAGE)),
            ReportEntry("missing.txt", error="no such file")]


def test_every_highlight_and_the_whole_input_survive_escaping() -> None:
    entries = all_entries()
    tree = lxml_html.fromstring(render(entries))
    sections = css(tree, "section.doc")
    assert len(sections) == len(entries)
    for section, entry in zip(sections, entries, strict=True):
        if entry.result is None:
            assert css(section, "p.error")[0].text_content().endswith("no such file")
            continue
        pre = css(section, "pre.input")[0]
        assert pre.text_content() == entry.result.input_text
        assert css(section, "pre.clean")[0].text_content() == entry.result.text
        marks = css(pre, "mark.rm")
        assert len(marks) == len(entry.result.removals)
        for mark, removal in zip(marks, entry.result.removals, strict=True):
            assert mark.text_content() == removal.text
            assert (mark.get("data-code"), mark.get("data-category")) == (removal.code, removal.category.value)
            assert removal.reason in mark.get("title") and removal.name in mark.get("title")


def test_the_page_holds_no_script_no_handler_and_no_external_asset() -> None:
    page = render(all_entries())
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script | //iframe | //object | //embed | //img | //link | //base | //form")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert "javascript:" not in value.lower()
            if name in ("href", "src"):
                assert value.startswith("#"), value
    assert "<script>window.__pwned = 1</script>" in tree.text_content()
    assert "script-src" not in page or "default-src 'none'" in page


def test_legend_counts_and_the_summary_agree_with_the_json() -> None:
    entries = corpus_entries()
    tree = lxml_html.fromstring(render(entries))
    totals: dict[str, int] = {}
    for section, entry in zip(css(tree, "section.doc"), entries, strict=True):
        assert entry.result is not None
        report = json.loads(json.dumps(entry.result.to_dict()))
        legend = {li.get("data-category"): int(li.get("data-count")) for li in css(section, "li.lg")}
        assert legend == report["categories"]
        for category, count in report["categories"].items():
            totals[category] = totals.get(category, 0) + count
    summary = css(tree, "section.summary")[0]
    chart = {tr.get("data-label"): int(tr.get("data-count"))
             for tr in css(summary, "table[data-chart=category] tr")}
    assert chart == totals
    by_rule = sum(int(tr.get("data-count")) for tr in css(summary, "table[data-chart=rule] tr"))
    assert by_rule == sum(totals.values())
    links = [a.get("href") for a in css(summary, "table.docs a")]
    assert links == [f"#doc-{n}" for n in range(1, len(entries) + 1)]
    assert all(css(tree, link) for link in links)


def test_one_document_has_no_summary() -> None:
    tree = lxml_html.fromstring(render(corpus_entries()[:1]))
    assert not css(tree, "section.summary") and len(css(tree, "section.doc")) == 1


def test_cli_report_over_files_a_folder_a_page_and_a_missing_file(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "page.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    out = tmp_path / "report.html"
    code = main(["report", str(CORPUS / "seed-002" / "input.txt"), str(folder), str(tmp_path / "missing.txt"),
                 "-o", str(out), "--title", "Laporan <harian>"])
    err = capsys.readouterr().err
    assert code == 1 and "missing.txt: no such file" in err and "wrote" in err
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert tree.findtext(".//title") == "Laporan <harian>"
    names = [s.get("data-name") for s in css(tree, "section.doc")]
    assert names == [str(CORPUS / "seed-002" / "input.txt"), str(folder / "hostile.txt"), str(folder / "page.html"),
                     str(tmp_path / "missing.txt")]
    page_section = css(tree, "section.doc")[2]
    assert css(page_section, "p.status")[0].get("data-status") == "ok"
    assert css(page_section, "details.page-removals")
    assert "extracted from the page" in css(page_section, "h3")[0].text_content()


def test_cli_report_to_stdout(capsys) -> None:
    code = main(["report", str(CORPUS / "seed-004" / "input.txt"), "-o", "-"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("<!DOCTYPE html>") and out.count("<section class=\"doc\"") == 1


def test_cli_report_needs_an_output(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", str(CORPUS / "seed-004" / "input.txt")])
    assert exit_info.value.code == 2


# -- in a real browser ---------------------------------------------------------------------------

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        pytest.skip("no chromium at /usr/bin/chromium")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists()
                                              else shutil.which("chromium"), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    entries = all_entries()
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(entries), encoding="utf-8")
    return path, entries


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, requests


def _rgb(colour: str) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def test_browser_renders_every_document_offline(browser, rendered) -> None:
    path, entries = rendered
    page, requests = _open(browser, path)
    assert page.title() == "cleanser report"
    assert page.locator("section.doc").count() == len(entries)
    assert page.locator("section.summary").is_visible()
    assert requests == [path.as_uri()]  # nothing fetched besides the page itself
    page.click("table.docs a[href='#doc-2']")
    assert page.evaluate("location.hash") == "#doc-2"
    page.close()


def test_browser_highlights_sit_on_the_removed_text_in_their_colour(browser, rendered) -> None:
    path, entries = rendered
    page, _ = _open(browser, path)
    for number, entry in enumerate(entries, 1):
        if entry.result is None:
            continue
        report = entry.result.to_dict(include_input=True)
        found = page.evaluate(
            """n => { const s = document.getElementById('doc-' + n);
                      const pre = s.querySelector('pre.input');
                      return {input: pre.textContent,
                              marks: [...pre.querySelectorAll('mark.rm')].map(m => ({
                                 text: m.textContent, code: m.dataset.code,
                                 colour: getComputedStyle(m).backgroundColor,
                                 shown: m.getClientRects().length > 0})),
                              legend: Object.fromEntries([...s.querySelectorAll('li.lg')].map(
                                 li => [li.dataset.category, Number(li.dataset.count)]))}; }""",
            number,
        )
        assert found["input"] == report["input_text"]
        assert [(m["text"], m["code"]) for m in found["marks"]] == [(r["text"], r["code"]) for r in report["removals"]]
        for mark, removal in zip(found["marks"], report["removals"], strict=True):
            assert mark["shown"]
            assert mark["colour"] == _rgb(COLOURS[removal["category"]])
            # the offsets in the JSON point at the same text the browser shows highlighted
            assert report["input_text"][removal["start"] : removal["end"]] == mark["text"]
        assert found["legend"] == report["categories"]
    page.close()


def test_browser_click_shows_code_rule_and_reason(browser, rendered) -> None:
    path, entries = rendered
    page, _ = _open(browser, path)
    removal = entries[0].result.removals[0]
    mark = page.locator("#doc-1 mark.rm").first
    mark.click()
    tip = page.evaluate("() => getComputedStyle(document.activeElement, '::after').content")
    assert removal.code in tip and removal.name in tip and removal.reason in tip
    page.close()


def test_browser_runs_no_script_from_a_hostile_input(browser, rendered) -> None:
    path, entries = rendered
    page, _ = _open(browser, path)
    hostile = next(n for n, e in enumerate(entries, 1) if e.name == "hostile.txt")
    page.locator(f"#doc-{hostile} pre.input").hover()
    page.mouse.move(10, 10)
    page.wait_for_timeout(100)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.scripts.length") == 0
    shown = page.locator(f"#doc-{hostile} pre.input").inner_text()
    assert "<script>window.__pwned = 1</script>" in shown and 'onerror="window.__pwned = 2"' in shown
    assert page.locator("img").count() == 0
    page.close()
