"""The built site in a real headless Chromium, served on 127.0.0.1 under its sub-path."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from browser import serve
from conftest import ROOT, SITE_URL, SUB_PATH

from edition.source.plan import load_plan

SLUGS = [p.slug for p in load_plan(ROOT).pages]


def _path(url: str) -> str:
    return urlsplit(url).path


def test_switcher_round_trip_on_every_page_and_no_request_leaves_the_machine(site_url, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for slug in SLUGS:
        tail = "" if slug == "index" else f"{slug}/"
        page.goto(site_url + tail)
        assert page.locator("html").get_attribute("lang") == "ja"
        page.hover(".md-header__option .md-select")
        page.click('a.md-select__link[hreflang="en"]')
        page.wait_for_load_state()
        assert _path(page.url) == _path(site_url + "en/" + tail)
        assert page.locator("html").get_attribute("lang") == "en"
        page.hover(".md-header__option .md-select")
        page.click('a.md-select__link[hreflang="ja"]')
        page.wait_for_load_state()
        assert _path(page.url) == _path(site_url + tail)
    # the site's own origin: the local server, and SITE_URL (served locally by route_site_url)
    origins = ["{0.scheme}://{0.netloc}".format(urlsplit(url)) for url in (site_url, SITE_URL)]
    assert requests and all(url.startswith(tuple(origins)) or url.startswith("data:") for url in requests), \
        [u for u in requests if not u.startswith(tuple(origins))]


def test_the_language_menu_goes_straight_to_the_other_language_and_no_sitemap_is_fetched(site_url, page):
    # before: on every page view the theme fetched a sitemap.xml next to each of the three hreflang
    # alternates, then answered a click on the language menu with the other page's address without its
    # final slash: a 301 redirect before the page (the test above only compares where the browser ends)
    requests, redirects = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("response", lambda response: redirects.append((response.status, response.url))
            if 300 <= response.status < 400 else None)
    for start, language, landing in (("en/bank-accounts/", "ja", "bank-accounts/"),
                                     ("bank-accounts/", "en", "en/bank-accounts/")):
        page.goto(site_url + start)
        page.wait_for_load_state("networkidle")
        assert not [url for url in requests if "sitemap" in url]
        # the alternates are still in <head> of the page as the browser has it (as crawlers render it)
        alternates = page.eval_on_selector_all('head link[rel="alternate"][hreflang]',
                                               "links => links.map(link => link.hreflang).sort()")
        assert alternates == ["en", "ja", "x-default"]
        page.hover(".md-header__option .md-select")
        page.click(f'a.md-select__link[hreflang="{language}"]')
        page.wait_for_load_state()
        assert page.url == site_url + landing and redirects == []


def test_unknown_address_shows_the_404_page_of_its_language(site_url, page):
    response = page.goto(site_url + "en/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Page not found" in page.inner_text("h1")
    page.goto(site_url + "no-such-page/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert "ページが見つかりません" in page.inner_text("h1")


def test_view_toggle_hides_a_column_and_persists_across_pages(site_url, page):
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(site_url + "en/mynapoint-round-2/")
    segment = "#" + page.eval_on_selector(".edition-segment.edition-paragraph", "e => e.id")
    page.click('.edition-view-button[data-edition-view="source"]')
    assert page.is_visible(f"{segment} > .edition-source") and not page.is_visible(f"{segment} > .edition-target")
    assert page.get_attribute('.edition-view-button[data-edition-view="source"]', "aria-pressed") == "true"
    page.goto(site_url + "en/smartphones/")                        # another page: the choice is kept
    assert page.locator("html").get_attribute("data-edition-view") == "source"
    assert not page.is_visible(".edition-segment .edition-target")
    page.click('.edition-view-button[data-edition-view="target"]')
    page.goto(site_url + "en/mynapoint-round-2/")
    assert not page.is_visible(f"{segment} > .edition-source") and page.is_visible(f"{segment} > .edition-target")
    page.click('.edition-view-button[data-edition-view="both"]')
    assert page.is_visible(f"{segment} > .edition-source") and page.is_visible(f"{segment} > .edition-target")


@pytest.mark.parametrize("kind", ["paragraph", "heading"])
def test_two_columns_on_wide_screens_stacked_on_narrow_ones(site_url, page, kind):
    page.goto(site_url + "en/mynapoint-round-2/")
    page.click('.edition-view-button[data-edition-view="both"]')
    segment = "#" + page.eval_on_selector(f".edition-segment.edition-{kind}", "e => e.id")
    for width, side_by_side in ((1400, True), (500, False)):
        page.set_viewport_size({"width": width, "height": 900})
        source = page.locator(f"{segment} > .edition-source").bounding_box()
        target = page.locator(f"{segment} > .edition-target").bounding_box()
        if side_by_side:
            assert abs(source["y"] - target["y"]) < 2 and target["x"] > source["x"] + source["width"] - 1
        else:
            assert target["y"] >= source["y"] + source["height"] - 1 and abs(source["x"] - target["x"]) < 2


def test_glossary_tooltip_shows_on_hover_and_on_keyboard_focus(site_url, page):
    page.goto(site_url + "en/mynapoint-round-2/")
    term = page.locator(".edition-term").first
    tip = page.locator("#" + term.get_attribute("aria-describedby"))
    assert not tip.is_visible()
    term.hover()
    assert tip.is_visible()
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    term.focus()
    assert tip.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('edition-term')")


def test_permalinks_are_reachable_big_enough_and_visible_on_focus(site_url, page):
    # before: at 390 px the ¶ sat at x = -8 px, 6×14 px, stayed at 25 % opacity on keyboard focus, and
    # every ¶ (and a second one on each heading) was a tab stop
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site_url + "en/bank-accounts/")
        headings = page.locator(".edition-heading > .edition-permalink a").count()
        paragraphs = page.locator(".edition-segment:not(.edition-heading) > .edition-permalink a").count()
        assert headings >= 5 and paragraphs >= 20 and page.locator("a.headerlink").count() == 0
        # Tab through the whole page: the ¶ of each heading is reached, no other ¶ is a stop
        reached = []
        for _ in range(400):
            page.keyboard.press("Tab")
            focused = page.evaluate("(() => { const a = document.activeElement; const p = a && a.closest('.edition-permalink');"
                                    " return p ? [a.getAttribute('href'), p.parentElement.classList.contains('edition-heading')]"
                                    " : a && a.closest('footer') ? 'footer' : null; })()")
            if focused == "footer":
                break
            if focused:
                reached.append(focused)
                if len(reached) == 1:   # the first ¶ reached by keyboard: on screen, big enough, fully visible
                    link = page.locator(f'.edition-permalink a[href="{focused[0]}"]')
                    box = link.bounding_box()
                    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (width, box)
                    assert box["width"] >= 24 and box["height"] >= 24, (width, box)
                    assert page.evaluate("getComputedStyle(document.activeElement.closest('.edition-permalink'))"
                                         ".opacity") == "1"
        assert len(reached) == headings and all(is_heading for _, is_heading in reached), reached
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "bank-accounts/")
    assert page.locator(".edition-permalink a").first.get_attribute("aria-label") == "この箇所へのリンク"


_PAINTED = """(selector) => {   // is every corner of the element painted on top, not clipped or covered?
  const box = document.querySelector(selector).getBoundingClientRect();
  const corners = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + 2, box.bottom - 2],
                   [box.right - 2, box.bottom - 2]];
  const hits = corners.map(([x, y]) => document.elementFromPoint(x, y));
  return hits.every(hit => hit !== null && hit.closest(selector) !== null)
    || JSON.stringify([box, hits.map(hit => hit && hit.outerHTML.slice(0, 60))]);    // what is there instead
}"""
# what has scrolled into view is painted at the next frame
_NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


@pytest.mark.parametrize("width", [390, 1280])
def test_tooltips_and_permalinks_are_whole_on_screen(site_url, page, width):
    # before: a glossary tooltip opened from its term's left edge, so near the right edge of the window
    # it ran off it (at 390 px a third of a tooltip was cut off); every ¶ is checked the same way
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + "en/bank-accounts/")
    terms = page.locator(".edition-term")
    assert terms.count() >= 10
    for index in range(terms.count()):
        term = terms.nth(index)
        tip = "#" + term.get_attribute("aria-describedby")
        for show in (term.hover, term.focus):
            term.evaluate("e => e.scrollIntoView({block: 'center'})")
            page.mouse.move(0, 0)
            show()      # near the end of the page the tooltip opens below the window: scroll to it
            page.evaluate("tip => document.querySelector(tip).scrollIntoView({block: 'nearest'})", tip)
            page.evaluate(_NEXT_FRAME)
            show()
            assert page.is_visible(tip) and page.evaluate(_PAINTED, tip) is True, \
                (width, tip, show.__name__, page.evaluate(_PAINTED, tip))
            term.evaluate("e => e.blur()")
    page.mouse.move(0, 0)
    ids = page.eval_on_selector_all(".edition-segment", "segments => segments.map(s => s.id)")
    for segment_id in ids:
        link = f'#{segment_id} > .edition-permalink a'
        page.locator(link).scroll_into_view_if_needed()
        page.evaluate(_NEXT_FRAME)
        assert page.evaluate(_PAINTED, link) is True, (width, segment_id, page.evaluate(_PAINTED, link))


@pytest.mark.parametrize("width", [390, 1280])
def test_a_link_to_a_passage_far_down_lands_on_it_under_the_header(site_url, page, width):
    # a ¶ link or a search result: a segment near the end of the page, and the page's last heading
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + "en/bank-accounts/")
    ids = page.eval_on_selector_all(".edition-segment", "segments => segments.map(s => s.id)")
    for anchor in (ids[-3], page.eval_on_selector_all(".edition-anchor", "anchors => anchors.map(a => a.id)")[-1]):
        page.goto(site_url + "en/bank-accounts/#" + anchor)
        page.evaluate(_NEXT_FRAME)
        page.wait_for_timeout(300)
        assert 40 <= page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", anchor) <= 120


def test_lists_that_write_their_own_bullet_show_one(site_url, page):
    # before: "- ・交付円滑化計画…" showed two bullets (• and ・)
    page.goto(site_url + "promotion-schedule/")
    item = page.locator(".edition-dot-list li").first
    assert item.inner_text().lstrip().startswith("・")
    assert page.evaluate("getComputedStyle(document.querySelector('.edition-dot-list li')).listStyleType") == "none"
    page.goto(site_url + "en/promotion-schedule/")               # the English column keeps its bullets
    english = page.locator(".edition-dot-list .edition-target li").first
    assert english.evaluate("e => getComputedStyle(e).listStyleType") != "none"


def test_side_by_side_is_the_default_without_javascript_and_the_toggle_is_hidden(site_url, page):
    # before: data-edition-view was set by edition.js at the end of the body; without JavaScript
    # the side-by-side view never appeared and the three buttons did nothing
    context = page.context.browser.new_context(java_script_enabled=False, viewport={"width": 1400, "height": 900})
    try:
        nojs = context.new_page()
        nojs.goto(site_url + "en/mynapoint-round-2/")
        segment = "#" + nojs.eval_on_selector(".edition-segment.edition-paragraph", "e => e.id")
        source = nojs.locator(f"{segment} > .edition-source").bounding_box()
        target = nojs.locator(f"{segment} > .edition-target").bounding_box()
        assert abs(source["y"] - target["y"]) < 2 and target["x"] > source["x"] + source["width"] - 1
        assert not nojs.is_visible(".edition-view-toggle")
    finally:
        context.close()


def test_a_saved_view_is_applied_before_the_first_paint_without_layout_shift(site_url, page):
    # before: the page painted side by side, then jumped when edition.js ran (CLS 0.11-0.35)
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(site_url + "en/mynapoint-round-2/")
    page.click('.edition-view-button[data-edition-view="source"]')
    # shifts of the page's content (the theme's header moves its language button once its search box
    # is laid out, about 0.0006, whatever the view: not the edition's doing)
    page.add_init_script("""window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries())
        if (!e.hadRecentInput && e.sources.some(s => s.node && s.node.closest && s.node.closest(".md-content")))
          window.__shift += e.value; }).observe({type: "layout-shift", buffered: true});""")
    for path in ("en/smartphones/", "en/bank-accounts/"):
        page.goto(site_url + path)
        page.wait_for_timeout(500)
        assert page.locator("html").get_attribute("data-edition-view") == "source"
        assert page.evaluate("window.__shift") == 0
    page.click('.edition-view-button[data-edition-view="both"]')
    page.goto(site_url + "en/smartphones/")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__shift") == 0 and page.is_visible(".edition-view-toggle")


def test_the_japanese_view_has_headings_a_working_toc_and_full_contrast(site_url, page):
    # before: in the 日本語 view the table of contents and the skip link pointed at hidden English
    # headings, the Japanese headings were plain <p>, and the Japanese stayed at 54 % opacity
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(site_url + "en/smartphones/")
    page.click('.edition-view-button[data-edition-view="source"]')
    skip = page.get_attribute("a.md-skip", "href")
    targets = [skip] + page.eval_on_selector_all("nav.md-nav--secondary a.md-nav__link", "l => l.map(a => a.hash)")
    assert len(targets) > 1
    for target in targets:
        assert page.evaluate("h => { const e = document.getElementById(decodeURIComponent(h.slice(1)));"
                             " return !!e && e.getClientRects().length > 0 }", target), target
    headings = page.locator(".edition-source-heading[role=heading]")
    assert headings.count() >= 3 and headings.first.is_visible()
    assert headings.first.get_attribute("aria-level") == "1"
    body = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).color")
    assert page.evaluate("getComputedStyle(document.querySelector('.edition-source')).color") == body
    assert not page.locator(".edition-notes").first.is_visible()      # English notes: not in this view
    page.click('.edition-view-button[data-edition-view="both"]')
    assert page.locator(".edition-notes").first.is_visible()



def test_no_failing_request_and_no_console_error_on_any_page(site_url, page):
    # before: every page logged 1-2 errors: the theme fetched sitemap.xml next to each hreflang
    # alternate, where there was none
    errors, failed = [], []
    page.on("console", lambda message: errors.append((page.url, message.text)) if message.type == "error" else None)
    page.on("response", lambda response: failed.append((response.status, response.url))
            if response.status >= 400 else None)
    # a request the next navigation cancels (net::ERR_ABORTED, e.g. the search worker's scripts) has not failed
    page.on("requestfailed", lambda request: failed.append((request.failure, request.url))
            if "ERR_ABORTED" not in (request.failure or "") else None)
    for folder in ("", "en/"):
        for slug in SLUGS + ["glossary"]:
            page.goto(site_url + folder + ("" if slug == "index" else f"{slug}/"))
            page.wait_for_load_state("networkidle")
    assert failed == [] and errors == []


@pytest.mark.parametrize("path", ["bank-accounts/", "en/bank-accounts/", "en/mynapoint-round-2/"])
def test_a_content_page_transfers_at_most_300_kb(site_url, page, path):
    # before: 565-581 KiB per content page (the shared search index and the theme's search worker on
    # every page). Transferred as a static host sends it: text compressed with gzip (level 6).
    import gzip
    bodies = []
    context = page.context.browser.new_context()
    try:
        tab = context.new_page()
        from browser import route_site_url
        route_site_url(tab, site_url)
        tab.on("response", lambda response: bodies.append(response))
        tab.goto(site_url + path)
        tab.wait_for_load_state("networkidle")
        sizes = {}
        for response in bodies:
            body = response.body()
            textual = (response.headers.get("content-type") or "").startswith(
                ("text/", "application/javascript", "application/json", "application/xml", "image/svg"))
            sizes[response.url] = len(gzip.compress(body, 6)) if textual else len(body)
        assert not [u for u in sizes if "/pagefind/" in u or "search_index" in u]
        assert sum(sizes.values()) <= 300_000, sizes
    finally:
        context.close()


def test_hovering_or_focusing_a_passage_highlights_its_counterpart(site_url, page):
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(site_url + "en/bank-accounts/")
    segment = page.locator(".edition-segment.edition-paragraph:has(> .edition-target)").nth(2)
    source, target = segment.locator("> .edition-source"), segment.locator("> .edition-target")
    background = "e => getComputedStyle(e).backgroundColor"
    plain = target.evaluate(background)
    source.hover()
    assert target.evaluate(background) != plain and source.evaluate(background) != plain
    page.mouse.move(0, 0)
    page.wait_for_timeout(200)
    assert target.evaluate(background) == plain
    term = page.locator(".edition-segment:has(> .edition-target) > .edition-source .edition-term").first
    term.focus()      # keyboard focus inside the Japanese: the English beside it is highlighted
    counterpart = term.locator("xpath=ancestor::div[contains(@class,'edition-segment')][1]/div[contains(@class,'edition-target')]")
    page.wait_for_timeout(200)
    assert counterpart.evaluate(background) != plain


def _background(tab) -> str:
    return tab.evaluate("getComputedStyle(document.body).backgroundColor")


def test_light_and_dark_follow_the_system_from_the_first_paint_and_the_readers_choice_is_kept(site_url, page):
    # before: the theme's palette switch painted light, then restyled the whole page from its script
    # at load (on a dark system, and a forced style recalculation of ~0.25 s on Lighthouse's mobile CPU)
    for scheme, expected in (("dark", "slate"), ("light", "default")):
        context = page.context.browser.new_context(color_scheme=scheme)
        try:
            tab = context.new_page()
            # the scheme once the article is parsed, before any script at the end of the body runs
            tab.add_init_script("""new MutationObserver((records, observer) => {
                if (!document.querySelector(".md-content")) return;
                window.__schemeAtParse = document.body.getAttribute("data-md-color-scheme");
                observer.disconnect(); }).observe(document, {childList: true, subtree: true});""")
            tab.goto(site_url + "en/bank-accounts/")
            assert tab.evaluate("window.__schemeAtParse") == expected
            assert tab.locator("body").get_attribute("data-md-color-scheme") == expected
            assert tab.locator("[data-md-component=palette]").count() == 0     # the theme's switch is gone
            button = tab.locator(".edition-scheme-toggle")
            assert button.get_attribute("aria-pressed") == str(expected == "slate").lower()
            before = _background(tab)
            button.click()
            flipped = "default" if expected == "slate" else "slate"
            assert tab.locator("body").get_attribute("data-md-color-scheme") == flipped
            assert button.get_attribute("aria-pressed") == str(flipped == "slate").lower()
            assert _background(tab) != before
            tab.goto(site_url + "smartphones/")                                   # kept across pages
            assert tab.locator("body").get_attribute("data-md-color-scheme") == flipped
            assert tab.locator(".edition-scheme-toggle").get_attribute("aria-label") == "ダークモード"
        finally:
            context.close()


def test_the_themes_script_leaves_the_classes_of_html_as_the_head_set_them(site_url, page):
    # before: the theme's script, after the first paint, swapped no-js for js and added the focus-visible
    # polyfill's class and attribute to <html>; a change of <html>'s classes restyles every element of
    # the page (1,066 on en/bank-accounts/: 14-15 ms of the script's task in Lighthouse's trace)
    context = page.context.browser.new_context()
    try:
        tab = context.new_page()
        tab.add_init_script("""window.__htmlChanges = []; new MutationObserver(records => {
            for (const r of records) if (r.target === document.documentElement)
              window.__htmlChanges.push({name: r.attributeName, old: r.oldValue, inBody: !!document.body});
          }).observe(document, {attributes: true, attributeOldValue: true, subtree: true});""")
        tab.goto(site_url + "en/bank-accounts/")
        tab.wait_for_load_state("load")
        tab.wait_for_timeout(300)
        changes = tab.evaluate("window.__htmlChanges")
        classes = tab.evaluate("Array.from(document.documentElement.classList)")
        assert {"js", "js-focus-visible", "edition-js"} <= set(classes) and "no-js" not in classes
        # each change's new value is the next change's old value (same attribute), or the final value
        final = {name: tab.locator("html").get_attribute(name) for name in {c["name"] for c in changes}}
        effective = []
        for i, change in enumerate(changes):
            later = [c for c in changes[i + 1:] if c["name"] == change["name"]]
            new = later[0]["old"] if later else final[change["name"]]
            if new != change["old"]:
                effective.append((change["name"], change["old"], new, change["inBody"]))
        assert any(c["inBody"] for c in changes), "the theme's script no longer writes to <html>: review this test"
        assert [e for e in effective if e[3]] == [], "changes to <html> after the head, each restyles the page"
        assert effective, "the head's script sets the classes"
    finally:
        context.close()


def test_the_first_paint_waits_for_the_whole_article(built_site, page):
    # before: on a connection that delivers the page in parts, the browser painted the part it had,
    # then laid the page out again as the rest came (Lighthouse: layouts after the first paint)
    html = (built_site / "en/bank-accounts/index.html").read_bytes()
    segments = re.findall(rb'<div class="edition-segment[^>]*>', html)
    middle = segments[len(segments) // 2]   # the page stops here for 0.8 s
    context = page.context.browser.new_context()
    try:
        with serve(built_site, pause=(SUB_PATH + "en/bank-accounts/", middle, 0.8)) as url:
            tab = context.new_page()
            tab.add_init_script("""requestAnimationFrame(() => { window.__firstFrame = {
                end: !!document.getElementById("edition-end"),
                segments: document.querySelectorAll(".edition-segment").length }; });""")
            tab.goto(url + "en/bank-accounts/")
            tab.wait_for_function("window.__firstFrame")
            first = tab.evaluate("window.__firstFrame")
    finally:
        context.close()
    assert first == {"end": True, "segments": len(segments)}


def test_the_themes_script_does_not_lay_out_the_article(site_url, page):
    # before: where the theme's script arrived with the HTML, its first read of the scroll position laid
    # out the whole page inside the script's task (1,453-1,612 layout objects on en/bank-accounts/)
    browser = page.context.browser
    context = browser.new_context(viewport={"width": 412, "height": 823})
    try:
        tab = context.new_page()
        for _ in range(2):    # the second load has the theme's script in the cache: it runs at once
            browser.start_tracing(page=tab, categories=["devtools.timeline", "disabled-by-default-devtools.timeline"])
            tab.goto(site_url + "en/bank-accounts/")
            tab.wait_for_load_state("load")
            events = json.loads(browser.stop_tracing())["traceEvents"]
            script = [e for e in events if e.get("name") == "EvaluateScript" and e.get("ph") == "X"
                      and "/bundle." in e.get("args", {}).get("data", {}).get("url", "")]
            assert len(script) == 1
            start, end, thread = script[0]["ts"], script[0]["ts"] + script[0]["dur"], script[0]["tid"]
            laid_out = [e["args"]["beginData"]["dirtyObjects"] for e in events
                        if e.get("name") == "Layout" and e.get("tid") == thread and start <= e["ts"] <= end]
            assert sum(laid_out) < 200, laid_out
    finally:
        context.close()


def test_the_light_and_dark_button_needs_javascript_and_is_hidden_without_it(site_url, page):
    context = page.context.browser.new_context(java_script_enabled=False)
    try:
        nojs = context.new_page()
        nojs.goto(site_url + "en/bank-accounts/")
        assert nojs.locator(".edition-scheme-toggle").count() == 1
        assert not nojs.is_visible(".edition-scheme-toggle")
    finally:
        context.close()
