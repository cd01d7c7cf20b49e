"""The bundled site packs: they load, select their outlet only, and their examples hold."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import cleanser
from cleanser.declarative import DeclarativeRule, SitePack, site_pack_rules, site_packs
from cleanser.declarative.parser import SITE_CODE
from cleanser.pipeline import default_pipeline
from cleanser.rulecheck import example_document, example_url

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

RULES: list[DeclarativeRule] = [r for r in site_pack_rules() if isinstance(r, DeclarativeRule)]
PACKS: dict[str, SitePack] = {p.name: p for p in site_packs()}

REQUIRED = {
    "detik", "kompas", "tribunnews", "liputan6", "okezone", "sindonews", "cnnindonesia",
    "cnbcindonesia", "republika", "antaranews", "merdeka", "viva", "suara", "tempo", "jpnn",
    "kapanlagi", "fimela", "indozone", "kumparan", "idntimes", "jawapos", "inews", "bisnis",
    "katadata", "pikiran-rakyat",
}

# One line of each outlet's own marking (written for these tests): the fingerprint of that
# outlet and of no other.
MARKED = {
    "detik": "Menurut sumber yang ditemui detikcom, rapat itu berlangsung tertutup.",
    "kompas": "JAKARTA, KOMPAS.com - Rapat itu berlangsung tertutup.",
    "tribunnews": "TRIBUNJATIM.COM, MALANG - Rapat itu berlangsung tertutup.",
    "liputan6": "Liputan6.com, Jakarta - Rapat itu berlangsung tertutup.",
    "okezone": "Follow Berita Okezone di Google News",
    "sindonews": "Copyright ©2025 SINDOnews.com All Rights Reserved",
    "cnnindonesia": "[Gambas:Video CNN]",
    "cnbcindonesia": "[Gambas:Video CNBC]",
    "republika": "REPUBLIKA.CO.ID, JAKARTA -- Rapat itu berlangsung tertutup.",
    "antaranews": "Jakarta (ANTARA) - Rapat itu berlangsung tertutup.",
    "merdeka": "Merdeka.com - Rapat itu berlangsung tertutup.",
    "viva": "VIVA – Rapat itu berlangsung tertutup.",
    "suara": "Suara.com - Rapat itu berlangsung tertutup.",
    "tempo": "TEMPO.CO, Jakarta - Rapat itu berlangsung tertutup.",
    "jpnn": "jpnn.com, JAKARTA - Rapat itu berlangsung tertutup.",
    "kapanlagi": "Kapanlagi.com - Konser itu berlangsung meriah.",
    "fimela": "Fimela.com, Jakarta Konser itu berlangsung meriah.",
    "indozone": "INDOZONE.ID - Rapat itu berlangsung tertutup.",
    "kumparan": "Tulisan dari Andi tidak mewakili pandangan dari redaksi kumparan",
    "idntimes": "Suasana rapat (IDN Times/Andi Pratama)",
    "jawapos": "JawaPos.com – Rapat itu berlangsung tertutup.",
    "inews": "iNews.id - Rapat itu berlangsung tertutup.",
    "bisnis": "Bisnis.com, JAKARTA — Rapat itu berlangsung tertutup.",
    "katadata": "Survei Katadata Insight Center menunjukkan hal itu.",
    "pikiran-rakyat": "PIKIRAN RAKYAT - Rapat itu berlangsung tertutup.",
}


def test_every_required_outlet_has_a_pack() -> None:
    assert set(PACKS) >= REQUIRED


def test_pack_codes_are_unique_and_shaped_like_site_codes() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(SITE_CODE.match(code) for code in codes)
    builtin = {cls.code for cls in cleanser.available_rules()}
    assert not builtin & set(codes)


def test_each_pack_has_one_code_prefix_and_each_rule_an_example() -> None:
    prefixes: dict[str, str] = {}
    for rule in RULES:
        assert rule.site is not None
        prefix = prefixes.setdefault(rule.site.name, rule.code[:3])
        assert rule.code[:3] == prefix, rule.code
        assert rule.examples.remove, f"{rule.code} has no remove example"
    assert len(set(prefixes.values())) == len(prefixes)


def test_default_pipeline_runs_the_packs() -> None:
    codes = {r.code for r in cleanser.Pipeline().rules}
    assert {r.code for r in RULES} <= codes
    assert not {r.code for r in RULES} & {r.code for r in cleanser.Pipeline(ignore=[
        r.code[:3] for r in RULES]).rules}


# -- selection -----------------------------------------------------------------------------


def _chosen(text: str, url: str | None = None) -> list[str]:
    """The packs the default pipeline's analysis finds applying to ``text``, in pack order."""
    applying = default_pipeline().analyse(text, url).site_packs
    return [name for name in PACKS if name in applying]


