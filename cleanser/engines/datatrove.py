"""A datatrove ``PipelineStep`` that cleans ``Document.text`` (extra ``datatrove``).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanser.engines.datatrove import CleanserStep

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), CleanserStep(), JsonlWriter("out/")],
        tasks=8, workers=2,
    ).run()

Install plain ``datatrove`` beside cleanser, not ``datatrove[processing]``: that extra pins
trafilatura below 1.12 while cleanser needs trafilatura 2, and pip then quietly picks an
old datatrove (0.2.0) to satisfy both.

Each document's text is replaced by its clean body; the report goes into
``metadata["cleanser"]`` (``status``, ``categories``, the removals with their rule codes and
offsets, the title and the facts the chrome told; the whole report with ``report="full"``,
only status and categories with ``report="summary"``). Documents left with no body
(status ``empty``/``no-article``) and spam pages are dropped unless ``keep_empty`` /
``keep_spam``; dropped documents go, with their original text, to ``exclusion_writer`` when
one is given. A document the rules did not clean (status ``too-large``, ``not-text``,
``error``, ``html-input``: see ``Result.cleaned``) goes on with its text unchanged and the
status and notes in its metadata, or, with ``keep_uncleaned=False``, to the exclusion writer.
A document whose cleaning raised keeps its text and gets ``metadata["cleanser_error"]``.
Every status is counted in the step's stats (``status_<status>``). The pipeline is built
once per task, on first use.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, Literal

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from cleanser.pipeline import Pipeline
from cleanser.result import Result

__all__ = ["CleanserStep"]


class CleanserStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type information
    """Clean each Document's text (or its HTML, with ``html=True``) with a cleanser Pipeline."""

    name = "🧽 cleanser"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        *,
        html: bool = False,
        url_key: str = "url",
        report: Literal["compact", "full", "summary"] = "compact",
        metadata_key: str = "cleanser",
        keep_empty: bool = False,
        keep_spam: bool = False,
        keep_uncleaned: bool = True,
        exclusion_writer: Any = None,
        **options: Any,
    ) -> None:
        super().__init__()
        self.html = html
        self.url_key = url_key
        self.report = report
        self.metadata_key = metadata_key
        self.keep_empty = keep_empty
        self.keep_spam = keep_spam
        self.keep_uncleaned = keep_uncleaned
        self.exclusion_writer = exclusion_writer
        self.options = options
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(**self.options)
        return self._pipeline

    def clean(self, doc: Document) -> Result:
        url = doc.metadata.get(self.url_key)
        url = url if isinstance(url, str) else None
        if self.html:
            from cleanser.html import clean_html

            return clean_html(doc.text, url, pipeline=self.pipeline)
        return self.pipeline.clean(doc.text, url)

    def _report(self, result: Result) -> dict[str, Any]:
        if self.report == "summary":
            summary: dict[str, Any] = {"status": result.status, "categories": result.categories}
            if not result.cleaned:
                summary["notes"] = list(result.notes)
            return summary
        report = result.to_dict()
        report.pop("text", None)
        if self.report == "compact":
            for removal in report["removals"]:
                removal.pop("reason", None)
            report.pop("page_removals", None)
            report.pop("offsets", None)
        return report

    def _keep(self, result: Result) -> bool:
        if not result.cleaned:
            return self.keep_uncleaned
        if result.status == "spam-page":
            return self.keep_spam
        return bool(result.text) or self.keep_empty

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        if data is None:
            return
        writer_context = self.exclusion_writer if self.exclusion_writer is not None else contextlib.nullcontext()
        with writer_context as writer:
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    try:
                        result = self.clean(doc)
                    except Exception as exc:  # never lose a document to a crash
                        self.stat_update("errors")
                        doc.metadata[f"{self.metadata_key}_error"] = repr(exc)
                        yield doc
                        continue
                self.stat_update(f"status_{result.status}")
                for category, count in result.categories.items():
                    self.stat_update(f"removed_{category}", value=count)
                self.stat_update("chars_removed", value=sum(r.end - r.start for r in result.removals))
                doc.metadata[self.metadata_key] = self._report(result)
                if not self._keep(result):
                    self.stat_update(f"dropped_{result.status}")
                    if writer is not None:
                        writer.write(doc, rank)
                    continue
                doc.text = result.text
                self.stat_update("forwarded")
                self.update_doc_stats(doc)
                yield doc
