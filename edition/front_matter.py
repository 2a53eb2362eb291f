"""Split a Markdown page into its YAML front matter and body, keeping line numbers.

MkDocs' convention: the page starts with a line ``---``, the YAML follows, and a
line ``---`` (or ``...``) closes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml


@dataclass
class PageSource:
    meta: dict = field(default_factory=dict)
    body: str = ""
    body_start_line: int = 1  # 1-based line of the body's first line in the file


def split_front_matter(text: str) -> PageSource:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return PageSource({}, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in ("---", "..."):
            meta = yaml.safe_load("".join(lines[1:index])) or {}
            if not isinstance(meta, dict):
                meta = {}
            return PageSource(meta, "".join(lines[index + 1 :]), index + 2)
    return PageSource({}, text, 1)
