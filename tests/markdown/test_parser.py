"""The core's parser (markdown-it-py) reads the pages as MkDocs (Python-Markdown) renders them.

If the two disagreed, the core would check text the reader never sees. On every real
Japanese page, the visible text from markdown-it-py tokens equals the text of the
built HTML article, character for character (whitespace aside).
"""

from __future__ import annotations

import pytest
from conftest import ROOT
from site_html import article, soup

from edition.markdown.front_matter import split_front_matter
from edition.markdown.visible_text import visible_text
from edition.source.plan import load_plan

PLAN = load_plan(ROOT)


def _html_visible_text(path) -> str:
    node = article(soup(path))
    # the edition's apparatus is not transcript text: heading and segment permalinks,
    # the short errata notes (原文ママ, probable URLs) shown on the Japanese page, glossary tooltips, and
    # the names of empty table header cells (visually hidden), the home page's pointer to the about page, and
    # what the edition adds around the transcript (.edition-added: the updates since June 2022, in Japanese)
    _drop_apparatus(node)
    for ordered in node.find_all("ol"):
        start = int(ordered.get("start", 1))
        for number, item in enumerate(ordered.find_all("li", recursive=False), start):
            item.insert(0, f"{number}.")
    return node.get_text()


def _drop_apparatus(node) -> None:
    for apparatus in node.select("a.headerlink, .edition-permalink, .edition-source-note, .edition-url-erratum, "
                                 ".edition-term-tip, .edition-sr-only, .edition-front-door, .edition-copied, "
                                 ".edition-added"):
        apparatus.decompose()


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("page", PLAN.pages, ids=lambda p: p.slug)
def test_core_text_equals_rendered_text(built_site, page):
    markdown = split_front_matter(PLAN.source_page_path(page).read_text(encoding="utf-8")).body
    folder = built_site if page.slug == "index" else built_site / page.slug
    assert _squeeze(visible_text(markdown)) == _squeeze(_html_visible_text(folder / "index.html"))


@pytest.mark.parametrize("page", PLAN.pages, ids=lambda p: p.slug)
def test_core_and_renderer_cut_the_same_blocks(built_site, page):
    """Same count of headings, list items, tables and table cells on both sides."""
    from edition.markdown.parser import parser
    markdown = split_front_matter(PLAN.source_page_path(page).read_text(encoding="utf-8")).body
    tokens = parser().parse(markdown)
    folder = built_site if page.slug == "index" else built_site / page.slug
    node = article(soup(folder / "index.html"))
    _drop_apparatus(node)
    count = lambda kind: sum(1 for t in tokens if t.type == kind)  # noqa: E731
    assert count("heading_open") == len(node.find_all(["h1", "h2", "h3", "h4"]))
    assert count("table_open") == len(node.find_all("table"))
    assert count("th_open") + count("td_open") == len(node.find_all(["th", "td"]))
    assert count("list_item_open") == len(node.find_all("li"))
