"""Which lines of a translation page each segment's translation owns (for a line-exact import).

``parse_target_page`` says *what* a segment holds (copy, translation, notes); an import must also
know *where*, to replace the translation and nothing else. This module reads the page with the
same core function (``top_level_items``: markdown-it-py block tokens with their lines) and the same
rules: a ``/// source`` block opens an entry; ``/// previous-source`` and note blocks belong to it;
every other top-level item is its translation, except a waiver comment (``<!-- waive … -->``),
which the page keeps where it is (a waiver is a decision about the page, not translation text).

A translation is its runs of lines: consecutive translation items with only blank lines between
them are one run, so the text is exactly the page's lines, blank lines included. Every segment of
the real edition has one run (translation, then waivers, then notes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.markdown.blocks import top_level_items
from edition.markdown.front_matter import split_front_matter
from edition.markdown.parser import tokens
from edition.markdown.waiver_syntax import WAIVER
from edition.translation.page_format import NOTE_BLOCKS, PREVIOUS_BLOCK, SOURCE_BLOCK, item_role


@dataclass(frozen=True)
class Span:
    """Lines ``start`` to ``end`` (0-based indexes into ``text.split("\\n")``, end exclusive)."""
    start: int
    end: int


@dataclass
class EntryLayout:
    copy: str                     # the `/// source` copy, as parse_target_page reads it
    header: int                   # 0-based line of the `/// source` header
    closed: bool
    after_copy: int               # the line after the copy's closing `///` (and after a
                                  # `/// previous-source` right after it): where a new translation goes
    previous: Span | None = None  # the `/// previous-source` block
    runs: list[Span] = field(default_factory=list)                  # the translation
    kept: list[tuple[str, str]] = field(default_factory=list)       # (kind, text) of what it does not own:
                                                                    # previous copy, notes, waivers, in order

    def translation(self, lines: list[str]) -> str:
        """The translation as written: its runs, joined by a blank line ("" = none)."""
        return "\n\n".join("\n".join(lines[run.start:run.end]) for run in self.runs)


@dataclass
class PageLayout:
    lines: list[str]              # text.split("\n"): joining them with "\n" gives the page back
    head: str                     # front matter and anything before the first `/// source`
    entries: list[EntryLayout]


def _is_waiver(text: str) -> bool:
    found = tokens(text)
    return (len(found) == 1 and found[0].type == "html_block"
            and WAIVER.match(found[0].content.strip()) is not None)


def _trimmed(lines: list[str], start: int, end: int) -> int:
    """``end`` without the blank lines before it (a list's line map runs over the blanks after it)."""
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def page_layout(text: str) -> PageLayout:
    source = split_front_matter(text)
    lines = text.split("\n")
    shift = source.body_start_line - 1          # body line 0 is file line index `shift`
    entries: list[EntryLayout] = []
    first_entry = len(lines)
    open_run: list[int] | None = None           # [start, end] of the run being read

    def close_run() -> None:
        nonlocal open_run
        if open_run is not None:
            entries[-1].runs.append(Span(open_run[0], open_run[1]))
            open_run = None

    for item in top_level_items(source.body):
        start, end = item.start + shift, _trimmed(lines, item.start + shift, item.end + shift)
        block, role = item.block, item_role(item)
        if block is not None and role == SOURCE_BLOCK:
            if entries:
                close_run()
            else:
                first_entry = start
            closer = min(block.closer + shift, len(lines) - 1)
            entries.append(EntryLayout("\n".join(block.raw_content).strip("\n"), start, block.closed,
                                       closer + 1))
            continue
        if not entries or end <= start:
            continue
        entry = entries[-1]
        item_text = "\n".join(lines[start:end])
        if block is not None and role == PREVIOUS_BLOCK:
            close_run()
            entry.previous = Span(start, end)
            entry.kept.append((PREVIOUS_BLOCK, item_text))
            if not entry.runs and not entry.kept[:-1]:
                entry.after_copy = min(block.closer + shift, len(lines) - 1) + 1
        elif role in NOTE_BLOCKS:
            close_run()
            entry.kept.append((role, item_text))
        elif block is not None or not _is_waiver(item_text):   # translation; a waiver stays put
            if open_run is None:
                open_run = [start, end]
            else:
                open_run[1] = end
        else:
            close_run()
            entry.kept.append(("waiver", item_text))
    if entries:
        close_run()
    head = "\n".join(lines[:first_entry])
    return PageLayout(lines, head, entries)
