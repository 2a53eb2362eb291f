"""Collecting the update notes (edition/timeline/updates.py): by event date, with their anchors, section and
publisher; and the finding for a source whose publisher is unknown."""

from __future__ import annotations

from pathlib import Path

from edition.source.plan import EditionPlan, PagePlan
from edition.timeline.publishers import Publisher, Publishers
from edition.timeline.updates import by_year, collect_updates, of_page, publisher_findings
from edition.translation.alignment import align_page

JA = """# 題

## 節

甲

乙
"""

EN = """---
title: Title
---

/// source
# 題
///

# Title

/// source
## 節
///

## Section

/// source
甲
///

A

/// translator-note
    title: "A translator's note is not an update"
Context.
///

/// update
    date: 2024-12-02
    source: https://www.mhlw.go.jp/stf/newpage_40406.html
    title: "Later event"
    title_ja: "後の出来事"
Later.
///

/// source
乙
///

B

/// update
    date: 2022-06-07
    source: https://unknown.example.org/x
    title: "Earlier event"
    title_ja: "前の出来事"
Earlier.
///
"""


def _alignments(tmp_path: Path):
    page = PagePlan(slug="p", first_line=1, last_line=6, titles={"ja": "題", "en": "Plan title"})
    plan = EditionPlan(root=tmp_path, source_language="ja", transcript=None, pages=[page],  # type: ignore[arg-type]
                       normalizations=[])
    return [align_page(plan, "en", page, target_text=EN, source_text=JA)]


def test_updates_are_in_order_of_their_event_date_with_the_notes_own_anchor(tmp_path):
    records = collect_updates(_alignments(tmp_path), "en")
    assert [r.title for r in records] == ["Earlier event", "Later event"]
    earlier, later = records
    assert earlier.date == "2022-06-07" and earlier.title_ja == "前の出来事"
    # the note's anchor: its segment's anchor and its place among the segment's notes (the second)
    assert later.note_anchor == later.segment_anchor + "-n2"
    assert earlier.note_anchor == earlier.segment_anchor + "-n1"
    # the page's title as its front matter gives it; the heading above the passage, in both languages
    assert later.page_title("en") == "Title" and later.page_title("ja") == "題"
    assert later.section_title("en") == "Section" and later.section_title("ja") == "節"
    assert later.path.endswith("docs/en/p.md") and later.line == EN.split("\n").index("/// update") + 1


def test_grouped_by_year_and_per_page(tmp_path):
    records = collect_updates(_alignments(tmp_path), "en")
    assert [(year, [r.title for r in group]) for year, group in by_year(records)] == \
        [("2022", ["Earlier event"]), ("2024", ["Later event"])]
    assert of_page(records, "p") == records and of_page(records, "other") == []


def test_a_source_whose_host_has_no_publisher_is_a_finding_at_the_note(tmp_path):
    records = collect_updates(_alignments(tmp_path), "en")
    publishers = Publishers({"www.mhlw.go.jp": Publisher({"en": "MHLW", "ja": "厚生労働省"})})
    findings = publisher_findings(records, publishers)
    assert [(f.rule, f.line) for f in findings] == [("update-publisher", records[0].line)]
    assert "unknown.example.org" in findings[0].message and "data/publishers.toml" in findings[0].hint
