"""``python -m cleanser.evaluation DIR``: the same as ``cleanser eval DIR``."""

import sys

from cleanser.evaluation.reporting import _main

sys.exit(_main())
