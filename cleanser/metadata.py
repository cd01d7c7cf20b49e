"""Metadata as values a program can use: ISO 8601 dates, names as lists, outlets as domains.

Rules read facts from the visible text ("Jum'at, 25 Oktober 2024 - 15:40 WIB", "Penulis:
Andi Saputra dan Rina Kusuma"), and HTML pages add what their markup says (a <title> with the
site's name, an htmldate date). ``normalise`` turns both into :class:`MetadataField` values:

- ``published``: ISO 8601. A date with a time and a zone gives ``2024-10-25T15:40:00+07:00``
  (WIB +07:00, WITA +08:00, WIT +09:00, GMT/UTC offsets, ``+0700``); a time without a zone
  stays without one (``2024-10-25T15:40:00``: the zone is not guessed); a date alone gives
  ``2024-10-25``; text that is no date gives ``None``. Indonesian and English month names,
  their abbreviations and old spellings (Pebruari, Nopember, Agt) are read, day names are
  skipped. The page's ``date`` (HTML metadata) is the same field: it becomes ``published``
  when the rules found none.
- ``author``, ``editor``, ``translator``...: a list of names ("A, B dan C" -> three names).
- ``outlet``: a domain (``kompas.com``): the outlet the text names when it is a domain or
  the name of an outlet with a site pack, else the URL's host.
- ``title``: without the site's name ("Judul - Kompas.com Bola" -> "Judul").

Every field keeps its ``raw`` text beside the value and its ``source`` (a rule code,
``"trafilatura"`` or ``"url"``). Dates are parsed by the few regular expressions below rather
than dateparser: dateparser does not read the most common Indonesian form ("Jum'at, 25
Oktober 2024 - 15:40 WIB" gives None), costs ~50 ms to import and ~50 ms on its first call,
while the news date formats are few (see docs/report.md for the measurement).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

Value = str | list[str] | None

# Fields whose value is a list of person names.
NAME_FIELDS = frozenset({"author", "editor", "translator", "reporter", "photographer", "contributor"})
DATE_FIELDS = frozenset({"published", "updated"})
URL_SOURCE = "url"


@dataclass(frozen=True)
class MetadataField:
    """One metadata field: the normalised ``value``, where it came from (``source``: a rule
    code, ``"trafilatura"`` or ``"url"``) and the ``raw`` text it was read from."""

    value: Value
    source: str = ""
    raw: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, list) else self.value
        return {"value": value, "source": self.source, "raw": self.raw}


# -- dates -------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari jan january",
        "februari pebruari feb peb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu agt ags aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nopember nov nop",
        "desember des dec december",
    ),
    1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_ZONES = {"wib": 7, "wita": 8, "wit": 9}

_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<z>Z(?![A-Za-z])|[+-]\d{2}:?\d{2}(?!\d))?(?!\d)"
)
_NUMERIC = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/-])")
_DAY_MONTH = re.compile(rf"(?<!\w)(?P<d>\d{{1,2}})\s*(?P<mon>{_MONTH})\.?,?\s*(?P<y>\d{{4}})(?!\d)", re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"(?<!\w)(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
_TIME = re.compile(r"(?<![\d:.])(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?(?![\d:])")
_ZONE = re.compile(
    r"(?<![A-Za-z])(?:(?P<name>WITA|WIB|WIT)(?![A-Za-z])"
    r"|(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<mm>\d{2}))?(?!\d)"
    r"|(?P<utc>GMT|UTC)(?![A-Za-z+-]))",
    re.IGNORECASE,
)
_NUMERIC_ZONE = re.compile(r"(?<=\d)\s*(?P<sign>[+-])(?P<h>\d{2}):?(?P<mm>\d{2})(?!\d)")


def _offset(sign: str, hours: str, minutes: str | None) -> timezone:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-delta if sign == "-" else delta)


def _zone_in(text: str) -> timezone | None:
    match = _ZONE.search(text)
    if match:
        if match.group("name"):
            return timezone(timedelta(hours=_ZONES[match.group("name").lower()]))
        if match.group("utc"):
            return UTC
        return _offset(match.group("sign"), match.group("h"), match.group("mm"))
    numeric = _NUMERIC_ZONE.search(text)
    if numeric:
        return _offset(numeric.group("sign"), numeric.group("h"), numeric.group("mm"))
    return None


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def parse_date(text: str) -> str | None:
    """``text`` (a date line as a news site prints it) as ISO 8601, or None.

    >>> parse_date("Jum'at, 25 Oktober 2024 - 15:40 WIB")
    '2024-10-25T15:40:00+07:00'
    >>> parse_date("12/03/2025")
    '2025-03-12'
    """
    match = _ISO.search(text)
    if match and match["H"]:
        try:
            found = datetime(int(match["y"]), int(match["m"]), int(match["d"]),
                             int(match["H"]), int(match["M"]), int(match["S"] or 0))
        except ValueError:
            return None
        zone = match["z"]
        if zone:
            found = found.replace(tzinfo=UTC if zone == "Z" else _offset(zone[0], zone[1:3], zone[-2:]))
        else:
            found = found.replace(tzinfo=_zone_in(text[match.end() :]))
        return found.isoformat()
    if match:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        rest = text[: match.start()] + " " + text[match.end() :]
    else:
        for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC):
            match = pattern.search(text)
            if match:
                break
        else:
            return None
        day, year = int(match["d"]), _year(match["y"])
        month = _MONTHS[match["mon"].lower()] if "mon" in match.groupdict() else int(match["m"])
        rest = text[: match.start()] + " " + text[match.end() :]
    try:
        found = datetime(year, month, day)
    except ValueError:
        return None
    clock = _TIME.search(rest)
    if clock is None:
        return found.date().isoformat()
    found = found.replace(hour=int(clock["H"]), minute=int(clock["M"]), second=int(clock["S"] or 0))
    zone = _zone_in(rest[clock.end() :]) or _zone_in(rest)
    if zone is not None:
        found = found.replace(tzinfo=zone)
    return found.isoformat()


# -- names, outlets, titles -----------------------------------------------------------------

_NAME_SPLIT = re.compile(r"\s*(?:,|;|/|\||&|\+|\bdan\b|\band\b)\s*", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    """The names in a byline value: "Andi Saputra, Rina Kusuma dan Budi" -> three names."""
    names = [" ".join(part.split()).strip(" .-:") for part in _NAME_SPLIT.split(text)]
    seen: list[str] = []
    for name in names:
        if len(name) >= 2 and any(ch.isalpha() for ch in name) and name not in seen:
            seen.append(name)
    return seen


_HOST_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.")
_DOMAIN = re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+(?:com|id|net|org|tv|co|news|info|media|asia))(?![\w-])",
                     re.IGNORECASE)


@cache
def _site_pack_domains() -> tuple[str, ...]:
    """The domains of the bundled site packs (read once; the files never change at run time)."""
    domains: list[str] = []
    for entry in resources.files("cleanser").joinpath("sitepacks").iterdir():
        if entry.name.endswith(".toml"):
            site = tomllib.loads(entry.read_text(encoding="utf-8")).get("site", {})
            domains.extend(d.lower() for d in site.get("domains", ()) if isinstance(d, str))
    return tuple(domains)


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def host_domain(url: str | None) -> str | None:
    """The outlet's domain for ``url``: its host without www./m./amp., or the site-pack
    domain it belongs to (``bola.kompas.com`` -> ``kompas.com``)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for domain in _site_pack_domains():
        if host == domain or host.endswith("." + domain):
            return domain
    return _HOST_PREFIX.sub("", host)


