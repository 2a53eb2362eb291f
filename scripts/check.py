#!/usr/bin/env python3
"""Check the edition offline, without building: fidelity, segments, URLs, tables, numbers and
dates, unsafe HTML. Fast enough for a pre-commit hook.

Usage: scripts/check.py [--format text|json|github]
Exit: 0 no findings, 1 findings, 2 usage or internal error.
With GITHUB_ACTIONS=true, text output also emits ::error annotations.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=("text", "json", "github"), default="text")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    try:
        args = parser.parse_args()
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    try:
        from edition.checks.report import format_github, format_json, format_text
        from edition.checks.runner import run_checks
        from edition.findings import EditionError
        from edition.plan import load_plan
        try:
            report = run_checks(load_plan(args.root))
        except EditionError as error:
            print(format_text(error.findings), file=sys.stderr)
            return 2
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
    except Exception as error:  # an internal error is not a finding: say so, exit 2
        print(f"internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
