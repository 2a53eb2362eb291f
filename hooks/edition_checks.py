"""MkDocs hooks, checks: a thin adapter from the build to `edition.checks`.

- pre-build (source language): every offline check (the same as `edition check`);
- page content: every cited URL of the page is an <a href> in its HTML;
- findings abort every `mkdocs build` (strict or not, `-q` or `-v`) with exit 1 and the list:
  the hook raises a BuildError itself instead of relying on MkDocs' warning counter, which
  `-q` silences (mkdocs#4126). Offline findings (every language) stop the build before
  anything is written; url-not-linked ones, known only once pages are rendered, stop it
  after the last language, all listed at once.
- `mkdocs serve` keeps serving: findings go to the log and to a banner on the affected page.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from edition.checks.report import format_findings_for_abort, github_annotation, summary  # noqa: E402
from edition.checks.runner import run_checks  # noqa: E402
from edition.checks.urls import cited_url_lines, unlinked_urls  # noqa: E402
from edition.findings import EditionError, Finding  # noqa: E402
from edition.markdown.front_matter import split_front_matter  # noqa: E402
from edition.site.notices import findings_banner  # noqa: E402
from edition.source.plan import load_plan  # noqa: E402
from edition.translation.alignment import alignment_of  # noqa: E402

log = logging.getLogger("mkdocs.hooks.edition")
_state: dict = {}
_command = {"name": "build"}


def on_startup(command, dirty) -> None:
    _command["name"] = command


def _serving() -> bool:
    return _command["name"] == "serve"


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else config.theme["language"]


def _record(findings: list[Finding]) -> None:
    _state.setdefault("findings", []).extend(findings)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for finding in sorted(findings):
            print(github_annotation(finding))


def _languages(config) -> list[str]:
    i18n = config.plugins.get("i18n")
    return list(i18n.build_languages) if i18n else [_language(config)]


def _stop_or_show(findings: list[Finding], config) -> None:
    """Abort the build with every finding listed; when serving, log them and go on."""
    if not findings:
        return
    if _serving():
        for finding in sorted(findings):
            log.warning(finding.format())
        return
    waived = len(_state["report"].waived) if "report" in _state else 0
    raise PluginError(format_findings_for_abort(findings, waived, _languages(config)))


def on_pre_build(config) -> None:
    try:
        plan = load_plan(ROOT)
    except EditionError as error:
        _state.clear()
        _record(error.findings)
        _stop_or_show(error.findings, config)
        return
    if _language(config) != plan.source_language and "report" in _state:
        return  # the checks ran once, in the source-language build
    _state.clear()
    report = run_checks(plan)
    _state.update(plan=plan, report=report)
    for finding, reason in report.waived:
        log.info(f"waived: {finding.format()} [{reason}]")
    _record(report.sorted_findings())
    _stop_or_show(report.sorted_findings(), config)


def on_page_content(html_text, page, config, files):
    """Every URL the Japanese of this page cites is a link in its HTML (in any language)."""
    plan, report = _state.get("plan"), _state.get("report")
    page_plan = plan and plan.page_named(Path(page.file.abs_src_path).name)
    if plan is None or page_plan is None:   # (no plan: no page plan either)
        return html_text
    language = getattr(page.file, "locale", None) or _language(config)
    path = str(Path(page.file.abs_src_path).resolve().relative_to(ROOT))
    source = split_front_matter(plan.source_page_path(page_plan).read_text(encoding="utf-8"))
    aligned = None
    if language != plan.source_language:
        assert report is not None   # kept with the plan
        result = alignment_of(report.alignments, language, page_plan.slug)
        assert result is not None   # each page of a translation's build is aligned (no fallback pages)
        aligned = result.aligned
    where = cited_url_lines(source.body, source.body_start_line, aligned)
    unlinked = [Finding(path, where[url], 1, "url-not-linked",
                        f"{url} is cited but is not a link (<a href>) in the built page",
                        "write it as <URL> or [text](URL) in the Markdown")
                for url in unlinked_urls(html_text, list(where))]
    _record(unlinked)
    if _serving():
        on_page = sorted({f for f in _state.get("findings", []) if f.path == path})
        if on_page:
            return findings_banner(on_page) + html_text
    return html_text


@event_priority(-200)
def on_post_build(config) -> None:
    """After the last language: stop on what rendering found (url-not-linked), or say all is well."""
    i18n = config.plugins.get("i18n")
    languages = _languages(config)
    if len(languages) == 1 or (i18n.building and _language(config) == languages[-1]):
        findings = sorted(set(_state.get("findings", [])))
        _stop_or_show(findings if not _serving() else [], config)
        waived = len(_state["report"].waived) if "report" in _state else 0
        log.info(f"edition checks: {summary(findings, waived)} across {', '.join(languages)}")
