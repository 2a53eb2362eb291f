"""The mistyped cited URLs in the built site (issue 23): a page per language lists every registry entry,
its links land on existing passages and errata, and each page explains each mistyped URL once."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT
from site_html import article, soup

from edition.checks.urls import load_url_errata
from edition.site.url_errata_page import citations
from edition.source.plan import load_plan
from edition.translation.alignment import align_all

ERRATA = load_url_errata(ROOT)
CITED_ON = citations(ERRATA, align_all(load_plan(ROOT)))


def _lands(page_dir: Path, href: str):
    parts = urlsplit(href)
    target = (page_dir / parts.path).resolve()
    target = target / "index.html" if target.is_dir() else target
    assert target.exists(), href
    element = soup(target).find(id=parts.fragment)
    assert element is not None, href
    return element


@pytest.mark.parametrize("folder", ["", "en"])
def test_the_list_gives_every_registry_entry_and_its_links_land_on_the_citing_passages(built_site, folder):
    page_dir = built_site / folder / "url-errata"
    entries = article(soup(page_dir / "index.html")).select("li.edition-url-errata-entry")
    assert [e.select_one("code.edition-url-cited").get_text() for e in entries] == [e.cited for e in ERRATA]
    for entry, erratum in zip(entries, ERRATA):
        assert not entry.find("a", href=erratum.cited)        # the cited address leads nowhere: text only
        assert entry.find("a", href=erratum.probable).get_text() == erratum.probable
        assert erratum.reason in entry.get_text()
        local = [a["href"] for a in entry.find_all("a") if not urlsplit(a["href"]).scheme]
        assert len(local) >= len(CITED_ON[erratum.cited])
        for href in local:
            landed = _lands(page_dir, href)
            segment = landed if "edition-segment" in landed.get("class", []) else \
                landed.find_parent(class_="edition-segment")
            assert segment.find("a", href=erratum.cited), href      # the passage cites that URL


def test_the_navigation_lists_the_page_after_the_glossary(built_site):
    for folder in ("", "en"):
        nav = [a["href"].rstrip("/").rpartition("/")[2] for a in
               soup(built_site / folder / "index.html").select(".md-nav--primary > .md-nav__list > li > a")]
        assert nav.index("url-errata") == nav.index("glossary") + 1, nav


@pytest.mark.parametrize("erratum", ERRATA, ids=lambda e: e.cited.rpartition("/")[2])
def test_each_page_explains_each_mistyped_url_once(built_site, erratum):
    assert CITED_ON[erratum.cited]
    for place in CITED_ON[erratum.cited]:
        for folder in ("", "en"):
            node = article(soup(built_site / folder / place.page / "index.html"))
            segment = node.find(id=place.anchor)
            boxes = [box for box in segment.select(".edition-url-erratum") if box.find("a", href=erratum.probable)]
            errata = [e for e in segment.select(".edition-note-erratum, .edition-source-note")
                      if erratum.cited in e.get_text() or "edition-source-note" in e.get("class", [])]
            assert len(boxes) + len(errata) == 1, (folder, place.page, len(boxes), len(errata))
