"""Score cleanser on a folder of documents with expected bodies (``cleanser eval DIR``).

Three modules, one job each, the data flowing one way (reporting imports scoring imports
loading; loading imports neither):

- ``loading``: read a folder of the corpus or the devset layout into a ``Dataset`` of
  ``EvalDocument`` (expected body, outlet, url);
- ``scoring``: clean each document and score the output against the expected body on
  tokens (body kept, chrome removed, precision, F1, exact), per document, per group, and
  line by line (``evaluate`` gives an ``Evaluation``);
- ``reporting``: the plain-text report and the ``cleanser eval`` command
  (``python -m cleanser.evaluation DIR`` runs it too).

The names below are this package's interface; import them from ``cleanser.evaluation``.
"""

from cleanser.evaluation.loading import (
    KINDS,
    NO_OUTLET,
    Dataset,
    EvalDocument,
    LayoutError,
    Skipped,
    detect_layout,
    load,
    load_corpus,
    load_devset,
    registered_domain,
    url_from_notes,
)
from cleanser.evaluation.reporting import add_arguments, format_report, format_table, main
from cleanser.evaluation.scoring import (
    HTML_CHROME_NOTE,
    SCHEMA,
    TOKEN,
    Aggregate,
    Cleaner,
    Counts,
    DocScore,
    Evaluation,
    LineDiff,
    aggregate,
    cleanser_cleaner,
    count,
    evaluate,
    is_exact,
    line_diff,
    paragraphs,
    score_document,
    select,
    tokens,
)

__all__ = [
    "HTML_CHROME_NOTE",
    "KINDS",
    "NO_OUTLET",
    "SCHEMA",
    "TOKEN",
    "Aggregate",
    "Cleaner",
    "Counts",
    "Dataset",
    "DocScore",
    "EvalDocument",
    "Evaluation",
    "LayoutError",
    "LineDiff",
    "Skipped",
    "add_arguments",
    "aggregate",
    "cleanser_cleaner",
    "count",
    "detect_layout",
    "evaluate",
    "format_report",
    "format_table",
    "is_exact",
    "line_diff",
    "load",
    "load_corpus",
    "load_devset",
    "main",
    "paragraphs",
    "registered_domain",
    "score_document",
    "select",
    "tokens",
    "url_from_notes",
]