@pytest.mark.parametrize(
    ("url", "pack"),
    [
        ("https://news.detik.com/berita/d-1/x", "detik"),
        ("https://www.detik.com/bali/d-1/x", "detik"),
        ("https://megapolitan.kompas.com/read/2025/1/1/x", "kompas"),
        ("https://medan.tribunnews.com/2025/06/09/x", "tribunnews"),
        ("https://surya.co.id/2025/06/10/x", "tribunnews"),
        ("https://www.liputan6.com/regional/read/1/x", "liputan6"),
        ("https://bola.okezone.com/read/2025/1/1/x", "okezone"),
        ("https://kalam.sindonews.com/read/1/x", "sindonews"),
        ("https://www.cnnindonesia.com/olahraga/1/x", "cnnindonesia"),
        ("https://ekonomi.republika.co.id/berita/x", "republika"),
        ("https://m.merdeka.com/x.html", "merdeka"),
        ("https://www.pikiran-rakyat.com/x", "pikiran-rakyat"),
    ],
)
def test_pack_is_chosen_by_url_host_and_parent_domains(url: str, pack: str) -> None:
    assert _chosen("Isi berita.", url) == [pack]


@pytest.mark.parametrize("url", ["https://notdetik.com/x", "https://detik.com.example.org/x",
                                 "https://example.com/detik.com/x"])
def test_lookalike_hosts_choose_no_pack(url: str) -> None:
    assert not _chosen("Isi berita.", url)


@pytest.mark.parametrize("outlet", sorted(MARKED))
def test_fingerprint_selects_exactly_its_outlet_without_url(outlet: str) -> None:
    text = f"{MARKED[outlet]}\nPemerintah daerah menyiapkan anggaran perbaikan jalan desa tahun depan.\n"
    assert _chosen(text) == [outlet]


def test_plain_story_without_url_selects_no_pack() -> None:
    assert not _chosen("Pemerintah daerah menyiapkan anggaran perbaikan jalan desa tahun depan.\n"
                       "Baca juga: Warga Minta Jalan Diperbaiki\nADVERTISEMENT\n"
                       "SCROLL TO CONTINUE WITH CONTENT\n")


# -- examples ------------------------------------------------------------------------------


def _cases(kind: str) -> list[tuple[DeclarativeRule, str]]:
    return [(rule, example) for rule in RULES for example in getattr(rule.examples, kind)]


def _case_id(case: tuple[DeclarativeRule, str]) -> str:
    words = re.sub(r"\W+", "-", case[1][:24]).strip("-")
    return f"{case[0].code}-{words}"


REMOVE = _cases("remove")
KEEP = _cases("keep")


@pytest.mark.parametrize("case", REMOVE, ids=[_case_id(c) for c in REMOVE])
def test_remove_example_is_removed_by_its_rule(case: tuple[DeclarativeRule, str]) -> None:
    rule, example = case
    text, start, end = example_document(rule, example)
    result = cleanser.clean(text, example_url(rule))
    mine = [r for r in result.removals if r.code == rule.code and r.start < end and r.end > start]
    assert mine, [(r.code, r.text[:40]) for r in result.removals]
    assert {r.category for r in mine} == {rule.category}
    assert all(r.reason.startswith(rule.reason) for r in mine)
    if rule.scope == "line":
        assert "".join(r.text for r in mine) == example.strip()
        assert example.strip() not in result.text


@pytest.mark.parametrize("case", KEEP, ids=[_case_id(c) for c in KEEP])
def test_keep_example_is_untouched_by_its_rule(case: tuple[DeclarativeRule, str]) -> None:
    rule, example = case
    text, start, end = example_document(rule, example)
    result = cleanser.clean(text, example_url(rule))
    assert not [r for r in result.removals
                if r.code == rule.code and r.start < end and r.end > start]


@pytest.mark.parametrize("outlet", sorted(MARKED))
def test_packs_leave_other_outlets_alone(outlet: str) -> None:
    """Every other pack's remove examples, cleaned as this outlet's page, lose nothing to
    those packs."""
    url = f"https://{PACKS[outlet].domains[0]}/read/1"
    others = [r for r in RULES if r.site is not None and r.site.name != outlet]
    text = "\n".join(e for r in others for e in r.examples.remove)
    result = cleanser.clean(text, url)
    other_codes = {r.code for r in others}
    assert not [r.code for r in result.removals if r.code in other_codes]


# -- the devset ----------------------------------------------------------------------------


