"""The evaluation scorer, both folder loaders, and runs on the bundled corpus and the devset."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

import cleanser
from cleanser import evaluation as ev

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEVSET = SHARED / "devset"

BODY = (
    "Pemerintah kota menambah tiga armada bus listrik untuk rute sekolah mulai pekan depan.\n\n"
    '"Kami ingin anak-anak berangkat lebih pagi dan lebih aman," kata kepala dinas '
    "perhubungan, Senin (3/3/2025).\n\n"
    "Armada baru itu akan melayani enam sekolah dasar di wilayah timur."
)
INPUT = (
    "Bus Listrik untuk Rute Sekolah\n"
    "Senin, 03 Mar 2025 10:15 WIB\n"
    "Pemerintah kota menambah tiga armada bus listrik untuk rute sekolah mulai pekan depan.\n"
    "Baca juga: Tarif Angkot Naik Bulan Depan\n"
    '"Kami ingin anak-anak berangkat lebih pagi dan lebih aman," kata kepala dinas '
    "perhubungan, Senin (3/3/2025).\n"
    "ADVERTISEMENT\n"
    "Armada baru itu akan melayani enam sekolah dasar di wilayah timur.\n"
    "(abc/def)\n"
)


def namespace(directory: Path | str, **options: object) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    argv = [str(directory)]
    for key, value in options.items():
        flag = "--" + key.replace("_", "-")
        if value is True:
            argv.append(flag)
        else:
            argv.extend([flag, str(value)])
    return parser.parse_args(argv)


# ------------------------------------------------------------------------------ scoring


def test_tokens_are_casefolded_word_runs() -> None:
    words = ev.tokens("Baca JUGA: Rp 1.500-an, 'Kota'!")
    assert words == ["baca", "juga", "rp", "1", "500", "an", "kota"]


def test_paragraphs_strip_and_drop_empty_ones() -> None:
    text = "  satu dua  \n\n\n   \n\ntiga\r\n\r\nempat lima\n"
    assert ev.paragraphs(text) == ["satu dua", "tiga", "empat lima"]


def test_exact_output_scores_perfectly() -> None:
    counts = ev.count(BODY, BODY, INPUT)
    assert counts.body_kept == 1.0
    assert counts.precision == 1.0
    assert counts.f1 == 1.0
    assert counts.chrome_removed == 1.0
    assert counts.chrome > 0
    assert ev.is_exact(BODY, BODY.replace("\n\n", "\n\n\n") + "\n")


def test_chrome_left_lowers_chrome_removed_and_precision() -> None:
    output = BODY + "\n\nBaca juga: Tarif Angkot Naik Bulan Depan\n\n(abc/def)"
    counts = ev.count(BODY, output, INPUT)
    chrome = ev.tokens("Bus Listrik untuk Rute Sekolah Senin, 03 Mar 2025 10:15 WIB "
                       "Baca juga: Tarif Angkot Naik Bulan Depan ADVERTISEMENT (abc/def)")
    # input minus body as multisets: "Senin" and "Sekolah" are body words too, but the
    # input holds one copy more of each than the body, so that copy is chrome
    assert counts.chrome == len(chrome)
    left = ev.tokens("Baca juga: Tarif Angkot Naik Bulan Depan (abc/def)")
    assert counts.chrome_left == len(left)
    assert counts.chrome_removed == pytest.approx(1 - len(left) / counts.chrome)
    assert counts.body_kept == 1.0
    assert counts.precision == pytest.approx(counts.gold / (counts.gold + len(left)))
    assert not ev.is_exact(BODY, output)


def test_lost_body_lowers_body_kept_only() -> None:
    paras = BODY.split("\n\n")
    output = "\n\n".join(paras[:2])
    counts = ev.count(BODY, output, INPUT)
    lost = len(ev.tokens(paras[2]))
    assert counts.body_kept == pytest.approx(1 - lost / counts.gold)
    assert counts.recall == counts.body_kept
    assert counts.precision == 1.0
    assert counts.chrome_removed == 1.0


def test_tokens_compare_as_multisets() -> None:
    # the second "kota" of the output is one token too many, even though the word is body
    counts = ev.count("kota kota desa", "kota kota kota desa", "kota kota kota desa")
    assert counts.kept == 3
    assert counts.chrome == 1
    assert counts.chrome_left == 1
    assert counts.precision == pytest.approx(3 / 4)


def test_empty_output_and_empty_gold() -> None:
    assert ev.count("", "", "slot gacor hari ini").f1 == 1.0
    assert ev.count("", "", "slot gacor hari ini").chrome_removed == 1.0
    empty = ev.count("kota desa", "", "kota desa")
    assert empty.precision == 0.0
    assert empty.f1 == 0.0


def test_aggregate_gives_micro_over_tokens_and_mean_per_document() -> None:
    eight = "satu dua tiga empat lima enam tujuh delapan"
    doc_long = ev.EvalDocument("a", "text", Path("a"), eight)
    doc_short = ev.EvalDocument("b", "text", Path("b"), "satu dua")
    long_score = ev.score_document(doc_long, doc_long.expected, doc_long.expected)
    short_score = ev.score_document(doc_short, "satu", "satu dua")
    agg = ev.aggregate([long_score, short_score])
    assert agg.docs == 2
    assert agg.exact == 1
    assert agg.micro["body_kept"] == pytest.approx(9 / 10)
    assert agg.means["body_kept"] == pytest.approx((1.0 + 0.5) / 2)


def test_line_diff_shows_whole_lines_and_glued_pieces() -> None:
    expected = "Kalimat pertama berita ini cukup panjang.\n\nKalimat kedua juga tetap ada."
    output = (
        "JAKARTA, KOMPAS.com - Kalimat pertama berita ini cukup panjang.Baca juga: Judul Lain\n\n"
        "Tags: kota"
    )
    diff = ev.line_diff(expected, output)
    assert [row["text"] for row in diff.lost_body] == ["Kalimat kedua juga tetap ada."]
    pieces = [row["text"] for row in diff.chrome_left if row["fragment"]]
    assert pieces == ["JAKARTA, KOMPAS.com -", "Baca juga: Judul Lain"]
    whole = [row["text"] for row in diff.chrome_left if not row["fragment"]]
    assert whole == ["Tags: kota"]


def test_line_diff_marks_a_repeated_body_paragraph() -> None:
    expected = "Paragraf satu tentang banjir.\n\nParagraf dua tentang pengungsi."
    output = expected + "\n\nParagraf satu tentang banjir."
    diff = ev.line_diff(expected, output)
    assert diff.lost_body == []
    assert diff.chrome_left == [
        {"text": "Paragraf satu tentang banjir.", "fragment": False,
         "note": "repeats an expected paragraph"}
    ]


@pytest.mark.parametrize(
    ("site", "domain"),
    [
        ("news.detik.com", "detik.com"),
        ("jabar.tribunnews.com", "tribunnews.com"),
        ("detik.com/bali", "detik.com"),
        ("esgnow.republika.co.id", "republika.co.id"),
        ("https://www.liputan6.com/read/1", "liputan6.com"),
        ("kompas.com", "kompas.com"),
        ("m.merdeka.com", "merdeka.com"),
    ],
)
def test_registered_domain(site: str, domain: str) -> None:
    assert ev.registered_domain(site) == domain


def test_url_from_notes() -> None:
    notes = "CSV row 3, field isi; url=https://example.co.id/read/1/a-b; paragraphs joined"
    assert ev.url_from_notes(notes) == "https://example.co.id/read/1/a-b"
    assert ev.url_from_notes("2015 snapshot") is None


# ------------------------------------------------------------------------------ loaders


def make_corpus(root: Path) -> Path:
    doc = root / "written-bus"
    doc.mkdir(parents=True)
    (doc / "input.txt").write_text(INPUT, encoding="utf-8")
    (doc / "expected.txt").write_text(BODY, encoding="utf-8")
    meta = {"origin": "written", "outlet": "detik.com", "url": "https://news.detik.com/x",
            "categories": ["interface", "metadata", "related", "title"], "notes": ""}
    (doc / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    bare = root / "no-meta"
    bare.mkdir()
    (bare / "input.txt").write_text("Satu kalimat saja di sini.\n", encoding="utf-8")
    (bare / "expected.txt").write_text("Satu kalimat saja di sini.", encoding="utf-8")
    return root


def make_devset(root: Path) -> Path:
    for sub in ("text", "html", "gold"):
        (root / sub).mkdir(parents=True)
    (root / "text" / "001.txt").write_text(INPUT, encoding="utf-8")
    (root / "gold" / "001.txt").write_text(BODY + "\n", encoding="utf-8")
    (root / "html" / "002.html").write_text(
        "<html><body><article><p>Paragraf halaman.</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "gold" / "002.txt").write_text("Paragraf halaman.\n", encoding="utf-8")
    (root / "text" / "003.txt").write_text("Tanpa gold.\n", encoding="utf-8")
    rows = [
        "id\tkind\tsite\trepo\tpath\tcommit\tlicense\tchrome_types\tnotes\tbytes\tsha1",
        "001\ttext\tjabar.tribunnews.com\tr\tp\tc\tl\tbaca_juga\trow 1; url=https://jabar.tribunnews.com/a\t1\ts",
        "002\thtml\tnews.detik.com\tr\tp\tc\tl\tcopyright\t2015 snapshot\t1\ts",
        "003\ttext\tkompas.com\tr\tp\tc\tl\t\t\t1\ts",
    ]
    (root / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_corpus_loader(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus")
    assert ev.detect_layout(root) == "corpus"
    data = ev.load(root)
    assert data.layout == "corpus"
    by_id = {d.id: d for d in data.documents}
    assert set(by_id) == {"written-bus", "no-meta"}
    bus = by_id["written-bus"]
    assert (bus.kind, bus.outlet, bus.url, bus.origin) == (
        "text", "detik.com", "https://news.detik.com/x", "written")
    assert bus.categories == ("interface", "metadata", "related", "title")
    assert bus.read_input() == INPUT
    assert by_id["no-meta"].outlet == ev.NO_OUTLET
    # one document folder on its own is read too
    single = ev.load(root / "written-bus")
    assert [d.id for d in single.documents] == ["written-bus"]


def test_devset_loader(tmp_path: Path) -> None:
    root = make_devset(tmp_path / "devset")
    assert ev.detect_layout(root) == "devset"
    data = ev.load(root)
    by_id = {d.id: d for d in data.documents}
    assert set(by_id) == {"001", "002"}
    assert (by_id["001"].kind, by_id["001"].outlet, by_id["001"].url) == (
        "text", "tribunnews.com", "https://jabar.tribunnews.com/a")
    assert (by_id["002"].kind, by_id["002"].outlet, by_id["002"].url) == (
        "html", "detik.com", None)
    assert isinstance(by_id["002"].read_input(), bytes)
    assert [(p.id, p.reason) for p in data.problems] == [("003", "no gold file 003.txt")]


def test_bad_folders_raise_layout_error(tmp_path: Path) -> None:
    with pytest.raises(ev.LayoutError, match="no such folder"):
        ev.load(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ev.LayoutError, match="not an evaluation folder"):
        ev.load(tmp_path / "empty")


# ---------------------------------------------------------------------------------- run


def test_evaluate_scores_text_and_skips_html_that_cannot_be_cleaned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_devset(tmp_path / "devset")

    def broken(html: object, url: object = None, **options: object) -> object:
        raise ImportError("no HTML extractor here")

    monkeypatch.setattr(cleanser, "clean_html", broken)
    result = ev.evaluate(ev.load(root))
    assert [s.doc.id for s in result.scores] == ["001"]
    reasons = {s.id: s.reason for s in result.skipped}
    assert "no HTML extractor here" in reasons["002"]
    assert reasons["003"] == "no gold file 003.txt"
    assert result.scores[0].output == cleanser.clean(INPUT, "https://jabar.tribunnews.com/a").text


def test_evaluate_filters_kind_and_outlet(tmp_path: Path) -> None:
    data = ev.load(make_devset(tmp_path / "devset"))
    only_text = ev.evaluate(data, kind="text")
    assert {s.doc.kind for s in only_text.scores} == {"text"}
    assert ev.select(data.documents, outlet="news.detik.com")[0].id == "002"
    assert ev.select(data.documents, outlet="tribunnews.com")[0].id == "001"
    assert ev.select(data.documents, kind="text", outlet="detik.com") == []


def test_evaluate_uses_input_text_of_html_results(tmp_path: Path) -> None:
    data = ev.load(make_devset(tmp_path / "devset"))

    def fake(doc: ev.EvalDocument) -> tuple[str, str, str]:
        if doc.kind == "html":
            return "Paragraf halaman.", "Menu Utama\nParagraf halaman.", "ok"
        return ev.cleanser_cleaner(doc)

    result = ev.evaluate(data, kind="html", cleaner=fake)
    (score,) = result.scores
    assert score.exact
    assert score.counts.chrome == 2  # "menu", "utama": measured on the extracted text
    assert ev.HTML_CHROME_NOTE in result.notes


def test_main_prints_table_and_worst_documents(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus")
    out = io.StringIO()
    assert ev.main(namespace(root, worst=5), out) == 0
    text = out.getvalue()
    assert "overall" in text
    assert "detik.com" in text
    assert "body kept" in text and "chrome removed" in text


def test_main_json(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus")
    out = io.StringIO()
    assert ev.main(namespace(root, json=True, worst=1), out) == 0
    report = json.loads(out.getvalue())
    assert report["schema"] == ev.SCHEMA
    assert report["layout"] == "corpus"
    assert report["overall"]["docs"] == 2
    assert set(report["by_outlet"]) == {"detik.com", ev.NO_OUTLET}
    assert {d["id"] for d in report["documents"]} == {"written-bus", "no-meta"}
    for key in ("body_kept", "chrome_removed", "precision", "recall", "f1"):
        assert 0.0 <= report["overall"]["micro"][key] <= 1.0
    assert len(report["worst"]) <= 1


def test_main_returns_2_for_a_bad_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "notes.txt").write_text("x", encoding="utf-8")
    out = io.StringIO()
    assert ev.main(namespace(tmp_path / "plain"), out) == 2
    assert "not an evaluation folder" in capsys.readouterr().err
    assert out.getvalue() == ""


def test_main_returns_2_when_no_document_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_corpus(tmp_path / "corpus")
    assert ev.main(namespace(root, outlet="nowhere.example"), io.StringIO()) == 2
    assert "no document matches" in capsys.readouterr().err


def test_bundled_corpus_runs() -> None:
    corpus = REPO / "corpus"
    folders = [p for p in corpus.iterdir() if (p / "input.txt").is_file()]
    result = ev.evaluate(ev.load(corpus))
    assert len(result.scores) + len(result.skipped) == len(folders)
    assert len(result.scores) >= 1
    overall = result.overall()
    assert overall.docs == len(result.scores)
    assert 0.0 <= overall.micro["f1"] <= 1.0
    assert ev.format_report(result).startswith(str(corpus))


# ------------------------------------------------------------------------------- devset


def test_devset_text_documents_all_score() -> None:
    if not DEVSET.is_dir():
        pytest.skip("shared devset is not available")
    data = ev.load(DEVSET)
    assert data.layout == "devset"
    result = ev.evaluate(data, kind="text")
    text_rows = [
        line.split("\t")
        for line in (DEVSET / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
        if line.split("\t")[1:2] == ["text"]
    ]
    assert len(result.scores) == len(text_rows)
    assert result.skipped == []
    outlets = set(result.by_outlet())
    assert {"detik.com", "tribunnews.com", "kompas.com"} <= outlets
    # the first collection carries its page's url; the later documents (ids 2xx, outlets
    # without a site pack) often come without one, and then none is made up
    first = [s for s in result.scores if s.doc.id < "200"]
    assert first and all(s.doc.url and s.doc.url.startswith("https://") for s in first)
    assert all(s.doc.url is None or s.doc.url.startswith(("https://", "http://")) for s in result.scores)


def test_devset_html_documents_never_crash_the_run() -> None:
    if not DEVSET.is_dir():
        pytest.skip("shared devset is not available")
    result = ev.evaluate(ev.load(DEVSET), kind="html")
    html_count = len(list((DEVSET / "html").glob("*.html")))
    assert len(result.scores) + len(result.skipped) == html_count
    assert all(s.reason for s in result.skipped)
