"""Run sync over translation pages on disk (the `scripts/sync.py` command)."""

from __future__ import annotations

from pathlib import Path

import yaml

from .plan import EditionPlan
from .sync import synced_text
from .translation import align_page, pages_of


def _new_page(plan: EditionPlan, language: str, slug: str) -> str:
    page = next(p for p in plan.pages if p.slug == slug)
    title = page.titles.get(language) or page.titles[plan.source_language]
    return "---\n" + yaml.safe_dump({"title": title}, allow_unicode=True, sort_keys=False) + "---\n"


def sync_language(plan: EditionPlan, language: str, slugs: list[str] | None = None,
                  create_missing: bool = True, check_only: bool = False) -> list[Path]:
    """Sync (or, with check_only, compare) pages; return the paths whose text changes."""
    pages = plan.pages if create_missing else pages_of(plan, language)
    changed = []
    for page in pages:
        if slugs and page.slug not in slugs:
            continue
        path = plan.language_dir(language) / page.filename
        current = path.read_text(encoding="utf-8") if path.exists() else _new_page(plan, language, page.slug)
        text = synced_text(align_page(plan, language, page, target_text=current))
        if not path.exists() or text != current:
            changed.append(path)
            if not check_only:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return changed