def _devset() -> list[tuple[str, str, str, str | None]]:
    root = SHARED / "devset"
    if not (root / "SOURCES.tsv").is_file():
        return []
    docs = []
    with (root / "SOURCES.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            path = root / "text" / f"{row['id']}.txt"
            if not path.is_file():
                continue
            match = re.search(r"url=(\S+?)(?:;|$)", row["notes"])
            docs.append((row["id"], path.read_text(encoding="utf-8"),
                         (root / "gold" / f"{row['id']}.txt").read_text(encoding="utf-8"),
                         match.group(1) if match else None))
    return docs


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_packs_never_remove_gold_body_text_in_the_devset() -> None:
    docs = _devset()
    if not docs:
        pytest.skip("shared devset not present")
    codes = {r.code for r in RULES}
    lost = []
    for doc_id, text, gold, url in docs:
        paragraphs = {_norm(p) for p in gold.split("\n\n")}
        body = _norm(gold)
        for use_url in (url, None):
            for removal in cleanser.clean(text, use_url).removals:
                if removal.code not in codes:
                    continue
                piece = _norm(removal.text)
                if piece in paragraphs or (len(piece.split()) >= 3 and piece in body):
                    lost.append((doc_id, removal.code, piece[:60]))
    assert not lost


def test_every_bundled_pack_passes_the_checked_load() -> None:
    """The bundled packs are loaded unchecked (their patterns compile when first used, for
    the cold start): here each file is loaded as a user's pack is, every pattern compiled
    and refused if it matches empty text or ordinary prose, and gives the same rules."""
    from importlib import resources

    from cleanser.declarative.parser import loads, site_pack_rules

    bundled = {rule.code: rule for rule in site_pack_rules()}
    folder = resources.files("cleanser") / "sitepacks"
    seen = 0
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        for rule in loads(entry.read_text(encoding="utf-8"), entry.name, site_pack=True):
            lazy = bundled[rule.code]
            assert (lazy.pattern.pattern, lazy.scope, lazy.reason) == (rule.pattern.pattern, rule.scope, rule.reason)
            assert lazy.pattern.search("x" * 50) == rule.pattern.search("x" * 50)
            seen += 1
    assert seen == len(bundled) > 50


def test_packs_applying_and_their_line_patterns_read_what_the_plain_reading_reads() -> None:
    """``sitepacks.applying`` reads the scan's families without a call per pack, and line
    and block patterns count the words of a stripped line from ``doc.words``: the same
    packs, and the same lines short enough, as ``hits.anywhere`` and ``word_count`` say."""
    from cleanser import textshape
    from cleanser.analysis import analyse, sitepacks
    from tests.conftest import corpus_docs

    config = default_pipeline().analysis
    texts = [f"{line}\nPemerintah daerah menyiapkan anggaran perbaikan jalan desa.\n" for line in MARKED.values()]
    texts += [case.input for case in corpus_docs()]
    chosen = 0
    for text in texts:
        doc = analyse(text, config)
        candidates = [p for p in config.packs if doc.hits.anywhere(p.family)]
        plain = frozenset(p.name for p in candidates if p.fingerprinted(doc))
        assert sitepacks.applying(doc, config.packs) == plain
        chosen += len(plain)
        for line in doc.content_lines:
            assert len(doc.words[line.index]) == textshape.word_count(line.text.strip())
    assert chosen >= len(MARKED)


_ANTARA_STORY = [
    "Pemerintah kota menambah delapan bus pengumpan untuk jam sibuk pagi dan sore, kata kepala dinas.",
    "Menurut dia, tambahan armada itu dibiayai dari anggaran perubahan yang disetujui DPRD pekan lalu.",
]
_ANTARA_CAPTIONS = [
    "Bus pengumpan melintas di Jalan Sudirman, Senin (3/11/2025). ANTARA FOTO/Rudi Hartono",
    "Petugas memeriksa tiket penumpang di halte Harmoni, Jakarta, Selasa (4/11/2025). ANTARA FOTO/Sinta Dewi/abc.",
    "Warga antre di loket stasiun pada hari pertama uji coba. (ANTARA FOTO/A. Hakim/rud)",
]


@pytest.mark.parametrize(("caption", "glue"), [(c, g) for c in _ANTARA_CAPTIONS for g in (" ", "", "\n")])
def test_antara_caption_glued_after_a_story_sentence_goes_alone(caption: str, glue: str) -> None:
    """ANT01's caption is the sentence its credit closes: a story sentence printed before it on
    the same line (a flattened page) stays; before, the whole line went."""
    text = f"{_ANTARA_STORY[0]}{glue}{caption}\n{_ANTARA_STORY[1]}"
    result = cleanser.clean(text, url="https://www.antaranews.com/berita/1/contoh")
    assert all(sentence in result.text for sentence in _ANTARA_STORY)
    assert any(r.code == "ANT01" and r.text.strip() == caption for r in result.removals)


@pytest.mark.parametrize("caption", _ANTARA_CAPTIONS[1:])
def test_antara_credit_with_initials_ends_before_the_story_glued_after_it(caption: str) -> None:
    text = f"{_ANTARA_STORY[0]}\n{caption} {_ANTARA_STORY[1]}"
    result = cleanser.clean(text, url="https://www.antaranews.com/berita/1/contoh")
    assert all(sentence in result.text for sentence in _ANTARA_STORY)
