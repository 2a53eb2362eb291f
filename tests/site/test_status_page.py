"""The translation status page (edition/site/status_page.py), in the built site and on a changed copy."""

from __future__ import annotations

from urllib.parse import urlsplit

from conftest import ROOT
from site_html import article, soup

from edition.release import load_release
from edition.site.status_page import render_status_page
from edition.site.ui_strings import load_ui_strings
from edition.source.plan import load_plan
from edition.translation.alignment import align_all
from edition.translation.pairing import SegmentStatus
from edition.translation.status import status_report


def _resolve(built_site, page_dir, href):
    """The file and fragment a relative link of a built page leads to."""
    parts = urlsplit(href)
    target = (page_dir / parts.path).resolve()
    return (target / "index.html" if target.is_dir() else target), parts.fragment


def test_the_status_page_of_each_language_gives_every_page_with_the_counts_of_edition_status(built_site):
    report = status_report(align_all(load_plan(ROOT)))
    rows_expected = {row["page"]: row for row in report["pages"] if row["language"] == "en"}
    for folder, reader, heads in (("", "ja", ["ページ", "セグメント", "翻訳済み", "要更新", "未翻訳"]),
                                  ("en", "en", ["Page", "Segments", "Translated", "Outdated", "Untranslated"])):
        page_dir = built_site / folder / "status"
        page = article(soup(page_dir / "index.html"))
        table = page.select_one("table.edition-status-table")
        assert [th.get_text() for th in table.select("thead th")] == heads
        rows = table.select("tbody tr")
        assert len(rows) == len(rows_expected) == 15
        for row in rows:
            link = row.select_one("th a")
            target, _ = _resolve(built_site, page_dir, link["href"])
            assert target.exists(), link["href"]
            slug = "index" if target.parent.name == "en" else target.parent.name
            expected = rows_expected[slug]
            assert [int(td.get_text()) for td in row.select("td")] == [
                expected[key] for key in ("segments", "translated", "outdated", "untranslated")]
            assert (link.get("hreflang") == "en") == (reader != "en")   # English pages from the Japanese site
        total = [int(td.get_text()) for td in table.select("tfoot td")]
        assert total == [report["total"]["en"][key] for key in ("segments", "translated", "outdated", "untranslated")]
        assert page.select_one(".edition-status-none") is not None     # the edition is fully translated
        assert "edition:status-page" not in (page_dir / "index.html").read_text(encoding="utf-8")
        # which edition the counts are of
        assert load_release(ROOT).version in page.select_one(".edition-status-version").get_text()


def test_segments_that_need_a_translator_are_listed_with_links_to_their_passages(project_copy):
    page = project_copy / "docs" / "en" / "mynapoint-round-2.md"
    text = page.read_text(encoding="utf-8")
    # outdated: the copy of a segment differs from the current Japanese; untranslated: no English
    text = text.replace("/// source\n参考\n///\n\nReference\n", "/// source\n参考資料\n///\n\nReference\n", 1)
    text = text.replace("FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion\n", "", 1)
    page.write_text(text, encoding="utf-8")
    alignments = align_all(load_plan(project_copy))
    result = next(r for r in alignments if r.language == "en" and r.page.slug == "mynapoint-round-2")
    wanted = {item.segment.anchor: item.status for item in result.aligned
              if item.status in (SegmentStatus.OUTDATED, SegmentStatus.UNTRANSLATED)}
    assert sorted(wanted.values()) == [SegmentStatus.OUTDATED, SegmentStatus.UNTRANSLATED]
    strings = load_ui_strings(ROOT).for_language("en")
    html = render_status_page(alignments, "en", strings, {"en": "English"},
                              lambda language, slug, anchor: f"../{slug}/" + (f"#{anchor}" if anchor else ""))
    from bs4 import BeautifulSoup
    listed = BeautifulSoup(html, "lxml").select("ul.edition-status-review li")
    assert [(li.a["href"], li.get_text().rsplit(": ", 1)[1]) for li in listed] == [
        (f"../mynapoint-round-2/#{anchor}", strings[f"status_{status.value}"]) for anchor, status in wanted.items()]
    row = next(tr for tr in BeautifulSoup(html, "lxml").select("tbody tr") if "round 2" in tr.th.get_text())
    assert [int(td.get_text()) for td in row.select("td")][2:] == [1, 1]
