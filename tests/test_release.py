"""The edition's version and review date (edition/release.py, data/edition.toml)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import ROOT

from edition.findings import EditionError
from edition.release import load_release


def test_the_projects_version_file_reads():
    release = load_release(ROOT)
    assert release.version.count(".") == 2 and isinstance(release.sources_checked, date)


@pytest.mark.parametrize("text, line, message, hint", [
    ('version = "1.0"\nsources_checked = 2026-11-27\n', 1, "not MAJOR.MINOR.PATCH", 'version = "1.2.0"'),
    ('version = "1.0.0"\nsources_checked = "27 November"\n', 2, "not a date", "without quotes"),
    ('version = "1.0.0"\n', 1, "not a date", "sources_checked = 2026-11-27"),
    ('version = 1.0.0\n', 1, "not TOML", "key = value"),
])
def test_a_bad_version_file_is_a_finding_with_its_line_and_the_fix(tmp_path, text, line, message, hint):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "edition.toml").write_text(text, encoding="utf-8")
    with pytest.raises(EditionError) as raised:
        load_release(tmp_path)
    finding = raised.value.findings[0]
    assert (finding.path, finding.line, finding.rule) == ("data/edition.toml", line, "edition-data")
    assert message in finding.message and hint in finding.hint


def test_a_missing_version_file_says_how_to_create_it(tmp_path):
    with pytest.raises(EditionError) as raised:
        load_release(tmp_path)
    assert "sources_checked = YYYY-MM-DD" in raised.value.findings[0].hint
