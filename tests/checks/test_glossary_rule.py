"""glossary-term (edition/checks/glossary_rule.py): the preferred English of every glossary term,
waivable per segment and term."""

from __future__ import annotations

from check_fixtures import pair

from edition.checks.glossary_rule import check_pair
from edition.checks.runner import Report, check_pairs
from edition.glossary.terms import Glossary, Term
from edition.translation.alignment import PageAlignment
from edition.translation.pairing import align

GLOSSARY = Glossary([
    Term("公金受取口座", "こうきんうけとりこうざ", "public money receiving account"),
    Term("交付率", "こうふりつ", "issuance rate"),
    Term("令和", "れいわ", "Reiwa", check=False),
])


def test_a_term_without_its_preferred_english_is_a_finding():
    found = check_pair(pair("公金受取口座の登録", "Registering a bank account for benefits"), GLOSSARY)
    assert [(f.rule, f.value) for f in found] == [("glossary-term", "公金受取口座")]
    assert "“public money receiving account”" in found[0].message
    assert found[0].hint.endswith("<!-- waive glossary-term 公金受取口座: reason -->")


def test_the_preferred_english_in_any_cell_or_plural_passes():
    table = "| 項目 | 内容 |\n|---|---|\n| ③公金受取口座登録 | |\n"
    english = "| Item | Content |\n|---|---|\n| ③ Registering public money receiving accounts | |\n"
    assert check_pair(pair(table, english), GLOSSARY) == []


def test_terms_marked_unchecked_are_not_enforced():
    assert check_pair(pair("令和4年度の交付率", "the issuance rate in FY2022"), GLOSSARY) == []


def test_a_waiver_names_the_term_and_covers_only_it():
    def result(japanese, english):
        p = pair(japanese, english)
        return PageAlignment("en", None, p.source_path, p.target_path, [p.segment], None,
                             align([p.segment], [p.entry]))
    report = Report()
    found = check_pairs(result("公金受取口座と交付率", "the account and the rate\n\n"
                               "<!-- waive glossary-term 公金受取口座: the slide's shorthand -->"), report, GLOSSARY)
    assert [(f.rule, f.value) for f in found] == [("glossary-term", "交付率")]
    assert [(f.value, reason) for f, reason in report.waived] == [("公金受取口座", "the slide's shorthand")]
