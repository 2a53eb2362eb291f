"""Visible text of Markdown with source lines (edition/markdown/visible_text.py)."""

import pytest

from edition.markdown.visible_text import visible_runs, visible_text


@pytest.mark.parametrize("markdown, text", [
    ("# 見出し\n", "見出し"),
    ("- ・項目\n- 二つ目\n", "・項目二つ目"),
    ("2. 二番\n", "2.二番"),                                    # the list number is visible
    ("**悉皆性**(住民票)\n", "悉皆性(住民票)"),
    ("[文](https://example.org/a)\n", "文"),                   # the target is markup
    ("<https://example.org/a>\n", "https://example.org/a"),
    ("| a | b |\n|--|--|\n| 1 | 2 |\n", "ab12"),
    ('| x | <ul style="a"> ● 活用 <p>注)</p> |\n|--|--|\n', "x ● 活用 注)"),
    ("<特徴>\n", "<特徴>"),                                     # not HTML: stays text
])
def test_markup_is_removed_and_text_kept(markdown, text):
    assert visible_text(markdown).replace("\n", "") == text


def test_runs_carry_source_lines_across_soft_breaks():
    runs = visible_runs("\n\n一行目\n二行目\n\n- 三\n", first_line=10)
    assert [(r.text, r.line) for r in runs if r.text.strip()] == [("一行目", 12), ("二行目", 13), ("三", 15)]
