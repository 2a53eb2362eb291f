"""MkDocs hooks: a thin adapter between mkdocs-static-i18n builds and the `edition` core.

- pre-build (source language): every offline check of `edition.checks` (the same as
  `scripts/check.py`); each finding is a warning, so `--strict` fails, naming file:line.
- page markdown: source pages get segment anchors; translation pages are rendered
  side by side from their alignment.
- page content: every cited URL of the page is an <a href> in the HTML.
- post-build: a summary with the count across all languages; one 404 page per language.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from edition.alignment import SegmentStatus  # noqa: E402
from edition.checks.report import github_annotation, summary  # noqa: E402
from edition.checks.runner import run_checks  # noqa: E402
from edition.checks.urls import load_url_errata, unlinked_urls  # noqa: E402
from edition.findings import EditionError, Finding  # noqa: E402
from edition.links import links_in  # noqa: E402
from edition.notices import untranslated_page_notice  # noqa: E402
from edition.plan import load_plan  # noqa: E402
from edition.render import render_source_page, render_translation_page  # noqa: E402
from edition.segments import segment_markdown  # noqa: E402
from edition.translation import source_notes  # noqa: E402
from edition.ui_strings import load_ui_strings  # noqa: E402

log = logging.getLogger("mkdocs.hooks.edition")
_state: dict = {}
_saved_404: dict[str, str] = {}


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
    if _language(config) != plan.source_language and "plan" in _state:
        return  # the checks ran once, in the source-language build
    _state.clear()
    report = run_checks(plan)
    _state.update(plan=plan, report=report, strings=load_ui_strings(ROOT),
                  url_errata={e.cited: (e.probable, e.archive) for e in load_url_errata(ROOT)})
    _report(report.sorted_findings())
    for finding, reason in report.waived:
        log.info(f"waived: {finding.format()} [{reason}]")


def _page_plan(page):
    plan = _state.get("plan")
    name = Path(page.file.abs_src_path).name
    return plan and next((p for p in plan.pages if p.filename == name), None)


def on_page_markdown(markdown, page, config, files):
    page_plan = _page_plan(page)
    if page_plan is None:
        return markdown
    plan, report = _state["plan"], _state["report"]
    language = getattr(page.file, "locale", None) or _language(config)
    strings = _state["strings"].for_language(language)
    if language == plan.source_language:
        return render_source_page(segment_markdown(markdown), strings,
                                  source_notes(report.alignments, page_plan), _state["url_errata"])
    result = next(r for r in report.alignments if r.language == language and r.page.slug == page_plan.slug)
    i18n = config.plugins.get("i18n")
    names = {lang.locale: lang.name for lang in i18n.config.languages} if i18n else {}
    labels = {"both": strings["view_both"], "source": names.get(plan.source_language, plan.source_language),
              "target": names.get(language, language)}
    rendered = render_translation_page(result.aligned, strings, plan.source_language, language, labels,
                                       _state["url_errata"])
    if result.count(SegmentStatus.TRANSLATED) + result.count(SegmentStatus.OUTDATED) == 0:
        source = (getattr(page.file, "alternates", {}) or {}).get(plan.source_language)
        if source is not None:
            href = get_relative_url(source.url, page.url)
            rendered = untranslated_page_notice(strings, href, plan.source_language) + "\n" + rendered
    return rendered


def on_page_content(html, page, config, files):
    """Every URL the Japanese of this page cites is a link in its HTML (in any language)."""
    page_plan = _page_plan(page)
    if page_plan is None:
        return html
    plan, report = _state["plan"], _state["report"]
    language = getattr(page.file, "locale", None) or _language(config)
    path = str(Path(page.file.abs_src_path).resolve().relative_to(ROOT))
    where: dict[str, int] = {}  # cited URL -> the line of its segment in this page's file
    if language == plan.source_language:
        where = {link.url: link.line for link in links_in(plan.source_page_path(page_plan).read_text(encoding="utf-8"))}
    else:
        result = next(r for r in report.alignments if r.language == language and r.page.slug == page_plan.slug)
        for item in result.aligned:
            for link in links_in(item.segment.markdown) if item.segment else []:
                where.setdefault(link.url, item.entry.line if item.entry else 1)
    _report([Finding(path, where[url], 1, "url-not-linked",
                     f"{url} is cited but is not a link (<a href>) in the built page",
                     "write it as <URL> or [text](URL) in the Markdown")
             for url in unlinked_urls(html, list(where))])
    return html


def on_template_context(context, template_name, config):
    if template_name == "404.html":
        i18n = config.plugins.get("i18n")
        language = _language(config)
        if i18n is not None:
            # the switcher of a 404 page goes to each language's home page
            base = urlsplit(config.site_url or "").path.rstrip("/")
            alternate = [{"name": lang.name, "link": base + lang.link, "lang": lang.locale}
                         for lang in i18n.config.languages if lang.build]
            # static-i18n sets it as an attribute per page; templates read the attribute
            context["config"].extra["alternate"] = alternate
            setattr(context["config"].extra, "alternate", alternate)
            context["edition_home"] = base + i18n.get_language_config(language).link
        context["edition_ui"] = load_ui_strings(ROOT).for_language(language)
    return context


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        _saved_404[_language(config)] = output
    return output


@event_priority(-200)
def on_post_build(config) -> None:
    i18n = config.plugins.get("i18n")
    languages = i18n.build_languages if i18n else [_language(config)]
    last = len(languages) == 1 or (i18n.building and _language(config) == languages[-1])
    if last:  # every language is built: the count across all of them
        findings = sorted(set(_state.get("findings", [])))
        log.info(f"edition checks: {summary(findings, len(_state['report'].waived) if 'report' in _state else 0)}"
                 f" across {', '.join(languages)}")
    if i18n is None or i18n.building:
        return
    for language, content in _saved_404.items():  # static-i18n writes every 404 to the root
        folder = i18n.get_language_config(language).link.strip("/")
        target = Path(config.site_dir) / folder / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
