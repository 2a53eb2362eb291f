"""One translation page against its source page: segments, entries, alignment, findings."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from edition.findings import Finding
from edition.markdown.front_matter import split_front_matter
from edition.markdown.segments import Segment, comparison_key, segment_markdown
from edition.source.plan import EditionPlan, PagePlan
from edition.text_files import read_text
from edition.translation.page_format import TargetPage, parse_target_page
from edition.translation.pairing import SIMILAR_ENOUGH, AlignedSegment, SegmentStatus, align, similarity

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


@dataclass(frozen=True)
class SegmentPolicy:
    """data/segments.toml: which states fail (per language), and which pages are recorded as complete."""
    fail_on: frozenset[SegmentStatus]
    complete: dict[str, frozenset[str]]   # language -> page slugs whose every segment is translated
    by_language: dict[str, frozenset[SegmentStatus]] = field(default_factory=dict)

    def is_complete(self, language: str, slug: str) -> bool:
        return slug in self.complete.get(language, frozenset())

    def failing(self, language: str) -> frozenset[SegmentStatus]:
        """The states that fail in ``language``: its own list if it has one, else the default."""
        return self.by_language.get(language, self.fail_on)


def _states(values) -> frozenset[SegmentStatus]:
    return frozenset(SegmentStatus(v) for v in values)


def segment_policy(root: Path) -> SegmentPolicy:
    path = root / SEGMENTS_CONFIG
    data = tomllib.loads(read_text(path, str(SEGMENTS_CONFIG))) if path.exists() else {}
    complete = {language: frozenset(slugs) for language, slugs in data.get("complete", {}).items()}
    by_language = {language: _states(values) for language, values in data.get("fail_on_language", {}).items()}
    return SegmentPolicy(_states(data.get("fail_on", ["orphan", "outdated"])), complete, by_language)


def fail_on(root: Path, language: str = "") -> set[SegmentStatus]:
    return set(segment_policy(root).failing(language))


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
        source_text = read_text(source_path, _rel(plan, source_path))
    if target_text is None:
        target_text = read_text(target_path, _rel(plan, target_path)) if target_path.exists() else ""
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


def _orphan_hint(result: PageAlignment, entry) -> str:
    """Never suggest deleting a translation whose copy still resembles a Japanese segment."""
    key = comparison_key(entry.copy)
    scored = [(similarity(segment.key, key), segment) for segment in result.segments]
    score, closest = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    if closest is not None and score >= SIMILAR_ENOUGH:
        return (f"it resembles segment {closest.anchor} ({result.source_path}:{closest.first_line}): "
                "make the copy the same as that Japanese (`make sync` brings current copies and keeps "
                "the English); do not delete the English")
    return ("no Japanese segment resembles it: if its Japanese was removed from the page, delete this "
            "segment; otherwise restore the copy from the Japanese page (`make sync` adds missing copies)")


def status_findings(result: PageAlignment, complete: bool = False) -> list[Finding]:
    """One finding per outdated, orphan or untranslated segment, and per stale previous copy.

    Each hint says the next step from the state the file is in."""
    findings = []
    # a `/// source` block left open swallowed what followed its copy: its segment is not
    # "untranslated" and the entry not an "orphan"; block-unclosed says what to fix, at its line
    unclosed = [comparison_key(e.copy) for e in result.target.entries if not e.closed]
    for item in result.aligned:
        entry, segment = item.entry, item.segment
        if item.status is SegmentStatus.UNTRANSLATED:
            assert segment is not None   # an untranslated segment may lack an entry, never its segment
            if any(key.startswith(segment.key) for key in unclosed):
                continue
        if item.status is SegmentStatus.ORPHAN:
            assert entry is not None   # an orphan is an entry without a segment
            if not entry.closed:
                continue   # its `/// source` block is unclosed: block-unclosed says so, at its line
            findings.append(Finding(
                result.target_path, entry.line, 1, "segment-orphan",
                f"this `/// source` copy matches no segment of {result.source_path}",
                _orphan_hint(result, entry)))
        elif item.status is SegmentStatus.OUTDATED:
            assert entry is not None and segment is not None   # an outdated entry has its segment
            if entry.previous is not None and comparison_key(entry.copy) == segment.key:
                hint = ("`/// source` has the new Japanese and `/// previous-source` the one the English was "
                        "made from: update the English, then delete the `/// previous-source` block")
            else:
                hint = ("run `make sync` (it writes the new Japanese into `/// source` and keeps the old in "
                        "`/// previous-source`), then update the English and delete `/// previous-source`")
            findings.append(Finding(
                result.target_path, entry.line, 1, "segment-outdated",
                f"the Japanese of segment {segment.anchor} ({result.source_path}:"
                f"{segment.first_line}) changed since it was translated", hint))
        elif item.status is SegmentStatus.UNTRANSLATED:
            assert segment is not None
            where = f"segment {segment.anchor} ({result.source_path}:{segment.first_line})"
            if complete:
                message = (f"{where} is not translated, on a page recorded as complete "
                           f"({SEGMENTS_CONFIG}, [complete] {result.language})")
                hint = ("translate it (if its English was deleted by mistake, `git diff` shows it), or remove "
                        f"the page from [complete] in {SEGMENTS_CONFIG}")
            else:
                message = f"{where} is not translated yet"
                hint = ("write the translation under its `/// source` block"
                        + ("" if entry else " (`make sync` adds the missing block)"))
            findings.append(Finding(result.target_path, entry.line if entry else 1, 1, "segment-untranslated",
                                    message, hint))
        if (item.status is SegmentStatus.TRANSLATED and entry is not None and entry.previous is not None
                and comparison_key(entry.previous) == comparison_key(entry.copy)):
            findings.append(Finding(
                result.target_path, entry.previous_line, 1, "previous-source-stale",
                "this `/// previous-source` block is the same as its `/// source` copy (it is stale)",
                "delete the `/// previous-source` block"))
    return findings


def check_page(result: PageAlignment,
               policy: SegmentPolicy | set[SegmentStatus]) -> tuple[list[Finding], list[Finding]]:
    """(errors, notices): bad input and failing states are errors, the rest notices."""
    if not isinstance(policy, SegmentPolicy):
        policy = SegmentPolicy(frozenset(policy), {})
    complete = policy.is_complete(result.language, result.page.slug)
    rules = {SegmentStatus.ORPHAN: "segment-orphan", SegmentStatus.OUTDATED: "segment-outdated",
             SegmentStatus.UNTRANSLATED: "segment-untranslated"}
    failing_rules = {rules[s] for s in policy.failing(result.language) if s in rules} | {"previous-source-stale"}
    if complete:
        failing_rules.add("segment-untranslated")
    errors = list(result.target.findings)
    notices: list[Finding] = []
    for finding in status_findings(result, complete):
        (errors if finding.rule in failing_rules else notices).append(finding)
    return errors, notices


@dataclass(frozen=True)
class SourceNote:
    """A short note in the source language beside a source passage (an erratum's `source_note`, such
    as 原文ママ), and the language of the translation whose erratum explains it in full."""
    text: str
    language: str
    says: str = ""      # what the erratum says the transcript reads (a mistyped URL: that URL)


def source_notes(alignments: list[PageAlignment], page: PagePlan) -> dict[str, list[SourceNote]]:
    """Short source-language notes per segment anchor, from errata in every translation of ``page``.
    A bare 原文ママ says what was probably meant: 原文ママ（正しくは「…」と思われる）."""
    notes: dict[str, list[SourceNote]] = {}
    for result in alignments:
        if result.page.slug != page.slug:
            continue
        for item in result.aligned:
            if item.segment is None or item.entry is None or item.status is SegmentStatus.ORPHAN:
                continue
            for note in item.entry.notes:
                text = str(note.options.get("source_note", "")).strip()
                means = str(note.options.get("means", "")).strip()
                if text == "原文ママ" and means:
                    text = f"原文ママ（正しくは「{means}」と思われる）"
                known = notes.setdefault(item.segment.anchor, [])
                if text and all(n.text != text for n in known):
                    known.append(SourceNote(text, result.language, str(note.options.get("says", "")).strip()))
    return notes
