"""The cleanser command, run in-process as a user would from a shell."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from cleanser.cli import main
from tests.conftest import CORPUS

SEED_004 = CORPUS / "seed-004" / "input.txt"


def run(capsys, *argv: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_file_prints_the_body(capsys) -> None:
    code, out, err = run(capsys, "clean", str(SEED_004))
    expected = (CORPUS / "seed-004" / "expected.txt").read_text(encoding="utf-8").rstrip("\n")
    assert code == 0 and err == ""
    assert out == expected + "\n"


def test_clean_stdin(capsys, monkeypatch) -> None:
    text = "Loading...\nA A A\nPemerintah Kota Medan memperbaiki drainase di 15 ruas jalan yang kerap tergenang.\n"
    code, out, _ = run(capsys, "clean", "-", stdin=text.encode(), monkeypatch=monkeypatch)
    assert code == 0
    assert out == "Pemerintah Kota Medan memperbaiki drainase di 15 ruas jalan yang kerap tergenang.\n"


def test_json_report_per_input(capsys) -> None:
    code, out, _ = run(capsys, "clean", "--json", str(SEED_004))
    report = json.loads(out)
    assert code == 0 and report["schema"].startswith("cleanser.result/")
    assert report["input"] == {"path": str(SEED_004)}
    assert {r["category"] for r in report["removals"]} == {"title", "caption", "feed"}


def test_explain_marks_each_removal_in_place(capsys) -> None:
    code, out, _ = run(capsys, "clean", "--explain", "--no-color", str(SEED_004))
    assert code == 0
    assert out.startswith("[TT01 title: AS dan Korsel Desak Korut Tarik Pasukannya dari Rusia]")
    assert "[CP01 caption: Pict by Instagram]" in out
    assert "Korea Utara (Korut) telah mengirimkan" in out


def test_folder_is_walked_and_a_missing_file_fails_alone(capsys, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Baca juga: Judul Lain\nIsi berita pertama yang cukup panjang untuk dibaca.\n")
    (tmp_path / "b.txt").write_text("Isi berita kedua yang juga cukup panjang untuk dibaca orang.\n")
    code, out, err = run(capsys, "clean", str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 1
    assert "missing.txt: no such file" in err
    assert "==> " in out and "Isi berita pertama" in out and "Isi berita kedua" in out
    assert "Baca juga" not in out


def test_binary_that_is_not_utf8_is_reported(capsys, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Berita tentang caf\xe9 di Bandung.".encode("latin-1"))
    code, _, err = run(capsys, "clean", str(path))
    assert code == 1 and "not UTF-8" in err


def test_jsonl_records_are_cleaned_and_bad_records_reported(capsys, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": 1, "text": "SEOUL - Korea Selatan memanggil duta besar Rusia untuk menyampaikan protes resmi."},
        "not an object",
        {"id": 3, "body": "no text field"},
        {"id": 4, "text": "Baca juga: Judul Lain\nIsi berita yang cukup panjang untuk dibaca orang banyak."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken json\n")
    code, out, err = run(capsys, "clean", "--jsonl", "--report", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 5
    assert rows[0]["clean_text"] == "Korea Selatan memanggil duta besar Rusia untuk menyampaikan protes resmi."
    assert rows[0]["cleanser"]["removals"][0]["category"] == "dateline"
    assert "error" in rows[1] and "error" in rows[2] and "error" in rows[4]
    assert rows[2]["id"] == 3 and rows[2]["body"] == "no text field", "a bad record keeps its own fields"
    assert rows[4]["raw"] == "{broken json" and rows[4]["line"] == 5
    assert rows[3]["clean_text"] == "Isi berita yang cukup panjang untuk dibaca orang banyak."
    assert "cleanser: cleaned 5 records" in err and "3 errors" in err
    assert err.count("cleanser: error: ") == 3 and f"{path}:5: malformed JSON" in err


def test_select_and_unknown_rule(capsys) -> None:
    code, out, _ = run(capsys, "clean", "--select", "TT01,CP01", str(SEED_004))
    assert code == 0 and "Populer video" in out and "Pict by" not in out
    code, _, err = run(capsys, "clean", "--ignore", "XX01", str(SEED_004))
    assert code == 2 and "no rule matches 'XX01'" in err and "TT01 (headline)" in err


def test_rules_lists_the_catalogue(capsys) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "RL01" in out and "read-also-link" in out
    code, out, _ = run(capsys, "rules", "--json")
    codes = [r["code"] for r in json.loads(out)]
    assert "TT01" in codes and len(codes) == len(set(codes))


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["clean", "--threshold"])
    assert info.value.code == 2


# --- HTML pages through the CLI -------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Banjir Rob di Pesisir Semarang - Warta Kita</title></head>
<body>
<nav><a href="/">Beranda</a> | <a href="/nasional">Nasional</a> | <a href="/ekonomi">Ekonomi</a></nav>
<article>
<h1>Banjir Rob di Pesisir Semarang</h1>
<p>SEMARANG - Banjir rob kembali merendam permukiman warga di pesisir utara Semarang sejak Selasa pagi,
memaksa ratusan keluarga mengungsi ke balai kelurahan terdekat.</p>
<p>Baca juga: Harga Cabai Rawit Naik Lagi Jelang Akhir Tahun</p>
<p>Petugas Badan Penanggulangan Bencana Daerah mencatat ketinggian air mencapai enam puluh sentimeter
di beberapa ruas jalan kampung nelayan.</p>
</article>
<footer>Copyright 2024 Warta Kita. Seluruh hak cipta dilindungi.</footer>
</body></html>
"""
FIRST = "Banjir rob kembali merendam permukiman warga di pesisir utara Semarang sejak Selasa pagi,"
SECOND = "Petugas Badan Penanggulangan Bencana Daerah mencatat ketinggian air mencapai enam puluh sentimeter"


