"""The updates as data (edition/timeline/downloads.py): JSON and CSV, with the edition's version."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from edition.release import Release
from edition.timeline.downloads import updates_csv, updates_json
from edition.timeline.publishers import Publisher, Publishers
from edition.timeline.updates import UpdateRecord

RECORD = UpdateRecord(date="2024-12-02", title="No new certificates", title_ja="新規発行終了", language="en",
                      page="health-insurance-card-use", page_titles=(("en", "Health"),), section=(),
                      segment_anchor="s-1", note_anchor="s-1-n2", source="https://www.mhlw.go.jp/x", body="",
                      path="docs/en/h.md", line=3, order=1)
PUBLISHERS = Publishers({"www.mhlw.go.jp": Publisher({"en": "MHLW", "ja": "厚生労働省"})})
RELEASE = Release("1.2.3", date(2026, 11, 27))


def test_json_names_the_version_and_review_date_and_each_update():
    document = json.loads(updates_json([RECORD], PUBLISHERS, RELEASE))
    assert document["edition_version"] == "1.2.3" and document["sources_checked"] == "2026-11-27"
    assert document["updates"] == [{
        "date": "2024-12-02", "title_en": "No new certificates", "title_ja": "新規発行終了",
        "page": "health-insurance-card-use", "anchor": "s-1", "note_anchor": "s-1-n2",
        "source": "https://www.mhlw.go.jp/x", "publisher_en": "MHLW", "publisher_ja": "厚生労働省"}]


def test_csv_has_one_row_per_update_with_the_version_in_a_column():
    rows = list(csv.DictReader(io.StringIO(updates_csv([RECORD], PUBLISHERS, RELEASE))))
    assert len(rows) == 1
    assert rows[0]["title_ja"] == "新規発行終了" and rows[0]["edition_version"] == "1.2.3"
    assert rows[0]["publisher_en"] == "MHLW"
