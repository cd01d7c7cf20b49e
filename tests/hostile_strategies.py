"""Hypothesis strategies that build hostile documents (issue 14).

Huge lines, many tiny lines, floods of spaces, combining marks, zero-width joiners, emoji,
spaced letters, line separators (U+2028, U+2029, CR, FF, U+0085), NUL and other control
characters, lone surrogates and repeated chrome, mixed with ordinary story sentences. Used by
tests/test_hostile_properties.py (a few fixed examples in CI) and benchmarks/fuzz.py (at
scale).
"""

from __future__ import annotations

from hypothesis import strategies as st

SENTENCES = (
    "Pemerintah kota mengumumkan rencana perbaikan jalan di tiga kecamatan mulai pekan depan.",
    "Kepala dinas mengatakan pekerjaan dilakukan pada malam hari agar lalu lintas tidak terganggu.",
    "Warga diminta memperhatikan rambu pengalihan arus selama pekerjaan berlangsung.",
    "The council said the works would start next week and last about a month.",
)
CHROME = (
    "Baca juga: Warga Keluhkan Jalan Berlubang di Pinggir Kota",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "JAKARTA, KOMPAS.com -",
    "Editor: Budi Santoso",
    "Penulis: Rina Wulandari | Editor: Agus",
    "Simak berita terbaru di Google News",
    "Halaman 2 dari 3",
    "Foto: ANTARA/Rudi",
    "(ant/abc)",
    "Tag: jalan, kota, warga",
    "Slot gacor hari ini gampang menang",
)
ATOMS = (
    " ", "  ", "\t", "a.", ".", "…", "-", "|", "/", "a", "x", "1",
    "\u200d", "\u200b", "\ufeff", "\u0301", "\u0308",
    "🎰", "👨\u200d👩\u200d👧\u200d👦", "🇮🇩", "s l o t ", "g a c o r ",
    "\u2028", "\u2029", "\r", "\x0c", "\x85", "\x0b", "\x1c", "\x1f", "\x00", "\x01", "\x7f",
    "\ud800", "\udfff", "\ufffd", "A\u0301", "ß", "İ",
)
SEPARATORS = ("\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x0c", "\x85", "\n \n", "\x1e")


def _piece(max_repeat: int) -> st.SearchStrategy[str]:
    atom = st.sampled_from(ATOMS)
    run = st.tuples(atom, st.integers(1, max_repeat)).map(lambda t: t[0] * t[1])
    atoms = st.lists(atom, max_size=6).map("".join)
    sentence = st.sampled_from(SENTENCES)
    # story sentences glued to each other and to their own copies (a scraper's glued copy of
    # the story, the duplicate rules' family), and cut short with or without an ellipsis (a
    # teaser of a paragraph)
    glued = st.one_of(
        st.lists(sentence, min_size=2, max_size=4).map("".join),
        st.tuples(sentence, st.integers(2, 4)).map(lambda t: t[0] * t[1]),
    )
    cut = st.tuples(sentence, st.integers(10, 80), st.sampled_from(("", "...", "…", " ..."))).map(
        lambda t: t[0][: t[1]] + t[2]
    )
    story = st.one_of(sentence, glued, st.lists(st.one_of(sentence, cut), min_size=2, max_size=4).map("".join))
    mixed = st.tuples(atoms, story, atoms).map("".join)
    return st.one_of(sentence, st.sampled_from(CHROME), run, mixed, glued, cut,
                     st.tuples(st.sampled_from(ATOMS), st.sampled_from(SENTENCES + CHROME)).map("".join))


def hostile_documents(
    max_repeat: int = 300, max_lines: int = 30, max_copies: int = 50, max_tiny_lines: int = 3000
) -> st.SearchStrategy[str]:
    """A document: pieces (sentences, chrome, runs of hostile atoms) joined by line breaks of
    every kind, sometimes the whole repeated (repeated chrome, many tiny lines)."""
    lines = st.lists(st.tuples(_piece(max_repeat), st.sampled_from(SEPARATORS)), min_size=1, max_size=max_lines)
    body = lines.map(lambda parts: "".join(p + s for p, s in parts))
    return st.one_of(
        body,
        st.tuples(body, st.integers(2, max_copies)).map(lambda t: t[0] * t[1]),
        st.tuples(st.sampled_from(("a\n", "a\u2028", ".\n", " \n", "\x00\n")), st.integers(1, max_tiny_lines)).map(
            lambda t: t[0] * t[1]
        ),
    )


SIZES = {
    # name: (share of the documents in thousandths, hostile_documents arguments)
    "small": (950, {"max_repeat": 20, "max_lines": 8, "max_copies": 3, "max_tiny_lines": 60}),
    "medium": (47, {}),
    "big": (3, {"max_repeat": 3000, "max_lines": 30, "max_copies": 200, "max_tiny_lines": 30000}),
}
"""The mix of sizes the fuzzing script draws: mostly small documents (many inputs per
second, where the rules' corner cases are), some of the CI strategy's size, and a few big
hostile ones (long runs of atoms, many copies of a body, floods of tiny lines)."""
