"""MkDocs hooks, rendering: a thin adapter from the build to `edition.site.render`.

- source-language pages: each segment with its stable anchor and permalink;
- translation pages: each segment's source beside its translation, notes, states;
- one 404 page per language (static-i18n writes every language's 404 to the root);
- glossary: tooltips on the first occurrence of each term per page (a Markdown extension from
  the core), and the glossary page of each language, generated from data/glossary.yaml;
- heading anchors every view can reach (a Markdown extension from the core);
- accessibility repairs that keep the visible text (edition.site.accessible_html): names for empty
  table header cells, item-less lists as blocks; the slide's line breaks inside a segment shown as line
  breaks, never as spaces (edition.site.line_breaks);
- the search index, per language, once the whole site is built (edition.site.search_index);
- no published copy of the theme partials that pages include inline (the edition's styles);
- the aligned corpus as TMX and CSV in downloads/ (edition.translation.corpus);
- the translation status page of each language (edition.site.status_page);
- the list of mistyped cited URLs of each language (edition.site.url_errata_page);
- the timeline of updates of each language (edition.site.timeline_page), the pages' "In brief" and
  "Since June 2022" boxes (edition.site.page_intro), and the updates as JSON and CSV in downloads/
  (edition.timeline.downloads);
- the edition's version and review date (data/edition.toml) for the footer and the citation;
- each page's Content-Security-Policy from its built HTML, and `_headers` for the whole site
  (edition.site.security_headers).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from edition.checks.urls import load_url_errata  # noqa: E402
from edition.findings import EditionError  # noqa: E402
from edition.glossary.page import render_glossary_page  # noqa: E402
from edition.glossary.terms import load_glossary  # noqa: E402
from edition.glossary.tooltips import GlossaryTooltips  # noqa: E402
from edition.markdown.segments import segment_markdown  # noqa: E402
from edition.release import load_release  # noqa: E402
from edition.site.accessible_html import load_table_header_names, repair  # noqa: E402
from edition.site.deploy import netlify_redirects, not_found_rules  # noqa: E402
from edition.site.heading_anchors import HeadingAnchors  # noqa: E402
from edition.site.line_breaks import show_line_breaks  # noqa: E402
from edition.site.page_intro import source_intro, translation_intro  # noqa: E402
from edition.site.redirects import load_redirects, netlify_rules, write_redirect_pages  # noqa: E402
from edition.site.render import page_description, render_source_page, render_translation_page  # noqa: E402
from edition.site.search_index import SearchIndexError, build_search_index  # noqa: E402
from edition.site.security_headers import (  # noqa: E402
    PLACEHOLDER_META,
    REFERRER_POLICY,
    PolicyPlaceholderMissing,
    hashes_of_site,
    headers_file,
    with_policy,
    without_policy,
)
from edition.site.site_address import NOT_SET, published  # noqa: E402
from edition.site.sitemaps import absolute_url, gzipped, sitemaps  # noqa: E402
from edition.site.status_page import STATUS_PAGE_MARKER, render_status_page  # noqa: E402
from edition.site.timeline_page import TIMELINE_MARKER, render_timeline  # noqa: E402
from edition.site.ui_strings import load_ui_strings  # noqa: E402
from edition.site.url_errata_page import URL_ERRATA_MARKER, citations, render_url_errata  # noqa: E402
from edition.source.plan import load_plan  # noqa: E402
from edition.timeline.downloads import write_updates  # noqa: E402
from edition.timeline.publishers import load_publishers  # noqa: E402
from edition.timeline.updates import collect_updates, for_reader, of_page  # noqa: E402
from edition.translation.alignment import align_all, alignment_of, source_notes  # noqa: E402
from edition.translation.corpus import write_corpus  # noqa: E402
from edition.translation.status import STATUS_MARKER, status_sentences  # noqa: E402

log = logging.getLogger("mkdocs.hooks.edition")
_state: dict = {}
_saved_404: dict[str, str] = {}
_glossary: dict = {}
_command = {"name": "build"}     # mkdocs build or serve (on_startup)


def _strings():
    """The interface strings (data/ui.toml), read once per build."""
    return _state.get("strings") or load_ui_strings(ROOT)


def _language_names(config) -> dict[str, str]:
    i18n = config.plugins.get("i18n")
    return {lang.locale: lang.name for lang in i18n.config.languages} if i18n else {}


def _language(config) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else config.theme["language"]


def _status_href(config, page):
    """Links from the status page to a page (or a passage) of a language's site."""
    i18n = config.plugins.get("i18n")
    links = {lang.locale: lang.link for lang in i18n.config.languages} if i18n else {}

    def href(language: str, slug: str, anchor: str) -> str:
        url = links.get(language, "/").lstrip("/") + ("" if slug == "index" else slug + "/")
        return get_relative_url(url or "./", page.url) + (f"#{anchor}" if anchor else "")
    return href


