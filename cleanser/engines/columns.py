"""Clean a batch of columns: the shape Ray Data, Hugging Face datasets and pandas use.

    import ray
    from cleanser.engines import CleanBatch
    ds = ray.data.read_json("articles.jsonl")
    ds = ds.map_batches(CleanBatch, concurrency=2, batch_size=256)   # one pipeline per actor

A batch is a mapping of column name to values (lists, or numpy arrays as Ray Data gives
them) or a pandas DataFrame; the same kind comes back with every input column plus:

- ``clean_text`` (``output_column``): the clean body, or None when the row failed;
- ``cleanser_status``: ``ok``, ``empty``, ``spam-page``, ``no-article`` or ``error``;
- ``cleanser_error``: why a row failed (no text, not a string...), else None;
- ``cleanser_report`` (with ``report=True``): the full report as a JSON string (a string so
  the column has one type whatever the report holds).

Rows are never dropped or reordered, so the output lines up with the input; filter on
``cleanser_status`` afterwards to drop empty or spam pages.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from cleanser.pipeline import Pipeline, default_pipeline
from cleanser.result import Result

STATUS = "cleanser_status"
ERROR = "cleanser_error"
REPORT = "cleanser_report"


class CleanBatch:
    """A reusable, picklable callable: ``CleanBatch(**options)(batch) -> batch``.

    ``text_column``/``html_column``/``url_column``: where each row keeps its text, its page
    (cleaned with ``clean_html`` when present and a string) and its URL. ``options`` are
    Pipeline arguments (``select``, ``ignore``, ``extra``, ``threshold``). The pipeline is
    built when the object is made: once per Ray actor, once per process for the others.
    """

    def __init__(
        self,
        *,
        text_column: str = "text",
        html_column: str | None = None,
        url_column: str | None = "url",
        output_column: str = "clean_text",
        report: bool = False,
        **options: Any,
    ) -> None:
        self.text_column = text_column
        self.html_column = html_column
        self.url_column = url_column
        self.output_column = output_column
        self.report = report
        self.pipeline: Pipeline = Pipeline(**options) if options else default_pipeline()

    def clean_row(self, text: object, page: object = None, url: object = None) -> tuple[Result | None, str | None]:
        """The Result for one row, or None and the reason it could not be cleaned."""
        link = url if isinstance(url, str) else None
        try:
            if isinstance(page, str | bytes):
                from cleanser.html import clean_html

                return clean_html(page, link, pipeline=self.pipeline), None
            if isinstance(text, str):
                return self.pipeline.clean(text, link), None
        except Exception as exc:  # one bad row must not fail the batch
            return None, f"cleaning failed: {exc!r}"
        if text is None or _is_missing(text):
            return None, f"no text in {self.text_column!r}"
        return None, f"{self.text_column!r} holds {type(text).__name__}, not a string"

    def __call__(self, batch: Any) -> Any:
        if hasattr(batch, "iloc") and hasattr(batch, "columns"):  # a pandas DataFrame
            columns = {name: batch[name].tolist() for name in batch.columns}
            added = self._columns(columns, len(batch))
            out = batch.copy()
            for name, values in added.items():
                out[name] = values
            return out
        if not isinstance(batch, Mapping):
            raise TypeError(f"CleanBatch takes a mapping of columns or a DataFrame, not {type(batch).__name__}")
        size = len(next(iter(batch.values()))) if batch else 0
        added = self._columns(batch, size)
        out = dict(batch)
        if any(hasattr(values, "dtype") for values in batch.values()):  # numpy columns in, numpy out
            import numpy as np

            for name, values in added.items():
                column = np.empty(len(values), dtype=object)
                column[:] = values
                out[name] = column
        else:
            out.update(added)
        return out

    def _columns(self, batch: Mapping[str, Sequence[Any]], size: int) -> dict[str, list[Any]]:
        texts = _column(batch, self.text_column, size)
        pages = _column(batch, self.html_column, size)
        urls = _column(batch, self.url_column, size)
        clean: list[str | None] = []
        status: list[str] = []
        error: list[str | None] = []
        reports: list[str | None] = []
        for text, page, url in zip(texts, pages, urls, strict=True):
            result, problem = self.clean_row(text, page, url)
            clean.append(result.text if result is not None else None)
            status.append(result.status if result is not None else "error")
            error.append(problem)
            if self.report:
                reports.append(json.dumps(result.to_dict(), ensure_ascii=False) if result is not None else None)
        added: dict[str, list[Any]] = {self.output_column: clean, STATUS: status, ERROR: error}
        if self.report:
            added[REPORT] = reports
        return added


def _column(batch: Mapping[str, Sequence[Any]], name: str | None, size: int) -> Sequence[Any]:
    if name is None or name not in batch:
        return [None] * size
    values = batch[name]
    return values.tolist() if hasattr(values, "tolist") else list(values)


def _is_missing(value: object) -> bool:
    return isinstance(value, float) and value != value  # NaN: pandas' missing value
