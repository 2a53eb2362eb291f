"""Errata against the segment they correct (the errata policy, CONTRIBUTING.md).

- erratum-says: an erratum's `says` is what the Japanese segment reads, as transcribed. Compared on
  the segment's visible text (markup removed) and its link targets, without whitespace, as the
  fidelity check compares the pages with the transcript: the transcript's line breaks fall inside
  words (マイナ / バー). A `says` with one character changed, or quoting the correction, is a finding.
- erratum-sic: "[sic]" stands in a translation where the policy puts it. An erratum whose error shows
  in the translation and whose correction is probable (confidence medium or low) has a "[sic]" in the
  translation of its segment; a "[sic]" that no such erratum explains (none in the segment, or only
  errata with `in_translation: none`, whose error changes nothing in the translation) is a finding.
  A certain correction is translated as meant: the rule asks nothing of it.

>>> compact("マイナ\\nバー　として")
'マイナバーとして'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from edition.findings import Finding
from edition.markdown.links import links_in
from edition.markdown.segments import Segment
from edition.markdown.visible_text import block_texts, visible_runs
from edition.translation.alignment import PageAlignment
from edition.translation.page_format import PROBABLE, Counterpart, Note, NoteKind, TargetEntry
from edition.translation.pairing import SegmentStatus

SIC = "[sic]"
NEAR_ENOUGH = 0.6    # a passage of the segment this close to `says` is named in the hint


def compact(text: str) -> str:
    """The text without whitespace (full-width spaces and line breaks included)."""
    return "".join(text.split())


def check_page(result: PageAlignment) -> list[Finding]:
    """Every erratum of a translation page against its Japanese segment (orphans have none)."""
    return [finding for item in result.aligned
            if item.segment is not None and item.entry is not None and item.status is not SegmentStatus.ORPHAN
            for finding in check_entry(item.segment, item.entry, result.target_path)]


def check_entry(segment: Segment, entry: TargetEntry, path: str) -> list[Finding]:
    errata = [note for note in entry.notes if note.kind is NoteKind.ERRATUM]
    return [*_says_findings(segment, errata, path), *_sic_findings(segment, entry, errata, path)]


def _says_findings(segment: Segment, errata: list[Note], path: str) -> Iterator[Finding]:
    text = compact("".join(block_texts(segment.markdown)))
    urls = [link.url for link in links_in(segment.markdown)]
    for note in errata:
        says = str(note.options.get("says", "")).strip()
        if not says or compact(says) in text or any(says in url for url in urls):
            continue     # a missing `says` is note-options' finding
        near = (_nearest(says, urls) if says.startswith(("http://", "https://"))
                else _nearest(compact(says), _windows(text, len(compact(says)))))
        yield Finding(path, note.option_line("says"), 5, "erratum-says",
                      f"the erratum's `says: {says}` is not in the Japanese of segment {segment.anchor}",
                      "copy the exact transcribed form from the Japanese segment (its `/// source` copy), "
                      "error included: `says` is what the transcript reads, `means` the correction"
                      + (f"; the segment reads 「{near}」" if near else ""))


def _windows(text: str, size: int) -> list[str]:
    return [text[start:start + size] for start in range(max(len(text) - size + 1, 1))]


def _nearest(wanted: str, candidates: list[str]) -> str:
    scored = [(difflib.SequenceMatcher(None, wanted, candidate, autojunk=False).ratio(), candidate)
              for candidate in candidates]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= NEAR_ENOUGH else ""


def _sic_findings(segment: Segment, entry: TargetEntry, errata: list[Note], path: str) -> Iterator[Finding]:
    if not entry.is_translated:
        return
    shown = [note for note in errata if note.counterpart is Counterpart.SHOWN]
    sic_lines = [run.line for run in visible_runs(entry.translation, entry.translation_line) if SIC in run.text]
    if sic_lines and not shown:
        why = ("its only errata have `in_translation: none`: nothing in the translation is wrong" if errata
               else "it has no erratum")
        yield Finding(path, sic_lines[0], 1, "erratum-sic",
                      f"the translation of segment {segment.anchor} marks {SIC}, but {why}",
                      f"delete the {SIC}; if the translation does show an error of the transcript, give it an "
                      "erratum (without `in_translation: none`)")
    probable = [note for note in shown if str(note.options.get("confidence", "")).strip() in PROBABLE]
    if probable and not sic_lines:
        note = probable[0]
        confidence = str(note.options.get("confidence", "")).strip()
        yield Finding(path, note.line, 1, "erratum-sic",
                      f"the erratum `says: {note.options.get('says', '')}` (confidence: {confidence}) is probable, "
                      f"but the translation of segment {segment.anchor} has no {SIC}",
                      f"translate what is written and add {SIC} at the exact place; if the correction is certain, "
                      "say `confidence: high` and translate what is meant; if the error has no counterpart in the "
                      "translation (a kana variant, a simplified character), add `in_translation: none`")