GLOSSARY_PAGE = "glossary.md"
DOWNLOADS = "downloads"     # the aligned corpus (TMX, CSV), linked from the about page


@event_priority(-200)
def on_config(config):
    """Per language: the glossary tooltips extension (one instance; the page language is set per
    page) and heading anchors."""
    config.markdown_extensions[:] = [e for e in config.markdown_extensions
                                     if not isinstance(e, (GlossaryTooltips, HeadingAnchors))]
    config.markdown_extensions.append(HeadingAnchors())
    if not published(config.site_url):   # no address to publish: no sitemap (edition.site.site_address)
        config.theme.static_templates.discard("sitemap.xml")
    try:
        glossary = load_glossary(ROOT)
    except EditionError:
        return config  # the checks hook reports it
    extension = GlossaryTooltips(glossary, language=_language(config))
    config.markdown_extensions.append(extension)
    _glossary.update(glossary=glossary, tooltips=extension)
    return config


def on_pre_build(config) -> None:
    _state.clear()
    try:
        plan = load_plan(ROOT)
        alignments = align_all(plan)
    except EditionError:
        return  # the checks hook reports it (and stops a build; `mkdocs serve` shows the pages as written)
    errata = load_url_errata(ROOT)
    _state.update(plan=plan, alignments=alignments, strings=load_ui_strings(ROOT),
                  table_headers=load_table_header_names(ROOT), errata=errata, citations=citations(errata, alignments),
                  url_errata={e.cited: (e.probable, e.archive, e.confidence) for e in errata},
                  updates={lang: collect_updates(alignments, lang) for lang in plan.translation_languages()},
                  publishers=load_publishers(ROOT), release=load_release(ROOT))


TIMELINE_PAGE = "since-2022"
VERSION_MARKER = "<!-- edition:version -->"


def on_page_markdown(markdown, page, config, files):
    language = getattr(page.file, "locale", None) or _language(config)
    if page.title and not page.meta.get("description"):   # a description per page, in its language
        page.meta["description"] = page_description(page.title, config.site_description or "")
    if "tooltips" in _glossary:
        _glossary["tooltips"].language = language
    plan = _state.get("plan")
    if plan and "glossary" in _glossary and Path(page.file.abs_src_path).name == GLOSSARY_PAGE:
        return render_glossary_page(_glossary["glossary"], language, _state["strings"].for_language(language),
                                    plan.source_language)
    page_plan = plan and plan.page_named(Path(page.file.abs_src_path).name)
    if VERSION_MARKER in markdown and _state.get("release") is not None:    # the about page's citation example
        markdown = markdown.replace(VERSION_MARKER, _state["release"].version)
    if plan and STATUS_MARKER in markdown:    # the about page: the translation status, as built
        markdown = markdown.replace(STATUS_MARKER, status_sentences(
            _state["alignments"], _state["strings"].for_language(language)["status_sentence"], _language_names(config)))
    if plan and STATUS_PAGE_MARKER in markdown:    # the status page: per language and page, as built
        markdown = markdown.replace(STATUS_PAGE_MARKER, render_status_page(
            _state["alignments"], language, _state["strings"].for_language(language), _language_names(config),
            _status_href(config, page), _release_context(language, "").get("text", "")))
    if plan and TIMELINE_MARKER in markdown:    # the timeline: every update, by date, as built
        notes_language, records = for_reader(_state["updates"], language)
        markdown = markdown.replace(TIMELINE_MARKER, render_timeline(
            records, language, _state["strings"].for_language(language), _state["publishers"],
            _status_href(config, page), _language_names(config)))
    if plan and URL_ERRATA_MARKER in markdown:    # the mistyped URLs: the registry, and the passages citing them
        markdown = markdown.replace(URL_ERRATA_MARKER, render_url_errata(
            _state["errata"], _state["citations"], language, plan.source_language,
            _state["strings"].for_language(language), _status_href(config, page), _language_names(config)))
    if plan is None or page_plan is None:   # (no plan: no page plan either)
        return markdown
    strings = _state["strings"].for_language(language)
    names = _language_names(config)
    timeline = _status_href(config, page)(language, TIMELINE_PAGE, "")
    if language == plan.source_language:
        # the Markdown as MkDocs hands it over (static-i18n has translated admonition titles)
        hrefs = {lang: (get_relative_url(alt.url, page.url), names.get(lang, lang))
                 for lang, alt in (getattr(page.file, "alternates", {}) or {}).items() if lang != language}
        notes_language, records = for_reader(_state["updates"], language)
        note_href, note_name = hrefs.get(notes_language, ("", notes_language))
        intro = source_intro(of_page(records, page_plan.slug), strings, language, note_href, notes_language,
                             note_name, timeline) if note_href else ""
        return render_source_page(segment_markdown(markdown), strings, source_notes(_state["alignments"], page_plan),
                                  _state["url_errata"], translation_hrefs=hrefs, intro=intro)
    result = alignment_of(_state["alignments"], language, page_plan.slug)
    assert result is not None   # each page of a translation's build is aligned (no fallback pages)
    labels = {"both": strings["view_both"], "source": names.get(plan.source_language, plan.source_language),
              "target": names.get(language, language)}
    source = (getattr(page.file, "alternates", {}) or {}).get(plan.source_language)
    href = get_relative_url(source.url, page.url) if source is not None else ""
    intro = translation_intro(str(result.target.meta.get("brief", "") or ""),
                              of_page(_state["updates"].get(language, []), page_plan.slug), strings, language,
                              timeline)
    return render_translation_page(result.aligned, strings, plan.source_language, language, labels,
                                   _state["url_errata"], source_href=href, intro=intro)


