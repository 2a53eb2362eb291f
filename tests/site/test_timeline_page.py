"""The timeline page (edition/site/timeline_page.py): by year, by date, each entry with its date, title,
page and section, a link that lands on the note, and its source's publisher."""

from __future__ import annotations

from bs4 import BeautifulSoup
from conftest import ROOT

from edition.site.timeline_page import render_timeline
from edition.site.ui_strings import load_ui_strings
from edition.timeline.publishers import Publisher, Publishers
from edition.timeline.updates import UpdateRecord

STRINGS = load_ui_strings(ROOT)
PUBLISHERS = Publishers({"www.mhlw.go.jp": Publisher({"en": "MHLW", "ja": "厚生労働省"})})


def _record(date: str, title: str, order: int, source: str = "https://www.mhlw.go.jp/x") -> UpdateRecord:
    return UpdateRecord(date=date, title=title, title_ja=f"{title}(日本語)", language="en", page="p",
                        page_titles=(("en", "Page"), ("ja", "ページ")), section=(("en", "Section"), ("ja", "節")),
                        segment_anchor=f"s-{order}", note_anchor=f"s-{order}-n1", source=source, body="",
                        path="docs/en/p.md", line=order, order=order)


RECORDS = [_record("2022-06-07", "First", 1), _record("2022-10-31", "Second", 2),
           _record("2025-03-24", "Third", 3, source="https://unknown.example.org/")]


def _href(language: str, slug: str, anchor: str) -> str:
    return ("" if language == "ja" else "../en/") + f"{slug}/#{anchor}"


def _html(reader: str) -> BeautifulSoup:
    import markdown
    text = render_timeline(RECORDS, reader, STRINGS.for_language(reader), PUBLISHERS, _href, {"en": "English"})
    return BeautifulSoup(markdown.markdown(text, extensions=["md_in_html"]), "html.parser")


def test_one_heading_per_year_and_the_entries_in_order_of_date():
    html = _html("en")
    assert [h.get_text() for h in html.find_all("h2")] == ["2022", "2025"]
    lists = html.select("ol.edition-timeline")
    assert [[a.get_text() for a in ol.select("a.edition-timeline-title")] for ol in lists] == \
        [["First", "Second"], ["Third"]]
    first = lists[0].select_one("li")
    assert first.select_one("time")["datetime"] == "2022-06-07" and first.select_one("time").get_text() == "7 June 2022"
    assert first.select_one(".edition-timeline-where").get_text() == "Page › Section"


def test_an_entry_links_to_its_note_and_names_its_sources_publisher():
    entry = _html("en").select_one("li")
    assert entry.select_one("a.edition-timeline-title")["href"] == "../en/p/#s-1-n1"
    source = entry.select_one(".edition-timeline-source a")
    assert source.get_text() == "MHLW" and source["href"] == "https://www.mhlw.go.jp/x"
    # no publisher known: no source line (the checks report it as update-publisher)
    assert _html("en").select("li")[2].select_one(".edition-timeline-source") is None


def test_the_japanese_timeline_is_in_japanese_and_links_to_the_passage_and_to_the_english_note():
    html = _html("ja")
    assert [h.get_text() for h in html.find_all("h2")] == ["2022年", "2025年"]
    entry = html.select_one("li")
    title = entry.select_one("a.edition-timeline-title")
    assert title.get_text() == "First(日本語)" and title["href"] == "p/#s-1"
    note = entry.select_one("a.edition-timeline-note")
    assert note["href"] == "../en/p/#s-1-n1" and note["hreflang"] == "en" and "English" in note.get_text()
    assert entry.select_one("time").get_text() == "2022年6月7日"
    assert entry.select_one(".edition-timeline-where").get_text() == "ページ › 節"
    assert entry.select_one(".edition-timeline-source a").get_text() == "厚生労働省"
