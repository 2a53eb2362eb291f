"""sync: give a translation page every segment of its source page, losing nothing.

- a missing segment gets its `/// source` copy and an empty translation;
- an outdated one gets the new copy, and a `/// previous-source` block keeps the copy
  the English was made from (unless one is already there), for review;
- existing English, notes and orphans are kept as written (orphans stay next to
  the entry they followed);
- the page is written in source order; running sync twice changes nothing.

`synced_text` does it for one page in memory; `sync_language` runs it over a language's pages on
disk (the `edition sync` command).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from edition.markdown.segments import comparison_key
from edition.source.plan import EditionPlan
from edition.text_files import read_text
from edition.translation.alignment import PageAlignment, align_page, pages_of
from edition.translation.page_format import PREVIOUS_BLOCK, SOURCE_BLOCK, TargetEntry
from edition.translation.pairing import SegmentStatus


def _block(name: str, text: str) -> str:
    return f"/// {name}\n{text}\n///"


def _rest_after_copy(entry: TargetEntry) -> str:
    """The entry's text after its `/// source` block (translation, notes, previous copy)."""
    lines = entry.raw.split("\n")
    closer = next(i for i in range(1, len(lines)) if lines[i].strip() == "///") \
        if any(line.strip() == "///" for line in lines[1:]) else len(lines) - 1
    return "\n".join(lines[closer + 1:]).strip("\n")


def _without_previous(rest: str) -> str:
    lines = rest.split("\n")
    out, skipping = [], False
    for line in lines:
        if line.strip().startswith("///") and line.strip()[3:].strip().startswith(PREVIOUS_BLOCK):
            skipping = True
            continue
        if skipping:
            if line.strip() == "///":
                skipping = False
            continue
        out.append(line)
    return "\n".join(out).strip("\n")


def synced_text(result: PageAlignment) -> str:
    entries = result.target.entries
    position = {id(entry): index for index, entry in enumerate(entries)}
    orphans_after: dict[int, list[TargetEntry]] = {}
    for item in result.aligned:
        if item.status is SegmentStatus.ORPHAN:
            assert item.entry is not None   # an orphan is an entry without a segment
            index = position[id(item.entry)]
            orphans_after.setdefault(index - 1, []).append(item.entry)

    parts: list[str] = []
    for orphan in orphans_after.get(-1, []):
        parts.append(orphan.raw)
    for item in result.aligned:
        if item.status is SegmentStatus.ORPHAN:
            continue
        entry, segment = item.entry, item.segment
        assert segment is not None   # only an orphan lacks its segment
        if entry is None:
            parts.append(_block(SOURCE_BLOCK, segment.markdown))
        elif comparison_key(entry.copy) == segment.key:
            parts.append(entry.raw)
        else:
            rest = _rest_after_copy(entry)
            chunk = [_block(SOURCE_BLOCK, segment.markdown)]
            if entry.is_translated:
                previous = entry.previous if entry.previous is not None else entry.copy
                chunk.append(_block(PREVIOUS_BLOCK, previous))
                rest = _without_previous(rest)
            if rest:
                chunk.append(rest)
            parts.append("\n\n".join(chunk))
        if entry is not None:
            for orphan in orphans_after.get(position[id(entry)], []):
                parts.append(orphan.raw)
    head = [result.target.front_matter] if result.target.front_matter else []
    if result.target.preamble:
        head.append(result.target.preamble)
    return "\n\n".join(head + [part.strip("\n") for part in parts]).rstrip("\n") + "\n"


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