def outlet_domain(name: str) -> str | None:
    """The domain an outlet's name points to: a domain it holds ("SINDOnews.com"), or a
    site pack's domain its name begins ("Antara" -> antaranews.com), else None."""
    found = _DOMAIN.search(name)
    if found:
        return host_domain(found.group(1)) or found.group(1).lower()
    key = _key(name)
    if len(key) < 3:
        return None
    for domain in _site_pack_domains():
        if _key(domain.split(".")[0]).startswith(key) or key == _key(domain):
            return domain
    return None


_SEPARATOR = re.compile(r"\s+[-|–—·•»]\s+|\s*:\s+|\s+::\s+")
_SITE_WORDS = 4


def _is_site_name(part: str, sites: Iterable[str], *, first: bool = False) -> bool:
    """A site's name: a part holding a domain, or (at the end only, a few words long) a part
    that begins with a known site name ("Kompas.com Bola", "detikNews", "Kabar Nusantara")."""
    if _DOMAIN.search(part):
        return True
    key = _key(part)
    if not key or len(part.split()) > _SITE_WORDS:
        return False
    for site in sites:
        site_key = _key(site)
        if len(site_key) < 3:
            continue
        if key == site_key or (not first and key.startswith(site_key)):
            return True
    return False


def strip_site_name(title: str, sites: Iterable[str] = ()) -> str:
    """``title`` without a site name before or after a separator ("Judul - Kompas.com Bola",
    "Judul | merdeka.com", "Liputan6.com: Judul"). A part counts as a site name when it holds
    a domain, or begins with one of ``sites`` (a site name, an outlet, a host's first label);
    the headline itself is never dropped whole."""
    names = [*sites, *(d.split(".")[0] for d in _site_pack_domains())]
    text = " ".join(title.split())
    while True:
        parts = _SEPARATOR.split(text)
        if len(parts) < 2:
            return text
        separators = _SEPARATOR.findall(text)
        if _is_site_name(parts[-1], names) and len(parts[-1]) < len(text) - len(parts[-1]):
            text = text[: len(text) - len(parts[-1]) - len(separators[-1])]
        elif _is_site_name(parts[0], names, first=True) and len(parts[0]) < len(text) - len(parts[0]):
            text = text[len(parts[0]) + len(separators[0]) :]
        else:
            return text


