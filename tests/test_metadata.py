"""Metadata normalised: dates in ISO 8601 with their zone, names as lists, outlets as domains,
titles without the site's name; each field with its source and raw text."""

from __future__ import annotations

import subprocess
import sys

import pytest

import cleanser
from cleanser.metadata import (
    MetadataField,
    host_domain,
    normalise,
    outlet_domain,
    parse_date,
    split_names,
    strip_site_name,
)
from tests.date_variants import FORMATS, variants

VARIANTS = list(variants(count_per_format=25))


@pytest.mark.parametrize(("fmt", "text", "expected"), VARIANTS, ids=[f"{f}-{i % 25}" for i, (f, _, _) in
                                                                       enumerate(VARIANTS)])
def test_generated_date_lines_give_iso_8601(fmt: str, text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_every_format_is_generated() -> None:
    assert {fmt for fmt, _, _ in VARIANTS} == set(FORMATS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jum'at, 25 Oktober 2024 - 15:40 WIB", "2024-10-25T15:40:00+07:00"),
        ("Kamis, 14 Maret 2024 | 09:30 WITA", "2024-03-14T09:30:00+08:00"),
        ("Rabu 3 Januari 2024 pukul 21.05 WIT", "2024-01-03T21:05:00+09:00"),
        ("12/03/2025, 14:05 WIB", "2025-03-12T14:05:00+07:00"),  # day first, as Indonesian sites write
        ("Senin, 05 Agt 2024 07:00 WIB", "2024-08-05T07:00:00+07:00"),
        ("Selasa, 5 Nopember 2024 21:05", "2024-11-05T21:05:00"),  # no zone: none is guessed
        ("Sabtu, 9 Maret 2024", "2024-03-09"),
        ("2024-03-14", "2024-03-14"),
        ("2024-03-14T09:30:00Z", "2024-03-14T09:30:00+00:00"),
        ("2024-03-14 09:30:00 +0800", "2024-03-14T09:30:00+08:00"),
        ("Published: March 14, 2024 10:15 WIB", "2024-03-14T10:15:00+07:00"),
        ("14 Maret 2024, 09.30 WIB", "2024-03-14T09:30:00+07:00"),
        ("Kamis (24/10/2024)", "2024-10-24"),
    ],
)
def test_known_date_lines(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["1 jam yang lalu", "Senin", "31/02/2024 10:00 WIB", "Rp 12.000", "Editor: Rina",
                                  "30 Februari 2024", ""])
def test_text_that_is_no_date_gives_none(text: str) -> None:
    assert parse_date(text) is None


