"""RL06: a "more news" invitation (opener, reading verb, the site's news in general) goes,
drawn from its grammar; a sentence built from the same words plus anything it tells stays.
Every test asserts both sides with story paragraphs written for these tests."""

from __future__ import annotations

import itertools

import pytest

import cleanser
from cleanser.rules.rl06_more_news_invitation import is_invitation
from cleanser.textshape import WORD

STORY = [
    "Dinas perhubungan menambah armada bus sekolah di tiga kecamatan mulai pekan depan.",
    "Kepala dinas mengatakan penambahan itu menjawab keluhan orang tua murid sejak awal tahun.",
]
OPENERS = ["", "Yuk, ", "Ayo ", "Jangan lupa ", "Sobat, "]
VERBS = ["baca", "simak", "cek", "lihat", "tonton"]
ALSO = ["", " juga"]
OBJECTS = ["berita menarik lainnya", "artikel terkait lainnya", "informasi terbaru", "update berita terkini",
           "video seru lainnya", "ulasan menarik lainnya"]
ENDS = ["", "!", ".", " di sini!", " hanya di Contoh.com", " di Google News", ":"]


def _variants() -> list[str]:
    found = []
    for opener, verb, also, obj, end in itertools.product(OPENERS, VERBS, ALSO, OBJECTS, ENDS):
        text = f"{opener}{verb if opener else verb.capitalize()}{also} {obj}{end}"
        found.append(text)
    return found[::5]


@pytest.mark.parametrize("invitation", _variants())
def test_an_invitation_after_the_story_goes(invitation: str) -> None:
    result = cleanser.clean("\n\n".join([*STORY, invitation]))
    assert [p for p in result.text.split("\n\n") if p.strip()] == STORY
    gone = [r for r in result.removals if invitation.strip(" :!.") in r.text]
    assert gone and gone[0].category in {"related", "promo", "embed"}


@pytest.mark.parametrize("invitation", _variants()[::4])
def test_an_invitation_glued_to_the_last_paragraph_goes_alone(invitation: str) -> None:
    if invitation.endswith(":"):
        invitation = invitation[:-1] + "!"
    result = cleanser.clean(STORY[0] + "\n\n" + STORY[1] + " " + invitation)
    assert [p for p in result.text.split("\n\n") if p.strip()] == STORY


TELLING = [
    "Warga membaca berita terkini tentang banjir di ponsel mereka.",
    "Simak berita soal harga cabai yang naik 20 persen pekan ini",
    "Baca juga: Dinas Tambah Bus Sekolah di Tiga Kecamatan",
    "Lihat video banjir yang merendam 300 rumah warga",
    "Para siswa diminta membaca artikel terbaru dari guru mereka setiap hari.",
    "Simak informasi selengkapnya di sini.",
    "Yuk, simak juga video ini!",
]


def test_a_lead_into_the_story_details_stays() -> None:
    """'Simak informasi selengkapnya di sini' closing a standfirst introduces the story."""
    lead = "Berapa cicilan pinjaman usaha tiap bulan? Simak informasi selengkapnya di sini."
    story = [lead, *STORY]
    result = cleanser.clean("\n\n".join(story))
    assert [p for p in result.text.split("\n\n") if p.strip()] == story


@pytest.mark.parametrize("sentence", TELLING)
def test_words_that_tell_something_are_not_an_invitation(sentence: str) -> None:
    words = WORD.findall(sentence)
    assert not is_invitation(words, [w.casefold() for w in words])


@pytest.mark.parametrize("sentence", [TELLING[0], TELLING[4]])
def test_a_story_sentence_about_reading_stays(sentence: str) -> None:
    story = [*STORY, sentence]
    result = cleanser.clean("\n\n".join(story))
    assert [p for p in result.text.split("\n\n") if p.strip()] == story
