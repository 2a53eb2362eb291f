"""The page plan (data/pages.toml): how the transcript is cut into topic pages."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from edition.findings import EditionError, Finding
from edition.source.transcript import Normalization, Transcript, load_normalizations, load_transcript


@dataclass(frozen=True)
class PagePlan:
    slug: str
    first_line: int
    last_line: int
    titles: dict[str, str]
    headings: dict[int, int] = field(default_factory=dict)  # transcript line -> level

    @property
    def filename(self) -> str:
        return f"{self.slug}.md"


@dataclass
class EditionPlan:
    root: Path
    source_language: str
    transcript: Transcript
    pages: list[PagePlan]
    normalizations: list[Normalization]

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    def language_dir(self, language: str) -> Path:
        return self.docs_dir / language

    def page_named(self, filename: str) -> PagePlan | None:
        """The planned page whose file is ``filename`` (in any language folder)."""
        return next((page for page in self.pages if page.filename == filename), None)

    def source_page_path(self, page: PagePlan) -> Path:
        return self.language_dir(self.source_language) / page.filename

    def translation_languages(self) -> list[str]:
        """Every folder under docs/ that holds a page of the plan, except the source language."""
        if not self.docs_dir.is_dir():
            return []
        names = {page.filename for page in self.pages}
        return sorted(p.name for p in self.docs_dir.iterdir()
                      if p.is_dir() and p.name != self.source_language
                      and any((p / name).exists() for name in names))


PLAN_FILE = Path("data/pages.toml")
NORMALIZATIONS_FILE = Path("data/normalizations.toml")


def load_plan(root: Path) -> EditionPlan:
    plan_path = root / PLAN_FILE
    data = tomllib.loads(plan_path.read_text(encoding="utf-8"))
    transcript = load_transcript(root / data["transcript"])
    problems: list[Finding] = []
    if data.get("sha256") and transcript.sha256 != data["sha256"]:
        problems.append(Finding(
            str(plan_path), 1, 1, "transcript-changed",
            f"{transcript.path} has sha256 {transcript.sha256}, the plan expects {data['sha256']}",
            "the transcript is the fixed source of this edition; restore it, or re-plan and update sha256"))
    pages = []
    for entry in data["page"]:
        headings: dict[int, int] = {}
        for level in (1, 2, 3, 4):
            value = entry.get(f"h{level}", [])
            for line in [value] if isinstance(value, int) else value:
                headings[line] = level
        first, last = entry["lines"]
        pages.append(PagePlan(entry["slug"], first, last, dict(entry["title"]), headings))
    problems += _check_coverage(plan_path, pages, len(transcript.lines))
    if problems:
        raise EditionError(problems)
    normalizations = load_normalizations(root / NORMALIZATIONS_FILE, transcript)
    return EditionPlan(root, data.get("source_language", "ja"), transcript, pages, normalizations)


def _check_coverage(plan_path: Path, pages: list[PagePlan], line_count: int) -> list[Finding]:
    problems = []
    expected = 1
    for page in pages:
        if page.first_line != expected:
            problems.append(Finding(str(plan_path), 1, 1, "plan-coverage",
                                    f"page {page.slug} starts at line {page.first_line}, expected {expected}",
                                    "pages must be contiguous and cover the whole transcript"))
        for line in page.headings:
            if not page.first_line <= line <= page.last_line:
                problems.append(Finding(str(plan_path), 1, 1, "plan-heading",
                                        f"page {page.slug}: heading line {line} is outside its lines",
                                        "move the heading to the page that holds that line"))
        expected = page.last_line + 1
    if expected != line_count + 1:
        problems.append(Finding(str(plan_path), 1, 1, "plan-coverage",
                                f"pages end at line {expected - 1}, the transcript has {line_count}",
                                "extend the last page to the end of the transcript"))
    return problems
