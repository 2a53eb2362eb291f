"""Alignment: pair each translation entry with the source segment it translates.

Like msgmerge, order-aware: the longest common run of identical copies pairs first
(so identical segments that occur twice pair by position); an entry whose copy no
longer matches pairs with the changed segment in the same place (*outdated*, with
a diff); a copy found elsewhere pairs with its moved segment. What is left is
*untranslated* (a source segment without an entry) or *orphan* (an entry whose copy
matches nothing). Whitespace-only differences do not count.

>>> from edition.markdown.segments import segment_markdown
>>> from edition.translation.page_format import TargetEntry
>>> source = segment_markdown("甲\\n\\n乙\\n")
>>> [r.status.value for r in align(source, [TargetEntry("乙 ", 1, "B")])]
['untranslated', 'translated']
"""

from __future__ import annotations

import difflib
from collections import deque
from dataclasses import dataclass
from enum import Enum

from edition.markdown.segments import Segment, comparison_key
from edition.translation.page_format import TargetEntry

SIMILAR_ENOUGH = 0.5   # an edited segment still resembles its old copy this much


class SegmentStatus(str, Enum):
    TRANSLATED = "translated"
    OUTDATED = "outdated"
    UNTRANSLATED = "untranslated"
    ORPHAN = "orphan"


@dataclass
class AlignedSegment:
    status: SegmentStatus
    segment: Segment | None          # None for an orphan
    entry: TargetEntry | None        # None when the source segment has no entry
    diff: str = ""                   # for outdated: the copy against the current source


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _pair(source_keys: list[str], target_keys: list[str]) -> dict[int, int]:
    """target index -> source index."""
    pairs: dict[int, int] = {}
    # common head and tail pair by position (linear); only the middle needs a diff
    head = 0
    while head < min(len(source_keys), len(target_keys)) and source_keys[head] == target_keys[head]:
        pairs[head] = head
        head += 1
    tail = 0
    while (tail < min(len(source_keys), len(target_keys)) - head
           and source_keys[-1 - tail] == target_keys[-1 - tail]):
        pairs[len(target_keys) - 1 - tail] = len(source_keys) - 1 - tail
        tail += 1
    middle_source = source_keys[head:len(source_keys) - tail]
    middle_target = target_keys[head:len(target_keys) - tail]
    matcher = difflib.SequenceMatcher(None, middle_source, middle_target, autojunk=False)
    for tag, i1, i2, j1, j2 in _shifted(matcher.get_opcodes(), head):
        if tag == "equal":
            pairs.update({j1 + k: i1 + k for k in range(i2 - i1)})
        elif tag == "replace":  # edited in place: pair by resemblance, keeping order
            last = i1 - 1
            for j in range(j1, j2):
                scored = [(similarity(source_keys[i], target_keys[j]), i) for i in range(last + 1, i2)]
                best = max(scored, default=(0.0, -1))
                if best[0] >= SIMILAR_ENOUGH:
                    pairs[j] = last = best[1]
    # moved: an identical copy elsewhere (the first free one, in order)
    taken = set(pairs.values())
    free: dict[str, deque[int]] = {}
    for i, key in enumerate(source_keys):
        if i not in taken:
            free.setdefault(key, deque()).append(i)
    for j, key in enumerate(target_keys):
        if j not in pairs and free.get(key):
            pairs[j] = free[key].popleft()
    return pairs


def _shifted(opcodes, offset: int):
    for tag, i1, i2, j1, j2 in opcodes:
        yield tag, i1 + offset, i2 + offset, j1 + offset, j2 + offset


def _diff(old: str, new: str) -> str:
    return "\n".join(difflib.unified_diff(old.split("\n"), new.split("\n"), "translated from",
                                          "current source", lineterm=""))


def align(segments: list[Segment], entries: list[TargetEntry]) -> list[AlignedSegment]:
    """Every source segment in source order, then every orphan entry."""
    pairs = _pair([s.key for s in segments], [comparison_key(e.copy) for e in entries])
    by_source = {i: j for j, i in pairs.items()}
    result: list[AlignedSegment] = []
    for i, segment in enumerate(segments):
        j = by_source.get(i)
        if j is None:
            result.append(AlignedSegment(SegmentStatus.UNTRANSLATED, segment, None))
            continue
        entry = entries[j]
        base = entry.previous if entry.previous is not None else entry.copy
        if not entry.is_translated:
            result.append(AlignedSegment(SegmentStatus.UNTRANSLATED, segment, entry))
        elif comparison_key(base) != segment.key or comparison_key(entry.copy) != segment.key:
            result.append(AlignedSegment(SegmentStatus.OUTDATED, segment, entry,
                                         _diff(base, segment.markdown)))
        else:
            result.append(AlignedSegment(SegmentStatus.TRANSLATED, segment, entry))
    result += [AlignedSegment(SegmentStatus.ORPHAN, None, entries[j])
               for j in range(len(entries)) if j not in pairs]
    return result
