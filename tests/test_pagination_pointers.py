"""A pointer to the next page of a paged article (IF02), drawn from its grammar, in the three
places a scraper leaves it: a line of its own, the sentence closing a paragraph, and a sentence
between two sentences of a paragraph flattened around the link. Story sentences that name a
page (sentences written for these tests) stay. Every test asserts both sides and that a second
cleaning changes nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanser
from tests.property_settings import fixed_or_explore

BEFORE = "Penderita asam urat sebaiknya membatasi jeroan dan kacang-kacangan agar gejalanya tidak kambuh."
AFTER = "Menurut dokter, minum air putih yang cukup membantu ginjal membuang kelebihan asam urat."
VERBS = ["Simak", "Baca", "Cek", "Lihat", "Klik"]
TOPICS = ["", "selengkapnya ", "berita selengkapnya ", "cara menurunkan kadar asam urat ",
          "daftar makanan yang aman dikonsumsi ", "penjelasan lengkap dokter soal ini "]
PLACES = ["di halaman berikutnya", "di halaman selanjutnya", "ke halaman berikutnya"]
ENDS = [".", "..", "!"]


@fixed_or_explore(120)
@given(st.sampled_from(VERBS), st.sampled_from(TOPICS), st.sampled_from(PLACES), st.sampled_from(ENDS),
       st.sampled_from(["inside", "closing", "line"]))
def test_a_pointer_to_the_next_page_goes_and_the_story_stays(
    verb: str, topic: str, place: str, end: str, where: str
) -> None:
    pointer = f"{verb} {topic}{place}{end}"
    text = {
        "inside": f"{BEFORE} {pointer} {AFTER}",
        "closing": f"{AFTER}\n{BEFORE} {pointer}",
        "line": f"{BEFORE}\n{pointer}\n{AFTER}",
    }[where]
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    assert [r.text for r in result.removals] == [pointer], removed
    assert BEFORE in result.text and AFTER in result.text, removed
    assert cleanser.clean(result.text).text == result.text


STORY_NAMING_A_PAGE = [
    "Rincian belanja modal dijelaskan pada halaman berikutnya dalam lampiran laporan keuangan itu.",
    "Lihat tabel di halaman 12.",
    "Dokumen itu dimuat di halaman selanjutnya dari laporan tahunan perusahaan, kata juru bicara.",
    "Baca juga komentar para pembaca yang dimuat di halaman opini edisi Minggu.",
]


@pytest.mark.parametrize("sentence", STORY_NAMING_A_PAGE)
def test_a_story_sentence_naming_a_page_stays(sentence: str) -> None:
    text = f"{BEFORE} {sentence} {AFTER}"
    result = cleanser.clean(text)
    assert result.text == text, [(r.code, r.text) for r in result.removals]
