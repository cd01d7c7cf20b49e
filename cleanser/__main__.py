import sys

from cleanser.cli import main

sys.exit(main())
