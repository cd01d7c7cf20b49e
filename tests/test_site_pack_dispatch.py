"""The pipeline asks a site pack's rules only about documents the pack applies to, and the
answer is the same as asking every rule (the rule itself says nothing elsewhere)."""

from __future__ import annotations

from collections.abc import Iterator

import cleanser
from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.pipeline import Pipeline
from cleanser.removal import Proposal
from cleanser.rule import Rule

STORY = ("Dinas perhubungan menambah armada bus sekolah di tiga kecamatan mulai pekan depan.\n"
         "Kepala dinas mengatakan penambahan itu menjawab keluhan orang tua murid sejak awal tahun.\n")


class _Counting(Rule):
    """Counts how often the pipeline asks it (a rule of the detik pack)."""

    code = "ZZ90"
    name = "counting"
    category = Category.INTERFACE
    site_pack = "detik"
    asked = 0

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        type(self).asked += 1
        return iter(())


def test_a_site_pack_rule_is_asked_only_where_its_pack_applies() -> None:
    pipeline = Pipeline(extra=[_Counting], plugins=False)
    _Counting.asked = 0
    pipeline.clean(STORY, url="https://warta.example/berita/1")
    assert _Counting.asked == 0
    pipeline.clean(STORY, url="https://news.detik.com/berita/d-1/judul")
    assert _Counting.asked == 1


def test_skipping_gives_the_report_that_asking_every_rule_gives() -> None:
    """The declarative rules of a pack that does not apply propose nothing themselves."""
    pipeline = cleanser.Pipeline(plugins=False)
    for url in ("https://warta.example/berita/1", "https://news.detik.com/berita/d-1/judul"):
        doc = pipeline.analyse(STORY + "Baca juga: Harga Cabai Naik Lagi\n", url=url)
        silent = [r for r in pipeline.rules if r.site_pack is not None and r.site_pack not in doc.site_packs]
        assert silent and all(not list(r.propose(doc)) for r in silent)
