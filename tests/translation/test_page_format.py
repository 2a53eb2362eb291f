"""Reading translation pages (edition/translation/page_format.py): entries, notes, and bad input."""

from __future__ import annotations

import pytest

from edition.translation.page_format import NoteKind, parse_target_page

PAGE = """---
title: T
---

/// source
# 題
///

# Title

/// source
甲
///

A, first line.

A, second paragraph.

/// translator-note
Context.
///

/// erratum
    says: 甲
    means: 乙
    source_note: 原文ママ
Why.
///

/// update
    date: 2023-03-31
    source: https://www.soumu.go.jp/menu_news/kaiken/01koho01_02001225.html
What happened.
///
"""


def test_entries_translations_and_notes():
    page = parse_target_page(PAGE, "docs/en/p.md")
    assert page.findings == []
    assert [e.copy for e in page.entries] == ["# 題", "甲"]
    assert page.entries[0].translation == "# Title" and page.entries[0].line == 5
    second = page.entries[1]
    assert second.translation == "A, first line.\n\nA, second paragraph."
    assert [n.kind for n in second.notes] == [NoteKind.TRANSLATOR_NOTE, NoteKind.ERRATUM, NoteKind.UPDATE]
    assert second.notes[1].options == {"says": "甲", "means": "乙", "source_note": "原文ママ"}
    assert second.notes[2].options["date"] == "2023-03-31" and second.notes[2].body == "What happened."


@pytest.mark.parametrize("text, rule, line, hint", [
    ("/// source\n甲\n///\n\nA\n\n/// translator-note\nnever closed\n",
     "block-unclosed", 7, "add a line `///`"),
    ("/// source\n甲\n///\n\nA\n\n/// translators-note\nx\n///\n",
     "note-kind", 7, "translator-note, erratum, update"),
    ("/// source\n甲\n///\n\nA\n\n/// update\n    date: 2023-01-01\nx\n///\n",
     "note-options", 7, "    source: …"),
    ("/// source\n甲\n///\n\nA\n\n/// erratum\n    says: [unclosed\nx\n///\n",
     "note-options", 8, "key: value"),
    ("Stray text\n\n/// source\n甲\n///\n", "segment-outside", 1, "move it after"),
])
def test_bad_input_is_a_finding_with_file_line_and_hint(text, rule, line, hint):
    page = parse_target_page(text, "docs/en/p.md")
    assert [(f.path, f.rule, f.line) for f in page.findings] == [("docs/en/p.md", rule, line)]
    assert hint in page.findings[0].hint


def test_front_matter_shifts_reported_lines():
    page = parse_target_page("---\ntitle: x\n---\n\n/// source\n甲\n///\n\n/// nonsense\n///\n", "p.md")
    assert [(f.rule, f.line) for f in page.findings] == [("note-kind", 9)]


def test_a_source_block_left_open_mid_page_is_unclosed_at_its_opening_line():
    # before: read as one block swallowing the next segment, reported as segment-orphan
    # with a hint to delete the segment (and its English)
    text = "/// source\n甲\n\nA.\n\n/// source\n乙\n///\n\nB.\n"
    page = parse_target_page(text, "docs/en/p.md")
    assert [f.format() for f in page.findings] == [
        "docs/en/p.md:1:1: [block-unclosed] the `/// source` block opened here is never closed — add a line "
        "`///` right after the Japanese copy, before the translation; nothing else needs to change"]
    assert [(e.line, e.closed) for e in page.entries] == [(1, False), (6, True)]
    assert page.entries[1].copy == "乙" and page.entries[1].translation == "B."
