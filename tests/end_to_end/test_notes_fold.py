"""Notes fold, in a real Chromium: the translation reads first (issue "Text first"). A folded note opens by
mouse and keyboard without JavaScript; the page's control opens or folds all of them and is remembered; a
link to a note, a text fragment inside one and printing open it."""

from __future__ import annotations

import contextlib
from urllib.parse import quote

import pytest
from conftest import ROOT

from edition.source.plan import load_plan

CONTENT = ["en/" + ("" if p.slug == "index" else p.slug + "/") for p in load_plan(ROOT).pages]
PAGE = "en/health-insurance-card-use/"

# the top (in the page) of the first translated passage after the page's title
FIRST_PASSAGE = """() => {
  const segments = [...document.querySelectorAll('.edition-segment')];
  const passage = segments.slice(1).find(s => s.querySelector(':scope > .edition-target'));
  return passage.getBoundingClientRect().top + window.scrollY;
}"""


@contextlib.contextmanager
def _tab(page, width: int = 1280, height: int = 900, **options):
    """A fresh tab of its own (storage and JavaScript as given), closed after the test."""
    context = page.context.browser.new_context(viewport={"width": width, "height": height}, **options)
    try:
        yield context.new_page()
    finally:
        context.close()


def _open_count(tab) -> int:
    return tab.evaluate("document.querySelectorAll('details.edition-note[open]').length")


@pytest.mark.parametrize("width, height, limit", [(1280, 900, 900), (390, 844, 2 * 844)])
def test_the_first_passage_after_the_title_is_on_the_first_screen_of_every_english_content_page(
        site_url, page, width, height, limit):
    # before the notes folded: on en/health-insurance-card-use/ the first passage started below the first
    # screen at 1280 px (the title, a translator's note and three update boxes above it)
    with _tab(page, width, height) as tab:
        tops = {}
        for path in CONTENT:
            tab.goto(site_url + path)
            assert _open_count(tab) == 0, path
            tops[path] = tab.evaluate(FIRST_PASSAGE)
        assert max(tops.values()) < limit, tops


def test_a_folded_note_shows_one_line_and_opens_by_mouse_enter_and_space_without_javascript(site_url, page):
    with _tab(page, java_script_enabled=False) as tab:
        tab.goto(site_url + PAGE)
        notes = tab.locator("details.edition-note")
        assert notes.count() > 10 and _open_count(tab) == 0
        first = notes.first
        summary = first.locator("summary")
        assert summary.bounding_box()["height"] < 50        # one line (two at most), not the note
        body = first.locator(":scope > p").first
        assert not body.is_visible()
        summary.click()
        assert first.get_attribute("open") is not None and body.is_visible()
        summary.click()
        assert first.get_attribute("open") is None
        second = notes.nth(1).locator("summary")
        second.focus()
        tab.keyboard.press("Enter")
        assert notes.nth(1).get_attribute("open") is not None
        third = notes.nth(2).locator("summary")
        third.focus()
        tab.keyboard.press("Space")
        assert notes.nth(2).get_attribute("open") is not None
        # the control that opens all notes needs JavaScript: not shown without it
        assert not tab.is_visible(".edition-notes-toggle")


def test_the_control_opens_and_folds_all_notes_and_the_choice_is_kept_before_the_first_paint(site_url, page):
    with _tab(page) as tab:
        tab.goto(site_url + PAGE)
        total = tab.locator("details.edition-note").count()
        toggle = tab.locator(".edition-notes-toggle")
        assert toggle.is_visible() and toggle.get_attribute("aria-pressed") == "false"
        toggle.click()
        assert _open_count(tab) == total and toggle.get_attribute("aria-pressed") == "true"
        # another page opens with every note open, already when the page is parsed, before any script
        # of the edition's has run at the end of the page
        tab.add_init_script("""document.addEventListener('DOMContentLoaded', () => {
            window.__openAtParse = document.querySelectorAll('details.edition-note[open]').length;
            window.__allAtParse = document.querySelectorAll('details.edition-note').length; });""")
        tab.goto(site_url + "en/bank-accounts/")
        assert tab.evaluate("window.__openAtParse") == tab.evaluate("window.__allAtParse") > 10
        assert tab.locator(".edition-notes-toggle").get_attribute("aria-pressed") == "true"
        tab.locator(".edition-notes-toggle").click()
        assert _open_count(tab) == 0
        tab.goto(site_url + PAGE)
        assert _open_count(tab) == 0


def test_a_link_to_a_note_opens_it_on_arrival_and_from_the_pages_box_of_updates(site_url, page):
    with _tab(page) as tab:
        tab.goto(site_url + PAGE)
        link = tab.locator("nav.edition-since li a").last
        anchor = link.get_attribute("href")[1:]
        note = tab.locator(f"#{anchor}")
        assert note.get_attribute("open") is None
        link.click()
        assert note.get_attribute("open") is not None
        box = note.bounding_box()
        assert 0 <= box["y"] < 900                     # and it is on screen
        # arriving from elsewhere (the timeline) with the note's address
        other = tab.locator("details.edition-note-update").nth(3).get_attribute("id")
        tab.goto(site_url + "en/since-2022/")
        tab.goto(site_url + PAGE + "#" + other)
        assert tab.locator(f"#{other}").get_attribute("open") is not None
        assert 0 <= tab.locator(f"#{other}").bounding_box()["y"] < 900


def test_a_text_fragment_inside_a_folded_note_opens_it(site_url, page):
    """What search results link to (#:~:text=…): Chromium reveals a match inside a closed <details>."""
    with _tab(page) as tab:
        tab.goto(site_url + PAGE)
        note = tab.locator("details.edition-note-translator-note").nth(2)
        ident = note.get_attribute("id")
        words = note.locator(":scope > p").first.text_content().split()[3:9]
        tab.goto(site_url + "en/")
        tab.goto(site_url + PAGE + "#:~:text=" + quote(" ".join(words)))
        tab.wait_for_function(f"document.getElementById({ident!r}).open")


def test_printing_shows_every_note_open(site_url, page):
    with _tab(page, 800, 1100) as tab:
        tab.goto(site_url + PAGE)
        body = tab.locator("details.edition-note > p").first
        assert not body.is_visible()
        tab.emulate_media(media="print")
        assert body.is_visible() and body.bounding_box()["height"] > 10
        assert not tab.is_visible(".edition-notes-toggle")
        tab.emulate_media(media="screen")
        assert not body.is_visible()          # the screen keeps the reader's folds
        tab.goto(site_url + "en/")            # an erratum's folded evidence prints too
        evidence = tab.locator("details.edition-erratum-evidence > p").first
        assert not evidence.is_visible()
        tab.emulate_media(media="print")
        assert evidence.is_visible()
