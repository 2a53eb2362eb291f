"""Tiny inline fixtures for rule tests: one source segment and one translation entry."""

from __future__ import annotations

from edition.checks.pairs import SegmentPair
from edition.checks.waivers import waivers_in
from edition.markdown.segments import segment_markdown
from edition.translation.page_format import TargetEntry


def pair(japanese: str, english: str, line: int = 10) -> SegmentPair:
    segment = segment_markdown(japanese)[0]
    entry = TargetEntry(japanese, line - 4, english, line)
    return SegmentPair("en", "docs/ja/p.md", "docs/en/p.md", segment, entry, waivers_in(english, line))
