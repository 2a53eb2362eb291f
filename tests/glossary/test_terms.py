"""The glossary (edition/glossary/terms.py): data with file:line errors, Japanese and English matching."""

from __future__ import annotations

import pytest
from conftest import ROOT, copy_project

from edition.findings import EditionError
from edition.glossary.terms import Glossary, Term, load_glossary

TERMS = Glossary([
    Term("保険者", "ほけんしゃ", "insurer"),
    Term("被保険者", "ひほけんしゃ", "insured person"),
    Term("マイナンバーカード", "まいなんばーかーど", "My Number Card", also_ja=("個人番号カード",),
         also_en=("Individual Number Card",)),
    Term("マイナンバー", "まいなんばー", "My Number"),
    Term("地方公共団体情報システム機構", "ちほうこうきょうだんたいじょうほうしすてむきこう",
         "Japan Agency for Local Authority Information Systems", also_ja=("J-LIS",), also_en=("J-LIS",)),
])


def test_japanese_terms_are_found_longest_first_without_word_boundaries():
    text = "被保険者と保険者のマイナンバーカード取得、個人番号カード、マイナンバーの利用、J-LISが発行"
    assert [(m.term.ja, m.text) for m in TERMS.find_japanese(text)] == [
        ("被保険者", "被保険者"), ("保険者", "保険者"), ("マイナンバーカード", "マイナンバーカード"),
        ("マイナンバーカード", "個人番号カード"), ("マイナンバー", "マイナンバー"),
        ("地方公共団体情報システム機構", "J-LIS")]


def test_english_forms_match_whole_words_in_any_case_and_plural():
    term = TERMS.by_ja["マイナンバーカード"]
    assert TERMS.uses_english(term, "two my number cards")
    assert TERMS.uses_english(term, "the Individual Number\nCard")
    assert not TERMS.uses_english(term, "a My Number Cardholder")
    copy = Term("副本", "ふくほん", "duplicate copy")
    assert Glossary([copy]).uses_english(copy, "registered as duplicate copies")
    assert [m.term.ja for m in TERMS.find_english("insured persons and insurers")] == ["被保険者", "保険者"]


def test_the_real_glossary_loads_and_covers_the_requested_terms():
    glossary = load_glossary(ROOT)
    forms = {form for term in glossary.terms for form in (term.ja, *term.also_ja)}
    for required in ("中間サーバー", "情報提供ネットワークシステム", "J-LIS", "公的個人認証", "マイキープラットフォーム",
                     "公金受取口座", "オンライン資格確認", "中医協", "診療報酬"):
        assert required in forms, required
    source = (ROOT / "source" / "000_c8ff9656f4448ea7.txt").read_text(encoding="utf-8")
    notes = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs" / "en").glob("*.md"))
    for term in glossary.terms:
        # every term occurs in the document, in one of its forms; a term of what happened after it (資格確認書)
        # occurs in the notes, and is not checked against the translation (check: false)
        in_source = any(form in source for form in (term.ja, *term.also_ja))
        assert in_source or (not term.check and any(form in notes for form in (term.ja, *term.also_ja))), term.ja
        assert term.definition_en and term.definition_ja and term.source.startswith("http")


@pytest.mark.parametrize("entry, line, message", [
    ("  - ja: 甲\n    reading: こう\n    en: A\n    status: official\n    source: https://a.example/\n"
     "    definition_en: x\n", 2, "term 甲: `definition_ja` is missing or empty"),
    ("  - ja: 甲\n    reading: こう\n    en: A\n    status: guessed\n    source: https://a.example/\n"
     "    definition_en: x\n    definition_ja: y\n", 5, "term 甲: unknown status `guessed`"),
    ("  - ja: 甲\n    reading: こう\n    en: A\n    status: ours\n    source: not a url\n"
     "    definition_en: x\n    definition_ja: y\n", 6, "term 甲: the source is not a valid URL"),
    ("  - ja: 甲\n    reading: [こう\n", 3, "not valid YAML"),
    # a working note in the old `note` field, or a misspelt field, is named at its own line
    ("  - ja: 甲\n    reading: こう\n    en: A\n    status: ours\n    source: https://a.example/\n"
     "    definition_en: x\n    definition_ja: y\n    note: not enforced\n", 9, "term 甲: unknown field `note`"),
    ("  - ja: 甲\n    reading: こう\n    en: A\n    status: ours\n    source: https://a.example/\n"
     "    definition_en: x\n    definition_ja: y\n    reader_notes: z\n", 9, "term 甲: unknown field `reader_notes`"),
    ("  - ja: 甲\n    reading: こう\n    en: A\n    status: ours\n    source: https://a.example/\n"
     "    definition_source: see above\n    definition_en: x\n    definition_ja: y\n", 7,
     "term 甲: the definition source is not a valid URL"),
])
def test_bad_glossary_data_is_a_finding_at_its_line(tmp_path, entry, line, message):
    project = copy_project(tmp_path / "p")
    (project / "data" / "glossary.yaml").write_text("# glossary\nterms:\n" + entry, encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        load_glossary(project)
    finding = caught.value.findings[0]
    assert (finding.path, finding.rule) == ("data/glossary.yaml", "glossary-data")
    assert finding.line == line + 1 and finding.message.startswith(message)


def test_bad_glossary_data_fails_the_checks_and_the_build(tmp_path):
    from conftest import build_site

    from edition.checks.runner import run_checks
    from edition.source.plan import load_plan
    project = copy_project(tmp_path / "p")
    path = project / "data" / "glossary.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("status: official\n", "status: officiel\n", 1),
                    encoding="utf-8")
    findings = run_checks(load_plan(project)).sorted_findings()
    assert [f.rule for f in findings] == ["glossary-data"]
    build = build_site(project, tmp_path / "site", strict=False)
    assert build.returncode == 1 and "data/glossary.yaml:" in build.stderr and "[glossary-data]" in build.stderr


def test_an_old_note_field_says_where_a_note_goes(tmp_path):
    project = copy_project(tmp_path / "p")
    (project / "data" / "glossary.yaml").write_text(
        "terms:\n  - ja: 甲\n    reading: こう\n    en: A\n    status: ours\n    source: https://a.example/\n"
        "    definition_en: x\n    definition_ja: y\n    note: not enforced\n", encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        load_glossary(project)
    assert "`reader_note`" in caught.value.findings[0].hint and "`translator_note`" in caught.value.findings[0].hint


def test_notes_are_kept_apart_for_readers_and_translators():
    glossary = load_glossary(ROOT)
    assert sum(1 for term in glossary.terms if term.translator_note) > 50
    # the working notes of issue 23 are for translators, never readers
    for term in glossary.terms:
        for working in ("not enforced", "Avoid “Personal", "Our rendering", "No official English", "(the source)"):
            assert working not in term.reader_note, (term.ja, working)
    assert "Personal Identification Number" in glossary.by_ja["個人番号"].translator_note
