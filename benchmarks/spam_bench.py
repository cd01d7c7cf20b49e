"""Gambling-spam benchmark: real spam and hard negatives placed inside articles.

    python benchmarks/spam_bench.py SHARED_SPAM_DIR [--quality docs/quality.md] [--misses]

SHARED_SPAM_DIR holds spam.tsv and negatives.tsv (id, text, where, context). Each row is
placed in an article written for this benchmark, in up to three ways:

- ``paragraph``: as a paragraph of its own in the middle of the story;
- ``slot``: as the title of a read-also slot ("Baca juga: <row>");
- ``glued``: appended to the last sentence of a story paragraph (for spam rows seen
  injected into articles or pages, and for every negative).

The rows are split by a fixed rule (``part_of``: even id -> tuning, odd id -> test) and
both parts are reported, with the figures recorded by ``--save-baseline`` as "before".

The full default pipeline (``cleanser.clean``) cleans each article. A spam row counts as
removed when spam removals cover at least 90% of its characters; a negative row counts as
touched when any spam rule removes any of its characters (a negative in a read-also slot
removed as related is correct). The figures go to the "spam" section of docs/quality.md;
the rows themselves are never written there, only their ids.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleanser
from benchmarks._report import write_section
from cleanser.categories import Category
from cleanser.result import Result

# Stories written for this benchmark. "{slot}" marks where a row is placed; the paragraph
# marked "{glue}" gets a row appended to its last sentence.
_STORIES = (
    """Banjir Rendam Tiga Kecamatan di Kabupaten Sukamaju

SUKAMAJU - Hujan deras yang turun sejak Minggu malam membuat Sungai Cibening meluap dan
merendam permukiman di tiga kecamatan. Ketinggian air di sejumlah titik mencapai satu
meter.

Badan Penanggulangan Bencana Daerah mencatat sedikitnya 1.240 rumah terdampak. Sebagian
warga memilih bertahan di lantai dua rumah mereka, sementara yang lain mengungsi ke
balai desa dan masjid terdekat.

Petugas gabungan mendirikan dapur umum di halaman kantor kecamatan untuk menyediakan
makanan bagi para pengungsi.{glue}

{slot}

Kepala pelaksana BPBD setempat mengatakan pihaknya menyiagakan perahu karet di titik
yang paling parah. "Kami prioritaskan lansia, anak-anak, dan ibu hamil," katanya.

Warga berharap pemerintah daerah segera menormalisasi aliran sungai yang menyempit
akibat sedimentasi. Setiap musim hujan, kata mereka, banjir serupa selalu datang dan
merusak perabot rumah tangga.

Hingga Senin sore, hujan dengan intensitas ringan masih mengguyur wilayah itu. BMKG
memperkirakan cuaca ekstrem berlangsung hingga akhir pekan.""",
    """Harga Beras Medium Naik di Pasar Tradisional

Jakarta - Harga beras medium di sejumlah pasar tradisional kembali naik dalam dua pekan
terakhir. Di Pasar Induk, harga per kilogram kini berkisar Rp13.500 hingga Rp14.000.

Pedagang menyebut pasokan dari daerah sentra produksi berkurang karena panen yang
mundur. Sebagian pembeli mulai beralih ke beras premium kemasan yang harganya relatif
stabil.

Seorang pedagang di los beras mengaku omzetnya turun hampir sepertiga sejak awal
bulan.{glue}

{slot}

Perum Bulog menyatakan siap menggelar operasi pasar di titik-titik yang mengalami
lonjakan harga. Stok cadangan beras pemerintah disebut masih mencukupi hingga beberapa
bulan ke depan.

Ekonom menilai kenaikan harga pangan perlu diantisipasi karena berpengaruh langsung pada
inflasi dan daya beli rumah tangga berpenghasilan rendah.""",
    """Pelajar Sukamaju Juara Lomba Robotik Tingkat Provinsi

BANDUNG - Tim robotik dari sebuah SMA negeri di Sukamaju meraih juara pertama dalam
lomba robotik tingkat provinsi yang digelar akhir pekan lalu. Mereka mengalahkan 48 tim
dari berbagai kota.

Robot buatan tiga pelajar itu dirancang untuk memilah sampah organik dan anorganik
secara otomatis. Juri menilai rancangan mereka sederhana namun bekerja dengan akurat.

Para pelajar itu menghabiskan waktu hampir empat bulan untuk merakit dan menguji robot
di laboratorium sekolah.{glue}

{slot}

Guru pembimbing tim mengatakan keberhasilan itu lahir dari kerja keras dan dukungan
orang tua. Sekolah berencana menambah peralatan laboratorium agar lebih banyak siswa
bisa belajar robotik.

