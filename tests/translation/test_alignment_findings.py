"""Findings about a translation page's state (edition/translation/alignment.py): each hint says the next step
from the state the file is in, never suggests losing a translation, and complete pages stay complete."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, build_site, copy_project

from edition.checks.runner import run_checks
from edition.source.plan import load_plan

EN = "docs/en/mynapoint-round-2.md"


def _findings(project):
    return run_checks(load_plan(project)).sorted_findings()


def _edit(project, path, old, new, count=1):
    page = project / path
    text = page.read_text(encoding="utf-8")
    assert old in text, old
    page.write_text(text.replace(old, new, count), encoding="utf-8")


def test_unclosed_source_mid_page_is_block_unclosed_and_no_hint_says_delete(tmp_path):
    project = copy_project(tmp_path / "p")
    page = project / EN
    lines = page.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if line == "/// source" and i > 20)
    del lines[header + 2]          # the `///` closing this segment's Japanese copy
    assert lines[header + 2] == ""
    page.write_text("\n".join(lines), encoding="utf-8")
    findings = _findings(project)
    assert [(f.path, f.line, f.rule) for f in findings] == [(EN, header + 1, "block-unclosed")]
    assert not any("delete" in f.hint for f in findings)


def test_an_orphan_that_resembles_a_segment_is_never_told_to_delete_its_english(tmp_path):
    # before: every orphan got "otherwise delete this segment (its English goes with it)"
    project = copy_project(tmp_path / "p")
    # a second, slightly different copy of a segment that already has its entry: it pairs with nothing
    _edit(project, EN, "/// source\n参考\n///\n\nReference\n",
          "/// source\n参考\n///\n\nReference\n\n/// source\n参考。\n///\n\nReference, again\n")
    orphans = [f for f in _findings(project) if f.rule == "segment-orphan"]
    assert len(orphans) == 1
    assert "delete" not in orphans[0].hint.replace("do not delete", "")
    assert orphans[0].hint.startswith("it resembles segment s-")


def test_an_orphan_that_resembles_nothing_may_go(tmp_path):
    project = copy_project(tmp_path / "p")
    _edit(project, EN, "/// source\n参考\n///\n\nReference\n",
          "/// source\n参考\n///\n\nReference\n\n/// source\nどの段落にもない全く別の文章\n///\n\nNothing\n")
    orphans = [f for f in _findings(project) if f.rule == "segment-orphan"]
    assert len(orphans) == 1 and orphans[0].hint.startswith("no Japanese segment resembles it")


def test_outdated_hint_follows_the_state_of_the_file(tmp_path):
    project = copy_project(tmp_path / "p")
    _edit(project, "docs/en/mynapoint-round-2.md", "/// source\n申込 7,500円相当", "/// source\n申込 8,000円相当")
    before_sync = [f for f in _findings(project) if f.rule == "segment-outdated"]
    assert len(before_sync) == 1 and before_sync[0].hint.startswith("run `make sync`")
    subprocess.run([sys.executable, str(project / "scripts" / "sync.py"), "--root", str(project)], check=True,
                   capture_output=True)
    after_sync = [f for f in _findings(project) if f.rule == "segment-outdated"]
    # before: the hint still said "run sync" after sync had run
    assert len(after_sync) == 1 and "sync" not in after_sync[0].hint
    assert after_sync[0].hint.startswith("`/// source` has the new Japanese and `/// previous-source` the one")


def test_a_previous_source_identical_to_its_source_is_stale(tmp_path):
    project = copy_project(tmp_path / "p")
    page = project / EN
    text = page.read_text(encoding="utf-8")
    copy = "/// source\n参考\n///\n"
    assert copy in text
    page.write_text(text.replace(copy, copy + "\n/// previous-source\n参考\n///\n", 1), encoding="utf-8")
    line = page.read_text(encoding="utf-8").split("\n").index("/// previous-source") + 1
    assert [(f.line, f.rule, f.hint) for f in _findings(project)] == [
        (line, "previous-source-stale", "delete the `/// previous-source` block")]


def test_deleting_the_english_of_a_complete_page_fails_the_checks_and_the_build(tmp_path):
    project = copy_project(tmp_path / "p")
    _edit(project, EN, "Reference\n", "\n")   # the English of the segment 参考
    findings = _findings(project)
    assert [(f.path, f.rule) for f in findings] == [(EN, "segment-untranslated")]
    assert "recorded as complete (data/segments.toml, [complete] en)" in findings[0].message
    build = build_site(project, tmp_path / "site", strict=False)
    assert build.returncode == 1 and "[segment-untranslated]" in build.stderr
    # on a page not recorded as complete, an untranslated segment is a notice, not a failure
    policy = project / "data" / "segments.toml"
    policy.write_text('fail_on = ["orphan", "outdated"]\n[complete]\nen = ["index"]\n', encoding="utf-8")
    assert _findings(project) == []


def test_status_says_which_pages_are_complete():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "status.py"), "--json"], capture_output=True,
                            text=True, timeout=120, env=dict(os.environ))
    report = json.loads(result.stdout)
    complete = {row["page"] for row in report["pages"] if row["complete"]}
    import tomllib
    recorded = tomllib.loads((ROOT / "data" / "segments.toml").read_text(encoding="utf-8"))["complete"]["en"]
    assert complete == set(recorded) and {"index", "mynapoint-round-2"} <= complete
    assert all(row["untranslated"] == 0 for row in report["pages"] if row["complete"])


def test_the_english_translation_is_complete_so_untranslated_fails_anywhere_in_english(tmp_path):
    project = copy_project(tmp_path / "p")
    _edit(project, EN, "Reference\n", "\n")
    policy = project / "data" / "segments.toml"
    # no page recorded as complete: the language's own fail_on still lists untranslated
    policy.write_text('fail_on = ["orphan", "outdated"]\n[fail_on_language]\nen = ["orphan", "outdated", '
                      '"untranslated"]\n', encoding="utf-8")
    findings = _findings(project)
    assert [(f.path, f.rule) for f in findings] == [(EN, "segment-untranslated")]
    assert "is not translated yet" in findings[0].message
