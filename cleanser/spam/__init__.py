"""Online-gambling ("judi online") spam: normalisation, lexicon, scoring and analysis.

The SP rules in ``cleanser/rules/sp*.py`` read the shared per-document analysis
(``cleanser.spam.analysis.analyse``); see docs/spam.md.
"""

from __future__ import annotations

from cleanser.spam.analysis import Analysis, Finding, analyse, analyse_text
from cleanser.spam.normalise import Fold, Normalised, normalise

__all__ = ["Analysis", "Finding", "Fold", "Normalised", "analyse", "analyse_text", "normalise"]
