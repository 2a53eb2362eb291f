#!/usr/bin/env python3
"""Offline check that docs/<source language>/ is a lossless edition of the transcript.

Usage: scripts/check_fidelity.py        exit 0 clean, 1 findings, 2 bad input
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.fidelity import check_fidelity  # noqa: E402
from edition.findings import EditionError  # noqa: E402
from edition.plan import load_plan  # noqa: E402


def main() -> int:
    try:
        findings = check_fidelity(load_plan(ROOT))
    except EditionError as error:
        print(error, file=sys.stderr)
        return 2
    for finding in findings:
        print(finding.format())
    print(f"{len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
