"""Visible text of Markdown: what a reader sees once the markup is removed.

Every character comes with the 1-based source line it was written on, so that a
difference can be reported as ``file:line``.

Visible: text, inline code, link text, image alt text, the text inside raw HTML,
and the numbers of ordered list items (a reader sees "2."). Not visible: the
markup itself (``#``, ``-``, ``|``, ``**``, link targets, HTML tags).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from markdown_it.token import Token

from edition.markdown.parser import tokens


@dataclass(frozen=True)
class TextRun:
    text: str
    line: int  # 1-based


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> str:
    extractor = _HTMLText()
    extractor.feed(html)
    extractor.close()
    return "".join(extractor.parts)


def visible_runs(markdown: str, first_line: int = 1) -> list[TextRun]:
    """Text runs of ``markdown`` in reading order; ``first_line`` is the line of its first line."""
    return runs_from_tokens(tokens(markdown), first_line)


def runs_from_tokens(tokens: Sequence[Token], first_line: int = 1) -> list[TextRun]:
    runs: list[TextRun] = []
    offset = first_line - 1
    for token in tokens:
        line = token.map[0] + 1 + offset if token.map else None
        if token.type == "list_item_open" and token.info:
            runs.append(TextRun(token.info + token.markup, line or first_line))
        elif token.type == "inline":
            runs.extend(_inline_runs(token.children or [], line or first_line))
        elif token.type in ("code_block", "fence"):
            runs.append(TextRun(token.content, line or first_line))
        elif token.type == "html_block":
            runs.append(TextRun(html_text(token.content), line or first_line))
    return runs


def _inline_runs(children: list[Token], line: int) -> list[TextRun]:
    runs = []
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            runs.append(TextRun("\n", line))
            line += 1
        elif child.type in ("text", "code_inline"):
            runs.append(TextRun(child.content, line))
        elif child.type == "html_inline":
            text = html_text(child.content)
            if text:
                runs.append(TextRun(text, line))
        elif child.type == "image":
            runs.append(TextRun(child.content, line))
    return runs


def visible_text(markdown: str) -> str:
    return "".join(run.text for run in visible_runs(markdown))


def block_texts(markdown: str) -> list[str]:
    """The visible text of each block (a paragraph, a heading, a table cell…), in reading order:
    for matching words, which must not run on from one cell into the next.

    >>> block_texts("| a | b |\\n|---|---|\\n| c | d |\\n")
    ['a', 'b', 'c', 'd']
    """
    return ["".join(run.text for run in runs_from_tokens([token])) for token in tokens(markdown)
            if token.type in ("inline", "code_block", "fence", "html_block")]


def significant_chars(runs: list[TextRun]) -> list[tuple[str, int]]:
    """The non-whitespace characters of the runs, each with its line."""
    return [(char, run.line) for run in runs for char in run.text if not char.isspace()]