def _body_only(out: str) -> None:
    assert FIRST in out and SECOND in out
    for chrome in ("Beranda", "Baca juga", "Copyright", "Warta Kita"):
        assert chrome not in out


def test_clean_html_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "halaman.html"
    path.write_text(PAGE, encoding="utf-8")
    code, out, err = run(capsys, "clean", str(path))
    assert code == 0 and err == ""
    _body_only(out)
    code, out, _ = run(capsys, "clean", "--json", str(path))
    report = json.loads(out)
    assert code == 0 and report["source"] == "html" and report["status"] == "ok"
    assert report["page_removals"], "the navigation and footer are reported as left out of the page"


def test_clean_html_folder_with_text_beside_it(capsys, tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Baca juga: Judul Lain\nIsi berita kedua yang juga cukup panjang untuk dibaca.\n")
    code, out, err = run(capsys, "clean", str(tmp_path))
    assert code == 0 and err == ""
    assert f"==> {tmp_path / 'a.html'} <==" in out and f"==> {tmp_path / 'b.txt'} <==" in out
    _body_only(out.split("==> ")[1])
    assert "Isi berita kedua" in out and "Baca juga" not in out


def test_clean_html_from_stdin(capsys, monkeypatch) -> None:
    code, out, err = run(capsys, "clean", "-", stdin=PAGE.encode(), monkeypatch=monkeypatch)
    assert code == 0 and err == ""
    _body_only(out)
    # --html forces page handling even when the input does not start like a page
    fragment = PAGE.split("<body>", 1)[1]
    code, out, _ = run(capsys, "clean", "--html", "-", stdin=fragment.encode(), monkeypatch=monkeypatch)
    assert code == 0
    _body_only(out)


def test_jsonl_html_field(capsys, tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    rows = [{"id": "p1", "url": "https://warta.example/berita/1", "html": PAGE},
            {"id": "p2", "text": "Baca juga: Judul Lain\nIsi berita yang cukup panjang untuk dibaca orang banyak."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, "clean", "--jsonl", "--report", str(path))
    got = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [g["id"] for g in got] == ["p1", "p2"]
    _body_only(got[0]["clean_text"])
    assert got[0]["cleanser"]["source"] == "html" and got[0]["html"] == PAGE
    assert got[1]["clean_text"] == "Isi berita yang cukup panjang untuk dibaca orang banyak."


def test_output_file_for_text_and_records(capsys, tmp_path: Path) -> None:
    page = tmp_path / "halaman.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "bersih.txt"
    code, stdout, _ = run(capsys, "clean", str(page), "-o", str(out))
    assert code == 0 and stdout == ""
    _body_only(out.read_text(encoding="utf-8"))
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "a", "html": PAGE}) + "\n", encoding="utf-8")
    code, stdout, err = run(capsys, "clean", str(records), "-o", str(tmp_path / "out.jsonl"), "--quiet")
    assert code == 0 and stdout == "" and err == "", "a .jsonl name implies --jsonl; --quiet drops the summary"
    _body_only(json.loads((tmp_path / "out.jsonl").read_text())["clean_text"])


def test_batch_usage_errors(capsys, tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"text": "Isi berita."}) + "\n")
    code, _, err = run(capsys, "clean", "--jsonl", "--jobs", "-1", str(records))
    assert code == 2 and "--jobs" in err
    code, _, err = run(capsys, "clean", str(records), "-o", str(tmp_path / "out.parquet"))
    assert code == 2 and "Parquet output needs Parquet input" in err
    assert not (tmp_path / "out.parquet").exists()
