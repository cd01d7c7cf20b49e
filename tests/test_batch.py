"""The streaming batch runner: one output record per input record, in order, whatever the input holds."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleanser
from cleanser.batch import CHUNK_RECORDS, IN_FLIGHT_PER_JOB, Fields, clean_many, dumps, run_jsonl
from cleanser.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]

BODY = [
    "Pemerintah Kabupaten Sleman menambah armada truk sampah untuk mengurangi tumpukan di depo-depo kecamatan.",
    "Dinas Kesehatan Provinsi Bali mencatat kenaikan kasus demam berdarah selama musim hujan tahun ini.",
    "Harga beras medium di Pasar Induk Cipinang turun tipis setelah pasokan dari Jawa Tengah kembali lancar.",
    "Ratusan nelayan di Indramayu belum melaut karena gelombang tinggi yang diperkirakan berlangsung sepekan.",
]


def article(i: int) -> str:
    """A short story with chrome around it, different for each i."""
    body = BODY[i % len(BODY)]
    return (f"Baca juga: Berita Pilihan Nomor {i}\n{body} Laporan ke-{i} diterima redaksi pada pagi hari.\n"
            f"Ikuti berita lainnya di Google News\n")


def records(n: int) -> list[dict[str, object]]:
    return [{"id": f"r{i}", "lang": "id", "text": article(i)} for i in range(n)]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_bytes(b"".join(dumps(r) for r in rows))


def read_jsonl(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.split(b"\n") if line]


def test_record_boundaries_are_newlines_only(tmp_path: Path) -> None:
    text = ("Warga Kampung Pulo mengungsi ke masjid terdekat.\u2028Air mulai surut menjelang sore.\u2029"
            "Petugas membagikan makanan siap saji\x85kepada para pengungsi di posko.")
    src = tmp_path / "in.jsonl"
    src.write_bytes(json.dumps({"id": "sep", "text": text}, ensure_ascii=False).encode() + b"\n"
                    + json.dumps({"id": "next", "text": BODY[0]}).encode() + b"\n")
    assert len(src.read_text(encoding="utf-8").splitlines()) > 2, "splitlines() would cut the first record"
    out = tmp_path / "out.jsonl"
    summary = run_jsonl([str(src)], str(out), progress=False)
    data = out.read_bytes()
    assert summary.records == 2 and summary.errors == 0
    assert "\u2028".encode() not in data and b"\\u2028" in data, "separators are written escaped"
    assert len(data.decode().splitlines()) == 2, "the output is safe for splitlines() readers too"
    rows = read_jsonl(data)
    assert [r["id"] for r in rows] == ["sep", "next"]
    assert "Air mulai surut" in rows[0]["clean_text"] and "kepada para pengungsi" in rows[0]["clean_text"]


def test_every_bad_record_is_reported_in_its_place(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": article(1)}).encode(),
        b'{"id": 2, "text": "Berita tentang caf\xe9 di Bandung."}',  # Latin-1 byte, not UTF-8
        b'{"id": 3, "text": "kutipan tanpa penutup}',  # malformed JSON
        b'["sebuah", "larik"]',  # not an object
        json.dumps({"id": 5, "judul": "tanpa teks"}).encode(),  # no text field
        json.dumps({"id": 6, "text": 12345}).encode(),  # text is a number
        json.dumps({"id": 7, "text": None}).encode(),  # text is null
        json.dumps({"id": 8, "text": ""}).encode(),  # empty text: cleaned, status empty
        b"",  # a blank line is not a record
        b"   \r",
        json.dumps({"id": 9, "text": article(9)}).encode() + b"\r",  # CRLF line end
        b"[" * 100_000 + b"]" * 100_000,  # nested deeper than the parser goes
        json.dumps({"id": 11, "html": 3.5}).encode(),  # a page that is not a string
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    summary = run_jsonl([str(src)], str(out), fields=Fields(report=True), progress=False)
    rows = read_jsonl(out.read_bytes())
    assert len(rows) == 11 and summary.records == 11 and summary.blank_lines == 2
    assert summary.errors == 8
    assert rows[0]["id"] == 1 and BODY[1] in str(rows[0]["clean_text"])
    assert "Baca juga" not in str(rows[0]["clean_text"])
    assert "not UTF-8" in rows[1]["error"] and rows[1]["raw"].startswith('{"id": 2') and "\\xe9" in rows[1]["raw"]
    assert "malformed JSON" in rows[2]["error"] and rows[2]["line"] == 3
    assert "must be an object" in rows[3]["error"]
    assert rows[4] == {"id": 5, "judul": "tanpa teks", "error": f"{src}:5: no 'text' field (nor 'html')"}
    assert rows[5]["id"] == 6 and "int, not a string" in rows[5]["error"]
    assert rows[6]["id"] == 7 and "error" in rows[6]
    assert rows[7]["clean_text"] == "" and rows[7]["cleanser"]["status"] == "empty"
    assert rows[8]["id"] == 9 and BODY[1] in str(rows[8]["clean_text"])
    assert all("error" not in rows[i] for i in (0, 7, 8))
    assert "JSON" in rows[9]["error"] and rows[9]["line"] == 12
    assert rows[10]["id"] == 11 and "'html' field is float" in rows[10]["error"]


def test_lone_surrogates_do_not_stop_the_writer(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s", "text": "Rapat dimulai pukul sembilan \\ud800 dan berakhir siang hari."}\n'
                   '{"id": "t", "text": "Wali kota meresmikan taman baru di tepi sungai."}\n')
    out = tmp_path / "out.jsonl"
    summary = run_jsonl([str(src)], str(out), progress=False)
    rows = read_jsonl(out.read_bytes())
    assert summary.errors == 0 and [r["id"] for r in rows] == ["s", "t"]
    assert rows[0]["clean_text"] == "Rapat dimulai pukul sembilan \ud800 dan berakhir siang hari."
    assert rows[1]["clean_text"] == "Wali kota meresmikan taman baru di tepi sungai."


def test_two_workers_give_the_same_bytes_as_one(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = records(150)
    rows[40] = {"id": "bad", "text": ["bukan", "teks"]}
    src = tmp_path / "in.jsonl"
    write_jsonl(src, rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = run_jsonl([str(src)], str(one), jobs=1, progress=False)
    s2 = run_jsonl([str(src)], str(two), jobs=2, progress=False)
    assert one.read_bytes() == two.read_bytes()
    got = read_jsonl(two.read_bytes())
    assert [r["id"] for r in got] == [r["id"] for r in rows]
    assert (s1.records, s1.errors, s1.removals) == (s2.records, s2.errors, s2.removals) == (150, 1, s1.removals)
    assert s1.removals["related"] == s1.removals["promo"] == 149 and s1.chars_removed == s2.chars_removed > 0


def test_gzip_in_and_out(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wb") as f:
        f.write(b"".join(dumps(r) for r in records(5)))
    out = tmp_path / "out.jsonl.gz"
    run_jsonl([str(src)], str(out), progress=False)
    rows = read_jsonl(gzip.decompress(out.read_bytes()))
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(5)]
    assert all("Baca juga" not in str(r["clean_text"]) for r in rows)


def test_zstd_in_and_out(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    src = tmp_path / "in.jsonl.zst"
    src.write_bytes(zstandard.ZstdCompressor().compress(b"".join(dumps(r) for r in records(5))))
    out = tmp_path / "out.jsonl.zst"
    run_jsonl([str(src)], str(out), progress=False)
    with zstandard.ZstdDecompressor().stream_reader(out.open("rb")) as reader:
        rows = read_jsonl(reader.read())
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(5)]


def test_a_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(b"".join(dumps(r) for r in records(40)))[:-30])
    out = tmp_path / "out.jsonl"
    summary = run_jsonl([str(src)], str(out), progress=False)
    assert summary.unreadable and "stopped reading" in summary.unreadable[0]
    rows = read_jsonl(out.read_bytes())
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(len(rows))]


def test_clean_many_matches_clean_in_order() -> None:
    texts = [article(i) for i in range(30)]
    expected = [cleanser.clean(t).to_dict() for t in texts]
    assert [r.to_dict() for r in clean_many(texts)] == expected
    assert [r.to_dict() for r in cleanser.clean_many(iter(texts), jobs=2, chunk_size=4)] == expected


def test_clean_many_cleans_pages() -> None:
    from tests.test_cli import FIRST, PAGE

    results = list(clean_many([PAGE, PAGE.encode()], jobs=2, chunk_size=1, html=True, url="https://warta.example/1"))
    assert [r.source for r in results] == ["html", "html"] and results[0].text == results[1].text
    assert FIRST in results[0].text and "Baca juga" not in results[0].text


def test_clean_many_takes_pipeline_options() -> None:
    text = article(3)
    only_related = next(iter(clean_many([text], select=["related"])))
    assert only_related.categories == {"related": 1} and "Ikuti berita lainnya" in only_related.text


def test_two_clean_many_at_once_keep_their_own_pipelines() -> None:
    texts = [article(i) for i in range(6)]
    only_related = clean_many(texts, select=["related"], chunk_size=1)
    everything = clean_many(texts, chunk_size=1)
    for text, a, b in zip(texts, only_related, everything, strict=True):
        assert a.categories == {"related": 1} and b.categories == {"related": 1, "promo": 1}
        assert b.text == cleanser.clean(text).text


def test_clean_many_reads_lazily_and_keeps_few_chunks_in_flight() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield article(i)

    results = clean_many(endless(), jobs=2, chunk_size=8)
    first = list(itertools.islice(results, 20))
    results.close()
    assert [r.text for r in first] == [cleanser.clean(article(i)).text for i in range(20)]
    assert pulled <= 8 * (2 * IN_FLIGHT_PER_JOB + 3), f"read {pulled} items ahead: not bounded"


def test_clean_many_raises_at_the_bad_item_after_the_good_ones() -> None:
    got: list[str] = []
    with pytest.raises(TypeError, match=r"item 2: clean_many\(\) takes str items, not bytes"):
        for result in clean_many([article(0), article(1), b"bytes", article(3)], chunk_size=1):
            got.append(result.text)
    assert len(got) == 2


def test_pipeline_survives_pickling() -> None:
    pipeline = Pipeline(ignore=["TT01"], threshold=0.6)
    copy = pickle.loads(pickle.dumps(pipeline))
    assert [r.code for r in copy.rules] == [r.code for r in pipeline.rules] and copy.threshold == 0.6
    for i in range(8):
        assert copy.clean(article(i)).to_dict() == pipeline.clean(article(i)).to_dict()


@pytest.mark.parametrize("jobs", [1, 2])
def test_parquet_in_and_out(tmp_path: Path, jobs: int) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [{"id": i, "text": article(i) if i != 2 else None} for i in range(6)]
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    out = tmp_path / "out.parquet"
    summary = run_jsonl([str(src)], str(out), fields=Fields(report=True), progress=False, jobs=jobs)
    table = pq.read_table(out).to_pylist()
    assert summary.records == 6 and summary.errors == 1
    assert [r["id"] for r in table] == list(range(6))
    assert table[2]["error"] and table[2]["clean_text"] is None
    assert table[0]["error"] is None and BODY[0] in table[0]["clean_text"]
    assert json.loads(table[0]["cleanser"])["categories"] == {"related": 1, "promo": 1}
    as_jsonl = tmp_path / "out.jsonl"
    run_jsonl([str(src)], str(as_jsonl), progress=False)
    assert [r.get("clean_text") for r in read_jsonl(as_jsonl.read_bytes())] == [r["clean_text"] for r in table]


def test_parquet_output_needs_parquet_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, records(1))
    with pytest.raises(ValueError, match="Parquet output needs Parquet input"):
        run_jsonl([str(src)], str(tmp_path / "out.parquet"), progress=False)


# --- the command, as a separate process --------------------------------------------------------


def cli(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "cleanser", *args], env=env, **kwargs)  # type: ignore[call-overload]


def test_cli_jobs_output_file_and_summary(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [*records(20), {"id": "x"}])
    out = tmp_path / "out.jsonl.gz"
    proc = cli("clean", "--jsonl", "--jobs", "2", str(src), "-o", str(out), stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, "one record had no text"
    rows = read_jsonl(gzip.decompress(out.read_bytes()))
    assert [r["id"] for r in rows] == [*(f"r{i}" for i in range(20)), "x"]
    text = err.decode()
    assert "cleaned 21 records" in text and "1 errors" in text and "related 20" in text and "records/s" in text
    assert "\r" not in text, "no progress bar when stderr is not a terminal"


def test_cli_closes_quietly_into_head(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, records(400))
    proc = cli("clean", str(src), "--jobs", "2", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    _, err = proc.communicate(timeout=120)
    assert json.loads(first)["id"] == "r0"
    assert proc.returncode == 0 and b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_sigint_stops_with_whole_lines(tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out.jsonl"
    proc = cli("clean", "--jsonl", "-", "-o", str(out), "--jobs", jobs, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    # feed enough for several chunks, then keep the pipe open so the run is in progress
    proc.stdin.write(b"".join(dumps(r) for r in records(CHUNK_RECORDS * (2 * IN_FLIGHT_PER_JOB + 4))))
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert out.stat().st_size > 0, "results are written while the input is still open"
    proc.send_signal(signal.SIGINT)
    proc.stdin.close()
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 130, err.decode()
    data = out.read_bytes()
    assert data.endswith(b"\n")
    rows = read_jsonl(data)
    assert rows and [r["id"] for r in rows] == [f"r{i}" for i in range(len(rows))]
    assert b"interrupted after" in err and b"Traceback" not in err


def _die(chunk: object, state: object = None) -> None:
    os._exit(3)  # a worker killed mid-chunk (as the kernel's OOM killer would)


def test_cli_reports_a_dead_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    import cleanser.batch
    from cleanser.cli import main

    src = tmp_path / "in.jsonl"
    write_jsonl(src, records(3))
    monkeypatch.setattr(cleanser.batch, "_clean_line_chunk", _die)
    code = main(["clean", "--jsonl", str(src), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2"])
    assert code == 1 and "a worker process died" in capsys.readouterr().err


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    src = tmp_path / "in.jsonl"
    write_jsonl(src, records(3))
    run_jsonl([str(src)], str(tmp_path / "a.jsonl"))  # stderr is not a terminal here
    assert capsys.readouterr().err == ""
    run_jsonl([str(src)], str(tmp_path / "b.jsonl"), progress=True)
    assert "3 records" in capsys.readouterr().err


def test_dumps_is_readable_back() -> None:
    record = {"id": 1, "text": "Kata \u201cmerdeka\u201d\u2028baris", "n": io.BytesIO}
    line = dumps(record)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    back = json.loads(line)
    assert back["text"] == record["text"] and back["n"] == str(io.BytesIO)
