"""sync on a copy of the real content (edition/translation/sync.py, scripts/sync.py)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import copy_project

from edition.source.plan import load_plan
from edition.translation.alignment import align_page
from edition.translation.page_format import parse_target_page
from edition.translation.pairing import SegmentStatus
from edition.translation.sync import sync_language


def _run(project, script, *args):
    return subprocess.run([sys.executable, str(project / "scripts" / script), "--root", str(project), *args],
                          capture_output=True, text=True, timeout=120)


def _project(tmp_path):
    return copy_project(tmp_path / "p")   # scripts/ included: they run on the copy


def test_sync_restores_deleted_segments_keeps_english_and_is_idempotent(tmp_path):
    project = _project(tmp_path)
    page = project / "docs" / "en" / "mynapoint-round-2.md"
    original = page.read_text(encoding="utf-8")
    # delete the English of the whole second half: its source blocks, translations and notes
    cut = original.index("/// source\n●イメージ：")
    page.write_text(original[:cut], encoding="utf-8")
    plan = load_plan(project)
    before = align_page(plan, "en", plan.pages[6])
    assert before.count(SegmentStatus.UNTRANSLATED) > 10

    assert _run(project, "sync.py", "--page", "mynapoint-round-2").returncode == 0
    synced = page.read_text(encoding="utf-8")
    assert synced.startswith(original[:cut].rstrip("\n"))          # no English lost or changed
    after = align_page(load_plan(project), "en", plan.pages[6])
    assert len(after.target.entries) == len(after.segments)        # structure restored
    assert [e.copy for e in after.target.entries] == [s.markdown for s in after.segments]
    assert after.count(SegmentStatus.ORPHAN) == after.count(SegmentStatus.OUTDATED) == 0

    assert _run(project, "sync.py").returncode == 0                # twice: nothing changes
    assert page.read_text(encoding="utf-8") == synced
    assert _run(project, "sync.py", "--check").returncode == 0


def test_sync_gives_an_outdated_segment_the_new_copy_and_keeps_the_old(tmp_path):
    project = _project(tmp_path)
    ja = project / "docs" / "ja" / "mynapoint-round-2.md"
    ja.write_text(ja.read_text(encoding="utf-8").replace("申込 7,500円相当", "申込 8,000円相当"), encoding="utf-8")
    plan = load_plan(project)
    assert align_page(plan, "en", plan.pages[6]).count(SegmentStatus.OUTDATED) == 1
    assert _run(project, "sync.py", "--check").returncode == 1
    assert _run(project, "sync.py").returncode == 0
    text = (project / "docs" / "en" / "mynapoint-round-2.md").read_text(encoding="utf-8")
    assert "/// source\n申込 8,000円相当\n///\n\n/// previous-source\n申込 7,500円相当\n///\n\nApply: ¥7,500 worth" in text
    result = align_page(load_plan(project), "en", plan.pages[6])
    assert result.count(SegmentStatus.OUTDATED) == 1               # still to review
    first = text
    assert _run(project, "sync.py").returncode == 0
    assert (project / "docs" / "en" / "mynapoint-round-2.md").read_text(encoding="utf-8") == first


def test_sync_keeps_orphans_next_to_where_they_were(tmp_path):
    project = _project(tmp_path)
    page = project / "docs" / "en" / "index.md"
    text = page.read_text(encoding="utf-8").replace("/// source\n(2022.6.4", "/// source\n古い段落\n///\n\nOld.\n\n/// source\n(2022.6.4")
    page.write_text(text, encoding="utf-8")
    plan = load_plan(project)
    sync_language(plan, "en", ["index"])
    again = page.read_text(encoding="utf-8")
    assert "/// source\n古い段落\n///\n\nOld." in again
    assert [e.copy for e in parse_target_page(again, "x").entries][:3] == [
        "# マイナンバーカードをめぐる状況", "古い段落", "(2022.6.4 共通番号いないネット 原田)"]


def test_status_reports_per_page_and_total_as_json_and_table(tmp_path):
    project = _project(tmp_path)
    result = _run(project, "status.py", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    rows = {row["page"]: row for row in report["pages"]}
    assert rows["index"]["translated"] == rows["index"]["segments"] == 2 and rows["index"]["percent"] == 100.0
    assert rows["smartphones"]["translated"] == rows["smartphones"]["segments"] == 21
    assert rows["smartphones"]["untranslated"] == 0 and rows["smartphones"]["complete"]
    total = report["total"]["en"]
    assert total["segments"] == sum(row["segments"] for row in report["pages"]) == 305
    assert total["segments"] == total["translated"] + total["outdated"] + total["untranslated"]
    table = _run(project, "status.py")
    assert table.returncode == 0 and "total" in table.stdout and "mynapoint-round-2" in table.stdout
