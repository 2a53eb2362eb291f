"""The units a CAT tool sees: one per segment of a translation page, for PO and XLIFF alike.

A unit is named ``<page slug>#<anchor>`` (the segment's stable anchor, the same on every
language's page). Its source is the Japanese copy exactly as in the page's ``/// source``
block; its target is the translation exactly as in the page (Markdown, waivers left out: see
layout.py); its notes (translator-note, erratum, update) are read-only information, never
imported back. A segment is *outdated* when the Japanese changed since it was translated:
the unit is marked as needing review (PO ``fuzzy``, XLIFF ``state="initial"``), with the
``/// previous-source`` copy when the page has one.

Not exported: an orphan entry (a copy that matches no Japanese segment: it has no anchor)
and a Japanese segment whose page has no ``/// source`` block for it yet (`make sync` adds
it); the export counts both and says what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.source.plan import EditionPlan
from edition.text_files import read_text
from edition.translation.alignment import align_page, pages_of
from edition.translation.exchange.layout import page_layout
from edition.translation.page_format import Note
from edition.translation.pairing import SegmentStatus

CONTEXT_SEPARATOR = "#"


def context_of(slug: str, anchor: str) -> str:
    return f"{slug}{CONTEXT_SEPARATOR}{anchor}"


def split_context(context: str) -> tuple[str, str]:
    """``"mynapoint-round-2#s-1a2b3c4d"`` -> ``("mynapoint-round-2", "s-1a2b3c4d")``."""
    slug, _, anchor = context.rpartition(CONTEXT_SEPARATOR)
    return slug, anchor


@dataclass(frozen=True)
class UnitNote:
    kind: str                  # translator-note | erratum | update
    options: tuple[tuple[str, str], ...]
    body: str

    @property
    def options_line(self) -> str:
        return "; ".join(f"{key}: {value}" for key, value in self.options)

    def as_comment(self) -> str:
        """The note as one PO comment: ``kind (options):`` then the body."""
        head = f"{self.kind} ({self.options_line})" if self.options else self.kind
        return f"{head}:\n{self.body}" if self.body else head

    def as_text(self) -> str:
        """The note's text for an XLIFF ``<note category="kind">``: options, then the body."""
        return "\n".join(part for part in (self.options_line, self.body) if part)


def unit_note(note: Note) -> UnitNote:
    return UnitNote(note.kind.value, tuple((str(k), str(v)) for k, v in note.options.items()), note.body)


@dataclass(frozen=True)
class Unit:
    language: str
    page: str                  # slug
    anchor: str
    path: str                  # the translation page, relative to the root (docs/en/….md)
    line: int                  # 1-based line of its `/// source` header
    source: str                # the Japanese copy, exactly as in the `/// source` block
    translation: str           # exactly as in the page ("" = untranslated)
    state: SegmentStatus       # translated, outdated or untranslated
    notes: tuple[UnitNote, ...] = ()
    previous: str | None = None   # the `/// previous-source` copy, if the page keeps one

    @property
    def context(self) -> str:
        return context_of(self.page, self.anchor)

    @property
    def needs_review(self) -> bool:
        """Outdated, or a `/// previous-source` kept for review: fuzzy (PO), state="initial" (XLIFF)."""
        return self.state is SegmentStatus.OUTDATED or self.previous is not None


@dataclass
class EditionUnits:
    language: str
    source_language: str
    units: list[Unit] = field(default_factory=list)
    pages: int = 0
    orphans: int = 0           # entries whose copy matches no Japanese segment: not exported
    missing: int = 0           # Japanese segments without a `/// source` block: not exported

    def count(self, state: SegmentStatus) -> int:
        return sum(1 for unit in self.units if unit.state is state)


def edition_units(plan: EditionPlan, language: str) -> EditionUnits:
    """Every segment of every page of ``language``, in page and segment order."""
    found = EditionUnits(language, plan.source_language)
    for page in pages_of(plan, language):
        path = plan.language_dir(language) / page.filename
        text = read_text(path, str(path.relative_to(plan.root)))
        result = align_page(plan, language, page, target_text=text)
        layout = page_layout(text)
        position = {id(entry): index for index, entry in enumerate(result.target.entries)}
        found.pages += 1
        for item in result.aligned:
            if item.segment is None:
                found.orphans += 1
                continue
            if item.entry is None:
                found.missing += 1
                continue
            entry, where = item.entry, layout.entries[position[id(item.entry)]]
            if not entry.copy:
                found.missing += 1     # an empty `/// source` block: nothing to translate
                continue
            found.units.append(Unit(
                language=language, page=page.slug, anchor=item.segment.anchor, path=result.target_path,
                line=entry.line, source=entry.copy, translation=where.translation(layout.lines),
                state=item.status, notes=tuple(unit_note(note) for note in entry.notes),
                previous=entry.previous))
    return found
