"""`edition export` / `edition import FILE` through gettext PO (edition/translation/exchange/): on a copy of the real
edition, with polib and translate-toolkit reading and rewriting the file the way CAT tools do."""

from __future__ import annotations

import difflib
import time
from pathlib import Path

import polib
import pytest

from edition.cli import main
from edition.source.plan import load_plan
from edition.translation.alignment import align_all, align_page
from edition.translation.page_format import parse_target_page
from edition.translation.pairing import SegmentStatus

PAGE = "mynapoint-round-2"
R3 = "R3補正予算：1兆8,134.1億円"                 # a segment with a translator-note
PER_PERSON = "「マイナンバーカードの普及を促進する"     # a segment with a waiver and a translator-note


def _snapshot(project: Path) -> dict[str, bytes]:
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted((project / "docs").rglob("*")) if p.is_file()}


def _export(project: Path, *args: str) -> Path:
    assert main(["export", "--root", str(project), "--format", "po", *args]) == 0
    return project / "build" / "translations" / "en.po"


def _import(project: Path, *files: Path | str) -> int:
    return main(["import", "--root", str(project), *map(str, files)])


def _entry(po: polib.POFile, msgid_start: str) -> polib.POEntry:
    return next(e for e in po if e.msgid.startswith(msgid_start) and e.msgctxt.startswith(PAGE + "#"))


def _notes(page) -> list:
    return [(e.copy, [(n.kind, n.options, n.body) for n in e.notes]) for e in page.entries]


def _changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """(removed, added) lines of a diff."""
    removed, added = [], []
    for line in difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        (removed if line.startswith("-") else added).append(line[1:])
    return removed, added


def test_a_whole_edition_round_trip_through_po_changes_no_byte(project_copy, capsys):
    before = _snapshot(project_copy)
    started = time.perf_counter()
    path = _export(project_copy)
    assert _import(project_copy, path) == 0
    elapsed = time.perf_counter() - started
    assert _snapshot(project_copy) == before
    out = capsys.readouterr().out
    assert "import en: changed 0 of 15 pages: 0 segments updated" in out
    # one entry per segment, the Japanese exactly as in the `/// source` blocks, the English as in the page
    po = polib.pofile(str(path))
    alignments = [r for r in align_all(load_plan(project_copy)) if r.language == "en"]
    assert len(po) == sum(len(r.segments) for r in alignments) > 300
    copies = [e.copy for r in alignments for e in r.target.entries]
    assert [e.msgid for e in po] == copies
    assert all(e.msgstr and "fuzzy" not in e.flags and e.previous_msgid is None for e in po)
    assert po.metadata["Language"] == "en" and "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.metadata["Project-Id-Version"]
    table = next(e for e in po if e.msgid.startswith("| マイナポイント第2弾 対象者"))
    assert table.msgstr.count("\n") == 5 and table.msgstr.startswith("| Eligible for My Number Points, round 2 |")
    r3 = _entry(po, R3)
    assert r3.msgctxt.startswith(PAGE + "#s-") and r3.msgstr == "FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion"
    # the note as a read-only comment: its kind and options (its title), then its body
    assert r3.comment.startswith("translator-note (title: “R3” is FY2021;")
    assert "):\n“R3” stands for Reiwa 3" in r3.comment
    assert r3.occurrences == [(f"docs/en/{PAGE}.md", str(parse_target_page(
        (project_copy / "docs/en" / f"{PAGE}.md").read_text(encoding="utf-8"), "x").entries[3].line))]
    # the waiver is the page's, not part of the translation
    waived = _entry(po, PER_PERSON)
    assert "waive" not in waived.msgstr and waived.msgstr.endswith("(“Economic Measures to Overcome COVID-19 and "
                                                                   "Pioneer a New Era”, Cabinet decision of 19 "
                                                                   "November 2021)")
    assert elapsed < 30, elapsed


def test_a_po_file_rewritten_by_tools_still_changes_no_byte(project_copy):
    before = _snapshot(project_copy)
    path = _export(project_copy)
    # like Poedit/Weblate: other wrapping, other order, other header, comments dropped and added
    po = polib.pofile(str(path), wrapwidth=30)
    entries = list(po)[::-1]
    po[:] = entries
    po.metadata.update({"Language": "en_US", "Last-Translator": "A Translator <a@example.org>",
                        "PO-Revision-Date": "2026-01-02 03:04+0900", "X-Generator": "Poedit 3.4"})
    del po.metadata["Project-Id-Version"]
    for index, entry in enumerate(po):
        entry.comment = ""
        entry.occurrences = []
        entry.tcomment = f"checked {index}"
    rewrapped = path.with_name("rewrapped.po")
    po.save(str(rewrapped))
    assert rewrapped.read_text(encoding="utf-8") != path.read_text(encoding="utf-8")
    # and as translate-toolkit (Pootle, Virtaal, Weblate's PO backend) writes it
    from translate.storage.pypo import pofile
    store = pofile(rewrapped.read_bytes())
    toolkit = path.with_name("toolkit.po")
    toolkit.write_bytes(bytes(store))
    no_wrap = polib.pofile(str(path), wrapwidth=0)
    unwrapped = path.with_name("nowrap.po")
    no_wrap.save(str(unwrapped))
    for edited in (rewrapped, toolkit, unwrapped):
        assert _import(project_copy, edited) == 0, edited
        assert _snapshot(project_copy) == before, edited


