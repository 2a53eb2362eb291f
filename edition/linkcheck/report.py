"""Link-check reports: JSON records, a Markdown summary for a CI job page, annotations."""

# No `from __future__ import annotations` here: it would bind the name of this module's
# `annotations` function to the feature (for mypy, the function would then be a redefinition).
import json
from collections import Counter

from edition.checks.report import _escape_data, _escape_property
from edition.linkcheck.runner import Outcome
from edition.linkcheck.verdicts import LinkResult, Verdict


def to_text(outcome: Outcome, offline: bool = False) -> str:
    """One line per URL that is not plainly ok (offline: not the unchecked ones), registry
    findings, and the summary."""
    lines = []
    for result in outcome.results:
        if result.verdict is Verdict.OK or (offline and result.verdict is Verdict.UNVERIFIABLE):
            continue
        suggested = f" (suggested: {', '.join(result.suggestions)})" if result.suggestions else ""
        lines.append(f"{result.verdict.value}: {result.url} — {result.reason}{suggested}")
    lines += [finding.format() for finding in outcome.registry]
    lines.append(summary_line(outcome))
    if offline:
        lines.append(f"offline: nothing was fetched (no network); {len(outcome.results)} URLs were checked "
                     "for syntax and against the URL errata registry")
    return "\n".join(lines)


def to_json(outcome: Outcome) -> str:
    return json.dumps([r.as_record() for r in outcome.results], ensure_ascii=False, indent=2)


def counts(outcome: Outcome) -> Counter:
    return Counter(r.verdict.value for r in outcome.results)


def summary_line(outcome: Outcome) -> str:
    c = counts(outcome)
    parts = ", ".join(f"{c.get(v.value, 0)} {v.value}" for v in Verdict)
    return f"{len(outcome.results)} URLs: {parts}; {len(outcome.failing)} failing"


def _where(result: LinkResult) -> str:
    return "; ".join(f"{c.file}:{c.line}" for c in result.cited_at)


def to_markdown(outcome: Outcome) -> str:
    c = counts(outcome)
    lines = ["# Cited sources: link check", "",
             "| verdict | URLs |", "|---|---|"]
    lines += [f"| {v.value} | {c.get(v.value, 0)} |" for v in Verdict]
    lines += ["", f"Failing (broken in {len(outcome.failing)} case(s) for the configured number of runs in a row): "
              f"{len(outcome.failing)}", ""]
    for verdict, title in ((Verdict.BROKEN, "Broken"), (Verdict.REDIRECTED, "Redirected"),
                           (Verdict.UNVERIFIABLE, "Unverifiable (warnings)")):
        chosen = [r for r in outcome.results if r.verdict is verdict]
        if not chosen:
            continue
        lines += [f"## {title}", "", "| URL | status | reason | suggestions | cited at | streak |",
                  "|---|---|---|---|---|---|"]
        for r in chosen:
            suggestions = "<br>".join(r.suggestions) or "—"
            lines.append(f"| <{r.url}> | {r.status or '—'} | {r.reason} | {suggestions} | {_where(r)} | {r.streak} |")
        lines.append("")
    if outcome.registry:
        lines += ["## Registry (data/url-errata.toml)", ""] + [f"- `{f.format()}`" for f in outcome.registry] + [""]
    return "\n".join(lines)


def annotations(outcome: Outcome) -> list[str]:
    out = []
    failing = {id(r) for r in outcome.failing}
    for result in outcome.results:
        if result.verdict not in (Verdict.BROKEN, Verdict.UNVERIFIABLE, Verdict.REDIRECTED):
            continue
        level = "error" if id(result) in failing else "warning"
        message = f"{result.verdict.value}: {result.url} — {result.reason}"
        if result.suggestions:
            message += f" (suggested: {', '.join(result.suggestions)})"
        for citation in result.cited_at:
            out.append(f"::{level} file={_escape_property(citation.file)},line={citation.line},"
                       f"title={_escape_property('link ' + result.verdict.value)}::{_escape_data(message)}")
    out += [f"::error file={_escape_property(f.path)},line={f.line},title={_escape_property(f.rule)}::"
            f"{_escape_data(f.message)}" for f in outcome.registry]
    return out
