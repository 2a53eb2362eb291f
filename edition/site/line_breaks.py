"""The slide's line breaks inside a segment, shown as line breaks.

The transcript keeps the lines of the slides: an item's title and its explanation on two lines, a
text box that wraps in the middle of a word (医療分野等にお／いて). Markdown reads a single line break
as a space, so a browser ran the title into its explanation and put a space inside Japanese words,
which readers then copied. One rule, for both languages: a line break inside a segment's paragraph or
list item is shown as a line break (``<br>``), never as a space. The text itself is unchanged, so
the fidelity proof is too; notes and everything the edition adds around a segment keep their prose.

No MkDocs here: the render hook passes the page's HTML.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

SEGMENT = ".edition-segment"
TEXT_BLOCKS = ("p", "li", "dd", "dt")
NESTED_BLOCKS = {"p", "li", "ul", "ol", "div", "table", "blockquote", "details", "dl", "dd", "dt", "pre"}
APPARATUS = {"edition-notes", "edition-source-note", "edition-url-erratum", "edition-intro", "edition-added",
             "edition-permalink", "edition-status-notice"}


def show_line_breaks(html: str) -> str:
    """``html`` with each line break inside a segment's text shown as ``<br>``; unchanged if there is none."""
    if "edition-segment" not in html or "\n" not in html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    changed = 0
    for block in soup.select(", ".join(f"{SEGMENT} {name}" for name in TEXT_BLOCKS)):
        if not _is_apparatus(block):
            for run in _inline_runs(block):
                changed += _break_run(soup, run)
    return str(soup) if changed else html


def _is_apparatus(block: Tag) -> bool:
    for ancestor in [block, *block.parents]:
        if set(ancestor.get("class") or []) & APPARATUS:
            return True
        if "edition-segment" in (ancestor.get("class") or []):
            return False
    return True


def _inline_runs(block: Tag) -> list[list[NavigableString]]:
    """The block's text nodes, in runs that nested blocks (a sub-list, a paragraph in an item) separate."""
    runs: list[list[NavigableString]] = [[]]

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                if child.name in NESTED_BLOCKS:
                    runs.append([])
                elif child.name != "br":
                    walk(child)
            elif isinstance(child, NavigableString) and type(child) is NavigableString:
                runs[-1].append(child)
    walk(block)
    return [run for run in runs if run]


def _break_run(soup: BeautifulSoup, run: list[NavigableString]) -> int:
    texts = [str(node) for node in run]
    changed = 0
    for position, node in enumerate(run):
        text = texts[position]
        if "\n" not in text:
            continue
        lines = text.split("\n")
        pieces: list[str | Tag] = [lines[0]]
        for index, line in enumerate(lines[1:], 1):
            before = "\n".join(lines[:index]).strip() or any(t.strip() for t in texts[:position])
            after = "\n".join(lines[index:]).strip() or any(t.strip() for t in texts[position + 1:])
            if before and after:
                pieces.append(soup.new_tag("br"))
                changed += 1
                pieces.append(line)
            else:
                pieces[-1] = f"{pieces[-1]}\n{line}" if isinstance(pieces[-1], str) else line
        if any(isinstance(piece, Tag) for piece in pieces):
            for piece in pieces:
                if isinstance(piece, Tag) or piece:
                    node.insert_before(piece if isinstance(piece, Tag) else NavigableString(piece))
            node.extract()
    return changed
