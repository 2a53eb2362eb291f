"""The consistency pass (edition/checks/consistency.py, `edition renderings`)."""

from __future__ import annotations

import os
import subprocess
import sys

from check_fixtures import pair
from conftest import ROOT

from edition.checks.consistency import consistency_report, style_issues
from edition.glossary.terms import Glossary, Term
from edition.translation.alignment import PageAlignment
from edition.translation.pairing import align


def _result(japanese: str, english: str) -> PageAlignment:
    p = pair(japanese, english)

    class Page:
        slug = "p"
    return PageAlignment("en", Page, p.source_path, p.target_path, [p.segment], p.entry and None,
                         align([p.segment], [p.entry]))


def test_renderings_are_counted_per_term_and_segments_without_one_listed():
    glossary = Glossary([Term("交付率", "こうふりつ", "issuance rate", also_en=("rate of issuance",))])
    report = consistency_report([_result("交付率の公表", "publishing the issuance rate"),
                                 _result("市区町村別交付率", "the rate of issuance of each municipality"),
                                 _result("交付率", "the share of cards issued")], glossary)
    use = report.terms["交付率"]
    assert use.segments == 3 and dict(use.forms) == {"issuance rate": 1, "rate of issuance": 1}
    assert len(use.without) == 1 and use.without[0].startswith("p#s-")


def test_style_rules_of_the_standard():
    kinds = [issue.kind for issue in style_issues(
        "※ The organisation's licence, from June 4, 2022. The slide then names the era only, in a long "
        "sentence with no year in it at all: Reiwa 4.",
        "docs/en/p.md", 3)]
    assert kinds == ["spelling", "spelling", "date-style", "era-year", "note-mark"]
    assert style_issues("On 4 June 2022 (Reiwa 4) the Minister of Health, Labour and Welfare spoke.", "p", 1) == []
    assert [i.text for i in style_issues("a counselling centre, labelled", "p", 1)] == [
        "“counselling”: American spelling", "“centre”: American spelling", "“labelled”: American spelling"]


def test_arrows_stay_arrows():
    glossary = Glossary([])
    report = consistency_report([_result("申請⇒交付", "application, then issuance")], glossary)
    assert report.arrows and "⇒ ×1 in the Japanese, ×0 in the English" in report.arrows[0]


def test_the_edition_is_consistent():
    """The repeatable pass over the real content: no style issue, no term without its English."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "renderings.py"), "--strict"],
                            capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Style (spelling, date style, era years, ※): 0 issue(s)" in result.stdout
    assert "no word on how they were looked up): 0 issue(s)" in result.stdout     # every note as the standard asks
    assert "マイナンバーカード → “My Number Card”" in result.stdout
    # the glossary's notes for translators, which the site never shows, are shown here under their term
    assert "translator's note: Avoid “Personal Identification Number”" in result.stdout


def test_notes_over_150_words_without_a_title_or_with_a_bare_url_are_reported_with_their_line(tmp_path):
    from conftest import copy_project
    project = copy_project(tmp_path / "p")
    page = project / "docs" / "en" / "smartphones.md"
    long_note = ("\n\n/// translator-note\n    title: \"A long note\"\n" + " ".join(["word"] * 151)
                 + " <https://www.soumu.go.jp/x>\n///\n")
    text = page.read_text(encoding="utf-8")
    line = text.count("\n") + 3
    page.write_text(text + long_note, encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "renderings.py"), "--root", str(project),
                             "--strict"], capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert result.returncode == 1
    assert f"docs/en/smartphones.md:{line}: [note-length] 151 words (at most 150)" in result.stdout
    assert f"docs/en/smartphones.md:{line}: [note-bare-url]" in result.stdout
