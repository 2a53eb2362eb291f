"""Printing a page: the text alone, light, bilingual in two columns with its notes; rendered to PDF."""

from __future__ import annotations

import pytest


def _visible(page, selector: str) -> int:
    return page.evaluate(f"[...document.querySelectorAll({selector!r})].filter(e => e.offsetParent !== null"
                         " && getComputedStyle(e).display !== 'none').length")


@pytest.mark.parametrize("path, bilingual", [("en/drivers-license/", True), ("drivers-license/", False)])
def test_print_layout(site_url, page, path, bilingual):
    # before: printing an English page stacked every pair, printed the toggle and the ¶, cut the
    # tables' right edge and kept dark colours
    context = page.context.browser.new_context(color_scheme="dark", viewport={"width": 800, "height": 1100})
    try:
        tab = context.new_page()
        tab.goto(site_url + path)
        if bilingual:      # a saved single-language view: printing still gives both languages
            tab.click('.edition-view-button[data-edition-view="target"]')
        tab.emulate_media(media="print", color_scheme="dark")
        for chrome in (".md-header", ".md-sidebar", ".md-footer", ".edition-view-toggle", ".edition-permalink",
                       ".edition-search-open"):
            assert _visible(tab, chrome) == 0, chrome
        background = tab.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), background
        text = tab.evaluate("getComputedStyle(document.querySelector('.md-typeset p')).color")
        assert text.startswith("rgba(0, 0, 0") or text.startswith("rgb(0, 0, 0"), text
        pair = tab.locator(".edition-segment.edition-paragraph:has(> .edition-target)").first
        if bilingual:
            source, target = pair.locator("> .edition-source"), pair.locator("> .edition-target")
            s, t = source.bounding_box(), target.bounding_box()
            assert t["x"] > s["x"] + s["width"] - 1 and abs(t["y"] - s["y"]) < 2      # side by side
            assert _visible(tab, ".edition-notes") > 0
        width = tab.evaluate("document.querySelector('.md-content').getBoundingClientRect().width")
        for table in tab.locator(".md-typeset table:visible").all():
            box = table.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, (box, width)
        pdf = tab.pdf(format="A4", print_background=True)
        assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2
    finally:
        context.close()