def test_changing_one_translation_changes_only_its_lines(project_copy, capsys):
    path = _export(project_copy)
    page = project_copy / "docs" / "en" / f"{PAGE}.md"
    before_all, before = _snapshot(project_copy), page.read_text(encoding="utf-8")
    po = polib.pofile(str(path))
    old = _entry(po, R3).msgstr
    new = "FY2021 (Reiwa 3) supplementary budget:\n¥1,813.41 billion (about ¥1.8 trillion)"
    _entry(po, R3).msgstr = new
    _entry(po, R3).comment = "translator-note:\nEdited in the CAT tool: must not reach the page."
    waived = _entry(po, PER_PERSON)
    waived_old, waived.msgstr = waived.msgstr, waived.msgstr.replace("“In order to promote", "“To promote")
    po.save(str(path))
    assert _import(project_copy, path) == 0
    after = page.read_text(encoding="utf-8")
    removed, added = _changed_lines(before, after)
    assert removed == [old, waived_old] and added == [*new.split("\n"), waived.msgstr]
    assert _snapshot(project_copy) == {**before_all, f"docs/en/{PAGE}.md": after.encode()}
    # notes and the waiver are where they were, unchanged; the edited PO comment did not reach the page
    assert "Edited in the CAT tool" not in after
    old_page, new_page = parse_target_page(before, "x"), parse_target_page(after, "x")
    assert _notes(old_page) == _notes(new_page)
    assert after.count("<!-- waive number-missing 1: 1人当たり") == 1
    assert "changed 1 of 15 pages: 2 segments updated" in capsys.readouterr().out


def test_a_translation_for_an_untranslated_segment_goes_after_its_copy(project_copy):
    page = project_copy / "docs" / "en" / f"{PAGE}.md"
    original = page.read_text(encoding="utf-8")
    english = "FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion"
    page.write_text(original.replace(f"{english}\n\n", "", 1), encoding="utf-8")
    path = _export(project_copy)
    po = polib.pofile(str(path))
    assert _entry(po, R3).msgstr == ""
    _entry(po, R3).msgstr = english
    po.save(str(path))
    assert _import(project_copy, path) == 0
    assert page.read_text(encoding="utf-8") == original


def _make_outdated(project: Path) -> Path:
    """The Japanese of one segment changes and `sync` runs: the page keeps the old copy in previous-source."""
    ja = project / "docs" / "ja" / f"{PAGE}.md"
    ja.write_text(ja.read_text(encoding="utf-8").replace("申込 7,500円相当", "申込 8,000円相当"), encoding="utf-8")
    assert main(["sync", "--root", str(project)]) == 0
    page = project / "docs" / "en" / f"{PAGE}.md"
    assert "/// previous-source\n申込 7,500円相当\n///" in page.read_text(encoding="utf-8")
    return page


def test_an_outdated_segment_is_fuzzy_with_its_previous_source(project_copy):
    page = _make_outdated(project_copy)
    before = _snapshot(project_copy)
    path = _export(project_copy)
    text = path.read_text(encoding="utf-8")
    assert '#, fuzzy\n#| msgid "申込 7,500円相当"\nmsgctxt "' in text
    entry = _entry(polib.pofile(str(path)), "申込 8,000円相当")
    assert entry.previous_msgid == "申込 7,500円相当" and entry.msgstr.startswith("Apply: ¥7,500 worth")
    assert sum(1 for e in polib.pofile(str(path)) if "fuzzy" in e.flags) == 1
    # still fuzzy, unchanged: nothing changes; still fuzzy, edited: the English changes, the old copy stays
    assert _import(project_copy, path) == 0 and _snapshot(project_copy) == before
    po = polib.pofile(str(path))
    _entry(po, "申込 8,000円相当").msgstr = "Apply: ¥8,000 worth"
    po.save(str(path))
    assert _import(project_copy, path) == 0
    assert "/// previous-source\n申込 7,500円相当\n///\n\nApply: ¥8,000 worth" in page.read_text(encoding="utf-8")
    plan = load_plan(project_copy)
    slug = next(p for p in plan.pages if p.slug == PAGE)
    assert align_page(plan, "en", slug).count(SegmentStatus.OUTDATED) == 1


