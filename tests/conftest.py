from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (a failure is then the change's, not
# the draw's); HYPOTHESIS_PROFILE=explore draws fresh ones, to hunt for new counterexamples.
settings.register_profile("fixed", derandomize=True)
# HYPOTHESIS_MAX_EXAMPLES sets how many fresh examples each property draws when exploring.
settings.register_profile(
    "explore", derandomize=False, max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "1000"))
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class CorpusDoc:
    id: str
    input: str
    expected: str
    meta: dict

    @property
    def url(self) -> str | None:
        return self.meta.get("url")


def corpus_docs() -> list[CorpusDoc]:
    docs = []
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "input.txt").is_file()):
        docs.append(
            CorpusDoc(
                folder.name,
                (folder / "input.txt").read_text(encoding="utf-8"),
                (folder / "expected.txt").read_text(encoding="utf-8").rstrip("\n"),
                json.loads((folder / "meta.json").read_text(encoding="utf-8")),
            )
        )
    return docs


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> Path:
    path = shared / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is absent")
    return path
