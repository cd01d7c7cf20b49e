"""Screenshots of `cleanser report` pages for docs/report.md, taken in headless Chromium.

    python -m benchmarks.report_screenshot [--chromium /usr/bin/chromium] [--out docs]

Writes docs/report-summary.png (the summary of a batch of three corpus documents) and
docs/report-document.png (one document, a highlight clicked to show its rule and reason).
Needs playwright (pip) and chromium (Debian package).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import cleanser
from cleanser.report import ReportEntry, render

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DOCUMENTS = ["seed-002", "w001-detik-aset-karawang", "seed-004"]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def entries(folders: list[str]) -> list[ReportEntry]:
    out = []
    for folder in folders:
        text = (CORPUS / folder / "input.txt").read_text(encoding="utf-8")
        out.append(ReportEntry(f"corpus/{folder}/input.txt", cleanser.clean(text)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        batch, single = Path(folder) / "batch.html", Path(folder) / "single.html"
        batch.write_text(render(entries(DOCUMENTS)), encoding="utf-8")
        single.write_text(render(entries(DOCUMENTS[:1])), encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 820})
        page.goto(batch.as_uri())
        page.screenshot(path=str(args.out / "report-summary.png"))
        page.goto(single.as_uri())
        page.locator("mark.rm[data-code=DL01]").first.click()
        page.screenshot(path=str(args.out / "report-document.png"))
        browser.close()
    print(f"wrote {args.out / 'report-summary.png'} and {args.out / 'report-document.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
