#!/usr/bin/env python3
"""Write docs/ja from the transcript and data/pages.toml.

The same as `edition import` (installed into .venv by `make setup`); see `edition import --help`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _entry import run  # noqa: E402

run("import")
