"""Waivers (edition/checks/waivers.py) and their place in the report (edition/checks/runner.py)."""

from check_fixtures import pair
from edition.checks.runner import Report, check_pairs
from edition.checks.waivers import waivers_in
from edition.translation import PageAlignment
from edition.alignment import align


def _result(japanese: str, english: str) -> PageAlignment:
    p = pair(japanese, english)
    return PageAlignment("en", None, p.source_path, p.target_path, [p.segment], None, align([p.segment], [p.entry]))


def test_waiver_is_read_with_rule_reason_and_line():
    waivers = waivers_in("Text.\n\n<!-- waive number-missing: 1人当たり is rendered \"per person\" -->\n", 7)
    assert [(w.rule, w.reason, w.line) for w in waivers] == [("number-missing", '1人当たり is rendered "per person"', 9)]


def test_a_waived_finding_moves_to_the_report_with_its_reason():
    report = Report()
    found = check_pairs(_result("1人当たり最大2万円", "up to ¥20,000 per person\n\n<!-- waive number-missing: per person -->"),
                        report)
    assert found == []
    assert [(f.rule, reason) for f, reason in report.waived] == [("number-missing", "per person")]


def test_a_waiver_with_nothing_to_waive_is_a_finding():
    found = check_pairs(_result("最大2万円", "up to ¥20,000\n\n<!-- waive number-missing: stale -->"), Report())
    assert [(f.rule, f.message) for f in found] == [
        ("waiver-unused", f"nothing to waive for `number-missing` in segment {pair('最大2万円', '').segment.anchor}")]


def test_only_deliberate_differences_can_be_waived():
    found = check_pairs(_result("最大2万円", "up to ¥20,000\n\n<!-- waive unsafe-html: I know -->"), Report())
    assert [f.rule for f in found] == ["waiver-invalid"]
    assert "waivable rules: date-missing, number-missing, table-cell-number, url-added" == found[0].hint
