"""Segmentation of the source pages (edition/markdown/segments.py)."""

from __future__ import annotations

import pytest
from conftest import ROOT

from edition.markdown.front_matter import split_front_matter
from edition.markdown.segments import SegmentKind, segment_markdown
from edition.source.plan import load_plan

PLAN = load_plan(ROOT)


def _segments(page):
    source = split_front_matter(PLAN.source_page_path(page).read_text(encoding="utf-8"))
    return source, segment_markdown(source.body, source.body_start_line)


@pytest.mark.parametrize("page", PLAN.pages, ids=lambda p: p.slug)
def test_segments_cover_every_line_of_the_page_once_in_order(page):
    source, segments = _segments(page)
    file_lines = PLAN.source_page_path(page).read_text(encoding="utf-8").split("\n")
    covered = []
    for segment in segments:
        assert segment.markdown == "\n".join(file_lines[segment.first_line - 1: segment.last_line])
        covered += range(segment.first_line, segment.last_line + 1)
    assert covered == sorted(set(covered))
    body_lines = range(source.body_start_line, len(file_lines) + 1)
    assert {n for n in body_lines if file_lines[n - 1].strip()} <= set(covered)


def test_anchors_are_unique_on_every_page_and_stable():
    for page in PLAN.pages:
        anchors = [s.anchor for s in _segments(page)[1]]
        assert len(anchors) == len(set(anchors))
        assert anchors == [s.anchor for s in _segments(page)[1]]


def test_every_table_is_one_whole_segment():
    tables = [s for page in PLAN.pages for s in _segments(page)[1] if s.kind is SegmentKind.TABLE]
    assert len(tables) == 6
    assert all(s.markdown.startswith("|") and s.markdown.rstrip().endswith("|") for s in tables)


@pytest.mark.parametrize("markdown, kinds", [
    ("# 題\n", ["heading"]),
    ("一行目\n二行目\n", ["paragraph"]),
    ("- a\n- b\n\n- c\n", ["list"]),                                   # one list, one segment
    ("| a |\n|---|\n| 1 |\n", ["table"]),
    ("【資料】\n\n2022年1月\n\n<https://e.org/a.pdf>\n", ["citation"]),   # 【…】 through its URL
    ("【見出しのような行】\n\n本文\n", ["paragraph", "paragraph"]),      # no URL: not a citation
    ("https://e.org/a\n", ["citation"]),                               # a URL alone
    ("本文 https://e.org/a と続く\n", ["paragraph"]),
])
def test_kinds(markdown, kinds):
    assert [s.kind.value for s in segment_markdown(markdown)] == kinds


def test_identical_segments_get_distinct_anchors_by_position():
    first, second = segment_markdown("同じ\n\n同じ\n")
    assert second.anchor == first.anchor + "-2"


def test_whitespace_does_not_change_an_anchor():
    assert segment_markdown("甲 乙\n")[0].anchor == segment_markdown("甲  乙\n")[0].anchor