Tim tersebut akan mewakili provinsi dalam kompetisi tingkat nasional yang dijadwalkan
berlangsung pada bulan depan di Surabaya.""",
)


def _unwrap(story: str) -> str:
    """Paragraphs are separated by blank lines; single line breaks inside are spaces."""
    return "\n\n".join(" ".join(p.split("\n")) for p in story.split("\n\n"))


ARTICLES = tuple(_unwrap(story) for story in _STORIES)

GLUE_CONTEXTS = ("injected-in-article", "seo-page", "related-link")
COVERED_SHARE = 0.9


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    where: str
    context: str


@dataclass(frozen=True)
class Placed:
    row: Row
    placement: str
    text: str
    start: int
    end: int


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        return [Row(*r[:4]) for r in reader if len(r) >= 4 and r[1].strip()]


def place(row: Row, k: int, placement: str) -> Placed:
    article = ARTICLES[k % len(ARTICLES)]
    if placement == "paragraph":
        head, tail = article.replace("{glue}", "").split("{slot}")
        return Placed(row, placement, head + row.text + tail, len(head), len(head) + len(row.text))
    if placement == "slot":
        head, tail = article.replace("{glue}", "").split("{slot}")
        head += "Baca juga: "
        return Placed(row, placement, head + row.text + tail, len(head), len(head) + len(row.text))
    head, tail = article.replace("{slot}\n\n", "").split("{glue}")
    head += " "
    return Placed(row, placement, head + row.text + tail, len(head), len(head) + len(row.text))


def placements(row: Row, negative: bool) -> Iterator[str]:
    yield "paragraph"
    yield "slot"
    if negative or row.context in GLUE_CONTEXTS:
        yield "glued"


def _nonspace(text: str, start: int, end: int) -> int:
    return sum(1 for ch in text[start:end] if not ch.isspace())


def spam_coverage(result: Result, placed: Placed) -> float:
    total = _nonspace(placed.text, placed.start, placed.end)
    covered = 0
    for r in result.removals:
        if r.category is Category.SPAM:
            s, e = max(r.start, placed.start), min(r.end, placed.end)
            if s < e:
                covered += _nonspace(placed.text, s, e)
    return covered / total if total else 1.0


def touched_by_spam(result: Result, placed: Placed) -> list[str]:
    return sorted({
        r.code for r in result.removals
        if r.code.startswith("SP") and r.start < placed.end and placed.start < r.end
    })


def touched_by_other(result: Result, placed: Placed) -> list[str]:
    """Non-spam removals of a negative's characters (excluding a related slot)."""
    if placed.placement == "slot":
        return []
    return sorted({
        f"{r.code}:{r.category}" for r in result.removals
        if not r.code.startswith("SP") and r.start < placed.end and placed.start < r.end
    })


def scaling(spam_rows: list[Row], negative_rows: list[Row]) -> list[tuple[int, float]]:
    """Time of the shared spam analysis on ever longer documents."""
    from cleanser.spam.analysis import analyse_text

    unit = "\n\n".join(
        [ARTICLES[0].replace("{glue}", "").replace("{slot}", "")]
        + [r.text for r in spam_rows[:20]] + [r.text for r in negative_rows[:20]]
    )
    out = []
    for copies in (1, 10, 100):
        text = "\n\n".join([unit] * copies) + f"\n\n{copies}"
        t0 = time.perf_counter()
        analyse_text(text)
        out.append((len(text), (time.perf_counter() - t0) * 1000))
    return out


def analysis_time(text: str) -> float:
    """Seconds the shared spam analysis takes on ``text`` alone."""
    from cleanser.spam.analysis import analyse_text

    read = getattr(analyse_text, "__wrapped__", analyse_text)  # never a cached answer
    t0 = time.perf_counter()
    read(text)
    return time.perf_counter() - t0


def part_of(row: Row) -> str:
    """The fixed split: rows with an even number in their id tune, odd ones test.

    Only the tuning part may guide lexicon and rule changes; the test part is read for
    the figures alone."""
    digits = "".join(ch for ch in row.id if ch.isdigit())
    return TUNING if digits and int(digits) % 2 == 0 else TEST


TUNING, TEST = "tuning", "test"
PARTS = (TUNING, TEST)


@dataclass
class Tally:
    """Figures of one part of the rows."""

    spam_rows: int = 0
    spam_rows_removed: int = 0
    spam_placements: int = 0
    spam_placements_removed: int = 0
    negative_rows: int = 0
    negative_placements: int = 0
    negative_placements_touched: int = 0
    negative_rows_touched: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))

    def row_share(self) -> float:
        return self.spam_rows_removed / self.spam_rows if self.spam_rows else 1.0


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} ({k / n:.1%})" if n else "0/0"


