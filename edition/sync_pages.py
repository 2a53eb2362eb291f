"""Run sync over translation pages on disk (the `edition sync` command)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .alignment import SegmentStatus
from .plan import EditionPlan
from .segments import comparison_key
from .sync import synced_text
from .text_files import read_text
from .translation import align_page, pages_of


@dataclass
class SyncOutcome:
    pages: int = 0                                       # pages looked at
    changed: list[Path] = field(default_factory=list)    # written (or, with --check, that would be)
    created: int = 0                                     # of those, new pages
    segments_added: int = 0                              # `/// source` blocks added
    copies_updated: int = 0                              # outdated copies replaced (old kept)

    def summary(self, language: str, check_only: bool = False) -> str:
        if not self.changed:
            return (f"sync {language}: nothing to change; {self.pages} pages already have every Japanese "
                    "segment, in order, with current copies")
        verb = "would change" if check_only else "changed"
        return (f"sync {language}: {verb} {len(self.changed)} of {self.pages} pages ({self.created} new): "
                f"{self.segments_added} segments added, {self.copies_updated} copies updated "
                "(the old copy kept in `/// previous-source`); no translation or note removed")


def _new_page(plan: EditionPlan, language: str, slug: str) -> str:
    page = next(p for p in plan.pages if p.slug == slug)
    title = page.titles.get(language) or page.titles[plan.source_language]
    return "---\n" + yaml.safe_dump({"title": title}, allow_unicode=True, sort_keys=False) + "---\n"


def sync_language(plan: EditionPlan, language: str, slugs: list[str] | None = None,
                  create_missing: bool = True, check_only: bool = False) -> SyncOutcome:
    """Sync (or, with check_only, compare) pages. A page that cannot be read (not UTF-8) stops
    the run before anything is written (EditionError with its finding)."""
    pages = [p for p in (plan.pages if create_missing else pages_of(plan, language))
             if not slugs or p.slug in slugs]
    outcome = SyncOutcome(pages=len(pages))
    writes = []
    for page in pages:
        path = plan.language_dir(language) / page.filename
        exists = path.exists()
        current = read_text(path, str(path.relative_to(plan.root))) if exists else _new_page(plan, language, page.slug)
        result = align_page(plan, language, page, target_text=current)
        text = synced_text(result)
        if not exists or text != current:
            outcome.changed.append(path)
            outcome.created += not exists
            outcome.segments_added += sum(1 for a in result.aligned if a.entry is None)
            outcome.copies_updated += sum(1 for a in result.aligned if a.status is SegmentStatus.OUTDATED
                                          and a.entry is not None and a.segment is not None and a.diff and
                                          comparison_key(a.entry.copy) != a.segment.key)
            writes.append((path, text))
    if not check_only:
        for path, text in writes:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return outcome
