"""Bring translations from a CAT tool's file back into the pages, changing nothing else.

For each entry of the file (an :class:`Update`), the segment is found by its context
(``<page slug>#<anchor>``); the entry's Japanese must still be the page's ``/// source`` copy
(whitespace-only differences do not count, as everywhere in the edition). Then only the lines
the translation owns (layout.py) are replaced; the copy, the notes, the waivers, the front
matter and every other line stay byte for byte. A page whose translations did not change is not
rewritten, so a round trip of an unedited file changes nothing.

Decisions (CONTRIBUTING.md, "Working in a CAT tool"):

- an empty translation in the file leaves the segment as it is: it never deletes English
  (a notice says so when the page has English there);
- *reviewed* (PO: no ``fuzzy`` flag; XLIFF: state translated, reviewed or final) on a segment
  whose page keeps a ``/// previous-source`` block removes that block: the translator reviewed
  the English against the new Japanese, which is what CONTRIBUTING asks before deleting it;
  still marked (fuzzy / state initial) keeps it, and the segment stays outdated;
- a PO ``fuzzy`` entry on a segment that is not outdated is a draft (gettext does not use fuzzy
  translations; Poedit marks pre-translations fuzzy): it is not written, a notice says so.
  XLIFF 2 has no such flag (``initial`` is also the state of a target a tool did not mark), so
  an XLIFF target is written whatever its state;
- all or nothing: if any entry is refused, no page is written (the findings say why).

After the edit each changed page is read again: every entry must have the same copy, the same
notes, waivers and previous copy (except one removed on purpose) and exactly the new
translation, and the page no new parse finding. A translation that would change the page's
structure (a ``/// source`` line, an unclosed fence or block, a waiver) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from edition.findings import Finding
from edition.markdown.segments import comparison_key
from edition.source.plan import EditionPlan, PagePlan
from edition.text_files import read_text
from edition.translation.alignment import align_page
from edition.translation.exchange.layout import EntryLayout, PageLayout, page_layout
from edition.translation.exchange.units import split_context
from edition.translation.page_format import parse_target_page
from edition.translation.pairing import AlignedSegment, SegmentStatus

NOTHING_WRITTEN = "nothing was written"
EXPORT_AGAIN = "export again (`make export`)"


@dataclass(frozen=True)
class Update:
    """One entry of a PO or XLIFF file, as the CAT tool left it."""
    file: str                  # the file, as findings name it
    line: int                  # 1-based line of the entry in the file
    context: str               # <page slug>#<anchor>
    source: str                # the Japanese the translator saw
    target: str                # the translation ("" = none)
    reviewed: bool             # PO: not fuzzy; XLIFF: state translated, reviewed or final
    draft: bool = False        # PO fuzzy: not a translation to use (unless the segment is outdated)

    @property
    def text(self) -> str:
        """The translation as it goes into the page: LF line ends, no blank lines around it."""
        return self.target.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


@dataclass
class ImportOutcome:
    language: str
    entries: int = 0
    pages: dict[Path, str] = field(default_factory=dict)   # the new text of each page that changes
    updated: int = 0           # segments whose translation changed
    reviewed: int = 0          # `/// previous-source` blocks removed
    errors: list[Finding] = field(default_factory=list)
    notices: list[Finding] = field(default_factory=list)


@dataclass
class _Edit:
    update: Update
    entry: int                 # index of the entry in the page
    translation: str | None    # the new translation (None: unchanged)
    drop_previous: bool


def _error(update: Update, rule: str, message: str, hint: str) -> Finding:
    return Finding(update.file, update.line, 1, rule, message, f"{hint}; {NOTHING_WRITTEN}")


def _page_of(plan: EditionPlan, slug: str) -> PagePlan | None:
    return next((page for page in plan.pages if page.slug == slug), None)


def _unique(updates: list[Update], outcome: ImportOutcome) -> list[Update]:
    """One update per context: the same one twice is fine, two different ones are refused."""
    first: dict[str, Update] = {}
    kept = []
    for update in updates:
        seen = first.get(update.context)
        if seen is None:
            first[update.context] = update
            kept.append(update)
        elif (seen.source, seen.text, seen.reviewed, seen.draft) != (update.source, update.text,
                                                                       update.reviewed, update.draft):
            outcome.errors.append(_error(
                update, "exchange-duplicate", f"segment {update.context} is also at {seen.file}:{seen.line}, "
                "with a different translation or state", "keep one of the two entries"))
    return kept


def plan_import(plan: EditionPlan, language: str, updates: list[Update]) -> ImportOutcome:
    """What importing ``updates`` into ``docs/<language>/`` would write (nothing is written here)."""
    outcome = ImportOutcome(language, entries=len(updates))
    by_page: dict[str, list[Update]] = {}
    for update in _unique(updates, outcome):
        by_page.setdefault(split_context(update.context)[0], []).append(update)
    for slug, page_updates in by_page.items():
        page = _page_of(plan, slug)
        path = plan.language_dir(language) / f"{slug}.md"
        if page is None or not path.exists():
            where = f"docs/{language}/{slug}.md" if page is not None else f"page `{slug}` in data/pages.toml"
            for update in page_updates:
                outcome.errors.append(_error(
                    update, "exchange-unknown-segment", f"`{update.context}` names no segment: there is no {where}",
                    f"this file is not from this edition or language; {EXPORT_AGAIN}"))
            continue
        _plan_page(plan, language, page, path, page_updates, outcome)
    return outcome


def _plan_page(plan: EditionPlan, language: str, page: PagePlan, path: Path, updates: list[Update],
               outcome: ImportOutcome) -> None:
    shown = str(path.relative_to(plan.root))
    text = read_text(path, shown)
    result = align_page(plan, language, page, target_text=text)
    layout = page_layout(text)
    position = {id(entry): index for index, entry in enumerate(result.target.entries)}
    by_anchor: dict[str, AlignedSegment] = {item.segment.anchor: item for item in result.aligned
                                            if item.segment is not None}
    unclosed = [f for f in result.target.findings if f.rule == "block-unclosed"]
    errors_before = len(outcome.errors)
    edits: list[_Edit] = []
    for update in updates:
        anchor = split_context(update.context)[1]
        item = by_anchor.get(anchor)
        if item is None:
            outcome.errors.append(_error(
                update, "exchange-unknown-segment",
                f"`{update.context}` names no segment of {result.source_path}",
                f"the Japanese page changed since the file was exported: run `make sync`, then {EXPORT_AGAIN} "
                "and carry the translation over"))
            continue
        if item.entry is None:
            outcome.errors.append(_error(
                update, "exchange-unknown-segment",
                f"segment {anchor} ({result.source_path}:{item.segment.first_line if item.segment else 1}) "
                f"has no `/// source` block in {shown}",
                f"run `make sync` (it adds the block), then {EXPORT_AGAIN}"))
            continue
        entry = item.entry
        if update.source != entry.copy and comparison_key(update.source) != comparison_key(entry.copy):
            outcome.errors.append(_error(
                update, "exchange-source-changed",
                f"the Japanese of `{update.context}` is not the `/// source` copy at {shown}:{entry.line}",
                "the page changed since the file was exported: `make sync` if the Japanese changed, then "
                f"{EXPORT_AGAIN} and carry the translation over"))
            continue
        if unclosed:
            outcome.errors.append(_error(
                update, "exchange-page", f"{shown} has an unclosed block at line {unclosed[0].line}",
                "fix the page first (`make check` says how), then import again"))
            continue
        index = position[id(entry)]
        edit = _edit_for(update, item, layout.entries[index], index, layout, outcome)
        if edit is not None:
            edits.append(edit)
    if not edits or len(outcome.errors) > errors_before:
        return          # nothing to change, or refused: all or nothing
    new_text = _apply(layout, edits)
    wrong = _broken(text, layout, new_text, edits, shown)
    for edit in wrong:
        outcome.errors.append(_error(
            edit.update, "exchange-structure",
            f"the translation of `{edit.update.context}` would change the page beyond its translation",
            "a translation cannot hold a `///` block line, an unclosed code fence or block, or a waiver; "
            f"write those in {shown} itself"))
    if not wrong and new_text != text:
        _record(edits, outcome, new_text, path)


def _record(edits: list[_Edit], outcome: ImportOutcome, new_text: str, path: Path) -> None:
    outcome.pages[path] = new_text
    outcome.updated += sum(1 for edit in edits if edit.translation is not None)
    outcome.reviewed += sum(1 for edit in edits if edit.drop_previous)


def _edit_for(update: Update, item: AlignedSegment, where: EntryLayout, index: int, layout: PageLayout,
              outcome: ImportOutcome) -> _Edit | None:
    current = where.translation(layout.lines)
    new = update.text
    if not new:
        if current:
            outcome.notices.append(Finding(
                update.file, update.line, 1, "exchange-empty",
                f"`{update.context}` has no translation in the file; the English in the page is kept",
                "an import never deletes a translation: delete it in the page itself if it must go"))
        return None
    pending = item.status is SegmentStatus.OUTDATED or where.previous is not None
    if update.draft and not pending:
        if new != current:
            outcome.notices.append(Finding(
                update.file, update.line, 1, "exchange-fuzzy",
                f"`{update.context}` is marked fuzzy (needs work): its translation was not imported",
                "clear the fuzzy flag in the CAT tool when the translation is ready, then import again"))
        return None
    translation = new if new != current else None
    drop = update.reviewed and where.previous is not None
    if translation is not None and len(where.runs) > 1:
        outcome.errors.append(_error(
            update, "exchange-split",
            f"the translation of `{update.context}` is in {len(where.runs)} parts with notes or waivers between them",
            "edit this segment in the page itself (the file cannot say where the notes go)"))
        return None
    if translation is None and not drop:
        return None
    return _Edit(update, index, translation, drop)


def _apply(layout: PageLayout, edits: list[_Edit]) -> str:
    """The page with the edits applied, from the bottom up (line numbers above stay valid)."""
    changes: list[tuple[int, int, list[str]]] = []    # (start, end, replacement)
    lines = layout.lines
    for edit in edits:
        where = layout.entries[edit.entry]
        new_lines = edit.translation.split("\n") if edit.translation is not None else None
        if edit.drop_previous and where.previous is not None:
            start, end = where.previous.start, where.previous.end
            while end < len(lines) - 1 and not lines[end].strip():
                end += 1                  # the blank lines after it go with it
            if new_lines is not None and not where.runs and where.after_copy == where.previous.end:
                # a first translation goes where the previous copy was
                before = [""] if start > 0 and lines[start - 1].strip() else []
                after = [""] if end < len(lines) and lines[end].strip() else []
                changes.append((start, end, before + new_lines + after))
                continue
            changes.append((start, end, []))
        if new_lines is not None:
            if where.runs:
                changes.append((where.runs[0].start, where.runs[0].end, new_lines))
            else:
                at = where.after_copy
                follows = at < len(lines) and bool(lines[at].strip())
                changes.append((at, at, [""] + new_lines + ([""] if follows else [])))
    result = list(lines)
    for start, end, replacement in sorted(changes, key=lambda change: change[0], reverse=True):
        result[start:end] = replacement
    return "\n".join(result)


def _broken(old_text: str, old: PageLayout, new_text: str, edits: list[_Edit], shown: str) -> list[_Edit]:
    """The edits that change more than their translation (all of them if it cannot be told which)."""
    if _faithful(old_text, old, new_text, edits, shown):
        return []
    if len(edits) == 1:
        return edits
    alone = [edit for edit in edits if not _faithful(old_text, old, _apply(old, [edit]), [edit], shown)]
    return alone or edits


def _faithful(old_text: str, old: PageLayout, new_text: str, edits: list[_Edit], shown: str) -> bool:
    new = page_layout(new_text)
    if new.head != old.head or len(new.entries) != len(old.entries):
        return False
    by_entry = {edit.entry: edit for edit in edits}
    for index, (before, after) in enumerate(zip(old.entries, new.entries)):
        edit = by_entry.get(index)
        translation = before.translation(old.lines)
        kept = before.kept
        if edit is not None:
            if edit.translation is not None:
                translation = edit.translation
            if edit.drop_previous:
                kept = [part for part in kept if part[0] != "previous-source"]
        if (after.copy, after.closed, after.translation(new.lines), after.kept) != (before.copy, before.closed,
                                                                                 translation, kept):
            return False
    found = {(f.rule, f.message) for f in parse_target_page(old_text, shown).findings}
    return all((f.rule, f.message) in found for f in parse_target_page(new_text, shown).findings)


def write_pages(outcome: ImportOutcome) -> list[Path]:
    for path, text in outcome.pages.items():
        path.write_text(text, encoding="utf-8")
    return list(outcome.pages)
