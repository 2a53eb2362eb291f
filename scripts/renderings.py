#!/usr/bin/env python3
"""The consistency pass: the English used for each glossary term across the edition, and style rules.

The same as `edition renderings` (installed into .venv by `make setup`); see `edition renderings --help`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _entry import run  # noqa: E402

run("renderings")
