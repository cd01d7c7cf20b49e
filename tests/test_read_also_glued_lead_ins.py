"""A read-also link's title with the next lead-in glued onto its last word ("... di Jalan
TunjunganBaca artikel ...", "... Pasar IndukLihat juga: ..."): the short lead-in word is a
glue RL01 splits at, like a long word, not a brand's inner capital ("YouTube"). Before, the
title's end was looked for in the text after it and the link lost its last words to the
story, which left them behind for a second pass. Variants: titles ending in a capitalised
word, several lead-ins, with and without the paragraph printed again.
"""

from __future__ import annotations

import itertools

import pytest

import cleanser

PARAGRAPH = (
    '"Armada yang kami siapkan delapan bus dengan jeda 15 menit pada jam sibuk. Tarifnya tetap '
    'Rp 5.000, pelajar gratis," kata Kepala Dinas Perhubungan.'
)
CLOSING = "Warga di tiga kecamatan menyambut baik rencana itu karena selama ini harus menunggu lama di halte."
TITLES = [
    "Parkir Meter Elektronik Mulai Diterapkan di Jalan Tunjungan",
    "Harga Cabai Rawit Turun Jelang Akhir Pekan di Pasar Induk",
    "Warga Keluhkan Jalan Rusak di Kecamatan Timur",
]
GLUED = [
    "Baca juga: Dinas Kesehatan Buka Posko Layanan Gratis di Terminal Bus",
    "Lihat juga: Dinas Kesehatan Buka Posko Layanan Gratis di Terminal Bus",
    "Simak juga: Dinas Kesehatan Buka Posko Layanan Gratis di Terminal Bus",
    "Cek juga: Dinas Kesehatan Buka Posko Layanan Gratis di Terminal Bus",
]


@pytest.mark.parametrize(("title", "glued", "twice"), list(itertools.product(TITLES, GLUED, [False, True])))
def test_the_title_ends_where_the_next_lead_in_is_glued(title: str, glued: str, twice: bool) -> None:
    line = f"{PARAGRAPH}Baca juga: {title}{glued}"
    lines = [PARAGRAPH + "Baca juga: " + title, line] if twice else [line]
    result = cleanser.clean("\n".join([*lines, CLOSING]))
    assert cleanser.clean(result.text).text == result.text
    assert PARAGRAPH in result.text and CLOSING in result.text
    assert title not in result.text
    assert not any(word in result.text for word in title.split()[-2:])
    assert any(r.code == "RL01" and r.text.endswith(title) for r in result.removals)
