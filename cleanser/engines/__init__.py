"""Adapters for the engines people already run cleaning in, each an optional extra.

- ``cleanser.engines.columns.CleanBatch``: a callable over a batch of columns (a dict of
  lists or numpy arrays, or a pandas DataFrame) for Ray Data ``map_batches``, Hugging Face
  ``datasets.map(batched=True)`` and Spark ``mapInPandas``; no dependency of its own.
- ``cleanser.engines.datatrove.CleanserStep``: a datatrove ``PipelineStep`` (extra
  ``datatrove``).

Both build their pipeline once per worker (actor, task or process) and reuse it for every
record; docs/scale.md has a recipe for each engine.
"""

from __future__ import annotations

from cleanser.engines.columns import CleanBatch

__all__ = ["CleanBatch"]
