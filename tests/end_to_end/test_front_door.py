"""The edition's front door: about pages, home pages that lead to them, citations, downloads."""

from __future__ import annotations

import re

from conftest import ROOT
from site_html import article, soup

from edition.source.plan import load_plan
from edition.translation.alignment import align_all
from edition.translation.status import status_report


def test_each_home_page_leads_to_the_about_page_and_the_other_language(built_site):
    # before: the Japanese home page showed only the title, the byline and a lone 原文ママ
    for folder, other, about in (("", "en", "この版について"), ("en", "ja", "About this edition")):
        home = soup(built_site / folder / "index.html")
        door = home.select_one("aside.edition-front-door")
        assert door is not None
        link = door.find("a", href="about/")
        assert link is not None and link.get_text() == about
        assert (built_site / folder / "about" / "index.html").exists()
        assert door.find("a", hreflang=other) is not None
    # the transcript's text of the home page is unchanged: the fidelity check still holds
    from edition.source.fidelity import check_fidelity
    assert check_fidelity(load_plan(ROOT)) == []


def test_the_about_pages_say_what_the_edition_is_and_give_the_status_and_downloads(built_site):
    for folder, phrases in (("", ["日本語の原文が正本", "非公式の翻訳", "原文ママ", "引用のしかた", "誤りの報告"]),
                            ("en", ["Japanese original is authoritative", "unofficial", "Erratum",
                                    "How to cite a passage", "Reporting an error"])):
        page = article(soup(built_site / folder / "about" / "index.html"))
        text = page.get_text(" ")
        for phrase in phrases:
            assert phrase in text, (folder, phrase)
        total = status_report(align_all(load_plan(ROOT)))["total"]["en"]
        numbers = [int(n) for n in re.findall(r"\d+", text[text.index("English:"):])[:5]]
        assert sorted(numbers) == sorted([total["pages"], total["segments"], total["translated"], total["outdated"],
                                          total["untranslated"]]), (numbers, total)
        assert "<!-- edition:status -->" not in (built_site / folder / "about" / "index.html").read_text()
        downloads = [a["href"] for a in page.select("a[download]")]
        assert [href.rpartition("/")[2] for href in downloads] == [
            "corpus-ja-en.tmx", "corpus-ja-en.csv", "updates-en.json", "updates-en.csv"]
        for href in downloads:
            target = (built_site / folder / "about" / href).resolve()
            assert target.exists() and target.stat().st_size > 1000, href


def test_the_permalink_copies_a_citation_in_the_pages_language(site_url, page):
    context = page.context.browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.split("/my-number")[0])
    try:
        for path, expected in (("en/bank-accounts/", ["Harada, “The Situation Surrounding the My Number Card”",
                                                      "4 June 2022", "(accessed "]),
                               ("bank-accounts/", ["原田「マイナンバーカードをめぐる状況」", "2022年6月4日", "閲覧)"])):
            tab = context.new_page()
            tab.goto(site_url + path)
            link = tab.locator(".edition-heading .edition-permalink a").first
            anchor = link.get_attribute("href")[1:]
            link.click()
            tab.wait_for_function("document.querySelector('.edition-copied').textContent !== ''")
            citation = tab.evaluate("navigator.clipboard.readText()")
            title = tab.locator("[data-edition-page-title]").get_attribute("data-edition-page-title")
            for part in expected + [title, anchor, site_url + path + "#" + anchor]:
                assert part in citation, (part, citation)
            assert tab.url.endswith("#" + anchor)
            tab.close()
    finally:
        context.close()
