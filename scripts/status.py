#!/usr/bin/env python3
"""Translation status per page and in total.

The same as `edition status` (installed into .venv by `make setup`); see `edition status --help`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _entry import run  # noqa: E402

run("status")
