"""One translation page against its source page: segments, entries, alignment, findings."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .alignment import AlignedSegment, SegmentStatus, align
from .findings import Finding
from .front_matter import split_front_matter
from .plan import EditionPlan, PagePlan
from .segments import Segment, segment_markdown
from .target_page import TargetPage, parse_target_page

SEGMENTS_CONFIG = Path("data/segments.toml")


@dataclass
class PageAlignment:
    language: str
    page: PagePlan
    source_path: str
    target_path: str
    segments: list[Segment]
    target: TargetPage
    aligned: list[AlignedSegment]

    def count(self, status: SegmentStatus) -> int:
        return sum(1 for a in self.aligned if a.status is status)


def fail_on(root: Path) -> set[SegmentStatus]:
    path = root / SEGMENTS_CONFIG
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {SegmentStatus(value) for value in data.get("fail_on", ["orphan", "outdated"])}


def source_segments_of(text: str) -> list[Segment]:
    source = split_front_matter(text)
    return segment_markdown(source.body, source.body_start_line)


def _rel(plan: EditionPlan, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(plan.root.resolve()))
    except ValueError:
        return str(path)


def align_page(plan: EditionPlan, language: str, page: PagePlan,
               target_text: str | None = None, source_text: str | None = None) -> PageAlignment:
    source_path = plan.source_page_path(page)
    target_path = plan.language_dir(language) / page.filename
    if source_text is None:
        source_text = source_path.read_text(encoding="utf-8")
    if target_text is None:
        target_text = target_path.read_text(encoding="utf-8") if target_path.exists() else ""
    segments = source_segments_of(source_text)
    target = parse_target_page(target_text, _rel(plan, target_path))
    return PageAlignment(language, page, _rel(plan, source_path), target.path, segments, target,
                         align(segments, target.entries))


def pages_of(plan: EditionPlan, language: str) -> list[PagePlan]:
    """The plan's pages that exist in a translation language (a language may have only some)."""
    return [p for p in plan.pages if (plan.language_dir(language) / p.filename).exists()]


def align_all(plan: EditionPlan) -> list[PageAlignment]:
    return [align_page(plan, language, page)
            for language in plan.translation_languages() for page in pages_of(plan, language)]


def alignment_of(alignments: list[PageAlignment], language: str, slug: str) -> PageAlignment | None:
    return next((r for r in alignments if r.language == language and r.page.slug == slug), None)


def status_findings(result: PageAlignment) -> list[Finding]:
    """One finding per outdated, orphan or untranslated segment."""
    findings = []
    for item in result.aligned:
        if item.status is SegmentStatus.ORPHAN:
            findings.append(Finding(
                result.target_path, item.entry.line, 1, "segment-orphan",
                f"this `/// source` copy matches no segment of {result.source_path}",
                "if the Japanese changed, run `scripts/sync.py` to bring the new copy; "
                "otherwise delete this segment (its English goes with it)"))
        elif item.status is SegmentStatus.OUTDATED:
            findings.append(Finding(
                result.target_path, item.entry.line, 1, "segment-outdated",
                f"the Japanese of segment {item.segment.anchor} ({result.source_path}:"
                f"{item.segment.first_line}) changed since it was translated",
                "run `scripts/sync.py`, update the English, then delete the `/// previous-source` block"))
        elif item.status is SegmentStatus.UNTRANSLATED:
            findings.append(Finding(
                result.target_path, item.entry.line if item.entry else 1, 1, "segment-untranslated",
                f"segment {item.segment.anchor} ({result.source_path}:{item.segment.first_line}) "
                "is not translated yet",
                "write the translation under its `/// source` block (`scripts/sync.py` adds missing blocks)"))
    return findings


def check_page(result: PageAlignment, failing: set[SegmentStatus]) -> tuple[list[Finding], list[Finding]]:
    """(errors, notices): bad input and failing states are errors, the rest notices."""
    rules = {SegmentStatus.ORPHAN: "segment-orphan", SegmentStatus.OUTDATED: "segment-outdated",
             SegmentStatus.UNTRANSLATED: "segment-untranslated"}
    failing_rules = {rules[s] for s in failing if s in rules}
    errors = list(result.target.findings)
    notices = []
    for finding in status_findings(result):
        (errors if finding.rule in failing_rules else notices).append(finding)
    return errors, notices


def source_notes(alignments: list[PageAlignment], page: PagePlan) -> dict[str, list[str]]:
    """Short source-language notes per segment anchor, from errata in every translation of ``page``."""
    notes: dict[str, list[str]] = {}
    for result in alignments:
        if result.page.slug != page.slug:
            continue
        for item in result.aligned:
            if item.segment is None or item.entry is None or item.status is SegmentStatus.ORPHAN:
                continue
            for note in item.entry.notes:
                text = str(note.options.get("source_note", "")).strip()
                if text and text not in notes.setdefault(item.segment.anchor, []):
                    notes[item.segment.anchor].append(text)
    return notes
