"""Report formats: text (grouped by file), JSON, and GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby

from edition.findings import Finding


def summary(findings: list[Finding], waived: int = 0) -> str:
    files = len({f.path for f in findings})
    text = f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {files} file{'s' if files != 1 else ''}"
    return text + (f" ({waived} waived)" if waived else "")


def format_text(findings: list[Finding], waived: Sequence[tuple[Finding, str]] = ()) -> str:
    lines = []
    for path, group in groupby(sorted(set(findings)), key=lambda f: f.path):
        lines.append(path)
        lines += ["  " + finding.format() for finding in group]
    if waived:
        lines.append("Waived on purpose (listed for review; these do not fail):")
        lines += [f"  {finding.path}:{finding.line}:{finding.col}: [{finding.rule}] {finding.message} "
                  f"— waived: {reason}" for finding, reason in sorted(waived)]
    lines.append(summary(list(set(findings)), len(waived)))
    return "\n".join(lines)


def format_json(findings: list[Finding], waived: Sequence[tuple[Finding, str]] = ()) -> str:
    return json.dumps({
        "findings": [f.as_dict() for f in sorted(set(findings))],
        "waived": [dict(f.as_dict(), reason=reason) for f, reason in sorted(waived)],
        "count": len(set(findings)),
    }, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(finding: Finding) -> str:
    """One workflow command, so the finding shows on its line of the pull request."""
    properties = (f"file={_escape_property(finding.path)},line={finding.line},col={finding.col},"
                  f"title={_escape_property(finding.rule)}")
    message = finding.message + (f" — {finding.hint}" if finding.hint else "")
    return f"::error {properties}::{_escape_data(message)}"


def format_github(findings: list[Finding], waived: Sequence[tuple[Finding, str]] = ()) -> str:
    unique = sorted(set(findings))
    return "\n".join([github_annotation(f) for f in unique] + [summary(unique, len(waived))])


def format_findings_for_abort(findings: list[Finding], waived: int = 0, languages: Sequence[str] = ()) -> str:
    """The message of a build stopped by findings: the count, then every finding grouped by file."""
    lines = []
    for path, group in groupby(sorted(set(findings)), key=lambda f: f.path):
        lines.append(path)
        lines += ["  " + finding.format() for finding in group]
    count = summary(list(set(findings)), waived) + (f" across {', '.join(languages)}" if languages else "")
    return (f"edition checks: {count}; the build stops (integrity findings stop every build, "
            f"strict or not)\n" + "\n".join(lines))
