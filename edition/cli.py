"""Shared bits of the command-line entry points in scripts/ (argument-free helpers)."""

from __future__ import annotations

import sys
from pathlib import Path

from .findings import EditionError
from .plan import EditionPlan, load_plan


def load_or_exit(root: Path) -> EditionPlan:
    try:
        return load_plan(root)
    except EditionError as error:
        print(error, file=sys.stderr)
        raise SystemExit(2)
