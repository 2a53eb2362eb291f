"""Under a page's title (edition/site/page_intro.py): In brief and the page's updates since June 2022; on a
Japanese page the updates in Japanese, marked as the edition's addition."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from conftest import ROOT

from edition.site.page_intro import ADDED, source_intro, translation_intro
from edition.site.ui_strings import load_ui_strings
from edition.timeline.updates import UpdateRecord

STRINGS = load_ui_strings(ROOT)
RECORD = UpdateRecord(date="2024-12-02", title="No new certificates", title_ja="新規発行終了", language="en",
                      page="p", page_titles=(), section=(), segment_anchor="s-1", note_anchor="s-1-n2",
                      source="https://www.mhlw.go.jp/x", body="", path="docs/en/p.md", line=3, order=1)


def _html(text: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(text, extensions=["md_in_html"]), "html.parser")


def test_the_translation_page_shows_its_brief_and_its_updates_each_linking_to_its_note():
    html = _html(translation_intro("The slides argue that *x*.", [RECORD], STRINGS.for_language("en"), "en",
                                   "../since-2022/"))
    brief = html.select_one(".edition-brief")
    assert brief.get_text(" ", strip=True).startswith("In brief: The slides argue that") and brief.select_one("em")
    since = html.select_one("nav.edition-since")
    assert since["aria-label"] == "Since June 2022"
    assert since.select_one("a.edition-since-all")["href"] == "../since-2022/"
    item = since.select_one("li")
    assert item.select_one("time").get_text() == "2 December 2024"
    assert item.select_one("a")["href"] == "#s-1-n2" and item.select_one("a").get_text() == "No new certificates"


def test_no_brief_and_no_updates_show_nothing():
    assert translation_intro("", [], STRINGS.for_language("en"), "en") == ""
    assert source_intro([], STRINGS.for_language("ja"), "ja", "../en/p/", "en", "English") == ""


def test_the_japanese_page_lists_them_in_japanese_as_the_editions_addition_linking_to_the_english_note():
    html = _html(source_intro([RECORD], STRINGS.for_language("ja"), "ja", "../en/p/", "en", "English"))
    box = html.select_one("aside.edition-since")
    assert ADDED in box["class"] and "本版による追記" in box.get_text()
    item = box.select_one("li")
    assert item.select_one("time").get_text() == "2024年12月2日"
    passage, note = item.select("a")
    assert passage.get_text() == "新規発行終了" and passage["href"] == "#s-1"
    assert note["href"] == "../en/p/#s-1-n2" and note["hreflang"] == "en" and "English" in note.get_text()


def test_a_page_with_many_updates_folds_the_earlier_ones_and_keeps_the_latest_in_view():
    from dataclasses import replace
    records = [replace(RECORD, date=f"2024-0{n}-01", title=f"Update {n}", note_anchor=f"s-1-n{n}") for n in range(1, 8)]
    html = _html(translation_intro("", records, STRINGS.for_language("en"), "en"))
    earlier = html.select_one("details.edition-since-earlier")
    assert earlier.select_one("summary").get_text() == "3 earlier updates"
    assert [a.get_text() for a in earlier.select("li a")] == ["Update 1", "Update 2", "Update 3"]
    shown = html.select(".edition-since > ul > li a")
    assert [a.get_text() for a in shown] == ["Update 4", "Update 5", "Update 6", "Update 7"]
    # five or fewer: all shown
    html = _html(translation_intro("", records[:5], STRINGS.for_language("en"), "en"))
    assert html.select_one("details") is None and len(html.select("li")) == 5
