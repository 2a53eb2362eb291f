"""Segments: the units a translation is pinned to.

A page is cut where Markdown cuts it (markdown-it-py's top-level block tokens):
one heading, one paragraph, one whole list, one whole table, one raw HTML block.
A **citation** is a run of paragraphs that opens with 【…】 and ends with the
paragraph that holds the cited URL as its own text, or a paragraph that is only a
URL; it stays one segment, so a slide's source never drifts from its slide.

Invariant (tested on every real page): the segments' source lines, in order,
cover every non-blank line of the page body exactly once.

>>> [(s.kind.value, s.first_line) for s in segment_markdown("# 題\\n\\n本文\\n\\n- a\\n- b\\n")]
[('heading', 1), ('paragraph', 3), ('list', 5)]
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from markdown_it.token import Token

from edition.markdown.links import links_in_tokens
from edition.markdown.parser import tokens
from edition.markdown.visible_text import runs_from_tokens


class SegmentKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST = "list"
    TABLE = "table"
    CITATION = "citation"
    HTML = "html"
    CODE = "code"


BLOCK_KINDS = {
    "heading_open": SegmentKind.HEADING,
    "paragraph_open": SegmentKind.PARAGRAPH,
    "bullet_list_open": SegmentKind.LIST,
    "ordered_list_open": SegmentKind.LIST,
    "table_open": SegmentKind.TABLE,
    "html_block": SegmentKind.HTML,
    "fence": SegmentKind.CODE,
    "code_block": SegmentKind.CODE,
    "blockquote_open": SegmentKind.PARAGRAPH,
    "hr": SegmentKind.PARAGRAPH,
}

CITATION_MAX_PARAGRAPHS = 5


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    markdown: str      # the exact source lines of the segment
    first_line: int    # 1-based, in the file
    last_line: int
    anchor: str = ""   # stable id, the same on every language's page
    heading_level: int = 0

    @property
    def key(self) -> str:
        return comparison_key(self.markdown)


def comparison_key(markdown: str) -> str:
    """What two copies of a segment are compared on: whitespace differences do not count."""
    return " ".join(markdown.split())


@dataclass
class _Block:
    kind: SegmentKind
    start: int   # 0-based line in body, inclusive
    end: int     # exclusive
    tokens: list[Token]
    heading_level: int = 0


def _top_level_blocks(tokens: Sequence[Token]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for token in tokens:
        if token.level == 0 and token.nesting >= 0 and token.type in BLOCK_KINDS and token.map:
            level = int(token.tag[1]) if token.type == "heading_open" else 0
            current = _Block(BLOCK_KINDS[token.type], token.map[0], token.map[1], [token], level)
            blocks.append(current)
        elif current is not None:
            current.tokens.append(token)
    return blocks


def _visible(block: _Block) -> str:
    return "".join("".join(run.text for run in runs_from_tokens(block.tokens)).split())


def _ends_with_url(block: _Block) -> bool:
    """The paragraph's visible text ends with a link whose text is a URL."""
    links = links_in_tokens(block.tokens)
    if block.kind is not SegmentKind.PARAGRAPH or not links:
        return False
    text = "".join(links[-1].text.split())
    return text.startswith(("http://", "https://")) and _visible(block).endswith(text)


def _is_url_only(block: _Block) -> bool:
    links = links_in_tokens(block.tokens)
    return _ends_with_url(block) and len(links) == 1 and _visible(block) == "".join(links[0].text.split())


def _starts_citation(block: _Block) -> bool:
    return block.kind is SegmentKind.PARAGRAPH and _visible(block).startswith("【")


def _run_at(blocks: list[_Block], index: int) -> list[_Block]:
    """The blocks of one segment starting at ``index``: a citation run, or one block."""
    first = blocks[index]
    if _starts_citation(first) and not _ends_with_url(first):
        run = [first]
        for follower in blocks[index + 1: index + CITATION_MAX_PARAGRAPHS]:
            if follower.kind is not SegmentKind.PARAGRAPH:
                break
            run.append(follower)
            if _ends_with_url(follower):
                return run
    return [first]


def _kind_of(run: list[_Block]) -> SegmentKind:
    if len(run) > 1 or _is_url_only(run[0]) or (_starts_citation(run[0]) and _ends_with_url(run[0])):
        return SegmentKind.CITATION
    return run[0].kind


def segment_markdown(body: str, first_line: int = 1) -> list[Segment]:
    """Cut a page body into segments; ``first_line`` is the file line of the body's first line."""
    lines = body.split("\n")
    blocks = _top_level_blocks(tokens(body))
    segments: list[Segment] = []
    seen: dict[str, int] = {}
    index = 0
    while index < len(blocks):
        group = _run_at(blocks, index)
        index += len(group)
        start, end = group[0].start, group[-1].end
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1  # a list's map runs over the blank lines after it
        kind = _kind_of(group)
        markdown = "\n".join(lines[start:end])
        key = comparison_key(markdown)
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
        seen[digest] = seen.get(digest, 0) + 1
        anchor = f"s-{digest}" if seen[digest] == 1 else f"s-{digest}-{seen[digest]}"
        segments.append(Segment(kind, markdown, start + first_line, end - 1 + first_line,
                                anchor, group[0].heading_level))
    return segments
