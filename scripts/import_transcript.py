#!/usr/bin/env python3
"""Write docs/<source language>/ from the transcript and data/pages.toml.

Usage: scripts/import_transcript.py [--check]
  --check   write nothing; exit 1 if any page differs from what the import produces
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.findings import EditionError  # noqa: E402
from edition.importer import import_transcript  # noqa: E402
from edition.plan import load_plan  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args()
    try:
        changed = import_transcript(load_plan(ROOT), check_only=args.check)
    except EditionError as error:
        print(error, file=sys.stderr)
        return 2
    for path in changed:
        print(("differs: " if args.check else "wrote: ") + path)
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