def on_page_content(html, page, config, files):
    if "strings" not in _state:
        return html
    language = getattr(page.file, "locale", None) or _language(config)
    strings = _state["strings"]
    labels = {lang: strings.for_language(lang)["table_column"] for lang in strings.tables}
    added = {lang: strings.for_language(lang)["column_name_added"] for lang in strings.tables}
    html = repair(html, Path(page.file.abs_src_path).stem, language, _state["table_headers"], labels, added)
    return show_line_breaks(html)


def on_page_context(context, page, config, nav):
    """Interface strings of the page's language for the templates (search dialog, 404, citation), and
    whether the page is a language's home page (it leads to the about page and the other language)."""
    language = _language(config)
    context["edition_ui"] = _strings().for_language(language)
    context["edition_home_page"] = Path(page.file.abs_src_path).stem == "index"
    href = _status_href(config, page)
    context["edition_release"] = _release_context(language, href(language, "about", "version"))
    # the translators' page: linked from the footer, not in the readers' navigation
    context["edition_release"]["status_href"] = href(language, "status", "")
    return context


def _release_context(language: str, about_href: str) -> dict[str, str]:
    """The version and review date for the footer and the citation, in the page's language."""
    release = _state.get("release")
    if release is None:
        try:
            release = load_release(ROOT)
        except EditionError:
            return {}
    strings = _strings().for_language(language)
    return {"version": release.version, "checked": release.checked_iso,
            "text": release.describe(strings["edition_version"], language),
            "about": strings["edition_version_about"], "about_href": about_href,
            "status": strings["footer_status"]}


def on_template_context(context, template_name, config):
    context["edition_ui"] = _strings().for_language(_language(config))
    if template_name == "404.html":
        context["edition_release"] = _release_context(_language(config), "")
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
            # the root 404 page answers every language on hosts with one 404 page (GitHub Pages):
            # it says it in each language (edition/site/deploy.py)
            strings = _strings()
            context["edition_other_404"] = [
                {**strings.for_language(lang.locale), "lang": lang.locale, "home_href": base + lang.link}
                for lang in i18n.config.languages
                if lang.build and lang.locale != language and language == i18n.default_language]
    return context


@event_priority(-200)     # last: the policy hashes the page's inline scripts as they are written
def on_post_page(output, page, config):
    return _with_policy(output, page.file.src_uri)


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        output = _with_policy(output, template_name)
        _saved_404[_language(config)] = output
    return output


def on_startup(command, dirty) -> None:
    _command["name"] = command


