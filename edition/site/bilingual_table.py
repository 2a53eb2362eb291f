"""One table with both languages in every cell, so that the rows of a source table and of its
translation can be compared (no MkDocs here).

A translated table segment keeps its two tables (shown in the 日本語-only and English-only views);
in the view with both languages the page shows this table instead (CSS), each cell holding the
Japanese above the English. Cells are read with the core's Markdown parser (markdown-it tokens) and
rendered with it; a pair whose shapes differ (rows × columns) gets no bilingual table (the table
checks report the difference).
"""

from __future__ import annotations

from html import escape

from edition.markdown.parser import parser

Cells = list[list[tuple[str, str]]]     # rows of (tag, inline Markdown)


def table_cells(markdown: str) -> Cells | None:
    """The cells of the first table in `markdown`, or None if it has none."""
    rows: Cells = []
    tag = ""
    seen = False
    for token in parser().parse(markdown):
        if token.type == "table_open":
            if seen:
                break
            seen = True
        elif token.type == "table_close":
            break
        elif token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            tag = token.tag
        elif token.type == "inline" and rows and tag:
            rows[-1].append((tag, token.content))
            tag = ""
        elif token.type in ("th_close", "td_close") and tag:     # an empty cell
            rows[-1].append((tag, ""))
            tag = ""
    return rows if seen else None


def _cell_html(markdown: str) -> str:
    return parser().renderInline(markdown) if markdown.strip() else ""


def bilingual_table(source_md: str, target_md: str, source_lang: str, target_lang: str) -> str | None:
    """The HTML table with both languages per cell, or None if the two tables differ in shape."""
    source, target = table_cells(source_md), table_cells(target_md)
    if not source or not target or [len(r) for r in source] != [len(r) for r in target]:
        return None
    # focusable: on a phone it may scroll sideways, and keyboard readers must be able to scroll it
    lines = ['<table class="edition-bilingual-table" tabindex="0">']
    for index, (source_row, target_row) in enumerate(zip(source, target)):
        if index == 0:
            lines.append("<thead>")
        cells = []
        for (tag, source_cell), (_, target_cell) in zip(source_row, target_row):
            source_html = f'<div class="edition-cell" lang="{escape(source_lang)}">{_cell_html(source_cell)}</div>'
            target_html = f'<div class="edition-cell" lang="{escape(target_lang)}">{_cell_html(target_cell)}</div>'
            cells.append(f"<{tag}>{source_html}{target_html}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
        if index == 0:
            lines.append("</thead>\n<tbody>")
    lines.append("</tbody>\n</table>")
    return "\n".join(lines)
