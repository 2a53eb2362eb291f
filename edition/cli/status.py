"""Translation status per page and in total: segments, translated, outdated, untranslated,
orphans, %, and which pages are recorded as complete."""

from __future__ import annotations

import json
import sys

from edition.source.plan import load_plan
from edition.translation.alignment import align_all, segment_policy
from edition.translation.status import COLUMNS, status_report


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args) -> int:
    plan = load_plan(args.root)
    report = status_report(align_all(plan), segment_policy(plan.root))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table
    table = Table(title="Translation status")
    for column in ("language", "page", *COLUMNS, "%", "complete"):
        table.add_column(column, justify="left" if column in ("language", "page") else "right")
    for row in report["pages"]:
        table.add_row(row["language"], row["page"], *(str(row[c]) for c in COLUMNS), f'{row["percent"]:.1f}',
                      "yes" if row["complete"] else "")
    for language, total in report["total"].items():
        table.add_row(language, f"total ({total['pages']} pages)", *(str(total[c]) for c in COLUMNS),
                      f'{total["percent"]:.1f}', f"{total['complete_pages']} pages", style="bold")
    Console(width=None if sys.stdout.isatty() else 140).print(table)
    return 0