# -- the whole record --------------------------------------------------------------------------


def normalise(
    values: Mapping[str, str | MetadataField],
    sources: Mapping[str, str],
    *,
    title: str | None = None,
    url: str | None = None,
) -> tuple[dict[str, MetadataField], str | None]:
    """Normalised fields and the title without the site's name.

    ``values`` hold raw strings (with their origin in ``sources``) or fields normalised
    before, which are kept as they are (normalising twice changes nothing).
    """
    raw: dict[str, str | MetadataField] = dict(values)
    if "date" in raw:  # the page's date (HTML metadata) is the publication date
        page_date = raw.pop("date")
        if "published" not in raw:
            raw["published"] = page_date
            sources = {**sources, "published": sources.get("date", "")}
    fields: dict[str, MetadataField] = {}
    for key, value in raw.items():
        if isinstance(value, MetadataField):
            fields[key] = value
        elif key != "title":
            fields[key] = _field(key, value, sources.get(key, ""))
    site_url = url or _string(raw.get("url"))
    outlet = fields.get("outlet")
    if outlet is None or outlet.value is None:
        domain = host_domain(site_url)
        if domain:
            fields["outlet"] = MetadataField(domain, URL_SOURCE, site_url)
            if outlet is not None and outlet.raw:  # a name that is no known domain stays readable
                fields["outlet_name"] = MetadataField(" ".join(outlet.raw.split()), outlet.source, outlet.raw)
    title_field = raw.get("title")
    if isinstance(title_field, MetadataField):
        fields["title"] = title_field
    elif title:
        sites = [s for s in (_string(raw.get("sitename")), _string(raw.get("outlet"))) if s]
        host = host_domain(site_url)
        if host:
            sites.append(host.split(".")[0])
        fields["title"] = MetadataField(strip_site_name(title, sites) or title, sources.get("title", ""), title)
    final_title = fields["title"].value if "title" in fields else None
    return fields, final_title if isinstance(final_title, str) else None


def fields_from(values: Mapping[str, str | MetadataField], sources: Mapping[str, str]) -> dict[str, MetadataField]:
    """``normalise`` without a title: the fields alone (for ``dataclasses.replace`` on a Result)."""
    return normalise(values, sources)[0]


def _string(value: str | MetadataField | None) -> str | None:
    if isinstance(value, MetadataField):
        return value.raw if value.raw is not None else (value.value if isinstance(value.value, str) else None)
    return value


def _field(key: str, value: str, source: str) -> MetadataField:
    if key in DATE_FIELDS:
        return MetadataField(parse_date(value), source, value)
    if key in NAME_FIELDS:
        return MetadataField(split_names(value), source, value)
    if key == "outlet":
        return MetadataField(outlet_domain(value), source, value)
    return MetadataField(" ".join(value.split()), source, value)
