"""`mkdocs build --strict` is clean on the real content and fails, naming the page, on bad input."""

from __future__ import annotations

import pytest
from conftest import build_site


def test_real_content_builds_strict_without_warnings(built_site):
    assert (built_site / "index.html").exists() and (built_site / "en" / "index.html").exists()


def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize("mutation, expected", [
    ("[x](no-such-page.md)",
     "'en/smartphones.md' contains a link 'no-such-page.md', but the target 'en/no-such-page.md' "
     "is not found among documentation files"),
    ("[x](bank-accounts.md#no-such-anchor)",
     "'en/smartphones.md' contains a link 'bank-accounts.md#no-such-anchor', but the doc "
     "'en/bank-accounts.md' does not contain an anchor '#no-such-anchor'"),
])
def test_broken_link_or_unknown_anchor_fails_naming_the_page(project_copy, tmp_path, mutation, expected):
    # in a note, so that the integrity checks (which stop a build first) have nothing to say
    _append(project_copy / "docs" / "en" / "smartphones.md", f"\n\n/// translator-note\n    title: \"A link\"\n{mutation}\n///\n")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert expected in output
    assert "Aborted with 1 warnings in strict mode" in output


def test_page_missing_from_nav_fails_naming_it(project_copy, tmp_path):
    (project_copy / "docs" / "en" / "stray-page.md").write_text("# Stray\n", encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "not included in the \"nav\" configuration" in result.stderr
    assert "stray-page.md" in result.stderr


def test_fidelity_finding_fails_the_strict_build_with_file_and_line(project_copy, tmp_path):
    page = project_copy / "docs" / "ja" / "mynapoint-round-2.md"
    text = page.read_text(encoding="utf-8")
    line = next(i for i, l in enumerate(text.split("\n"), 1) if "1兆8,134.1億円" in l)
    page.write_text(text.replace("1兆8,134.1億円", "1兆8,134億円"), encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/ja/mynapoint-round-2.md:{line}:1: [fidelity] drops '.1'" in result.stderr


def test_admonition_titles_are_translated_per_language(project_copy, tmp_path):
    from site_html import soup
    # a page outside the plan (so no integrity rule applies to it), in both languages
    for language in ("ja", "en"):
        (project_copy / "docs" / language / "extra.md").write_text("# Extra\n\n!!! note\n\n    x\n", encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site", strict=False)   # not strict: extra.md is not in nav
    assert result.returncode == 0, result.stderr
    titles = {
        language: soup(tmp_path / "site" / folder / "extra" / "index.html")
        .select_one(".admonition.note .admonition-title").get_text()
        for language, folder in (("ja", ""), ("en", "en"))
    }
    assert titles == {"ja": "注記", "en": "Note"}
