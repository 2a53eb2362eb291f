"""The unit most rules look at: one source segment and its translation entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from edition.checks.waivers import Waiver, waivers_in
from edition.markdown.segments import Segment
from edition.markdown.visible_text import block_texts
from edition.translation.alignment import PageAlignment
from edition.translation.page_format import TargetEntry
from edition.translation.pairing import SegmentStatus


@dataclass
class SegmentPair:
    language: str
    source_path: str
    target_path: str
    segment: Segment
    entry: TargetEntry
    waivers: list[Waiver] = field(default_factory=list)

    @cached_property
    def source_text(self) -> str:
        """The visible text of the Japanese, one line per block (read once, shared by the rules)."""
        return "\n".join(block_texts(self.segment.markdown))

    @cached_property
    def target_text(self) -> str:
        """The visible text of the translation, one line per block."""
        return "\n".join(block_texts(self.entry.translation))

    @property
    def line(self) -> int:
        """Where a finding about the translation points: its first line, else the copy."""
        return self.entry.translation_line or self.entry.line


def translated_pairs(result: PageAlignment) -> list[SegmentPair]:
    pairs = []
    for item in result.aligned:
        if item.status in (SegmentStatus.TRANSLATED, SegmentStatus.OUTDATED) and item.segment and item.entry:
            entry = item.entry
            pairs.append(SegmentPair(result.language, result.source_path, result.target_path, item.segment,
                                     entry, waivers_in(entry.translation, entry.translation_line or entry.line)))
    return pairs
