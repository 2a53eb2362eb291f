#!/usr/bin/env python3
"""Check that every cited source URL is alive (or --offline: syntax and registry).

The same as `edition check-links` (installed into .venv by `make setup`); see `edition check-links --help`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _entry import run  # noqa: E402

run("check-links")
