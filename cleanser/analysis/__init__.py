"""The analysis layer: facts about a document, computed once, in one explicit order.

Layers, each importing only those below it: the text model (``cleanser.document``,
``textshape``, ``lexicon``, ``patterns``) -> **analysis** (this package, ``cleanser.spam``,
``cleanser.language``) -> rules (``cleanser.rules``, ``cleanser.declarative``) -> the
pipeline -> front-ends (CLI, HTML, evaluation). See ``facts`` for the order of the steps.
"""

from __future__ import annotations

from cleanser.analysis.facts import ORDER, STEPS, AnalysedDocument, AnalysisConfig, analyse, config

__all__ = ["ORDER", "STEPS", "AnalysedDocument", "AnalysisConfig", "analyse", "config"]
