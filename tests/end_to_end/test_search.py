"""Search in a real Chromium on the built site: per language, Japanese phrases found as written,
pages that contain the query first, no interface text, nothing fetched before search opens."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import SUB_PATH

from edition.site.search_index import pages_containing

QUERIES = ["健康保険証", "2023年3月", "オンライン資格確認", "令和5年2月末",
           "health insurance", "bank account", "Mynaportal", "My Number Points"]
FOLDERS = {"ja": "", "en": "en"}


def _open_search(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.click(".edition-search-open")
    page.wait_for_selector("#edition-search[open]")


def _search(page, query: str) -> dict[str, list[str]]:
    """The results shown, per group (exact / partial), as site-relative page paths."""
    page.fill("#edition-search-input", query)
    page.press("#edition-search-input", "Enter")
    page.wait_for_function("q => document.getElementById('edition-search').dataset.resultsFor === q", arg=query)
    groups = page.eval_on_selector_all(
        ".edition-search-results section",
        "sections => sections.map(s => [s.dataset.editionMatch, "
        "[...s.querySelectorAll('.edition-search-link')].map(a => a.href)])")
    shown: dict[str, list[str]] = {"exact": [], "partial": []}
    for kind, hrefs in groups:
        shown[kind] = [urlsplit(h).path[len(SUB_PATH):] for h in hrefs]
    kinds = [kind for kind, _ in groups]
    assert kinds in ([], ["exact"], ["partial"], ["exact", "partial"]), kinds   # containing pages first
    return shown


@pytest.mark.parametrize("language", ["ja", "en"])
def test_each_query_finds_every_page_that_contains_it_first_and_only_in_its_language(
        built_site, site_url, page, language):
    # before: one index for both languages; on the Japanese site 健康保険証 listed English pages,
    # 2023年3月, オンライン資格確認 and 令和5年2月末 found nothing
    folder = FOLDERS[language]
    _open_search(page, site_url + (folder + "/" if folder else "") + "bank-accounts/")
    for query in QUERIES:
        truth = pages_containing(built_site, query, folder, ["en"])
        shown = _search(page, query)
        assert set(shown["exact"]) == truth, (language, query, shown, truth)
        everything = shown["exact"] + shown["partial"]
        assert all(p.startswith("en/") == (language == "en") for p in everything), (language, query, everything)
        assert not set(shown["partial"]) & truth, (query, shown)
    # the queries of the issue have pages on each site (the test would be empty otherwise)
    assert pages_containing(built_site, "オンライン資格確認", folder, ["en"])


def test_each_result_links_to_its_passage_and_shows_the_query_in_context(site_url, page):
    _open_search(page, site_url + "bank-accounts/")
    _search(page, "オンライン資格確認")
    first = page.locator(".edition-search-results section").first
    assert first.locator("mark").first.inner_text().replace("\n", "") == "オンライン資格確認"
    link = first.locator(".edition-search-link").first
    href = link.get_attribute("href")
    assert "#:~:text=" in href
    link.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path.startswith(SUB_PATH) and not page.locator("#edition-search[open]").count()


def test_a_japanese_query_on_the_english_site_is_marked_as_matching_the_original(site_url, page):
    _open_search(page, site_url + "en/")
    _search(page, "健康保険証")
    labels = page.locator(".edition-search-results .edition-search-in-source")
    assert labels.count() >= 1 and labels.first.inner_text() == "matches the Japanese original"


@pytest.mark.parametrize("language, text", [
    ("ja", "よちょきん"),            # a glossary tooltip (the reading of 預貯金)
    ("en", "Translator's note"),     # the label of every note
    ("en", "Both"),                  # the view toggle
])
def test_interface_text_is_not_indexed(built_site, site_url, page, language, text):
    # before: the index held the ¶ marks, the toggle labels and 279 copies of the untranslated notice
    folder = FOLDERS[language]
    prefix = folder + "/" if folder else ""
    truth = pages_containing(built_site, text, folder, ["en"])
    # a page that shows the text only as interface (in its article, outside what is indexed)
    interface_only = [path for path in sorted((built_site / folder).glob("*/index.html"))
                      if (body := BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
                          .select_one("[data-pagefind-body]")) is not None
                      and text in body.get_text(" ") and prefix + path.parent.name + "/" not in truth]
    assert interface_only, text
    _open_search(page, site_url + prefix + "smartphones/")
    shown = _search(page, text)
    assert set(shown["exact"]) == truth, (text, shown, truth)
    assert prefix + interface_only[0].parent.name + "/" not in shown["exact"]


def test_the_index_is_fetched_only_when_search_opens_and_only_for_the_language(site_url, page):
    for language, other in (("ja", "en"), ("en", "ja")):
        requests: list[str] = []
        handler = lambda request: requests.append(request.url)  # noqa: E731
        page.on("request", handler)
        page.goto(site_url + ("en/" if language == "en" else "") + "smartphones/")
        page.wait_for_load_state("networkidle")
        assert not [u for u in requests if "/pagefind/" in u], requests
        page.click(".edition-search-open")
        _search(page, "マイナンバー" if language == "ja" else "smartphone")
        page.wait_for_load_state("networkidle")
        page.remove_listener("request", handler)
        index_files = [u.rsplit("/", 1)[1] for u in requests if "/pagefind/" in u and ".pf_" in u]
        assert index_files, requests
        assert all(name.startswith((f"{language}_", f"pagefind.{language}_")) for name in index_files), index_files
        assert not any(name.startswith((f"{other}_", f"pagefind.{other}_")) for name in index_files)


def test_the_dialog_opens_with_the_slash_key_and_closes_with_escape(site_url, page):
    page.goto(site_url + "en/smartphones/")
    page.keyboard.press("/")
    page.wait_for_selector("#edition-search[open]")
    assert page.evaluate("document.activeElement.id") == "edition-search-input"
    assert page.get_attribute("#edition-search", "aria-labelledby") == "edition-search-title"
    assert page.inner_text("#edition-search-title") == "Search this site (English pages)"
    page.keyboard.press("Escape")
    assert not page.locator("#edition-search[open]").count()


def test_without_javascript_no_search_button_that_does_nothing(site_url, page):
    context = page.context.browser.new_context(java_script_enabled=False)
    try:
        bare = context.new_page()
        bare.goto(site_url + "smartphones/")
        assert bare.locator(".edition-search-open").count() == 1
        assert not bare.locator(".edition-search-open").is_visible()
    finally:
        context.close()
