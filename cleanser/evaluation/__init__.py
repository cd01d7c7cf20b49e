"""Score cleanser on a folder of documents with expected bodies (temporary: being split)."""

from cleanser.evaluation.scoring import *  # noqa: F403
from cleanser.evaluation.scoring import _main  # noqa: F401
