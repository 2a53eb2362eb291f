"""status: how far each translation page is, per page and in total."""

from __future__ import annotations

from typing import Any

from edition.translation.alignment import PageAlignment, SegmentPolicy
from edition.translation.pairing import SegmentStatus

COLUMNS = ("segments", "translated", "outdated", "untranslated", "orphans")


def _percent(translated: int, segments: int) -> float:
    return round(100.0 * translated / segments, 1) if segments else 100.0


def page_status(result: PageAlignment, policy: SegmentPolicy | None = None) -> dict:
    row: dict[str, Any] = {
        "language": result.language,
        "page": result.page.slug,
        "path": result.target_path,
        "segments": len(result.segments),
        "translated": result.count(SegmentStatus.TRANSLATED),
        "outdated": result.count(SegmentStatus.OUTDATED),
        "untranslated": result.count(SegmentStatus.UNTRANSLATED),
        "orphans": result.count(SegmentStatus.ORPHAN),
    }
    row["percent"] = _percent(row["translated"], row["segments"])
    row["complete"] = bool(policy and policy.is_complete(result.language, result.page.slug))
    return row


def status_report(results: list[PageAlignment], policy: SegmentPolicy | None = None) -> dict:
    """Per page (with whether data/segments.toml records it as complete) and per language."""
    pages = [page_status(result, policy) for result in results]
    totals = {}
    for language in sorted({row["language"] for row in pages}):
        rows = [row for row in pages if row["language"] == language]
        total = {column: sum(row[column] for row in rows) for column in COLUMNS}
        total["pages"] = len(rows)
        total["complete_pages"] = sum(1 for row in rows if row["complete"])
        total["percent"] = _percent(total["translated"], total["segments"])
        totals[language] = total
    return {"pages": pages, "total": totals}


STATUS_MARKER = "<!-- edition:status -->"


def status_sentences(results: list[PageAlignment], sentence: str, names: dict[str, str]) -> str:
    """One sentence per translation language, from the `status_sentence` template of the reader's
    language (the about page replaces STATUS_MARKER with it at build time)."""
    totals = status_report(results)["total"]
    return " ".join(sentence.format(language=names.get(language, language), **total)
                    for language, total in sorted(totals.items()))
