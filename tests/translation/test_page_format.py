"""Reading translation pages (edition/translation/page_format.py): entries, notes, and bad input."""

from __future__ import annotations

import pytest

from edition.translation.page_format import Counterpart, NoteKind, parse_target_page

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
    title: "What the context is"
Context.
///

/// erratum
    says: 甲
    means: 乙
    source_note: 原文ママ
    confidence: high
Why.
///

/// update
    date: 2023-03-31
    source: https://www.soumu.go.jp/menu_news/kaiken/01koho01_02001225.html
    title: "What happened on 31 March 2023"
    title_ja: "2023年3月31日の出来事"
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
    assert second.notes[1].options == {"says": "甲", "means": "乙", "source_note": "原文ママ", "confidence": "high"}
    assert second.notes[0].title == "What the context is" and second.notes[2].title_ja == "2023年3月31日の出来事"
    assert second.notes[2].options["date"] == "2023-03-31" and second.notes[2].body == "What happened."


@pytest.mark.parametrize("text, rule, line, hint", [
    ("/// source\n甲\n///\n\nA\n\n/// translator-note\nnever closed\n",
     "block-unclosed", 7, "add a line `///`"),
    ("/// source\n甲\n///\n\nA\n\n/// translators-note\n    title: T\nx\n///\n",
     "note-kind", 7, "translator-note, erratum, update"),
    ("/// source\n甲\n///\n\nA\n\n/// update\n    date: 2023-01-01\n    title: T\n    title_ja: 題\nx\n///\n",
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


TITLED = "/// source\n甲\n///\n\nA\n\n"


@pytest.mark.parametrize("note, message, hint", [
    ("/// translator-note\nContext.\n///\n", "has no `title` (English)", 'add a line `    title: "…"`'),
    ("/// update\n    date: 2024-12-02\n    source: https://www.mhlw.go.jp/x\n    title: Event\nBody.\n///\n",
     "has no `title_ja` (Japanese)", "at most about 30 characters"),
    ("/// translator-note\n    title: " + " ".join(["word"] * 17) + "\nContext.\n///\n",
     "has 17 words (at most 16)", "about 12 words"),
    ("/// update\n    date: 2024-12-02\n    source: https://www.mhlw.go.jp/x\n    title: Event\n    title_ja: "
     + "長" * 41 + "\nBody.\n///\n", "has 41 characters (at most 40)", "about 30 characters"),
])
def test_a_note_without_a_title_or_with_a_paragraph_for_one_is_a_finding_at_its_header(note, message, hint):
    """A folded note shows only its kind, date and title: the title is required, and short."""
    page = parse_target_page(TITLED + note, "docs/en/p.md")
    assert [(f.rule, f.line) for f in page.findings] == [("note-title", 7)]
    assert message in page.findings[0].message and hint in page.findings[0].hint


def test_an_erratum_needs_a_known_confidence():
    erratum = "/// erratum\n    says: 甲\n    means: 乙\n{}Why.\n///\n"
    missing = parse_target_page(TITLED + erratum.format(""), "docs/en/p.md")
    assert [(f.rule, f.line) for f in missing.findings] == [("note-options", 7)]
    assert "`confidence`" in missing.findings[0].message
    unknown = parse_target_page(TITLED + erratum.format("    confidence: sure\n"), "docs/en/p.md")
    assert [(f.rule, f.line) for f in unknown.findings] == [("note-options", 7)]
    assert "high, medium or low" in unknown.findings[0].hint
    known = parse_target_page(TITLED + erratum.format("    confidence: medium\n"), "docs/en/p.md")
    assert known.findings == []


def test_archived_names_only_the_notes_own_sources():
    note = ('/// translator-note\n    title: T\n    archived: ["https://a.example/x"{}]\n'
            'See [A, the page](https://a.example/x).\n///\n')
    assert parse_target_page(TITLED + note.format(""), "docs/en/p.md").findings == []
    page = parse_target_page(TITLED + note.format(', "https://b.example/y"'), "docs/en/p.md")
    assert [(f.rule, f.line) for f in page.findings] == [("note-options", 7)]
    assert "`https://b.example/y`, which the note does not cite" in page.findings[0].message


def test_each_note_option_keeps_its_own_line():
    """A finding about one option (an erratum's `says`) points at that option's line, not the header."""
    erratum = next(note for entry in parse_target_page(PAGE, "docs/en/p.md").entries for note in entry.notes
                   if note.kind is NoteKind.ERRATUM)
    lines = PAGE.split("\n")
    assert erratum.option_line("says") == lines.index("    says: 甲") + 1
    assert erratum.option_line("confidence") == lines.index("    confidence: high") + 1
    assert erratum.option_line("title") == erratum.line      # an option it lacks: the header


@pytest.mark.parametrize("option, counterpart, rules", [
    ("", Counterpart.SHOWN, []),
    ("    in_translation: none\n", Counterpart.NONE, []),
    ("    in_translation: no\n", Counterpart.SHOWN, [("note-options", 11)]),
])
def test_an_erratum_says_whether_its_error_shows_in_the_translation(option, counterpart, rules):
    """`in_translation: none`: an error with no counterpart in the translation (a kana variant, a
    simplified character), which gets no [sic]; any other value is a finding."""
    erratum = f"/// erratum\n    says: 甲\n    means: 乙\n    confidence: high\n{option}Why.\n///\n"
    page = parse_target_page(TITLED + erratum, "docs/en/p.md")
    assert [(f.rule, f.line) for f in page.findings] == rules
    assert page.entries[-1].notes[0].counterpart is counterpart
    if rules:
        assert "`in_translation: no`" in page.findings[0].message and "in_translation: none" in page.findings[0].hint
