"""The aligned corpus of the edition, for translation-memory tools and spreadsheets (no MkDocs here).

One row per Japanese segment and translation language, in page order: the source Markdown, the
translation (Markdown, as written in docs/<lang>/; empty if untranslated), the page, the segment's
anchor and its state. Written as CSV (every row) and as TMX 1.4 (the rows that have a translation; an
outdated one is kept, its state in a note), by translate-toolkit, a maintained TMX implementation.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from edition.translation.alignment import PageAlignment
from edition.translation.pairing import SegmentStatus

CSV_FIELDS = ("source", "translation", "page", "anchor", "state", "edition_version")


@dataclass(frozen=True)
class CorpusRow:
    source: str
    translation: str
    page: str
    anchor: str
    state: str
    edition_version: str = ""


def corpus_rows(alignments: list[PageAlignment], language: str, version: str = "") -> list[CorpusRow]:
    rows = []
    for result in alignments:
        if result.language != language:
            continue
        for item in result.aligned:
            if item.segment is None:          # an orphan: no Japanese to pair with
                continue
            entry = item.entry if item.status in (SegmentStatus.TRANSLATED, SegmentStatus.OUTDATED) else None
            rows.append(CorpusRow(source=item.segment.markdown.strip(),
                                  translation=entry.translation.strip() if entry is not None else "",
                                  page=result.page.slug, anchor=item.segment.anchor, state=item.status.value,
                                  edition_version=version))
    return rows


def corpus_csv(rows: list[CorpusRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for row in rows:
        writer.writerow([getattr(row, field) for field in CSV_FIELDS])
    return out.getvalue()


def corpus_tmx(rows: list[CorpusRow], source_language: str, target_language: str, version: str = "") -> bytes:
    """TMX 1.4; the edition's version, if given, in the header (`<prop type="x-edition-version">`)."""
    from lxml import etree
    from translate.storage.tmx import tmxfile
    store = tmxfile(sourcelanguage=source_language, targetlanguage=target_language)
    if version:
        header = store.document.getroot().find("header")
        if header is not None:
            etree.SubElement(header, "prop", type="x-edition-version").text = version
    for row in rows:
        if not row.translation:
            continue
        unit = store.addsourceunit(row.source)
        unit.target = row.translation
        unit.xmlelement.set("tuid", f"{row.page}#{row.anchor}")    # TMX 1.4 <tu tuid="…">
        unit.addnote(f"page: {row.page}; anchor: {row.anchor}; state: {row.state}")
    return bytes(store)


def write_corpus(alignments: list[PageAlignment], source_language: str, languages: list[str],
                 folder: Path, version: str = "") -> list[Path]:
    """Write `corpus-<source>-<lang>.csv` and `.tmx` for each translation language; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        rows = corpus_rows(alignments, language, version)
        stem = folder / f"corpus-{source_language}-{language}"
        stem.with_suffix(".csv").write_text(corpus_csv(rows), encoding="utf-8")
        stem.with_suffix(".tmx").write_bytes(corpus_tmx(rows, source_language, language, version))
        written += [stem.with_suffix(".csv"), stem.with_suffix(".tmx")]
    return written
