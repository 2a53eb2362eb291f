#!/usr/bin/env python3
"""Give every translation page every Japanese segment, losing nothing.

The same as `edition sync` (installed into .venv by `make setup`); see `edition sync --help`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _entry import run  # noqa: E402

run("sync")
