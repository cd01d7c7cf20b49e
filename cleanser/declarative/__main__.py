"""``python -m cleanser.declarative FILE_OR_FOLDER...``: load rule files and replay their examples."""

from cleanser.rulecheck import main

raise SystemExit(main())