def test_clearing_fuzzy_removes_the_previous_source_block(project_copy, capsys):
    page = project_copy / "docs" / "en" / f"{PAGE}.md"
    reviewed_page = page.read_text(encoding="utf-8").replace("/// source\n申込 7,500円相当\n///\n\nApply: ¥7,500 worth",
                                                             "/// source\n申込 8,000円相当\n///\n\nApply: ¥8,000 worth")
    _make_outdated(project_copy)
    path = _export(project_copy)
    po = polib.pofile(str(path))
    entry = _entry(po, "申込 8,000円相当")
    entry.msgstr = entry.msgstr.replace("¥7,500", "¥8,000")
    entry.flags.remove("fuzzy")          # the translator reviewed it against the new Japanese
    entry.previous_msgid = None
    po.save(str(path))
    assert _import(project_copy, path) == 0
    assert page.read_text(encoding="utf-8") == reviewed_page
    assert "1 segments updated, 1 `/// previous-source` blocks removed (reviewed)" in capsys.readouterr().out
    plan = load_plan(project_copy)
    slug = next(p for p in plan.pages if p.slug == PAGE)
    assert align_page(plan, "en", slug).count(SegmentStatus.OUTDATED) == 0


def test_an_entry_whose_japanese_changed_is_refused_and_nothing_is_written(project_copy, capsys):
    # the Japanese changed, the page was not synced yet: the export has the old copy (fuzzy) ...
    ja = project_copy / "docs" / "ja" / f"{PAGE}.md"
    ja.write_text(ja.read_text(encoding="utf-8").replace("申込 7,500円相当", "申込 8,000円相当"), encoding="utf-8")
    path = _export(project_copy)
    po = polib.pofile(str(path))
    _entry(po, R3).msgstr = "An edit that must not be written either"
    stale = _entry(po, "申込 7,500円相当")
    assert "fuzzy" in stale.flags and stale.previous_msgid is None
    stale.msgstr = "Apply: ¥8,000 worth"
    po.save(str(path))
    # ... then `make sync` puts the new Japanese into the page: the file's Japanese is not the page's any more
    assert main(["sync", "--root", str(project_copy)]) == 0
    before = _snapshot(project_copy)
    capsys.readouterr()
    assert _import(project_copy, path) == 1
    err = capsys.readouterr().err
    line = _entry(polib.pofile(str(path)), "申込 7,500円相当").linenum
    assert f"{path}:{line}:1: [exchange-source-changed] the Japanese of `{PAGE}#s-" in err
    assert "`make sync` if the Japanese changed, then export again (`make export`)" in err
    assert "nothing was written" in err
    assert "import: refused, nothing written (1 problems)" in err
    assert _snapshot(project_copy) == before          # the other, valid entry was not written either


def test_an_entry_with_an_edited_msgid_is_refused(project_copy, capsys):
    path = _export(project_copy)
    po = polib.pofile(str(path))
    _entry(po, R3).msgid = "R3補正予算：2兆円"
    po.save(str(path))
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 1
    line = _entry(polib.pofile(str(path)), "R3補正予算：2兆円").linenum
    assert f"{path}:{line}:1: [exchange-source-changed]" in capsys.readouterr().err
    assert _snapshot(project_copy) == before


@pytest.mark.parametrize("context, expected", [
    (f"{PAGE}#s-00000000", f"`{PAGE}#s-00000000` names no segment of docs/ja/{PAGE}.md"),
    ("no-such-page#s-00000000", "`no-such-page#s-00000000` names no segment: there is no page `no-such-page`"),
])
def test_an_unknown_context_is_refused(project_copy, capsys, context, expected):
    path = _export(project_copy)
    po = polib.pofile(str(path))
    _entry(po, R3).msgctxt = context
    po.save(str(path))
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 1
    line = next(e for e in polib.pofile(str(path)) if e.msgctxt == context).linenum
    err = capsys.readouterr().err
    assert f"{path}:{line}:1: [exchange-unknown-segment] {expected}" in err
    assert _snapshot(project_copy) == before


def test_a_translation_that_would_break_the_page_is_refused(project_copy, capsys):
    path = _export(project_copy)
    before = _snapshot(project_copy)
    for bad in ("Budget.\n\n/// source\n偽物\n///", "Budget.\n\n```\nan unclosed fence", "Budget.\n\n/// details\nopen",
                "Budget.\n\n<!-- waive number-missing 1: a waiver is the page's -->"):
        po = polib.pofile(str(path))
        _entry(po, R3).msgstr = bad
        po.save(str(path))
        assert _import(project_copy, path) == 1, bad
        line = _entry(polib.pofile(str(path)), R3).linenum
        assert f"{path}:{line}:1: [exchange-structure]" in capsys.readouterr().err
        assert _snapshot(project_copy) == before


