"""Split a Markdown page into its YAML front matter and body, keeping line numbers.

MkDocs' convention: the page starts with a line ``---``, the YAML follows, and a
line ``---`` (or ``...``) closes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


@dataclass(frozen=True)
class PageSource:
    meta: dict = field(default_factory=dict)
    body: str = ""
    body_start_line: int = 1  # 1-based line of the body's first line in the file


@lru_cache(maxsize=256)
def split_front_matter(text: str) -> PageSource:
    """(cached; treat the result as read-only)"""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return PageSource({}, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n") in ("---", "..."):
            meta = yaml.load("".join(lines[1:index]), Loader=SafeLoader) or {}
            if not isinstance(meta, dict):
                meta = {}
            return PageSource(meta, "".join(lines[index + 1 :]), index + 2)
    return PageSource({}, text, 1)
