"""sync: give a translation page every segment of its source page, losing nothing.

- a missing segment gets its `/// source` copy and an empty translation;
- an outdated one gets the new copy, and a `/// previous-source` block keeps the copy
  the English was made from (unless one is already there), for review;
- existing English, notes and orphans are kept as written (orphans stay next to
  the entry they followed);
- the page is written in source order; running sync twice changes nothing.
"""

from __future__ import annotations

from .alignment import SegmentStatus
from .segments import comparison_key
from .target_page import PREVIOUS_BLOCK, SOURCE_BLOCK, TargetEntry
from .translation import PageAlignment


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
