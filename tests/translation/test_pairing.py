"""Alignment of translation entries to source segments (edition/translation/pairing.py)."""

from __future__ import annotations

import pytest

from edition.markdown.segments import segment_markdown
from edition.translation.page_format import TargetEntry
from edition.translation.pairing import SegmentStatus as S
from edition.translation.pairing import align

SOURCE = "# 題\n\n甲の段落\n\n乙の段落\n\n丙の段落\n"


def _entries(*pairs):
    return [TargetEntry(copy, index + 1, translation) for index, (copy, translation) in enumerate(pairs)]


FULL = [("# 題", "# Title"), ("甲の段落", "A"), ("乙の段落", "B"), ("丙の段落", "C")]


def _statuses(source: str, entries) -> list[tuple[str, str]]:
    return [(r.status.value, r.entry.translation if r.entry else "") for r in align(segment_markdown(source), entries)]


def test_all_translated():
    assert _statuses(SOURCE, _entries(*FULL)) == [
        ("translated", "# Title"), ("translated", "A"), ("translated", "B"), ("translated", "C")]


def test_inserted_source_segment_is_untranslated_and_the_rest_still_pair():
    source = SOURCE.replace("乙の段落\n", "新しい段落\n\n乙の段落\n")
    assert _statuses(source, _entries(*FULL)) == [
        ("translated", "# Title"), ("translated", "A"), ("untranslated", ""), ("translated", "B"),
        ("translated", "C")]


def test_deleted_source_segment_leaves_an_orphan():
    source = SOURCE.replace("乙の段落\n\n", "")
    assert _statuses(source, _entries(*FULL)) == [
        ("translated", "# Title"), ("translated", "A"), ("translated", "C"), ("orphan", "B")]


def test_moved_source_segment_keeps_its_translation():
    source = "# 題\n\n丙の段落\n\n甲の段落\n\n乙の段落\n"
    result = align(segment_markdown(source), _entries(*FULL))
    assert [(r.status, r.segment.markdown, r.entry.translation) for r in result] == [
        (S.TRANSLATED, "# 題", "# Title"), (S.TRANSLATED, "丙の段落", "C"),
        (S.TRANSLATED, "甲の段落", "A"), (S.TRANSLATED, "乙の段落", "B")]


def test_edited_source_segment_is_outdated_with_a_diff():
    source = SOURCE.replace("乙の段落", "乙の新しい段落")
    result = align(segment_markdown(source), _entries(*FULL))
    outdated = [r for r in result if r.status is S.OUTDATED]
    assert len(outdated) == 1 and outdated[0].entry.translation == "B"
    assert "-乙の段落" in outdated[0].diff and "+乙の新しい段落" in outdated[0].diff
    assert [r.status for r in result].count(S.TRANSLATED) == 3


def test_whitespace_only_change_is_not_outdated():
    source = SOURCE.replace("甲の段落", "甲の 段落").replace("丙の段落", "  丙の段落")
    entries = _entries(("# 題", "# T"), ("甲の  段落", "A"), ("乙の段落", "B"), ("丙の段落", "C"))
    assert {status for status, _ in _statuses(source, entries)} == {"translated"}


def test_identical_segments_twice_pair_by_position():
    source = "同じ\n\n間\n\n同じ\n"
    entries = _entries(("同じ", "first"), ("間", "between"), ("同じ", "second"))
    result = align(segment_markdown(source), entries)
    assert [(r.segment.anchor.count("-"), r.entry.translation) for r in result] == [
        (1, "first"), (1, "between"), (2, "second")]   # second anchor is s-…-2


def test_copy_that_matches_nothing_is_an_orphan():
    entries = _entries(*FULL, ("どこにもない文", "Nowhere"))
    result = align(segment_markdown(SOURCE), entries)
    assert result[-1].status is S.ORPHAN and result[-1].entry.translation == "Nowhere"


def test_entry_without_translation_is_untranslated_even_if_its_copy_is_old():
    source = SOURCE.replace("乙の段落", "乙の新しい段落")
    entries = _entries(("# 題", "# T"), ("甲の段落", "A"), ("乙の段落", ""), ("丙の段落", "C"))
    assert _statuses(source, entries)[2] == ("untranslated", "")


def test_previous_copy_kept_by_sync_keeps_the_segment_outdated_until_reviewed():
    entries = _entries(*FULL)
    entries[2].copy, entries[2].previous = "乙の新しい段落", "乙の段落"
    source = SOURCE.replace("乙の段落", "乙の新しい段落")
    assert _statuses(source, entries)[2][0] == "outdated"
    entries[2].previous = None   # the translator reviewed it and removed the old copy
    assert _statuses(source, entries)[2][0] == "translated"


@pytest.mark.parametrize("count", [1, 10, 50])
def test_alignment_is_one_to_one(count):
    source = "\n\n".join(f"段落{i}" for i in range(count)) + "\n"
    entries = _entries(*[(f"段落{i}", f"P{i}") for i in reversed(range(count))])
    result = align(segment_markdown(source), entries)
    paired = [id(r.entry) for r in result if r.entry is not None]
    assert len(paired) == len(set(paired)) == count
    assert all(r.status is S.TRANSLATED for r in result)
