"""Links of a Markdown page, read from parser tokens: what a citation points to, and where."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from edition.markdown.parser import tokens


@dataclass(frozen=True)
class Link:
    url: str
    line: int   # 1-based source line
    text: str   # the visible link text


def links_in_tokens(tokens: Sequence[Token], first_line: int = 1) -> list[Link]:
    found: list[Link] = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        line = token.map[0] + first_line
        children = token.children or []
        for index, child in enumerate(children):
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "link_open":
                text = []
                for inner in children[index + 1:]:
                    if inner.type == "link_close":
                        break
                    text.append(inner.content)
                found.append(Link(str(child.attrs.get("href", "")), line, "".join(text)))
    return found


def links_in(markdown: str, first_line: int = 1) -> list[Link]:
    """Every link target in ``markdown``: inline links, <autolinks> and bare URLs.

    >>> [(l.url, l.line) for l in links_in("a\\n\\n<https://e.org/x>\\n[t](http://e.org/y)")]
    [('https://e.org/x', 3), ('http://e.org/y', 4)]
    """
    return links_in_tokens(tokens(markdown), first_line)
