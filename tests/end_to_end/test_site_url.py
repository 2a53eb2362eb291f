"""A build without SITE_URL publishes no absolute URL of the site (it would name a host it is not on),
and says so in one line; the site still works under its sub-path, the language menu too."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from browser import chromium_page, serve
from bs4 import BeautifulSoup
from conftest import SUB_PATH
from site_html import built_pages

# the placeholder host of mkdocs.yml (edition/site/site_address.py) and the tests' explicit SITE_URL host
PLACEHOLDER = re.compile(rb"https?://[^/\"'\s<>]*\.invalid\b|example\.org", re.IGNORECASE)


def test_no_output_file_names_a_host_for_the_site(built_site_without_url):
    # before: every page's canonical link, hreflang alternates and og:url, and 39 sitemaps, named
    # https://example.org/my-number-card-2022/
    site, _ = built_site_without_url
    files = [path for path in site.rglob("*") if path.is_file()]
    assert len(files) > 100
    assert [str(path.relative_to(site)) for path in files if PLACEHOLDER.search(path.read_bytes())] == []
    assert [str(path.relative_to(site)) for path in files if path.name.startswith("sitemap.xml")] == []


def test_no_page_has_a_canonical_link_hreflang_alternate_or_og_url(built_site_without_url):
    site, _ = built_site_without_url
    pages = built_pages(site)
    assert len(pages) >= 40
    for path in pages:
        head = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").head
        found = (head.find_all("link", rel="canonical") + head.find_all("link", hreflang=True)
                 + head.find_all("meta", property="og:url"))
        assert found == [], (path, found)


def test_the_build_says_once_that_no_address_was_published(built_site_without_url, built_site):
    _, log = built_site_without_url
    said = [line for line in log.splitlines() if "SITE_URL is not set" in line]
    assert len(said) == 1 and "set SITE_URL=https://host/path/" in said[0], said
    # with SITE_URL (the session's other build) everything is published as before
    page = BeautifulSoup((built_site / "en" / "smartphones" / "index.html").read_text(encoding="utf-8"), "lxml")
    assert page.find("link", rel="canonical")["href"].startswith("https://example.org" + SUB_PATH)
    assert (built_site / "sitemap.xml").exists()


def test_the_language_menu_and_404_pages_keep_working_under_the_sub_path(built_site_without_url):
    site, _ = built_site_without_url
    for path in built_pages(site):
        folder = path.relative_to(site).parent.as_posix()
        url = SUB_PATH + ("" if folder == "." else folder + "/")
        document = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        links = document.select("a.md-select__link")
        assert {a["hreflang"] for a in links} == {"ja", "en"}, path
        for link in links:
            target = urlsplit(urljoin(url, link["href"]))
            assert not target.scheme and target.path.startswith(SUB_PATH), (path, link["href"])
    assert f"{SUB_PATH}en/*  {SUB_PATH}en/404.html  404" in (site / "_redirects").read_text(encoding="utf-8")
    with serve(site) as local, chromium_page() as page:
        page.goto(local + "en/bank-accounts/")
        page.hover(".md-header__option .md-select")
        page.click('a.md-select__link[hreflang="ja"]')
        page.wait_for_load_state()
        assert page.url == local + "bank-accounts/" and page.locator("html").get_attribute("lang") == "ja"
        assert page.goto(local + "en/no-such-page/").status == 404
        assert page.locator("html").get_attribute("lang") == "en"
