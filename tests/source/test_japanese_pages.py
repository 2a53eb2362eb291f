"""The Japanese pages come from the transcript by the page plan (edition/source/japanese_pages.py, plan.py)."""

from __future__ import annotations

import pytest
from conftest import ROOT, copy_project

from edition.findings import EditionError
from edition.source.japanese_pages import import_transcript, render_source_page
from edition.source.plan import load_plan


def test_committed_japanese_pages_are_what_the_import_writes():
    assert import_transcript(load_plan(ROOT), check_only=True) == []


def test_plan_covers_the_transcript_in_15_pages_with_headings():
    plan = load_plan(ROOT)
    assert len(plan.pages) == 15 and plan.pages[0].slug == "index"
    assert plan.pages[-1].last_line == len(plan.transcript.lines) == 941
    page = next(p for p in plan.pages if p.slug == "mynapoint-round-2")
    text = render_source_page(plan, page)
    assert "\n# 1兆8千億円をかけるマイナポイント第2弾の内容\n" in text
    assert "\n## マイナポイント第2弾\n" in text
    assert text.startswith("---\ntitle: マイナポイント第2弾\nsource_lines: 291-364\n---\n")


def test_gap_in_the_plan_is_refused(tmp_path):
    project = copy_project(tmp_path / "p")
    path = project / "data" / "pages.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("lines = [7, 108]", "lines = [8, 108]"),
                    encoding="utf-8")
    with pytest.raises(EditionError) as error:
        load_plan(project)
    assert "starts at line 8, expected 7" in str(error.value)


def test_heading_inside_a_paragraph_is_refused(tmp_path):
    project = copy_project(tmp_path / "p")
    path = project / "data" / "pages.toml"
    # line 112 (概要資料) sits inside the multi-line paragraph 111-116
    path.write_text(path.read_text(encoding="utf-8").replace("h2 = [129, 131, 140]", "h2 = [112, 129]"),
                    encoding="utf-8")
    plan = load_plan(project)
    with pytest.raises(EditionError) as error:
        import_transcript(plan, check_only=True)
    assert "transcript line 112" in str(error.value) and "one-line paragraph" in str(error.value)
