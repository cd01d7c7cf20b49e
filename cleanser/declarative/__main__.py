"""``python -m cleanser.declarative FILE_OR_FOLDER...``: load rule files and replay their examples."""

from cleanser.declarative.checker import main

raise SystemExit(main())
