"""glossary-definition (edition/checks/glossary_definitions.py): a definition says what its term is."""

from __future__ import annotations

import pytest
from conftest import ROOT, copy_project

from edition.checks.glossary_definitions import definition_findings
from edition.glossary.terms import Glossary, Term, load_glossary


def _term(ja, en, definition_en="", definition_ja="", also_en=()):
    return Term(ja, "よみ", en, definition_en=definition_en, definition_ja=definition_ja, also_en=also_en, line=7)


@pytest.mark.parametrize("term, circular", [
    (_term("運転免許証", "driver's license", "The license that permits its holder to drive."), True),
    (_term("再診料", "follow-up consultation fee", "The medical fee for a follow-up consultation."), True),
    (_term("閣議決定", "Cabinet decision", "A decision adopted by the Cabinet at a Cabinet meeting."), True),
    (_term("運転免許証", "driver's license", "The license card that a prefectural Public Safety Commission issues "
           "and without which no one may drive a car on public roads."), False),
    (_term("再診料", "follow-up consultation fee", "The basic fee that a clinic or a small hospital charges for "
           "each consultation after the first."), False),
])
def test_an_english_definition_that_only_repeats_its_term_is_a_finding(term, circular):
    findings = definition_findings(Glossary([term]))
    assert bool(findings) is circular
    if circular:
        finding = findings[0]
        assert (finding.path, finding.line, finding.rule) == ("data/glossary.yaml", 7, "glossary-definition")
        assert finding.message.startswith(f"term {term.ja}: the English definition") and "say what it is" in finding.hint


def test_japanese_definitions_that_only_point_at_each_other_are_findings():
    key_id = _term("マイキーID", "My Key ID", definition_ja="マイキープラットフォームで用いられるID。")
    platform = _term("マイキープラットフォーム", "My Key Platform", definition_ja="マイキーIDを使う仕組み。")
    findings = [f for f in definition_findings(Glossary([key_id, platform])) if "Japanese" in f.message]
    assert [f.value for f in findings] == ["マイキーID", "マイキープラットフォーム"]
    real = _term("マイキーID", "My Key ID", definition_ja="マイキープラットフォームの利用者に発行される一意のIDで、"
                 "利用者証明用電子証明書の発行番号に対応して発行される。")
    assert [f for f in definition_findings(Glossary([real, platform])) if f.value == "マイキーID"] == []


def test_the_real_glossary_has_no_circular_definition():
    glossary = load_glossary(ROOT)
    assert definition_findings(glossary) == []
    # the entries issue 23 named, rewritten to say what they are
    assert "Public Safety Commission" in glossary.by_ja["運転免許証"].definition_en


def test_a_circular_definition_fails_edition_check(tmp_path):
    from edition.checks.runner import run_checks
    from edition.source.plan import load_plan
    project = copy_project(tmp_path / "p")
    path = project / "data" / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - ja: 運転免許証")
    line = text[:start].count("\n") + 1
    old = next(row for row in text[start:].split("\n") if row.startswith("    definition_en:"))
    path.write_text(text.replace(old, "    definition_en: The license that permits its holder to drive."),
                    encoding="utf-8")
    findings = run_checks(load_plan(project)).sorted_findings()
    assert [(f.rule, f.line, f.value) for f in findings] == [("glossary-definition", line, "運転免許証")]
