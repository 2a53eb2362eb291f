"""table-shape / table-cell-number: a table stays a table, cell for cell.

The translation of a table segment is a table with the same rows (header included)
and columns, and each Japanese cell's numbers and dates are in the matching cell.
"""

from __future__ import annotations

from edition.checks.pairs import SegmentPair
from edition.checks.quantities_rule import missing_in
from edition.findings import Finding
from edition.markdown.parser import tokens
from edition.markdown.segments import SegmentKind

Table = list[tuple[int, list[str]]]  # rows: (0-based line, cells' Markdown source)


def tables_in(markdown: str) -> list[Table]:
    tables: list[Table] = []
    row: list[str] = []
    for token in tokens(markdown):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
            tables[-1].append((token.map[0] if token.map else 0, row))
        elif token.type == "inline" and tables and token.level >= 3:
            row.append(token.content)
    return tables


def check_pair(pair: SegmentPair) -> list[Finding]:
    if pair.segment.kind is not SegmentKind.TABLE:
        return []
    source = tables_in(pair.segment.markdown)[0]
    targets = tables_in(pair.entry.translation)
    hint = "keep every row and column of the Japanese table, the header and empty cells included"
    if not targets:
        return [Finding(pair.target_path, pair.line, 1, "table-shape",
                        f"segment {pair.segment.anchor} is a table; its translation has no table", hint)]
    target = targets[0]
    shape = (len(source), len(source[0][1]))
    found = (len(target), len(target[0][1]) if target else 0)
    if shape != found:
        return [Finding(pair.target_path, pair.line, 1, "table-shape",
                        f"the Japanese table has {shape[0]} rows × {shape[1]} columns, "
                        f"the translation {found[0]} × {found[1]}", hint)]
    findings = []
    first_line = pair.entry.translation_line or pair.entry.line
    for r, ((_, source_row), (row_line, target_row)) in enumerate(zip(source, target), 1):
        for c, (source_cell, target_cell) in enumerate(zip(source_row, target_row), 1):
            for missing in missing_in(source_cell, target_cell):
                findings.append(Finding(
                    pair.target_path, first_line + row_line, 1, "table-cell-number",
                    f"row {r}, column {c}: {missing} of the Japanese cell is not in the translated cell",
                    "translate the cell with the same values, in the same row and column, or waive it: "
                    f"<!-- waive table-cell-number {missing.replace('date ', '')}: reason -->",
                    missing.replace("date ", "")))
    return findings
