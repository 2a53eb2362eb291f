#!/usr/bin/env python3
"""Translation status per page and in total: segments, translated, outdated, untranslated, orphans, %.

Usage: scripts/status.py [--json]
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.cli import load_or_exit  # noqa: E402
from edition.status import COLUMNS, status_report  # noqa: E402
from edition.translation import align_all  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    report = status_report(align_all(load_or_exit(args.root)))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table
    table = Table(title="Translation status")
    for column in ("language", "page", *COLUMNS, "%"):
        table.add_column(column, justify="left" if column in ("language", "page") else "right")
    for row in report["pages"]:
        table.add_row(row["language"], row["page"], *(str(row[c]) for c in COLUMNS), f'{row["percent"]:.1f}')
    for language, total in report["total"].items():
        table.add_row(language, f"total ({total['pages']} pages)", *(str(total[c]) for c in COLUMNS),
                      f'{total["percent"]:.1f}', style="bold")
    Console(width=None if sys.stdout.isatty() else 140).print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