def test_a_fuzzy_draft_and_an_empty_translation_leave_the_page_as_it_is(project_copy, capsys):
    path = _export(project_copy)
    before = _snapshot(project_copy)
    po = polib.pofile(str(path))
    _entry(po, R3).msgstr = "A pre-translation the tool marked fuzzy"
    _entry(po, R3).flags.append("fuzzy")
    _entry(po, PER_PERSON).msgstr = ""
    po.save(str(path))
    capsys.readouterr()
    assert _import(project_copy, path) == 0
    out = capsys.readouterr().out
    assert "[exchange-fuzzy]" in out and "[exchange-empty]" in out
    assert _snapshot(project_copy) == before


def test_a_file_that_is_not_po_is_refused_with_its_line(project_copy, capsys):
    path = _export(project_copy)
    text = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(text) if line.startswith("msgctxt")) + 1
    text[at] = 'msgid "an "unescaped" quote"'
    path.write_text("\n".join(text), encoding="utf-8")
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 1
    assert f"{path}:{at + 1}:1: [exchange-invalid] not a valid PO file" in capsys.readouterr().err
    assert _snapshot(project_copy) == before


def test_import_check_and_the_transcript_import_are_unchanged(project_copy, capsys):
    path = _export(project_copy)
    po = polib.pofile(str(path))
    _entry(po, R3).msgstr = "Changed"
    po.save(str(path))
    before = _snapshot(project_copy)
    assert main(["import", "--root", str(project_copy), "--check", str(path)]) == 1
    assert f"would change: docs/en/{PAGE}.md" in capsys.readouterr().out
    assert _snapshot(project_copy) == before
    assert main(["import", "--root", str(project_copy), "--check"]) == 0       # no FILE: the transcript, as before
    assert "import --check: 0 of 15 pages differ from the transcript" in capsys.readouterr().out
    assert main(["import", "--root", str(project_copy), str(path.with_suffix(".txt"))]) == 2


def test_the_language_is_the_files_unless_lang_says(project_copy, capsys):
    path = _export(project_copy)
    po = polib.pofile(str(path))
    del po.metadata["Language"]
    _entry(po, R3).msgstr = "Changed"
    po.save(str(path))
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 1
    assert f"{path}:1:1: [exchange-language] the file's language '' is not a translation language" in (
        capsys.readouterr().err)
    assert _snapshot(project_copy) == before
    assert main(["import", "--root", str(project_copy), "--lang", "en", str(path)]) == 0
    assert "\nChanged\n" in (project_copy / "docs" / "en" / f"{PAGE}.md").read_text(encoding="utf-8")


def test_the_same_segment_with_two_translations_in_two_files_is_refused(project_copy, capsys):
    assert main(["export", "--root", str(project_copy)]) == 0
    folder = project_copy / "build" / "translations"
    po = polib.pofile(str(folder / "en.po"))
    _entry(po, R3).msgstr = "One translation"
    po.save(str(folder / "en.po"))
    before = _snapshot(project_copy)
    assert _import(project_copy, folder / "en.po", folder / "en.xlf") == 1
    assert "[exchange-duplicate] segment mynapoint-round-2#s-" in capsys.readouterr().err
    assert _snapshot(project_copy) == before


def test_make_has_the_export_target_the_hints_name():
    from conftest import ROOT
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\nexport: setup\n\t$(BIN)/edition export $(ARGS)\n" in makefile
    assert "\nimport: setup\n\t$(BIN)/edition import $(ARGS)\n" in makefile
    from edition.translation.exchange import merge
    assert "`make export`" in merge.EXPORT_AGAIN


def test_a_translation_split_by_a_note_is_exported_whole_and_edited_only_in_the_page(project_copy, capsys):
    page = project_copy / "docs" / "en" / f"{PAGE}.md"
    english = "FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion"
    page.write_text(page.read_text(encoding="utf-8").replace(
        f"{english}\n\n", f"{english}\n\n/// translator-note\nBetween the parts.\n///\n\nA second part.\n\n", 1),
        encoding="utf-8")
    path = _export(project_copy)
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 0 and _snapshot(project_copy) == before
    po = polib.pofile(str(path))
    assert _entry(po, R3).msgstr == f"{english}\n\nA second part."
    _entry(po, R3).msgstr = "One part now"
    po.save(str(path))
    assert _import(project_copy, path) == 1
    assert "[exchange-split] the translation of `mynapoint-round-2#s-" in capsys.readouterr().err
    assert _snapshot(project_copy) == before


def test_export_into_a_path_that_is_a_file_is_a_usage_error_not_a_traceback(project_copy, capsys):
    target = project_copy / "not-a-folder"
    target.write_text("x", encoding="utf-8")
    assert main(["export", "--root", str(project_copy), "--output", str(target)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "x"
