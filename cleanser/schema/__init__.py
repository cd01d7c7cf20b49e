"""The JSON Schema (draft 2020-12) of the report: ``result.schema.json``, shipped with the
package. ``Result.to_dict()`` and ``cleanser clean --json`` output validate against it."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

RESULT_SCHEMA_FILE = "result.schema.json"


def result_schema() -> dict[str, Any]:
    """The report's JSON Schema as a dict (read from the package on each call)."""
    text = resources.files(__name__).joinpath(RESULT_SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
