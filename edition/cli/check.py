"""Check the edition offline, without building: fidelity, segments, URLs, tables, numbers and
dates, unsafe HTML, encoding. Fast enough for a pre-commit hook.

Exit: 0 no findings, 1 findings, 2 usage or internal error.
With GITHUB_ACTIONS=true, text output also emits ::error annotations.
"""

from __future__ import annotations

import os

from edition.checks.report import format_github, format_json, format_text
from edition.checks.runner import run_checks
from edition.source.plan import load_plan


def add_arguments(parser) -> None:
    parser.add_argument("--format", choices=("text", "json", "github"), default="text")


def run(args) -> int:
    report = run_checks(load_plan(args.root))
    findings = report.sorted_findings()
    if args.format == "json":
        print(format_json(findings, report.waived))
    elif args.format == "github":
        print(format_github(findings, report.waived))
    else:
        if os.environ.get("GITHUB_ACTIONS") == "true" and findings:
            print(format_github(findings, report.waived))
        print(format_text(findings, report.waived))
    return 1 if findings else 0
