"""The updates as data, for journalists and researchers: downloads/updates-<lang>.json and .csv.

One record per update note, in order of the event date: date, title in both languages, page, the
passage's and the note's anchors, the source's URL and publisher. The JSON names the edition's version
and review date; the CSV has them in a column, so that each row says which edition it comes from.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from edition.release import Release
from edition.timeline.publishers import Publishers
from edition.timeline.updates import UpdateRecord

CSV_FIELDS = ("date", "title_en", "title_ja", "page", "anchor", "note_anchor", "source", "publisher_en",
              "publisher_ja", "edition_version")


def update_rows(records: list[UpdateRecord], publishers: Publishers, release: Release) -> list[dict[str, str]]:
    rows = []
    for record in records:
        publisher = publishers.of(record.source)
        rows.append({"date": record.date, f"title_{record.language}": record.title, "title_ja": record.title_ja,
                     "page": record.page, "anchor": record.segment_anchor, "note_anchor": record.note_anchor,
                     "source": record.source,
                     "publisher_en": publisher.name("en") if publisher else "",
                     "publisher_ja": publisher.name("ja") if publisher else "",
                     "edition_version": release.version})
    return rows


def updates_json(records: list[UpdateRecord], publishers: Publishers, release: Release) -> str:
    rows = update_rows(records, publishers, release)
    for row in rows:
        del row["edition_version"]
    document = {"edition_version": release.version, "sources_checked": release.checked_iso, "updates": rows}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def updates_csv(records: list[UpdateRecord], publishers: Publishers, release: Release) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(update_rows(records, publishers, release))
    return out.getvalue()


def write_updates(records: list[UpdateRecord], language: str, publishers: Publishers, release: Release,
                  folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path, csv_path = folder / f"updates-{language}.json", folder / f"updates-{language}.csv"
    json_path.write_text(updates_json(records, publishers, release), encoding="utf-8")
    csv_path.write_text(updates_csv(records, publishers, release), encoding="utf-8")
    return [json_path, csv_path]
