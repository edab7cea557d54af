"""Run the connectkit command line with ``python -m connectkit``."""

from connectkit._cli import main

raise SystemExit(main())
