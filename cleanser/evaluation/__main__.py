"""``python -m cleanser.evaluation DIR``: the same as ``cleanser eval DIR``."""

import sys

from cleanser.evaluation import _main

sys.exit(_main())
