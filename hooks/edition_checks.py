"""MkDocs hooks, checks: a thin adapter from the build to `edition.checks`.

- pre-build (source language): every offline check (the same as `scripts/check.py`);
  each finding is a warning, so `mkdocs build --strict` fails, naming file:line;
- page content: every cited URL of the page is an <a href> in its HTML;
- post-build: one summary with the count across all languages.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from edition.checks.report import github_annotation, summary  # noqa: E402
from edition.checks.runner import run_checks  # noqa: E402
from edition.checks.urls import cited_url_lines, unlinked_urls  # noqa: E402
from edition.findings import EditionError, Finding  # noqa: E402
from edition.plan import load_plan  # noqa: E402
from edition.translation import alignment_of  # noqa: E402
from edition.front_matter import split_front_matter  # noqa: E402

log = logging.getLogger("mkdocs.hooks.edition")
_state: dict = {}


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else config.theme["language"]


def _report(findings: list[Finding]) -> None:
    for finding in sorted(findings):
        log.warning(finding.format())
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(github_annotation(finding))
    _state.setdefault("findings", []).extend(findings)


def on_pre_build(config) -> None:
    try:
        plan = load_plan(ROOT)
    except EditionError as error:
        _state.clear()
        _report(error.findings)
        return
    if _language(config) != plan.source_language and "report" in _state:
        return  # the checks ran once, in the source-language build
    _state.clear()
    report = run_checks(plan)
    _state.update(plan=plan, report=report)
    _report(report.sorted_findings())
    for finding, reason in report.waived:
        log.info(f"waived: {finding.format()} [{reason}]")


def on_page_content(html, page, config, files):
    """Every URL the Japanese of this page cites is a link in its HTML (in any language)."""
    plan, report = _state.get("plan"), _state.get("report")
    page_plan = plan and plan.page_named(Path(page.file.abs_src_path).name)
    if page_plan is None:
        return html
    language = getattr(page.file, "locale", None) or _language(config)
    path = str(Path(page.file.abs_src_path).resolve().relative_to(ROOT))
    source = split_front_matter(plan.source_page_path(page_plan).read_text(encoding="utf-8"))
    aligned = None
    if language != plan.source_language:
        aligned = alignment_of(report.alignments, language, page_plan.slug).aligned
    where = cited_url_lines(source.body, source.body_start_line, aligned)
    _report([Finding(path, where[url], 1, "url-not-linked",
                     f"{url} is cited but is not a link (<a href>) in the built page",
                     "write it as <URL> or [text](URL) in the Markdown")
             for url in unlinked_urls(html, list(where))])
    return html


@event_priority(-200)
def on_post_build(config) -> None:
    i18n = config.plugins.get("i18n")
    languages = i18n.build_languages if i18n else [_language(config)]
    if len(languages) == 1 or (i18n.building and _language(config) == languages[-1]):
        findings = sorted(set(_state.get("findings", [])))
        waived = len(_state["report"].waived) if "report" in _state else 0
        log.info(f"edition checks: {summary(findings, waived)} across {', '.join(languages)}")
