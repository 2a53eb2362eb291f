"""Errata against their segment (edition/checks/errata.py): `says` quotes the Japanese as transcribed
(erratum-says), and "[sic]" stands where the policy puts it (erratum-sic)."""

from __future__ import annotations

import pytest

from edition.checks.errata import check_entry
from edition.markdown.segments import segment_markdown
from edition.translation.page_format import parse_target_page

PATH = "docs/en/p.md"


def _erratum(says: str, confidence: str = "high", extra: str = "") -> str:
    return (f"/// erratum\n    says: {says}\n    means: 正\n    confidence: {confidence}\n{extra}"
            "Why.\n///\n")


def _check(japanese: str, english: str, *notes: str):
    page = parse_target_page(f"/// source\n{japanese}\n///\n\n{english}\n\n" + "\n".join(notes), PATH)
    assert page.findings == []
    return check_entry(segment_markdown(japanese)[0], page.entries[0], PATH)


def _says_line(japanese: str) -> int:
    """`/// source`, the Japanese, `///`, a blank line, the English, a blank line, `/// erratum`, `says:`."""
    return 3 + len(japanese.split("\n")) + 4


@pytest.mark.parametrize("japanese, says", [
    ("共通番号いないネット", "いないネット"),
    ("この記載は\nマイナ\nバーとして", "マイナバー"),             # the transcript's line breaks fall inside words
    ("場合等にあつては、**令和6年3月31日までの間に限り**", "あつては、令和6年"),   # markup is not text
    ("【資料】\n<https://www.kantei.go.jp/jp/singi/siryu1.pdf>", "https://www.kantei.go.jp/jp/singi/siryu1.pdf"),
    ("| 期間 |\n|---|\n| 令和2年9月 ～令和3年12月末 |", "令和2年9月 ～令和3年12月末"),
])
def test_says_quoting_the_segment_as_transcribed_passes(japanese, says):
    assert _check(japanese, "English", _erratum(says)) == []


@pytest.mark.parametrize("japanese, says, near", [
    ("共通番号いないネット", "共通番号いらないネット", "共通番号いないネット"),      # the correction, not the error
    ("【資料】\n<https://www.kantei.go.jp/jp/singi/siryu1.pdf>", "https://www.kantei.go.jp/jp/singi/siryu2.pdf",
     "https://www.kantei.go.jp/jp/singi/siryu1.pdf"),                               # one character of a URL
    ("共通番号いないネット", "情報連絡検討会", ""),                                  # a word that is not there
])
def test_says_that_the_segment_does_not_contain_is_a_finding_at_the_says_line(japanese, says, near):
    findings = _check(japanese, "English", _erratum(says))
    assert [(f.path, f.line, f.rule) for f in findings] == [(PATH, _says_line(japanese), "erratum-says")]
    anchor = segment_markdown(japanese)[0].anchor
    assert f"`says: {says}`" in findings[0].message and f"segment {anchor}" in findings[0].message
    assert findings[0].hint.startswith("copy the exact transcribed form from the Japanese segment")
    assert (f"「{near}」" in findings[0].hint) is bool(near)     # the closest passage, when there is one


def test_an_untranslated_entry_gets_the_same_check():
    assert [f.rule for f in _check("共通番号いないネット", "", _erratum("いらない"))] == ["erratum-says"]


NONE = "    in_translation: none\n"


@pytest.mark.parametrize("english, notes, rules", [
    # an error with no counterpart in the translation: no [sic]
    ("or in similar cases", [_erratum("あつては", extra=NONE)], []),
    ("or in similar cases [sic]", [_erratum("あつては", extra=NONE)], ["erratum-sic"]),
    # a probable (medium or low) error that shows in the translation: translated as written, with [sic]
    ("the Information Liaison [sic] study group", [_erratum("あつては", "medium")], []),
    ("the Information Liaison study group", [_erratum("あつては", "low")], ["erratum-sic"]),
    # a certain one is translated as meant: the policy does not ask for [sic] (nor forbid it)
    ("in similar cases", [_erratum("あつては")], []),
    # a [sic] that no erratum of the segment explains
    ("in similar cases [sic]", [], ["erratum-sic"]),
    # the same segment with both kinds: the [sic] belongs to the other erratum
    ("the Liaison [sic] cases", [_erratum("あつては", extra=NONE), _erratum("場合", "medium")], []),
])
def test_sic_stands_where_the_errata_policy_puts_it(english, notes, rules):
    assert [f.rule for f in _check("場合等にあつては", english, *notes)] == rules


def test_a_sic_without_an_error_to_mark_is_reported_where_it_stands_with_the_fix():
    findings = _check("場合等にあつては", "first line\nor in similar cases [sic]", _erratum("あつては", extra=NONE))
    assert [(f.line, f.rule) for f in findings] == [(6, "erratum-sic")]
    assert "in_translation: none" in findings[0].message
    assert "nothing in the translation is wrong" in findings[0].message
    assert findings[0].hint.startswith("delete the [sic]")


def test_a_probable_error_without_its_sic_is_reported_at_the_erratum():
    findings = _check("場合等にあつては", "in similar cases", _erratum("あつては", "medium"))
    assert [(f.line, f.rule) for f in findings] == [(7, "erratum-sic")]
    assert "confidence: medium" in findings[0].message
    assert "[sic]" in findings[0].hint and "in_translation: none" in findings[0].hint
