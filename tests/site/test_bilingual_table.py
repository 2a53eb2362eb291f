"""Tables for readers: rows of the two languages comparable; a table that scrolls shows that it does."""

from __future__ import annotations


def test_in_the_both_view_each_row_holds_both_languages(site_url, page):
    # before: at wide widths the Japanese and English tables stacked, so rows could not be compared
    page.set_viewport_size({"width": 1300, "height": 900})
    page.goto(site_url + "en/promotion-schedule/")
    page.click('.edition-view-button[data-edition-view="both"]')
    segment = page.locator(".edition-segment.edition-table").first
    bilingual = segment.locator(".edition-bilingual-table")
    assert bilingual.is_visible()
    assert not segment.locator("> .edition-source table").is_visible()
    assert not segment.locator("> .edition-target table").is_visible()
    rows = segment.locator("> .edition-source table tr").count()
    assert rows >= 4 and bilingual.locator("tr").count() == rows
    cell = bilingual.locator("tbody tr").first.locator("td").first
    assert cell.locator('.edition-cell[lang="ja"]').inner_text() == "2020年7月末"
    assert cell.locator('.edition-cell[lang="en"]').inner_text() == "End of July 2020"
    ja, en = cell.locator('.edition-cell[lang="ja"]').bounding_box(), cell.locator('.edition-cell[lang="en"]').bounding_box()
    assert en["y"] >= ja["y"] + ja["height"] - 1          # the English under the Japanese, in one cell
    page.click('.edition-view-button[data-edition-view="target"]')
    assert not bilingual.is_visible() and segment.locator("> .edition-target table").is_visible()
    page.click('.edition-view-button[data-edition-view="source"]')
    assert not bilingual.is_visible() and segment.locator("> .edition-source table").is_visible()
    page.click('.edition-view-button[data-edition-view="both"]')


def test_a_table_that_scrolls_on_a_phone_shows_that_it_does(site_url, page):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(site_url + "en/mandatory-online-eligibility-checks/")
    page.click('.edition-view-button[data-edition-view="target"]')
    scrolling = page.evaluate("""[...document.querySelectorAll('.md-typeset__scrollwrap, .md-typeset table')]
        .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
        .map(e => [getComputedStyle(e).overflowX, getComputedStyle(e).backgroundImage])""")
    assert scrolling, "no table scrolls at 320 px"
    for overflow, background in scrolling:
        assert overflow in ("auto", "scroll") and background.count("gradient") == 4, (overflow, background)
    page.click('.edition-view-button[data-edition-view="both"]')
    page.set_viewport_size({"width": 1280, "height": 800})
