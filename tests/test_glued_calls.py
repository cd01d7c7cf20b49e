"""A call to action glued after the story's sentences on the story's first line, drawn from the
family's grammar (sentences written for these tests): the call goes, and the line stays the
story's opening paragraph for the rules that judge it, so its dateline goes in the same pass.
Before, the line counted as a call-to-action line: its dateline went only in a second pass,
once the call was gone (an explore counterexample, found with Indozone's banner).
"""

from __future__ import annotations

import itertools

import pytest

import cleanser

DATELINES = ["MAKASSAR (Kabarsulawesi.net)–", "MAKASSAR - ", "KENDARI, Kabartimur.com - ", ""]
STORY = [
    "Gubernur meminta seluruh kepala dinas menyelesaikan laporan penggunaan anggaran sebelum akhir bulan ini.",
    "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan.",
]
CALLS = [
    "Yuk, unduh aplikasi Kabar Kita di Play Store dan dapatkan berita terbaru setiap hari!",
    "Jangan lupa ikuti kanal WhatsApp kami untuk kabar terkini dari seluruh daerah.",
    "Yuk, bikin cerita dan konten serumu, serta dapatkan berbagai hadiah menarik! Gabung dengan klik di sini.",
]


@pytest.mark.parametrize(("dateline", "story", "call", "glue"),
                         list(itertools.product(DATELINES, STORY, CALLS, [" ", ""])))
def test_a_call_glued_after_the_first_paragraph_goes_with_its_dateline_in_one_pass(
    dateline: str, story: str, call: str, glue: str
) -> None:
    second = "Sebagian besar dinas sudah menyerahkan laporan itu lebih awal, kata sekretaris daerah."
    text = f"{dateline}{story}{glue}{call}\n{second}\n"
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    assert result.text.startswith(story), removed  # the dateline went, the sentence stays whole
    assert call not in result.text and second in result.text, removed
    assert cleanser.clean(result.text).text == result.text


@pytest.mark.parametrize(("call", "glue"), list(itertools.product(CALLS, [" ", ""])))
def test_a_call_glued_between_two_sentences_of_a_paragraph_goes_alone(call: str, glue: str) -> None:
    """The story resumes after the call on the same line: the call alone goes (it took the rest
    of the line, the next sentence with it)."""
    after = "Warga di tiga kecamatan menyambut baik rencana itu karena selama ini menunggu bus hingga satu jam."
    text = f"{STORY[1]}{glue}{call}{glue}{after}\n{STORY[0]}\n"
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    assert [text for _, text in removed] == [call], removed  # (PR01, or PR02 for a short promo naming a platform)
    assert all(code in ("PR01", "PR02") for code, _ in removed), removed
    assert cleanser.clean(result.text).text == result.text


FIRST = "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore mulai bulan depan, kata dia."
GLUED_CHROME = ["Lihat Foto", "Editor: Sinta Dewi", "Tags: bus kota, transportasi", "ADVERTISEMENT",
                "SCROLL TO CONTINUE WITH CONTENT", "Berita Terkait", "Sumber: Antara", "2 jam yang lalu"]


@pytest.mark.parametrize("chrome", GLUED_CHROME)
def test_a_first_paragraph_with_chrome_glued_without_a_space_is_no_headline(chrome: str) -> None:
    """"... kata dia.Lihat Foto" opening the text: a sentence ends inside it, so it is no
    headline (the title finder took the whole paragraph)."""
    text = f"{FIRST}{chrome}\n{STORY[0]}\n{STORY[1]}\n"
    result = cleanser.clean(text)
    assert FIRST in result.text, [(r.code, r.text) for r in result.removals]
    assert cleanser.clean(result.text).text == result.text


@pytest.mark.parametrize(("call", "glue"), list(itertools.product(CALLS, [" ", ""])))
def test_a_call_opening_a_line_with_the_story_after_it_goes_alone(call: str, glue: str) -> None:
    after = "Menurut dia, tambahan armada itu dibiayai dari anggaran perubahan yang disetujui dewan pekan lalu."
    text = f"{STORY[1]}\n{call}{glue}{after}\n{STORY[0]}\n"
    result = cleanser.clean(text)
    removed = [(r.code, r.text) for r in result.removals]
    assert [text for _, text in removed] == [call], removed
    assert after in result.text, removed
    assert cleanser.clean(result.text).text == result.text


LINKED_CALLS = [
    "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
    "Kabar Kita WhatsApp Channel : https://whatsapp.com/channel/0029AbCdEf",
    "Gabung grup Telegram Kabar Kita Update untuk berita terkini, klik https://t.me/kabarkita",
    "Ikuti kanal WhatsApp kami di www.kabarkita.com/whatsapp",
]
RESUMED = [
    "Menurut dia, tambahan armada itu dibiayai dari anggaran perubahan yang disetujui DPRD pada pekan lalu.",
    "Sebagian besar dinas sudah menyerahkan laporan itu lebih awal, kata sekretaris daerah kepada wartawan.",
]


@pytest.mark.parametrize(("call", "resumed", "before"), list(itertools.product(LINKED_CALLS, RESUMED, [True, False])))
def test_a_call_closed_by_its_link_ends_where_the_story_resumes(call: str, resumed: str, before: bool) -> None:
    """A call whose last sentence ends with its link and no full stop, the story glued after it
    with a space (a flattened page): the call ends after the link; before, it ran to the
    line's end and took the story's sentence with it."""
    line = f"{STORY[0]} {call} {resumed}" if before else f"{call} {resumed}"
    text = f"{STORY[1]}\n{line}\nWarga menyambut baik rencana itu karena selama ini harus menunggu lama di halte.\n"
    result = cleanser.clean(text)
    assert resumed in result.text
    assert cleanser.clean(result.text).text == result.text
    if resumed == RESUMED[0] and call != LINKED_CALLS[2]:
        # (the others are no call to the gate: too few cues, or a line of reported speech)
        assert call not in result.text