def _with_policy(html: str, name: str) -> str:
    """The page with its Content-Security-Policy (edition.site.security_headers); under `mkdocs serve`
    without one, since its live reload adds an inline script to every page."""
    if _command["name"] == "serve":
        return without_policy(html)
    try:
        return with_policy(html, name)
    except PolicyPlaceholderMissing as error:
        raise PluginError(str(error)) from error


def on_files(files, config):
    """MkDocs copies every file of the theme directory that is not a template into the site: the
    edition's styles, included inline in every page from overrides/partials/, are not published as a
    file too, nor the sitemap template that a build without the site's address does not render."""
    inline = (Path(config.theme.custom_dir) / "partials").resolve()
    for file in list(files):
        if file.abs_src_path and Path(file.abs_src_path).resolve().parent == inline:
            files.remove(file)
        elif file.src_uri == "sitemap.xml" and not published(config.site_url):
            files.remove(file)   # no sitemap without the site's address (its template is not rendered)
    return files


def on_env(env, config, files):
    """Templates write the hreflang alternates as full URLs (overrides/main.html), and only those,
    the canonical link and og:url when the build has the site's address (SITE_URL)."""
    env.globals["edition_absolute"] = lambda link: absolute_url(config.site_url or "", link)
    env.globals["edition_published"] = published(config.site_url)
    env.globals.update(edition_csp_meta=PLACEHOLDER_META, edition_referrer_policy=REFERRER_POLICY)
    return env


def _write_redirect_pages(site: Path, folders: dict[str, str]) -> list:
    """A page at each old address of a renamed page, in each language (edition.site.redirects)."""
    if "plan" not in _state:
        return []
    plan = _state["plan"]
    try:
        moved = load_redirects(plan.root, {page.slug for page in plan.pages})
    except EditionError as error:
        raise PluginError("\n".join(finding.format() for finding in error.findings)) from None
    write_redirect_pages(site, moved, folders, {page.slug: page.titles for page in plan.pages},
                         {language: _strings().for_language(language)["redirect_message"] for language in folders})
    return moved


@event_priority(-200)
def on_post_build(config) -> None:
    """Once every language is built: each language's 404 page in its own folder; x-default
    alternates in the sitemap, and a sitemap in each page's folder (edition.site.sitemaps says why), dated
    with the review date, not the build's day (a build is reproducible);
    the search index of each language."""
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:
        return
    site = Path(config.site_dir)
    if not published(config.site_url):
        log.info(NOT_SET)
    if (site / "sitemap.xml").exists() and config.site_url:
        lastmod = _state["release"].sources_checked if "release" in _state else None   # not the build's day
        main, pages = sitemaps((site / "sitemap.xml").read_text(encoding="utf-8"), config.site_url,
                               i18n.default_language, lastmod)
        (site / "sitemap.xml").write_text(main, encoding="utf-8")
        if lastmod is not None and (site / "sitemap.xml.gz").exists():
            (site / "sitemap.xml.gz").write_bytes(gzipped(main, lastmod))
        for folder, xml in pages.items():
            if (site / folder).is_dir():
                (site / folder / "sitemap.xml").write_text(xml, encoding="utf-8")
    for language, content in _saved_404.items():
        folder = i18n.get_language_config(language).link.strip("/")
        target = Path(config.site_dir) / folder / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    folder_of = {lang.locale: (i18n.get_language_config(lang.locale).link.strip("/").rpartition("/")[2]
                               if lang.locale != i18n.default_language else "")
                 for lang in i18n.config.languages if lang.build}
    folders = list(folder_of.values())
    base_path = urlsplit(config.site_url or "/").path
    rules = not_found_rules(base_path, folders)
    moved = _write_redirect_pages(site, folder_of)
    (site / "_redirects").write_text(netlify_redirects(rules, netlify_rules(moved, base_path, folders)),
                                     encoding="utf-8")
    (site / "_headers").write_text(headers_file(base_path, hashes_of_site(site)), encoding="utf-8")
    if "plan" in _state:
        languages = [lang.locale for lang in i18n.config.languages
                     if lang.build and lang.locale != _state["plan"].source_language]
        release = _state["release"]
        write_corpus(_state["alignments"], _state["plan"].source_language, languages, site / DOWNLOADS,
                     version=release.version)
        for language in languages:
            write_updates(_state["updates"].get(language, []), language, _state["publishers"], release,
                          site / DOWNLOADS)
    try:
        index = build_search_index(Path(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from error
    log.info(index.summary())