def run(spam_dir: Path, quality: Path | None, show_misses: bool, baseline: Path,
        save_baseline: bool, only: str | None) -> int:
    spam_rows = read_rows(spam_dir / "spam.tsv")
    negative_rows = read_rows(spam_dir / "negatives.tsv")
    if only is not None:
        spam_rows = [r for r in spam_rows if part_of(r) == only]
        negative_rows = [r for r in negative_rows if part_of(r) == only]
    timings: list[float] = []
    analysis_timings: list[float] = []

    def clean(placed: Placed) -> Result:
        t0 = time.perf_counter()
        result = cleanser.clean(placed.text)
        timings.append(time.perf_counter() - t0)
        analysis_timings.append(analysis_time(placed.text))
        return result

    cleanser.clean(ARTICLES[0].replace("{glue}", "").replace("{slot}", ""))  # warm up
    tallies = {part: Tally() for part in PARTS}
    by_place: dict[str, list[int]] = {}
    by_context: dict[str, list[int]] = {}
    misses: list[tuple[Placed, float]] = []
    for k, row in enumerate(spam_rows):
        tally = tallies[part_of(row)]
        removed_everywhere = True
        for placement in placements(row, negative=False):
            placed = place(row, k, placement)
            share = spam_coverage(clean(placed), placed)
            ok = share >= COVERED_SHARE
            tally.spam_placements += 1
            tally.spam_placements_removed += ok
            by_place.setdefault(placement, [0, 0])
            by_place[placement][0] += ok
            by_place[placement][1] += 1
            by_context.setdefault(row.context, [0, 0])
            by_context[row.context][0] += ok
            by_context[row.context][1] += 1
            removed_everywhere &= ok
            if not ok:
                misses.append((placed, share))
        tally.spam_rows += 1
        tally.spam_rows_removed += removed_everywhere

    neg_touched: list[tuple[Placed, list[str]]] = []
    neg_other: list[tuple[Placed, list[str]]] = []
    neg_by_place: dict[str, list[int]] = {}
    for k, row in enumerate(negative_rows):
        tally = tallies[part_of(row)]
        tally.negative_rows += 1
        touched_row = False
        for placement in placements(row, negative=True):
            placed = place(row, k, placement)
            result = clean(placed)
            codes = touched_by_spam(result, placed)
            tally.negative_placements += 1
            tally.negative_placements_touched += bool(codes)
            touched_row |= bool(codes)
            neg_by_place.setdefault(placement, [0, 0])
            neg_by_place[placement][0] += bool(codes)
            neg_by_place[placement][1] += 1
            if codes:
                neg_touched.append((placed, codes))
            other = touched_by_other(result, placed)
            if other:
                neg_other.append((placed, other))
        tally.negative_rows_touched += touched_row

    if save_baseline:
        import json
        import subprocess

        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=Path(__file__).resolve().parents[1]).stdout.strip()
        baseline.write_text(json.dumps(
            {"commit": commit, "parts": {p: t.as_dict() for p, t in tallies.items()}},
            indent=2) + "\n", encoding="utf-8")
    before = _read_baseline(baseline)

    lines = [
        "Command: `python benchmarks/spam_bench.py ../shared/spam` (full default pipeline).",
        "",
        f"Spam rows: {len(spam_rows)}; negative rows: {len(negative_rows)}. A spam placement",
        f"counts as removed when spam removals cover >= {COVERED_SHARE:.0%} of the row; a spam",
        "row is removed when it is removed in every placement. The rows are split by a fixed",
        "rule: an even number in the id makes a **tuning** row (it may guide lexicon and rule",
        "changes), an odd number a **test** row (read for these figures only).",
        "",
    ]
    if before is not None:
        lines += [f"\"Before\" is the state at commit {before['commit']}, measured the same way",
                  "(`--save-baseline` wrote `benchmarks/spam_baseline.json`); \"after\" is now.",
                  "The lexicon was first written with every row in view, so the \"before\" figures",
                  "of both parts are optimistic: 115 of its entries fired in one row only and in no",
                  "example of the project (issue 11 counted 131 without the project's examples).", ""]
    from benchmarks.spam_lexicon_rows import single_row_entries

    single = single_row_entries(spam_dir)
    lines += [f"Lexicon entries that fire in exactly one row here and in no example of the project "
              f"(`benchmarks/spam_lexicon_rows.py`): {len(single)}.", ""]
    lines += ["| part | measure | before | after | target |", "| --- | --- | --- | --- | --- |"]
    for part in PARTS:
        now = tallies[part]
        was = Tally(**before["parts"][part]) if before is not None else None

        def cell(t: Tally | None, k: str, n: str) -> str:
            return _pct(getattr(t, k), getattr(t, n)) if t is not None else "-"

        lines += [
            f"| {part} | spam rows removed in every placement | "
            f"{cell(was, 'spam_rows_removed', 'spam_rows')} | "
            f"{cell(now, 'spam_rows_removed', 'spam_rows')} | >= 95% |",
            f"| {part} | spam placements removed | "
            f"{cell(was, 'spam_placements_removed', 'spam_placements')} | "
            f"{cell(now, 'spam_placements_removed', 'spam_placements')} | |",
            f"| {part} | negative rows touched by a spam rule | "
            f"{cell(was, 'negative_rows_touched', 'negative_rows')} | "
            f"{cell(now, 'negative_rows_touched', 'negative_rows')} | 0 |",
            f"| {part} | negative placements touched by a spam rule | "
            f"{cell(was, 'negative_placements_touched', 'negative_placements')} | "
            f"{cell(now, 'negative_placements_touched', 'negative_placements')} | 0 |",
        ]
    lines += [
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| median clean() time per article | {statistics.median(timings) * 1000:.1f} ms |",
        f"| median analyse_text() time per article | "
        f"{statistics.median(analysis_timings) * 1000:.2f} ms |",
        "",
        "Both parts together:",
        "",
        "| placement | spam removed | negatives touched |",
        "| --- | --- | --- |",
    ]
    for placement in ("paragraph", "slot", "glued"):
        ok, n = by_place.get(placement, [0, 0])
        bad, m = neg_by_place.get(placement, [0, 0])
        lines.append(f"| {placement} | {ok}/{n} | {bad}/{m} |")
    lines += ["", "| spam context | removed |", "| --- | --- |"]
    for context, (ok, n) in sorted(by_context.items()):
        lines.append(f"| {context} | {ok}/{n} |")
    lines += ["", "Spam analysis time by document size (the story repeated, with spam and negative",
              "rows mixed in; linear growth expected):", "", "| characters | ms |", "| --- | --- |"]
    for chars, ms in scaling(spam_rows, negative_rows):
        lines.append(f"| {chars:,} | {ms:.0f} |")
    miss_ids = ", ".join(sorted({f"{p.row.id} ({p.placement})" for p, _ in misses}))
    lines += ["", f"Missed spam placements: {miss_ids or 'none'}."]
    touched_ids = ", ".join(sorted({f"{p.row.id} ({p.placement}: {' '.join(c)})" for p, c in neg_touched}))
    lines += [f"Negatives touched by spam rules: {touched_ids or 'none'}."]
    other_ids = ", ".join(sorted({f"{p.row.id} ({p.placement}: {' '.join(c)})" for p, c in neg_other}))
    lines += [f"Negatives losing text to other rules (outside read-also slots): {other_ids or 'none'}."]
    markdown = "\n".join(lines)
    print(markdown)
    if show_misses:
        print("\n## Misses (for study; not written to docs)")
        for placed, share in misses:
            print(f"- {placed.row.id} [{part_of(placed.row)}/{placed.row.context}/{placed.placement}]"
                  f" covered {share:.0%}: {placed.row.text[:300]}")
        print("\n## Negatives touched")
        for placed, codes in neg_touched:
            print(f"- {placed.row.id} [{part_of(placed.row)}/{placed.placement}] {codes}: "
                  f"{placed.row.text[:300]}")
        print("\n## Negatives losing text to other rules")
        for placed, codes in neg_other:
            print(f"- {placed.row.id} [{placed.placement}] {codes}: {placed.row.text[:160]}")
    if quality is not None and only is None:
        write_section(quality, "spam", "## Gambling spam\n\n" + markdown)
    return 0


def _read_baseline(path: Path) -> dict | None:
    import json

    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) and "parts" in data else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spam_dir", type=Path, help="directory with spam.tsv and negatives.tsv")
    parser.add_argument("--quality", type=Path,
                        default=Path(__file__).resolve().parents[1] / "docs" / "quality.md",
                        help="Markdown file whose 'spam' section is rewritten")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--misses", action="store_true", help="print missed rows in full")
    parser.add_argument("--baseline", type=Path,
                        default=Path(__file__).resolve().parent / "spam_baseline.json",
                        help="JSON file with the 'before' figures (ids never written)")
    parser.add_argument("--save-baseline", action="store_true",
                        help="record this run's figures as the 'before' state")
    parser.add_argument("--part", choices=PARTS, help="measure one part only (not written)")
    args = parser.parse_args(argv)
    return run(args.spam_dir, None if args.no_write else args.quality, args.misses,
               args.baseline, args.save_baseline, args.part)


if __name__ == "__main__":
    raise SystemExit(main())
