"""The story since June 2022 in the built site: the timeline page of each language, the pages' boxes, the
downloads, and the edition's version and review date on every page (issue "Text first")."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT
from site_html import article, built_pages, is_redirect, soup

from edition.release import load_release
from edition.source.plan import load_plan
from edition.translation.alignment import align_all
from edition.translation.page_format import NoteKind

PLAN = load_plan(ROOT)
ALIGNMENTS = align_all(PLAN)
UPDATES = [(r.page.slug, note) for r in ALIGNMENTS if r.language == "en"
           for e in r.target.entries for note in e.notes if note.kind is NoteKind.UPDATE]
RELEASE = load_release(ROOT)


def _resolve(page_dir: Path, href: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    target = (page_dir / parts.path).resolve()
    return (target / "index.html" if target.is_dir() else target), parts.fragment


def _lands(page_dir: Path, href: str):
    target, fragment = _resolve(page_dir, href)
    assert target.exists(), href
    element = soup(target).find(id=fragment)
    assert element is not None, href
    return element


@pytest.mark.parametrize("folder, heading, reader", [("en", "Since June 2022", "en"), ("", "2022年6月以降の動き", "ja")])
def test_the_timeline_lists_every_update_by_date_grouped_by_year_and_each_lands_on_its_note(
        built_site, folder, heading, reader):
    page_dir = built_site / folder / "since-2022"
    node = article(soup(page_dir / "index.html"))
    assert node.find("h1").get_text() == heading
    entries = node.select("li.edition-timeline-entry")
    assert len(entries) == len(UPDATES) > 70
    dates = [entry.select_one("time")["datetime"] for entry in entries]
    assert dates == sorted(dates) and dates[0] >= "2022-06-04"
    years = [h.get_text() for h in node.find_all("h2")]
    assert years == [f"{y}年" if reader == "ja" else y for y in sorted({d[:4] for d in dates})]
    titles = {note.title_ja if reader == "ja" else note.title for _, note in UPDATES}
    page_titles = {soup(p).select_one("h1").get_text() for p in (built_site / folder).glob("*/index.html")
                   if not is_redirect(p)} | {
        r.target.meta.get("title") for r in ALIGNMENTS} | {t for p in PLAN.pages for t in p.titles.values()}
    for entry in entries:
        title = entry.select_one("a.edition-timeline-title")
        assert title.get_text() in titles
        landed = _lands(page_dir, title["href"])
        note_link = entry.select_one("a.edition-timeline-note") if reader == "ja" else title
        note = _lands(page_dir, note_link["href"])
        assert note.name == "details" and "edition-note-update" in note["class"]     # lands on the note
        assert note.select_one(".edition-note-title").get_text() in {n.title for _, n in UPDATES}
        if reader == "ja":     # the title goes to the passage on the Japanese page
            assert "edition-segment" in landed["class"] and note["id"].startswith(landed["id"] + "-n")
        assert entry.select_one(".edition-timeline-source a")["href"].startswith("http")   # its publisher
        where = entry.select_one(".edition-timeline-where").get_text()     # the page (› the section)
        assert where.split(" › ")[0] in page_titles, where


@pytest.mark.parametrize("folder", ["en", ""])
def test_the_timeline_is_in_the_navigation_and_the_home_and_about_pages_lead_to_it(built_site, folder):
    for page in ("index.html", "about/index.html", "bank-accounts/index.html"):
        html = soup(built_site / folder / page)
        nav = [a["href"] for a in html.select(".md-nav--primary a.md-nav__link[href]")]
        assert any(href.rstrip("/").endswith("since-2022") for href in nav), page
    for page in ("index.html", "about/index.html"):
        page_dir = (built_site / folder / page).parent
        links = [a["href"] for a in article(soup(built_site / folder / page)).select("a[href]")
                 if "since-2022" in a["href"]]
        assert links, page
        assert (_resolve(page_dir, links[0])[0]).exists()


def test_each_content_page_lists_its_own_updates_under_its_title(built_site):
    by_page: dict[str, list] = {}
    for slug, note in UPDATES:
        by_page.setdefault(slug, []).append(note)
    for page in PLAN.pages:
        folder = "" if page.slug == "index" else page.slug
        for site_folder, kind in (("en", "nav.edition-since"), ("", "aside.edition-since")):
            page_dir = built_site / site_folder / folder
            node = article(soup(page_dir / "index.html"))
            box = node.select_one(kind)
            expected = by_page.get(page.slug, [])
            if not expected:
                assert box is None, page.slug
                continue
            items = box.select("li")
            assert len(items) == len(expected), page.slug
            dates = [item.select_one("time")["datetime"] for item in items]
            assert dates == sorted(dates)
            first = node.select_one(".edition-segment")
            assert first.find(class_="edition-since") is not None or first.find_next_sibling() == box, page.slug
            for item in items:
                href = item.select("a")[-1]["href"]
                note = _lands(page_dir, href)
                assert note.name == "details"
            if site_folder == "":    # the Japanese box: in Japanese, marked as the edition's addition
                assert "edition-added" in box["class"] and "本版による追記" in box.get_text()
                assert {item.select("a")[0].get_text() for item in items} == {n.title_ja for n in expected}
            else:
                assert {item.select_one("a").get_text() for item in items} == {n.title for n in expected}


def test_every_english_content_page_has_an_in_brief_of_about_60_words(built_site):
    for page in PLAN.pages:
        node = article(soup(built_site / "en" / ("" if page.slug == "index" else page.slug) / "index.html"))
        brief = node.select_one(".edition-brief")
        assert brief is not None, page.slug
        words = brief.get_text(" ", strip=True).split()
        assert words[:2] == ["In", "brief:"] and 30 <= len(words) - 2 <= 66, (page.slug, len(words))


def test_every_page_shows_the_version_and_review_date_and_the_about_page_explains_them(built_site):
    pages = built_pages(built_site)
    assert len(pages) > 38
    for path in pages:
        if path.parent.name in ("pagefind",):
            continue
        footer = soup(path).select_one(".md-copyright .edition-version")
        assert footer is not None, path
        assert footer["data-edition-version"] == RELEASE.version, path
        assert footer["data-edition-checked"] == RELEASE.checked_iso, path
        text = footer.get_text(" ", strip=True)
        assert RELEASE.version in text
        assert RELEASE.checked_text("en") in text or RELEASE.checked_text("ja") in text, path
    for folder, heading in (("en", "Version and review date"), ("", "バージョンと確認日")):
        about = article(soup(built_site / folder / "about" / "index.html"))
        section = about.find(id="version")
        assert section is not None and section.get_text() == heading
        # the citation example names the version being read
        assert RELEASE.version in about.find("blockquote").get_text()
        assert "edition:version" not in (built_site / folder / "about" / "index.html").read_text(encoding="utf-8")
    # the citation that ¶ copies names the version
    holder = article(soup(built_site / "en" / "bank-accounts" / "index.html")).select_one("[data-edition-citation]")
    assert "{version}" in holder["data-edition-citation"] and holder["data-edition-version"] == RELEASE.version


def test_the_updates_are_a_download_with_both_titles_and_the_version(built_site):
    document = json.loads((built_site / "downloads" / "updates-en.json").read_text(encoding="utf-8"))
    assert document["edition_version"] == RELEASE.version and document["sources_checked"] == RELEASE.checked_iso
    updates = document["updates"]
    assert len(updates) == len(UPDATES)
    assert [u["date"] for u in updates] == sorted(u["date"] for u in updates)
    assert all(u["title_en"] and u["title_ja"] and u["source"].startswith("http") and u["publisher_en"]
               and u["note_anchor"].startswith(u["anchor"] + "-n") for u in updates)
    with open(built_site / "downloads" / "updates-en.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["title_en"] for r in rows] == [u["title_en"] for u in updates]
    assert {r["edition_version"] for r in rows} == {RELEASE.version}


def test_a_source_read_in_an_archived_copy_is_marked_under_its_note(built_site):
    node = article(soup(built_site / "en" / "bank-accounts" / "index.html"))
    marks = node.select(".edition-note .edition-archived")
    assert marks
    for mark in marks:
        assert mark.get_text().startswith("Read in an archived copy")
        note = mark.find_parent(class_="edition-note")
        cited = {a["href"] for a in note.select("a[href]") if a.find_parent(class_="edition-archived") is None}
        assert {a["href"] for a in mark.select("a")} <= cited
