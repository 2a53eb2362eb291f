"""axe-core in a real Chromium: every page, at 1280 px and 390 px, in the light and the dark scheme."""

from __future__ import annotations

import pytest
from conftest import ROOT

from edition.source.plan import load_plan

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# every page of both sites: the transcript's pages, then the edition's own (glossary, about, status, timeline,
# mistyped addresses)
PLANNED = [p.slug for p in load_plan(ROOT).pages]
PAGES = ["" if slug == "index" else f"{slug}/" for slug in PLANNED
         + sorted(p.stem for p in (ROOT / "docs" / "ja").glob("*.md") if p.stem not in PLANNED)]
PAGES += ["en/" + p for p in PAGES]


RUN = ("async () => (await axe.run(document, {resultTypes: ['violations']}))"
       ".violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))")


def _axe() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `make browser` (npm ci installs axe-core, "
                    "pinned in package-lock.json)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_no_axe_violation_on_any_page(site_url, page, width, scheme):
    # before: aria-dialog-name and color-contrast everywhere, link-in-text-block on every English page,
    # empty-table-header on 8 pages, list on drivers-license
    script = _axe()
    # axe is the test's own script, injected inline: the site's Content-Security-Policy would block it
    context = page.context.browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900},
                                               bypass_csp=True)
    try:
        tab = context.new_page()
        from browser import route_site_url
        route_site_url(tab, site_url)
        violations = {}
        for path in PAGES:
            tab.goto(site_url + path)
            tab.wait_for_load_state("load")
            tab.add_script_tag(content=script)
            found = tab.evaluate(RUN)
            if found:
                violations[path] = found
            # the notes fold: their content is checked open as well (their summaries, folded, above)
            if tab.evaluate("document.querySelectorAll('details.edition-note').length"):
                tab.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
                found = tab.evaluate(RUN)
                if found:
                    violations[path + " (notes open)"] = found
        assert len(PAGES) == 40 and violations == {}, violations
    finally:
        context.close()


def test_the_search_dialog_open_has_no_axe_violation(site_url, page):
    script = _axe()
    context = page.context.browser.new_context(bypass_csp=True)     # axe, injected inline (see above)
    page = context.new_page()
    from browser import route_site_url
    route_site_url(page, site_url)
    for path in ("smartphones/", "en/smartphones/"):
        page.goto(site_url + path)
        page.click(".edition-search-open")
        page.fill("#edition-search-input", "マイナンバー")
        page.press("#edition-search-input", "Enter")
        page.wait_for_function("document.getElementById('edition-search').dataset.resultsFor === 'マイナンバー'")
        page.add_script_tag(content=script)
        found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                              ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
        assert found == [], (path, found)
        page.keyboard.press("Escape")
    context.close()


def test_no_table_draws_an_empty_header_cell(site_url, page):
    # before: drivers-license, mynaportal-self-information-api and mandatory-online-eligibility-checks drew an
    # empty header band, promotion-schedule a header over one column of three (names for screen readers only)
    blank = []
    for slug in ("promotion-schedule", "mynaportal-self-information-api", "drivers-license",
                 "mandatory-online-eligibility-checks"):
        for prefix in ("", "en/"):
            page.goto(f"{site_url}{prefix}{slug}/")
            for view in (["both", "source", "target"] if prefix else ["source"]):
                if view != "both":
                    page.evaluate("v => document.documentElement.setAttribute('data-edition-view', v)", view)
                blank += [f"{prefix}{slug} ({view}): {cell}" for cell in page.evaluate(
                    "() => [...document.querySelectorAll('article table th')].filter(th => {"
                    " const box = th.getBoundingClientRect(); return box.height > 2 && box.width > 2"
                    " && ![...th.querySelectorAll('*')].concat([th]).some(e => [...e.childNodes].some(n => n.nodeType === 3"
                    " && n.textContent.trim() && e.getBoundingClientRect().width > 1)); }).map(th => th.closest('table').rows[0].innerText)")]
    assert blank == []


def test_added_header_names_are_shown_and_marked_as_the_editions(site_url, page):
    page.goto(site_url + "en/promotion-schedule/")
    added = page.locator(".edition-target table th .edition-column-name").first
    assert added.inner_text() == "[Cards issued (projected)]"
    assert added.get_attribute("title") == "column name added by the edition (empty on the slide)"
    source = page.locator(".edition-source table th .edition-column-name").first
    assert source.inner_text() == "[交付枚数(想定)]"
    assert source.evaluate("e => e.closest('[lang]').lang") == "ja"
