"""The update notes of a translation, collected in order of their event date (no MkDocs here).

Each update note (``/// update``, options ``date``, ``source``, ``title``, ``title_ja``) becomes an
`UpdateRecord`: where it is (page, section, passage, the note's own anchor) and what it says. The
timeline pages, the pages' "Since June 2022" boxes and the downloads are made from these records, so
they are never written by hand.

>>> from edition.translation.page_format import note_anchor
>>> note_anchor("s-1a2b3c4d", 0)
's-1a2b3c4d-n1'
"""

from __future__ import annotations

from dataclasses import dataclass

from edition.findings import Finding
from edition.markdown.segments import SegmentKind
from edition.timeline.publishers import Publishers, host_of
from edition.translation.alignment import PageAlignment
from edition.translation.page_format import NoteKind, note_anchor
from edition.translation.pairing import SegmentStatus


@dataclass(frozen=True)
class UpdateRecord:
    date: str                 # the event's date, ISO (YYYY-MM-DD)
    title: str                # in the translation's language
    title_ja: str             # in Japanese (the source language)
    language: str             # the translation language of the page that holds the note
    page: str                 # the page's slug
    page_titles: tuple[tuple[str, str], ...]   # (language, the page's title)
    section: tuple[tuple[str, str], ...]       # (language, the heading above the passage)
    segment_anchor: str
    note_anchor: str
    source: str               # the source's URL
    body: str                 # the note's Markdown
    path: str
    line: int
    order: int                # position in the edition (page order, then place on the page)

    @property
    def year(self) -> str:
        return self.date[:4]

    def page_title(self, language: str) -> str:
        titles = dict(self.page_titles)
        return titles.get(language) or titles.get(self.language) or self.page

    def section_title(self, language: str) -> str:
        return dict(self.section).get(language, "")


def _heading_text(markdown: str) -> str:
    return markdown.strip().lstrip("#").strip()


def collect_updates(alignments: list[PageAlignment], language: str) -> list[UpdateRecord]:
    """Every update note of ``language``'s pages, in order of date (then of the edition)."""
    records: list[UpdateRecord] = []
    order = 0
    for result in alignments:
        if result.language != language:
            continue
        titles = dict(result.page.titles)
        if result.target.meta.get("title"):
            titles[language] = str(result.target.meta["title"])
        section: dict[str, str] = {}
        for item in result.aligned:
            if item.segment is None or item.status is SegmentStatus.ORPHAN:
                continue
            entry = item.entry
            if item.segment.kind is SegmentKind.HEADING:
                section = {"ja": _heading_text(item.segment.markdown)}
                if entry is not None and entry.is_translated:
                    section[language] = _heading_text(entry.translation)
            for position, note in enumerate(entry.notes if entry is not None else []):
                order += 1
                if note.kind is not NoteKind.UPDATE:
                    continue
                records.append(UpdateRecord(
                    date=str(note.options.get("date", "")).strip(), title=note.title, title_ja=note.title_ja,
                    language=language, page=result.page.slug, page_titles=tuple(sorted(titles.items())),
                    section=tuple(sorted(section.items())), segment_anchor=item.segment.anchor,
                    note_anchor=note_anchor(item.segment.anchor, position),
                    source=str(note.options.get("source", "")).strip(), body=note.body,
                    path=result.target_path, line=note.line, order=order))
    return sorted(records, key=lambda record: (record.date, record.order))


def by_year(records: list[UpdateRecord]) -> list[tuple[str, list[UpdateRecord]]]:
    """The records grouped by the year of their date, oldest first (records sorted by date)."""
    groups: dict[str, list[UpdateRecord]] = {}
    for record in records:
        groups.setdefault(record.year, []).append(record)
    return list(groups.items())


def for_reader(by_language: dict[str, list[UpdateRecord]], reader: str) -> tuple[str, list[UpdateRecord]]:
    """The updates a reader of ``reader``'s pages sees, and the language of the pages that hold them: its own
    translation's, or (the source language, whose pages hold no notes) those of the first translation that
    has any.

    >>> for_reader({"en": []}, "ja"), for_reader({"en": []}, "en")
    (('ja', []), ('en', []))
    """
    if reader in by_language:
        return reader, by_language[reader]
    return next(((language, records) for language, records in by_language.items() if records), (reader, []))


def of_page(records: list[UpdateRecord], slug: str) -> list[UpdateRecord]:
    return [record for record in records if record.page == slug]


def publisher_findings(records: list[UpdateRecord], publishers: Publishers) -> list[Finding]:
    """`update-publisher`: an update whose source's host has no publisher in data/publishers.toml."""
    return [Finding(record.path, record.line, 1, "update-publisher",
                    f"no publisher is known for the source's host `{host_of(record.source)}`",
                    f"add a [[publisher]] with hosts = [\"{host_of(record.source)}\"] and its name per language "
                    "to data/publishers.toml")
            for record in records if record.source and publishers.of(record.source) is None]