def test_a_date_line_in_text_becomes_iso_with_its_raw_text_and_rule() -> None:
    text = ("Jum'at, 25 Oktober 2024 - 15:40 WIB\nPenulis: Andi Saputra, Rina Kusuma dan Budi Hartono\n"
            "JAKARTA - Pemerintah kota meresmikan taman baca baru di tepi sungai pada Jumat pagi.\n\n"
            "Warga menyambut taman itu dengan antusias karena dekat dengan sekolah dasar setempat.\n")
    result = cleanser.clean(text, url="https://www.kabarkota.example/berita/2024/10/25/taman-baca")
    published = result.metadata["published"]
    assert published == MetadataField("2024-10-25T15:40:00+07:00", "MD01", "Jum'at, 25 Oktober 2024 - 15:40 WIB")
    assert result.metadata["author"].value == ["Andi Saputra", "Rina Kusuma", "Budi Hartono"]
    assert result.metadata["author"].raw == "Andi Saputra, Rina Kusuma dan Budi Hartono"
    assert result.metadata["outlet"] == MetadataField("kabarkota.example", "url", result.url)
    assert result.metadata_values["dateline_city"] == "JAKARTA"
    assert result.to_dict()["metadata"]["author"] == {
        "value": ["Andi Saputra", "Rina Kusuma", "Budi Hartono"], "source": result.metadata_sources["author"],
        "raw": "Andi Saputra, Rina Kusuma dan Budi Hartono"}


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Timnas U-17 Tekuk Jepang 2-1 - Kompas.com Bola", (), "Timnas U-17 Tekuk Jepang 2-1"),
        ("Harga Cabai Turun di Pasar Induk | merdeka.com", (), "Harga Cabai Turun di Pasar Induk"),
        ("Liputan6.com: Banjir Rendam Tiga Desa", (), "Banjir Rendam Tiga Desa"),
        ("Jembatan Bambu Rampung - Kabar Nusantara", ("Kabar Nusantara",), "Jembatan Bambu Rampung"),
        ("Gempa Guncang Cianjur - detikNews", (), "Gempa Guncang Cianjur"),
        # a dash inside the headline, and a last part that is no site: kept whole
        ("Skor 2-1 - Laporan Pertandingan Lengkap", (), "Skor 2-1 - Laporan Pertandingan Lengkap"),
        ("Jokowi: Pembangunan IKN Jalan Terus", (), "Jokowi: Pembangunan IKN Jalan Terus"),
        ("Kompas.com", (), "Kompas.com"),  # the headline is never dropped whole
    ],
)
def test_title_without_the_site_name(title: str, sites: tuple[str, ...], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


@pytest.mark.parametrize("suffix", [" - Kabar Nusantara", " | kabarnusantara.example", " - Kompas.com Bola"])
def test_html_title_loses_the_site_name_and_keeps_it_raw(suffix: str) -> None:
    from tests.test_html import ARTICLE_PAGE, TITLE

    og_title = f'<meta property="og:title" content="{TITLE}">'
    page = ARTICLE_PAGE.replace(og_title, og_title.replace(TITLE, TITLE + suffix)).replace(f"<h1>{TITLE}</h1>", "")
    result = cleanser.clean_html(page)
    assert result.title == TITLE
    assert result.metadata["title"] == MetadataField(TITLE, "trafilatura", TITLE + suffix)
    assert result.to_dict()["title"] == TITLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andi Saputra", ["Andi Saputra"]),
        ("Andi Saputra, Rina Kusuma", ["Andi Saputra", "Rina Kusuma"]),
        ("Andi Saputra dan Rina Kusuma", ["Andi Saputra", "Rina Kusuma"]),
        ("Andi Saputra & Rina Kusuma / Budi", ["Andi Saputra", "Rina Kusuma", "Budi"]),
        ("Sarah Collins and Tom Reyes", ["Sarah Collins", "Tom Reyes"]),
        ("Dani Pramudana", ["Dani Pramudana"]),  # "dan" inside a name is no separator
    ],
)
def test_names_as_a_list(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [("SINDOnews.com", "sindonews.com"), ("Antara", "antaranews.com"), ("Kompas", "kompas.com"),
     ("The Jakarta Post", None), ("AP", None)],
)
def test_outlet_as_a_domain(given: str, expected: str | None) -> None:
    assert outlet_domain(given) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://bola.kompas.com/read/2024/1", "kompas.com"), ("https://www.tempo.co/x", "tempo.co"),
     ("https://m.kabarkota.example/a", "kabarkota.example"), ("not a url", None), (None, None)],
)
def test_host_domain(url: str | None, expected: str | None) -> None:
    assert host_domain(url) == expected


def test_an_outlet_name_that_is_no_domain_stays_beside_the_url_domain() -> None:
    fields, _ = normalise({"outlet": "The Jakarta Post"}, {"outlet": "DL01"}, url="https://www.tempo.co/a")
    assert fields["outlet"] == MetadataField("tempo.co", "url", "https://www.tempo.co/a")
    assert fields["outlet_name"] == MetadataField("The Jakarta Post", "DL01", "The Jakarta Post")


def test_normalising_twice_changes_nothing() -> None:
    first, title = normalise({"published": "Sabtu, 9 Maret 2024 08:00 WIB", "author": "A dan B"},
                             {"published": "MD01", "author": "MD02"}, title="Judul Berita | merdeka.com")
    again, title_again = normalise(first, {}, title=title)
    assert again == first and title_again == title == "Judul Berita"


def test_the_page_date_is_the_published_field_unless_the_text_gives_one() -> None:
    fields, _ = normalise({"date": "2024-03-14"}, {"date": "trafilatura"})
    assert fields["published"] == MetadataField("2024-03-14", "trafilatura", "2024-03-14")
    fields, _ = normalise({"date": "2024-03-14", "published": "Kamis, 14 Maret 2024 09:30 WIB"},
                          {"date": "trafilatura", "published": "MD01"})
    assert fields["published"].value == "2024-03-14T09:30:00+07:00" and "date" not in fields


def test_import_cleanser_does_not_import_a_date_library() -> None:
    code = "import sys, cleanser; cleanser.clean('Senin, 4 Maret 2024 10:00 WIB\\nIsi berita.'); " \
           "print(sorted(m for m in ('dateparser', 'htmldate', 'dateutil') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_result_sets_every_field_and_replace_keeps_the_normalised_metadata() -> None:
    import dataclasses

    result = cleanser.clean("Sabtu, 9 Maret 2024 08:00 WIB\nPenulis: A Saputra dan B Lestari\n"
                            "Warga kota membersihkan sungai bersama pada Sabtu pagi sebelum musim hujan tiba.\n")
    assert set(vars(result)) == {f.name for f in dataclasses.fields(result)}
    again = dataclasses.replace(result, status="ok")
    assert again == result and again.metadata["author"].value == ["A Saputra", "B Lestari"]
