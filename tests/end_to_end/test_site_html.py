"""The built site, read as HTML: languages, citations, tables, privacy, switcher, 404, sitemap."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, SITE_URL, SUB_PATH
from site_html import URL_IN_TEXT, article, built_pages, html_pages, page_file, resolve, soup

from edition.markdown.parser import parser
from edition.source.plan import load_plan

PLAN = load_plan(ROOT)
TRANSCRIPT = PLAN.transcript.text
SLUGS = [p.slug for p in PLAN.pages]


def _page(site, lang, slug):
    parts = ([] if lang == "ja" else [lang]) + ([] if slug == "index" else [slug])
    return site.joinpath(*parts, "index.html")


def test_every_page_exists_in_both_languages_with_its_lang(built_site):
    for slug in SLUGS:
        for lang in ("ja", "en"):
            document = soup(_page(built_site, lang, slug))
            assert document.html["lang"] == lang, (lang, slug)


def test_transcript_cites_29_distinct_urls():
    # independent oracle: every URL-looking run of the plain transcript ...
    in_text = set(URL_IN_TEXT.findall(TRANSCRIPT))
    # ... minus the first line of the link text that the slide wrapped over three lines
    assert "https://www.mext.go.jp/" in in_text
    assert len(in_text - {"https://www.mext.go.jp/"}) == 29


def test_every_cited_url_is_a_byte_identical_href_on_the_japanese_site(built_site):
    expected = set(URL_IN_TEXT.findall(TRANSCRIPT)) - {"https://www.mext.go.jp/"}
    hrefs = set()
    for page in html_pages(built_site):
        hrefs |= {a["href"] for a in article(soup(page)).find_all("a", href=True)}
    missing = expected - hrefs
    assert not missing
    # the link whose text the slide broke over three lines keeps its own href
    assert "https://www.mext.go.jp/kaigisiryo/mext_00313.html" in hrefs


def test_citations_stay_with_their_slide(built_site):
    # the citation of the Mynapoint round 2 slide is on that page, after its heading
    document = soup(_page(built_site, "ja", "mynapoint-round-2"))
    text = article(document).get_text()
    assert text.index("マイナポイント第2弾") < text.index("【社会保障審議会") < text.index("000888838.pdf")


def _transcript_table_shapes():
    tokens = parser().parse(TRANSCRIPT)
    shapes, rows, cols = [], 0, 0
    for token in tokens:
        if token.type == "table_open":
            rows, cols = 0, 0
        elif token.type == "tr_open":
            rows += 1
            cols = 0
        elif token.type in ("th_open", "td_open"):
            cols += 1
        elif token.type == "table_close":
            shapes.append((rows, cols))
    return shapes


def test_the_six_tables_render_as_tables_with_the_same_rows_and_columns(built_site):
    expected = _transcript_table_shapes()
    assert len(expected) == 6
    rendered = []
    for slug in SLUGS:
        for table in article(soup(_page(built_site, "ja", slug))).find_all("table"):
            rows = table.find_all("tr")
            rendered.append((len(rows), max(len(r.find_all(["th", "td"])) for r in rows)))
            assert all(len(r.find_all(["th", "td"])) == rendered[-1][1] for r in rows)
    assert rendered == expected


def test_the_table_with_an_html_list_in_a_cell_keeps_its_content(built_site):
    # the transcript's <ul style="list-style-type: none"> holds text and a paragraph but no item: it is
    # shown as written, as a block (a list without items is announced wrongly: axe `list`)
    document = soup(_page(built_site, "ja", "drivers-license"))
    cell = next(td for td in article(document).find_all("td") if "交通反則切符" in td.get_text())
    block = cell.select_one("div.edition-list-as-written")
    assert block is not None and cell.find("ul") is None
    assert "● 携帯端末を用いた交通反則切符" in block.get_text() and "違反歴は含めない" in block.find("p").get_text()


def _external(url: str) -> bool:
    parts = urlsplit(url.strip())
    if not parts.scheme and not parts.netloc:
        return False  # relative: same site
    if parts.scheme in ("data", "blob"):
        return False
    return parts.netloc != urlsplit(SITE_URL).netloc


CSS_URL = re.compile(r"""(?:@import\s+(?:url\()?|url\()\s*['"]?([^'")\s]+)""")


def test_no_built_page_requests_anything_from_another_host(built_site):
    offenders = []
    for page in built_pages(built_site):
        document = soup(page)
        for tag, attr in (("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src"),
                          ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
                          ("object", "data")):
            for element in document.find_all(tag):
                value = element.get(attr)
                if value and _external(value):
                    offenders.append((page.name, tag, value))
        for style in document.find_all("style"):
            offenders += [(page.name, "style", u) for u in CSS_URL.findall(style.get_text()) if _external(u)]
        for element in document.find_all(style=True):
            offenders += [(page.name, "style=", u) for u in CSS_URL.findall(element["style"]) if _external(u)]
    for css in built_site.rglob("*.css"):
        offenders += [(css.name, "css", u) for u in CSS_URL.findall(css.read_text(encoding="utf-8"))
                      if _external(u)]
    assert offenders == []
    # and the check can see an offender: Google Fonts would be one
    assert _external("https://fonts.googleapis.com/css?family=Roboto")


def test_the_inline_styles_are_not_also_published_as_a_file(built_site):
    # before: MkDocs copies the files of a theme directory that are not templates into the site, so
    # the edition's styles, inlined into every page from overrides/partials/, were also published,
    # unused, at partials/edition.css
    assert (ROOT / "overrides/partials/edition.css").is_file()
    assert sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("partials/*")) == []


@pytest.mark.parametrize("slug", SLUGS)
def test_switcher_goes_to_the_same_topic_in_the_other_language_and_back(built_site, slug):
    ja_page = _page(built_site, "ja", slug)
    en_page = _page(built_site, "en", slug)
    to_en = soup(ja_page).select_one('a.md-select__link[hreflang="en"]')["href"]
    assert page_file(built_site, resolve(built_site, ja_page, to_en)) == en_page
    to_ja = soup(en_page).select_one('a.md-select__link[hreflang="ja"]')["href"]
    assert page_file(built_site, resolve(built_site, en_page, to_ja)) == ja_page


def test_each_language_has_its_own_404_page(built_site):
    ja = soup(built_site / "404.html")
    en = soup(built_site / "en" / "404.html")
    assert ja.html["lang"] == "ja" and "ページが見つかりません" in ja.h1.get_text()
    assert en.html["lang"] == "en" and "Page not found" in en.h1.get_text()
    # links work from any depth: absolute under the sub-path
    assert ja.select_one(".edition-404-links a")["href"] == SUB_PATH
    assert en.select_one(".edition-404-links a")["href"] == SUB_PATH + "en/"
    assert en.select_one('a.md-select__link[hreflang="ja"]')["href"] == SUB_PATH


def test_sitemap_lists_every_page_with_hreflang_alternates(built_site):
    document = soup(built_site / "sitemap.xml")
    entries = {}
    for url in document.find_all("url"):
        alternates = {link["hreflang"]: link["href"] for link in url.find_all("xhtml:link")}
        entries[url.loc.get_text()] = alternates
    for slug in SLUGS:
        tail = "" if slug == "index" else f"{slug}/"
        ja, en = SITE_URL + tail, SITE_URL + "en/" + tail
        assert entries[ja] == {"ja": ja, "en": en, "x-default": ja}
        assert entries[en] == {"ja": ja, "en": en, "x-default": ja}


def test_japanese_headings_get_readable_unicode_anchors(built_site):
    document = soup(_page(built_site, "ja", "mynapoint-round-2"))
    ids = [h["id"] for h in article(document).find_all(["h1", "h2", "h3"])]
    assert "マイナポイント第2弾" in ids
    assert all(not re.fullmatch(r"_\d+", i) for i in ids)


def test_untranslated_english_pages_say_so_and_link_to_the_japanese_page(built_site):
    with_notice = []
    for slug in SLUGS:
        en_page = _page(built_site, "en", slug)
        notice = article(soup(en_page)).select_one(".edition-untranslated")
        if notice is None:
            continue
        with_notice.append(slug)
        assert "Not yet translated" in notice.get_text()
        link = notice.select_one("a.edition-source-link")
        assert link["hreflang"] == "ja"
        assert page_file(built_site, resolve(built_site, en_page, link["href"])) == _page(built_site, "ja", slug)
    # exactly the pages with no translated segment carry the notice
    from edition.translation.alignment import align_all
    from edition.translation.pairing import SegmentStatus
    untranslated = {r.page.slug for r in align_all(load_plan(ROOT))
                    if r.language == "en" and not r.count(SegmentStatus.TRANSLATED)}
    assert sorted(with_notice) == sorted(untranslated)    # none, now that the translation is complete


def test_search_has_one_index_per_language_and_no_shared_theme_index(built_site):
    # before: the theme's one index of both languages (search/search_index.json), fetched by every page
    assert not (built_site / "search" / "search_index.json").exists()
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = len(load_plan(ROOT).pages) + 5     # and the glossary, about, status, timeline and mistyped-addresses page
    assert {lang: info["page_count"] for lang, info in entry["languages"].items()} == {"ja": pages, "en": pages}
    for language in ("ja", "en"):
        assert list((built_site / "pagefind").glob(f"pagefind.{language}_*.pf_meta"))
    # every content page marks what is indexed; 404 pages do not
    assert soup(built_site / "en" / "smartphones" / "index.html").select_one("[data-pagefind-body]") is not None
    assert soup(built_site / "en" / "404.html").select_one("[data-pagefind-body]") is None


def test_site_works_under_a_sub_path(built_site):
    document = soup(_page(built_site, "en", "smartphones"))
    assert document.find("link", rel="canonical")["href"] == SITE_URL + "en/smartphones/"
    for link in document.find_all("link", rel="stylesheet"):
        assert page_file(built_site, resolve(built_site, _page(built_site, "en", "smartphones"),
                                             link["href"])).exists()


def test_language_menu_items_and_heading_permalinks_speak_their_language(built_site):
    for folder, language, title in (("", "ja", "この箇所へのリンク"), ("en", "en", "Permanent link to this passage")):
        document = soup(built_site / folder / "smartphones" / "index.html")
        links = document.select("a.md-select__link")
        assert links and all(link["lang"] == link["hreflang"] for link in links)
        assert {link["lang"] for link in links} == {"ja", "en"}
        permalinks = document.select(".edition-permalink a")
        assert permalinks and all(link["title"] == link["aria-label"] == title for link in permalinks)
        assert not document.select("a.headerlink")     # one ¶ per heading: the segment's


def test_every_page_has_its_own_description_and_open_graph_tags(built_site):
    # before: one description for every page, and the English one broke its attribute with bare quotes
    descriptions = set()
    for folder, locale in (("", "ja_JP"), ("en", "en_US")):
        for slug in SLUGS + ["glossary"]:
            path = built_site / folder / ("" if slug == "index" else slug) / "index.html"
            document = soup(path)
            title = document.find("meta", property="og:title")["content"]
            description = document.find("meta", attrs={"name": "description"})["content"]
            assert title and description.startswith(title), (path, description)
            assert document.find("meta", property="og:description")["content"] == description
            assert document.find("meta", property="og:locale")["content"] == locale
            assert document.find("meta", property="og:url")["content"] == document.find("link", rel="canonical")["href"]
            assert document.find("meta", property="og:site_name")["content"]
            descriptions.add(description)
    assert len(descriptions) == 2 * (len(SLUGS) + 1)
    english = soup(built_site / "en" / "index.html").find("meta", attrs={"name": "description"})["content"]
    assert "“The Situation Surrounding the My Number Card”" in english


def test_hreflang_alternates_are_absolute_with_x_default_in_head_and_sitemap(built_site):
    import xml.etree.ElementTree as etree
    for folder in ("", "en/"):
        for slug in SLUGS:
            tail = "" if slug == "index" else f"{slug}/"
            document = soup(built_site / folder / tail / "index.html")
            alternates = {link["hreflang"]: link["href"] for link in document.find_all("link", rel="alternate")}
            assert alternates == {"ja": SITE_URL + tail, "en": SITE_URL + "en/" + tail, "x-default": SITE_URL + tail}
            # the theme fetches sitemap.xml next to each alternate: each is there, naming this page
            for href in alternates.values():
                local = built_site / href[len(SITE_URL):] / "sitemap.xml"
                assert local.exists(), local
                assert SITE_URL + folder + tail in local.read_text(encoding="utf-8")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = etree.parse(built_site / "sitemap.xml").getroot()
    urls = root.findall("s:url", namespace)
    assert urls and all(u.find("x:link[@hreflang='x-default']", namespace) is not None for u in urls)


def test_no_page_shows_a_backslash(built_site):
    # before: issuance-mykey-local-points showed "\<Features>" (a CommonMark escape Python-Markdown keeps);
    # the transcript has no backslash, and no translation or note means to show one
    shown = {str(path.relative_to(built_site)): article(soup(path)).get_text()
             for path in html_pages(built_site)}
    assert [path for path, text in shown.items() if "\\" in text] == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_one_page_one_name_in_the_navigation_title_search_citation_and_status(built_site, lang):
    # before: "Bank accounts" (status page), "Attaching the Individual Number to deposit and savings
    # accounts" (navigation, <title>) for one page; the home page's <title> named the site twice
    site_name = soup(_page(built_site, lang, "index")).select_one(".md-header__topic .md-ellipsis").get_text(strip=True)
    status = soup(_page(built_site, lang, "status"))
    status_names = {a["href"].strip("./").rsplit("/", 1)[-1] or "index": a.get_text(strip=True)
                    for a in article(status).select("table a[href]") if "#" not in a["href"]}
    for plan_page in PLAN.pages:
        name = plan_page.titles[lang]
        document = soup(_page(built_site, lang, plan_page.slug))
        title = document.title.get_text()
        assert title == (site_name if name == site_name else f"{name} - {site_name}"), plan_page.slug
        assert document.select_one("[data-pagefind-meta]")["data-pagefind-meta"] == f"title:{name}"
        assert document.select_one("[data-edition-page-title]")["data-edition-page-title"] == name
        active = document.select_one("nav.md-nav--primary .md-nav__link--active")
        assert active is not None and active.get_text(strip=True) == name, plan_page.slug
        if lang == "en":
            assert status_names.get(plan_page.slug) == name, plan_page.slug


def test_the_translators_status_page_is_not_in_the_reading_order_but_in_every_footer(built_site):
    for lang in ("ja", "en"):
        home = soup(_page(built_site, lang, "index"))
        assert not [a for a in home.select("nav.md-nav--primary a") if a.get("href", "").rstrip("/").endswith("status")]
        footer = soup(_page(built_site, lang, "smartphones")).select_one(".edition-version")
        assert [a["href"] for a in footer.select("a")][-1] == "../status/"


def test_the_about_pages_state_the_terms_of_reuse_apart_from_the_authors_rights(built_site):
    for lang in ("ja", "en"):
        section = article(soup(_page(built_site, lang, "about"))).find(id="licence")
        assert section is not None, lang
        text = section.find_next("p").get_text()
        assert "CC BY 4.0" in text and "MIT" in text, lang
    assert "CC BY 4.0" in (ROOT / "CREDITS.md").read_text(encoding="utf-8")
