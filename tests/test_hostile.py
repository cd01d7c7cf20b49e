"""Hostile input and wrong arguments (issue 14): explicit limits, honest statuses, threads."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import cleanser
from cleanser.pipeline import Pipeline, size_problem
from tests.invariants import assert_report_accounts_for_input

ARTICLE = (
    "JAKARTA, KOMPAS.com - Pemerintah kota mengumumkan rencana perbaikan jalan di tiga "
    "kecamatan mulai pekan depan.\n\n"
    "Kepala dinas pekerjaan umum mengatakan pekerjaan akan dilakukan pada malam hari agar "
    "tidak mengganggu lalu lintas warga yang berangkat kerja.\n\n"
    "Menurut dia, anggaran perbaikan sudah disetujui dewan sejak awal tahun dan tender "
    "telah selesai bulan lalu.\n"
)


def _page(body: str, charset: str = "utf-8") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (f'<html><head><meta charset="{charset}"><title>Perbaikan jalan</title></head>'
            f"<body><article><h1>Perbaikan jalan</h1>{paras}</article></body></html>")


# -- explicit size limits --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "limits", "named"),
    [
        ("x" * 101, {"max_chars": 100}, "max_chars=100"),
        ("ab\n" + "y" * 51 + "\nc", {"max_line_chars": 50}, "max_line_chars=50"),
        ("y" * 51, {"max_line_chars": 50}, "max_line_chars=50"),
        ("a\n" * 11, {"max_lines": 10}, "max_lines=10"),
        ("a\u2028" * 11, {"max_lines": 10}, "max_lines=10"),
        ("a\r\n" * 11, {"max_lines": 10}, "max_lines=10"),
    ],
)
def test_text_over_a_limit_is_returned_unchanged_with_status_too_large(text, limits, named) -> None:
    result = Pipeline(**limits).clean(text)
    assert result.status == "too-large"
    assert result.text == text
    assert not result.removals
    assert any(named in note for note in result.notes)


def test_limits_count_lines_as_splitlines_does() -> None:
    for text in ("a\n" * 10, "a\r\n" * 10, "a\x0c" * 9 + "a", "a\u2029" * 10):
        assert size_problem(text, None, None, len(text.splitlines())) is None
        assert size_problem(text, None, None, len(text.splitlines()) - 1) is not None
    assert size_problem("ab\ncde\nf", None, 3, None) is None
    assert size_problem("ab\ncdef\nf", None, 3, None) == "line 2 is over max_line_chars=3 characters"


def test_text_within_the_limits_is_cleaned() -> None:
    assert Pipeline(max_chars=len(ARTICLE), max_lines=5).clean(ARTICLE).status == "ok"
    assert Pipeline(max_chars=None, max_line_chars=None, max_lines=None).clean("a\n" * 60_000).status != "too-large"


def test_default_limits_bound_a_million_short_lines() -> None:
    result = cleanser.clean("a\n" * 1_000_000)
    assert result.status == "too-large"


@pytest.mark.parametrize("bad", [0, -1, 1.5, "10", True])
def test_limits_must_be_positive_ints(bad) -> None:
    with pytest.raises(ValueError, match="max_lines"):
        Pipeline(max_lines=bad)


def test_page_over_the_size_limit_is_refused_before_any_copy(monkeypatch) -> None:
    import cleanser.html as html

    monkeypatch.setattr(html, "MAX_PAGE_SIZE", 1000)
    page = memoryview(_page(ARTICLE * 3).encode())
    result = cleanser.clean_html(page)
    assert result.status == "too-large"
    assert "not parsed" in result.notes[-1]


# -- honest statuses ---------------------------------------------------------------------------

def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(range(48)) for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.mark.parametrize(
    "data",
    [_png(), bytes((i * 2654435761 >> 7) % 256 for i in range(20_000)), b"%PDF-1.4\n" + bytes(range(256)) * 20,
     bytes(range(1, 32)) * 200],
    ids=["png", "random", "pdf", "control bytes"],
)
def test_binary_input_to_clean_html_is_not_text(data: bytes) -> None:
    result = cleanser.clean_html(data)
    assert result.status == "not-text"
    assert result.text == ""
    assert "not text" in result.notes[-1]


def test_utf8_page_cut_inside_its_last_character_is_read_as_utf8() -> None:
    page = _page(ARTICLE.replace("kota", "kóta")).encode()[:-2]  # cut the closing tag...
    page = page.replace(b"</html", b"") + "é".encode()[:1]  # ... and end on half a letter
    result = cleanser.clean_html(page)
    assert "kóta" in result.text
    assert any("utf-8" in n and "cut short" in n for n in result.notes)


def test_latin1_page_declared_utf8_is_read_as_western_latin_with_an_uncertain_note() -> None:
    page = _page(ARTICLE.replace("kota", "kóta").replace("warga", "wárga")).encode("latin-1")
    result = cleanser.clean_html(page)
    assert "kóta" in result.text and "wárga" in result.text
    assert any("cp1252" in n and "uncertain" in n for n in result.notes)


def test_cyrillic_bytes_are_not_forced_into_western_latin() -> None:
    page = _page("Привет мир, как дела у вас сегодня? " * 30).encode("cp1251")
    result = cleanser.clean_html(page)
    assert "Привет" in result.text


def test_plain_text_to_clean_html_gets_a_note() -> None:
    result = cleanser.clean_html(ARTICLE.encode())
    assert any("does not look like HTML" in n for n in result.notes)


@pytest.mark.parametrize("call", [cleanser.clean, cleanser.clean_html])
@pytest.mark.parametrize("url", [123, b"https://kompas.com/a", ["https://kompas.com"]])
def test_url_must_be_a_string(call, url) -> None:
    text = ARTICLE if call is cleanser.clean else _page(ARTICLE)
    with pytest.raises(TypeError, match="url must be a str"):
        call(text, url=url)


def test_a_bare_string_selector_is_one_selector() -> None:
    as_string = Pipeline(ignore="caption")
    as_list = Pipeline(ignore=["caption"])
    assert [r.code for r in as_string.rules] == [r.code for r in as_list.rules]
    assert len(as_string.rules) < len(Pipeline().rules)
    assert [r.code for r in Pipeline(select="MD02").rules] == ["MD02"]


# -- langdetect --------------------------------------------------------------------------------

def test_langdetect_in_threads_matches_sequential_and_leaves_the_global_seed_alone() -> None:
    script = textwrap.dedent('''
        import threading, langdetect
        from langdetect import DetectorFactory
        DetectorFactory.seed = 1234
        from cleanser import language
        texts = ["The weather was fine and the children played in the park all afternoon",
                 "Cuaca cerah dan anak-anak bermain di taman sepanjang sore itu juga",
                 "Le temps était beau et les enfants ont joué dans le parc tout l'après-midi",
                 "Das Wetter war schön und die Kinder spielten den ganzen Nachmittag im Park"] * 2
        out = [None] * len(texts)
        barrier = threading.Barrier(len(texts))
        def work(i):
            barrier.wait()
            out[i] = language.detect(texts[i])
        threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
        for t in threads: t.start()
        for t in threads: t.join()
        sequential = [language.detect(t) for t in texts]
        print(out == sequential, out[0], DetectorFactory.seed)
    ''')
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "en", "1234"]


# -- the promises on hostile text ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "a." * 3000 + "x",
        "x" + " " * 20_000 + "y",
        "a\n" * 5000,
        "\x1f" + ARTICLE,
        ARTICLE.replace("\n\n", "\u2028\x00\u2029\x0c\x85\r"),
        ("a" + "\u0301" * 30 + " ") * 500,
    ],
    ids=["dots", "spaces", "tiny lines", "control before dateline", "separators", "combining"],
)
def test_hostile_text_keeps_the_report_promises(text: str) -> None:
    result = cleanser.clean(text)
    assert not [n for n in result.notes if "failed" in n]
    assert_report_accounts_for_input(result)
    assert cleanser.clean(result.text).text == result.text


def test_dateline_after_a_leading_control_character_is_cut_on_the_first_pass() -> None:
    plain, hidden = cleanser.clean(ARTICLE), cleanser.clean("\x1f" + ARTICLE)
    assert [r.code for r in hidden.removals] == [r.code for r in plain.removals] == ["DL01"]
    # the clean text keeps the control character (the patterns do not skip it), nothing else differs
    assert hidden.text.replace("\x1f", "").split() == plain.text.split()


@pytest.mark.parametrize("marker", ["ADVERTISEMENT", "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
                                    "SCROLL TO RESUME CONTENT"])
@pytest.mark.parametrize("lead_in", ["Baca juga:", "Baca Juga :", "BACA JUGA:"])
def test_read_also_line_behind_an_ad_marker_goes_on_the_first_pass(marker: str, lead_in: str) -> None:
    line = f"{marker} {lead_in} Warga Keluhkan Jalan Berlubang di Pinggir Kota"
    text = ARTICLE.replace("Menurut dia", line + "\n\nMenurut dia")
    result = cleanser.clean(text)
    assert "Warga Keluhkan" not in result.text
    assert "RL01" in {r.code for r in result.removals}
    assert cleanser.clean(result.text).text == result.text


def test_a_sentence_starting_with_the_word_advertisement_is_kept() -> None:
    line = "Advertisement baca juga tulisan ini, kata kepala dinas kepada warga yang hadir di balai kota."
    result = cleanser.clean(ARTICLE.replace("Menurut dia", line + "\n\nMenurut dia"))
    assert line in result.text


def test_an_analysis_that_raises_gives_status_error_and_keeps_the_text(monkeypatch) -> None:
    from cleanser.analysis.facts import AnalysedDocument

    def broken(self):  # type: ignore[no-untyped-def]
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(AnalysedDocument, "spam", property(broken))
    result = Pipeline().clean(ARTICLE)
    assert result.status == "error"
    assert result.text == ARTICLE and not result.removals
    assert "TimeoutError" in result.notes[-1]
