#!/usr/bin/env python3
"""Check the edition offline (fidelity, segments, URLs, tables, numbers, dates, unsafe HTML, encoding).

The same as `edition check` (installed into .venv by `make setup`); see `edition check --help`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _entry import run  # noqa: E402

run("check")
