"""Read a folder of documents with expected bodies, in either of its two layouts.

The layouts are told apart automatically (``detect_layout``; ``load`` reads either):

- the corpus layout: one folder per document, ``<id>/input.txt`` (or ``input.html``),
  ``<id>/expected.txt`` and ``<id>/meta.json`` (``outlet``, ``url``, ``origin``,
  ``categories``); a single such document folder is read too;
- the devset layout: ``text/NNN.txt`` and ``html/NNN.html`` inputs, ``gold/NNN.txt``
  expected bodies, and ``SOURCES.tsv`` (``id``, ``kind``, ``site``, ``notes``) naming each
  document's site; ``url=...`` in the notes is the document's url.

A document's outlet is the registered domain of its site or url (``registered_domain``).
Entries that cannot be read become ``Skipped`` problems of the ``Dataset``; a folder of
neither layout raises ``LayoutError``. Nothing here cleans or scores.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

_URL_NOTE = re.compile(r"(?:^|[\s;])url=(\S+)")
# Second-level labels under a country-code TLD that are public suffixes themselves
# (co.id, ac.id, go.id, web.id, co.uk, com.au ...): the registered domain is one label more.
_SECOND_LEVEL = frozenset(
    {"ac", "biz", "co", "com", "desa", "edu", "go", "gob", "gov", "id", "mil", "my", "ne",
     "net", "or", "org", "ponpes", "sch", "web"}
)

KINDS = ("text", "html")
NO_OUTLET = "(none)"


class LayoutError(ValueError):
    """The folder is neither a corpus nor a devset folder (or cannot be read)."""


# ---------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class EvalDocument:
    """One document to score: where its input is, what body it must give, whose it is."""

    id: str
    kind: str  # "text" or "html"
    input_path: Path
    expected: str
    outlet: str = NO_OUTLET
    url: str | None = None
    site: str | None = None
    origin: str | None = None
    categories: tuple[str, ...] = ()

    def read_input(self) -> str | bytes:
        """The input: text for a text document, bytes for an HTML page."""
        if self.kind == "html":
            return self.input_path.read_bytes()
        return self.input_path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Skipped:
    """A document that was not scored, and why."""

    id: str
    kind: str
    outlet: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "outlet": self.outlet, "reason": self.reason}


@dataclass
class Dataset:
    """The documents of a folder, plus the entries that could not be read."""

    root: Path
    layout: str  # "corpus" or "devset"
    documents: list[EvalDocument]
    problems: list[Skipped] = field(default_factory=list)


def registered_domain(site: str) -> str:
    """The registered domain of a host or url: 'news.detik.com' -> 'detik.com',
    'jabar.tribunnews.com' -> 'tribunnews.com', 'esgnow.republika.co.id' -> 'republika.co.id'.
    """
    site = site.strip().casefold()
    if "://" in site:
        site = urlsplit(site).hostname or ""
    site = site.split("/", 1)[0].split(":", 1)[0].strip(".")
    if site.startswith("www."):
        site = site[4:]
    labels = [label for label in site.split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def detect_layout(root: Path) -> str:
    """'corpus' or 'devset'; raises LayoutError for anything else."""
    if not root.exists():
        raise LayoutError(f"{root}: no such folder")
    if not root.is_dir():
        raise LayoutError(f"{root}: not a folder")
    if (root / "gold").is_dir() and ((root / "text").is_dir() or (root / "html").is_dir()):
        return "devset"
    if _is_corpus_document(root):
        return "corpus"
    if any(_is_corpus_document(child) for child in root.iterdir() if child.is_dir()):
        return "corpus"
    raise LayoutError(
        f"{root}: not an evaluation folder: expected either document folders holding "
        "input.txt (or input.html) and expected.txt (corpus layout), or text/ or html/ "
        "beside gold/ (devset layout)"
    )


def load(root: Path | str) -> Dataset:
    """Read a folder of either layout."""
    root = Path(root)
    layout = detect_layout(root)
    return load_devset(root) if layout == "devset" else load_corpus(root)


def _is_corpus_document(folder: Path) -> bool:
    return (folder / "input.txt").is_file() or (folder / "input.html").is_file()


def load_corpus(root: Path | str) -> Dataset:
    """Documents of the corpus layout (``root`` may also be one document's folder)."""
    root = Path(root)
    if not root.is_dir():
        raise LayoutError(f"{root}: not a folder")
    folders = (
        [root]
        if _is_corpus_document(root)
        else sorted(child for child in root.iterdir() if _is_corpus_document(child))
    )
    if not folders:
        raise LayoutError(f"{root}: no document folder (with input.txt and expected.txt)")
    docs: list[EvalDocument] = []
    problems: list[Skipped] = []
    for folder in folders:
        kind = "text" if (folder / "input.txt").is_file() else "html"
        input_path = folder / ("input.txt" if kind == "text" else "input.html")
        meta: dict[str, Any] = {}
        meta_path = folder / "meta.json"
        if meta_path.is_file():
            try:
                loaded = json.loads(meta_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                problems.append(Skipped(folder.name, kind, NO_OUTLET, f"bad meta.json: {exc}"))
                continue
            if isinstance(loaded, dict):
                meta = loaded
        url = meta.get("url") or None
        outlet = meta.get("outlet") or (registered_domain(url) if url else None) or NO_OUTLET
        expected_path = folder / "expected.txt"
        if not expected_path.is_file():
            problems.append(Skipped(folder.name, kind, outlet, "no expected.txt"))
            continue
        docs.append(
            EvalDocument(
                id=folder.name,
                kind=kind,
                input_path=input_path,
                expected=expected_path.read_text(encoding="utf-8"),
                outlet=str(outlet),
                url=str(url) if url else None,
                site=urlsplit(url).hostname if url else None,
                origin=meta.get("origin"),
                categories=tuple(meta.get("categories") or ()),
            )
        )
    return Dataset(root, "corpus", docs, problems)


def url_from_notes(notes: str) -> str | None:
    """The ``url=...`` given in a SOURCES.tsv notes field, if any."""
    match = _URL_NOTE.search(notes or "")
    return match.group(1).rstrip(";,") if match else None


def load_devset(root: Path | str) -> Dataset:
    """Documents of the devset layout: text/, html/, gold/ and SOURCES.tsv."""
    root = Path(root)
    if not (root / "gold").is_dir():
        raise LayoutError(f"{root}: no gold/ folder")
    rows: list[dict[str, str]] = []
    sources = root / "SOURCES.tsv"
    if sources.is_file():
        with sources.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = {"id", "kind", "site"} - set(reader.fieldnames or ())
            if missing:
                raise LayoutError(f"{sources}: missing column(s) {', '.join(sorted(missing))}")
            rows = [row for row in reader if (row.get("id") or "").strip()]
    else:  # no sources: every input that has a gold file, outlet unknown
        for kind, ext in (("text", "txt"), ("html", "html")):
            for path in sorted((root / kind).glob(f"*.{ext}")):
                rows.append({"id": path.stem, "kind": kind, "site": "", "notes": ""})
    docs: list[EvalDocument] = []
    problems: list[Skipped] = []
    for row in rows:
        doc_id = row["id"].strip()
        kind = (row.get("kind") or "").strip()
        site = (row.get("site") or "").strip()
        outlet = registered_domain(site) if site else NO_OUTLET
        if kind not in KINDS:
            problems.append(Skipped(doc_id, kind or "?", outlet, f"unknown kind {kind!r}"))
            continue
        input_path = root / kind / f"{doc_id}.{'txt' if kind == 'text' else 'html'}"
        gold_path = root / "gold" / f"{doc_id}.txt"
        if not input_path.is_file():
            problems.append(Skipped(doc_id, kind, outlet, f"no input file {input_path.name}"))
            continue
        if not gold_path.is_file():
            problems.append(Skipped(doc_id, kind, outlet, f"no gold file {gold_path.name}"))
            continue
        docs.append(
            EvalDocument(
                id=doc_id,
                kind=kind,
                input_path=input_path,
                expected=gold_path.read_text(encoding="utf-8"),
                outlet=outlet,
                url=url_from_notes(row.get("notes") or ""),
                site=site or None,
            )
        )
    if not docs and not problems:
        raise LayoutError(f"{root}: no documents (text/*.txt or html/*.html with gold/*.txt)")
    return Dataset(root, "devset", docs, problems)
