#!/usr/bin/env python3
"""Bring translation pages in line with their Japanese pages, losing no translation.

Usage: scripts/sync.py [--language LANG ...] [--page SLUG ...] [--check]
  Adds each missing segment (Japanese copy filled in, translation empty), gives an
  outdated segment the new copy and keeps the old one in `/// previous-source`.
  Idempotent. --check writes nothing and exits 1 if a page would change.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.cli import load_or_exit  # noqa: E402
from edition.sync_pages import sync_language  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", action="append", help="translation language (default: all under docs/)")
    parser.add_argument("--page", action="append", help="page slug (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a page would change")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    plan = load_or_exit(args.root)
    languages = args.language or plan.translation_languages()
    changed = []
    for language in languages:
        changed += sync_language(plan, language, args.page, check_only=args.check)
    for path in changed:
        print(("would change: " if args.check else "synced: ") + str(path.relative_to(plan.root)))
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
