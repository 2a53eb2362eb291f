"""The Japanese pages are a lossless edition of the transcript (edition/source/fidelity.py)."""

from __future__ import annotations

import pytest
from conftest import ROOT, copy_project

from edition.findings import EditionError
from edition.source.fidelity import check_fidelity, page_chars, transcript_chars
from edition.source.plan import load_plan


@pytest.fixture(scope="module")
def plan():
    return load_plan(ROOT)


def test_real_pages_keep_every_character_of_the_transcript(plan):
    assert check_fidelity(plan) == []
    # and the comparison is not vacuous: thousands of characters on both sides
    assert len(transcript_chars(plan)) == len(page_chars(plan)) > 18000


def test_transcript_copy_in_project_is_the_shared_source():
    shared = ROOT.parent / "shared" / "source" / "000_c8ff9656f4448ea7.txt"
    if not shared.exists():
        pytest.skip("../shared is not present (fresh clone): the sha256 in data/pages.toml guards the copy")
    assert (ROOT / "source" / shared.name).read_bytes() == shared.read_bytes()


def _page_text(plan, slug):
    page = next(p for p in plan.pages if p.slug == slug)
    return page, plan.source_page_path(page).read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


@pytest.mark.parametrize("original, corrupted, expect", [
    ("1兆8,134.1億円", "1兆8,134億円", "drops '.1'"),           # one character dropped
    ("各7,500円相当", "各7,600円相当", "has '6' where the transcript"),  # one character changed
    ("各7,500円相当", "各7,5000円相当", "adds '0'"),             # one character added
])
def test_one_character_dropped_changed_or_added_fails_with_file_and_line(plan, original, corrupted, expect):
    page, text = _page_text(plan, "mynapoint-round-2")
    assert original in text
    findings = check_fidelity(plan, {page.filename: text.replace(original, corrupted, 1)})
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding.path == "docs/ja/mynapoint-round-2.md"
    assert finding.line == _line_of(text, original)
    assert finding.rule == "fidelity"
    assert expect in finding.message
    assert "data/normalizations.toml" in finding.hint


def test_dropping_a_whole_url_is_found(plan):
    page, text = _page_text(plan, "smartphones")
    url = "https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000287.html"
    findings = check_fidelity(plan, {page.filename: text.replace(url, "", 1)})
    assert len(findings) == 1 and findings[0].rule == "fidelity"
    assert "drops 'https://www.soumu.go.jp/menu_news/s-n…' (transcript line 808)" in findings[0].message
    # reported where the text went missing: at the URL's line or the visible text just before it
    assert _line_of(text, url) - 2 <= findings[0].line <= _line_of(text, url)


def test_a_heading_adds_no_text_but_a_new_heading_line_does(plan):
    page, text = _page_text(plan, "smartphones")
    findings = check_fidelity(plan, {page.filename: text.replace("\n## ", "\n### ", 1)})
    assert findings == []  # changing a heading level changes markup only
    findings = check_fidelity(plan, {page.filename: text + "\n## 補足\n"})
    assert len(findings) == 1 and "adds '補足'" in findings[0].message


def test_every_declared_normalization_is_applied_and_nothing_else(plan):
    ids = {n.id for n in plan.normalizations}
    assert ids == {"vertical-genko", "vertical-ittaikago", "stray-page-20", "stray-page-24",
                   "split-mext-link-text"}
    page, text = _page_text(plan, "drivers-license")
    # undoing a whitespace-only normalization is reported too
    findings = check_fidelity(plan, {page.filename: text.replace("現行", "現\n行", 1)})
    assert [f.rule for f in findings] == ["normalization-unapplied"]
    # a stray page number that comes back is an addition
    page, text = _page_text(plan, "smartphones")
    findings = check_fidelity(plan, {page.filename: text.replace("改正概要\n", "改正概要\n\n20\n", 1)})
    assert len(findings) == 1 and "adds '20'" in findings[0].message


def test_normalization_that_does_not_match_the_transcript_is_refused(tmp_path):
    project = copy_project(tmp_path / "p")
    path = project / "data" / "normalizations.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('original = "20"', 'original = "21"'),
                    encoding="utf-8")
    with pytest.raises(EditionError) as error:
        load_plan(project)
    assert "stray-page-20" in str(error.value) and "normalization-mismatch" in str(error.value)


def test_changed_transcript_is_refused(tmp_path):
    project = copy_project(tmp_path / "p")
    transcript = project / "source" / "000_c8ff9656f4448ea7.txt"
    transcript.write_text(transcript.read_text(encoding="utf-8") + "x", encoding="utf-8")
    with pytest.raises(EditionError) as error:
        load_plan(project)
    assert "transcript-changed" in str(error.value)


def test_missing_page_is_reported(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "docs" / "ja" / "smartphones.md").unlink()
    findings = check_fidelity(load_plan(project))
    assert [(f.path, f.rule) for f in findings] == [("docs/ja/smartphones.md", "fidelity")]
    assert "`make import` (`edition import`)" in findings[0].hint


def test_text_dropped_at_the_start_of_a_page_is_reported_on_that_page(plan):
    page, text = _page_text(plan, "smartphones")
    findings = check_fidelity(plan, {page.filename: text.replace("# マイナンバー機能", "# 機能", 1)})
    assert [(f.path, f.line) for f in findings] == [("docs/ja/smartphones.md", _line_of(text, "# マイナンバー機能"))]
