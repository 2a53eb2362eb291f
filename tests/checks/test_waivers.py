"""Waivers (edition/checks/waivers.py) and their place in the report (edition/checks/runner.py)."""

from check_fixtures import pair

from edition.checks.runner import Report, check_pairs
from edition.checks.waivers import waivers_in
from edition.translation.alignment import PageAlignment
from edition.translation.pairing import align


def _result(japanese: str, english: str) -> PageAlignment:
    p = pair(japanese, english)
    return PageAlignment("en", None, p.source_path, p.target_path, [p.segment], None, align([p.segment], [p.entry]))


def test_waiver_is_read_with_rule_value_reason_and_line():
    waivers = waivers_in("Text.\n\n<!-- waive number-missing 1: 1人当たり is rendered \"per person\" -->\n", 7)
    assert [(w.rule, w.value, w.reason, w.line) for w in waivers] == [
        ("number-missing", "1", '1人当たり is rendered "per person"', 9)]
    url = waivers_in("<!-- waive url-added https://example.org/a: the slide's own page -->", 1)[0]
    assert (url.value, url.reason) == ("https://example.org/a", "the slide's own page")


def test_a_waived_finding_moves_to_the_report_with_its_reason():
    report = Report()
    found = check_pairs(_result("1人当たり最大2万円", "up to ¥20,000 per person\n\n<!-- waive number-missing 1: per person -->"),
                        report)
    assert found == []
    assert [(f.rule, reason) for f, reason in report.waived] == [("number-missing", "per person")]


def test_a_waiver_with_nothing_to_waive_is_a_finding():
    found = check_pairs(_result("最大2万円", "up to ¥20,000\n\n<!-- waive number-missing 1: stale -->"), Report())
    assert [(f.rule, f.message) for f in found] == [
        ("waiver-unused", f"nothing to waive for `number-missing 1` in segment {pair('最大2万円', '').segment.anchor}")]


def test_only_deliberate_differences_can_be_waived():
    found = check_pairs(_result("最大2万円", "up to ¥20,000\n\n<!-- waive unsafe-html: I know -->"), Report())
    assert [f.rule for f in found] == ["waiver-invalid"]
    assert "waivable rules: date-missing, glossary-term, number-added, number-missing, table-cell-number, url-added" == found[0].hint


def test_a_waiver_covers_only_the_value_it_names():
    # before: one waiver hid every missing number of the segment, so ¥20,000 -> ¥20,007 passed
    report = Report()
    found = check_pairs(_result("1人当たり最大2万円",
                                "up to ¥20,007 per person\n\n<!-- waive number-missing 1: per person -->"), report)
    assert [(f.rule, f.value) for f in found] == [("number-missing", "20,000"), ("number-added", "20,007")]
    assert [(f.rule, f.value) for f, _ in report.waived] == [("number-missing", "1")]


def test_a_waiver_whose_value_no_longer_occurs_is_unused():
    found = check_pairs(_result("1人当たり最大2万円",
                                "up to ¥20,000 per one person\n\n<!-- waive number-missing 1: per person -->"),
                        Report())
    assert [f.rule for f in found] == ["waiver-unused"]


def test_a_waiver_must_name_its_value():
    found = check_pairs(_result("1人当たり最大2万円", "up to ¥20,000 per person\n\n<!-- waive number-missing: x -->"),
                        Report())
    assert sorted(f.rule for f in found) == ["number-missing", "waiver-invalid"]
    invalid = next(f for f in found if f.rule == "waiver-invalid")
    assert "name the value it waives" in invalid.message
    assert invalid.hint == "<!-- waive number-missing VALUE: reason -->, e.g. <!-- waive number-missing 1: reason -->"


def test_number_added_is_waivable_by_value():
    report = Report()
    found = check_pairs(_result("最大2万円", "up to ¥20,000 (about 150 euros)\n\n"
                                "<!-- waive number-added 150: a conversion for the reader -->"), report)
    assert found == []
    assert [(f.rule, f.value, reason) for f, reason in report.waived] == [
        ("number-added", "150", "a conversion for the reader")]
