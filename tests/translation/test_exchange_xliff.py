"""`edition export` / `edition import FILE` through XLIFF 2.0 (edition/translation/exchange/xliff.py): on a copy of the real
edition, with lxml and translate-toolkit rewriting the file the way CAT tools do."""

from __future__ import annotations

import copy
import difflib
from pathlib import Path

import pytest
from lxml import etree

from edition.cli import main
from edition.source.plan import load_plan
from edition.translation.alignment import align_all, align_page
from edition.translation.pairing import SegmentStatus

NS = "urn:oasis:names:tc:xliff:document:2.0"
X = {"x": NS}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PAGE = "mynapoint-round-2"
R3 = "R3補正予算：1兆8,134.1億円"


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _snapshot(project: Path) -> dict[str, bytes]:
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted((project / "docs").rglob("*")) if p.is_file()}


def _export(project: Path) -> Path:
    assert main(["export", "--root", str(project), "--format", "xliff", "--lang", "en"]) == 0
    return project / "build" / "translations" / "en.xlf"


def _import(project: Path, *files: Path) -> int:
    return main(["import", "--root", str(project), *map(str, files)])


def _tree(path: Path) -> etree._ElementTree:
    return etree.parse(str(path))


def _unit(tree: etree._ElementTree, source_start: str) -> etree._Element:
    return next(u for u in tree.iterfind(f".//x:file[@id='{PAGE}']/x:unit", X)
                if u.findtext("x:segment/x:source", namespaces=X).startswith(source_start))


def test_a_whole_edition_round_trip_through_xliff_changes_no_byte(project_copy):
    before = _snapshot(project_copy)
    path = _export(project_copy)
    assert _import(project_copy, path) == 0
    assert _snapshot(project_copy) == before
    tree = _tree(path)
    root = tree.getroot()
    assert root.tag == _q("xliff") and root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("ja", "en")
    alignments = [r for r in align_all(load_plan(project_copy)) if r.language == "en"]
    files = root.findall("x:file", X)
    assert [f.get("id") for f in files] == [r.page.slug for r in alignments]
    assert [f.get("original") for f in files] == [r.target_path for r in alignments]
    units = root.findall("x:file/x:unit", X)
    assert len(units) == sum(len(r.segments) for r in alignments) > 300
    assert [u.get("id") for u in units] == [s.anchor for r in alignments for s in r.segments]
    assert [u.findtext("x:segment/x:source", namespaces=X) for u in units] == [
        e.copy for r in alignments for e in r.target.entries]
    # the XLIFF 2.0 core content model: <notes> in <unit> before its segments; <segment> holds source, target
    for unit in units:
        assert [etree.QName(c).localname for c in unit] in (["segment"], ["notes", "segment"])
        assert unit.get("name") == f"{unit.getparent().get('id')}#{unit.get('id')}"
        segment = unit.find("x:segment", X)
        assert set(segment.attrib) <= {"id", "canResegment", "state", "subState"}
        assert [etree.QName(c).localname for c in segment] == ["source", "target"]
        assert all(c.get(XML_SPACE) == "preserve" and len(c) == 0 for c in segment)
        assert segment.get("state") == "translated"
    r3 = _unit(tree, R3)
    assert r3.findtext("x:segment/x:target", namespaces=X) == "FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion"
    assert r3.find("x:notes/x:note", X).get("category") == "translator-note"


def test_an_xliff_file_rewritten_by_tools_still_changes_no_byte(project_copy):
    before = _snapshot(project_copy)
    path = _export(project_copy)
    # like a tool: files and units in another order, notes dropped, other indentation, states moved on,
    # a unit resegmented into two segments with an <ignorable> between them
    tree = _tree(path)
    root = tree.getroot()
    for file_element in root.findall("x:file", X)[::-1]:
        root.remove(file_element)
        root.append(file_element)
        for unit in file_element.findall("x:unit", X)[::-1]:
            file_element.remove(unit)
            file_element.append(unit)
            for notes in unit.findall("x:notes", X):
                unit.remove(notes)
            unit.find("x:segment", X).set("state", "final")
    split = _unit(tree, "| マイナポイント第2弾 対象者")
    segment = split.find("x:segment", X)
    source, target = segment.findtext("x:source", namespaces=X), segment.findtext("x:target", namespaces=X)
    cut_source, cut_target = source.index("\n"), target.index("\n")
    second, gap = copy.deepcopy(segment), etree.SubElement(split, _q("ignorable"))
    segment.find("x:source", X).text, segment.find("x:target", X).text = source[:cut_source], target[:cut_target]
    etree.SubElement(gap, _q("source")).text = "\n"
    second.find("x:source", X).text, second.find("x:target", X).text = (source[cut_source + 1:],
                                                                        target[cut_target + 1:])
    split.append(second)
    flat = path.with_name("tool.xlf")
    flat.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=False))
    assert flat.read_bytes() != path.read_bytes()
    assert _import(project_copy, flat) == 0
    assert _snapshot(project_copy) == before
    # and as translate-toolkit's XLIFF 2 store (Weblate, Pootle) writes it back
    from translate.storage.xliff2 import Xliff2File
    toolkit = path.with_name("toolkit.xlf")
    toolkit.write_bytes(bytes(Xliff2File(path.read_bytes())))
    assert _import(project_copy, toolkit) == 0
    assert _snapshot(project_copy) == before


def test_changing_one_target_changes_only_its_lines(project_copy):
    path = _export(project_copy)
    page = project_copy / "docs" / "en" / f"{PAGE}.md"
    before_all, before = _snapshot(project_copy), page.read_text(encoding="utf-8")
    tree = _tree(path)
    unit = _unit(tree, R3)
    target = unit.find("x:segment/x:target", X)
    old, target.text = target.text, "FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion <br> & more"
    unit.find("x:notes/x:note", X).text = "An edited note: must not reach the page."
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert _import(project_copy, path) == 0
    after = page.read_text(encoding="utf-8")
    diff = [line for line in difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0)
            if not line.startswith(("---", "+++", "@@"))]
    assert diff == [f"-{old}", f"+{target.text}"]
    assert "An edited note" not in after
    assert _snapshot(project_copy) == {**before_all, f"docs/en/{PAGE}.md": after.encode()}


def test_an_outdated_segment_is_initial_and_a_reviewed_state_removes_the_previous_source(project_copy):
    ja = project_copy / "docs" / "ja" / f"{PAGE}.md"
    ja.write_text(ja.read_text(encoding="utf-8").replace("申込 7,500円相当", "申込 8,000円相当"), encoding="utf-8")
    assert main(["sync", "--root", str(project_copy)]) == 0
    page = project_copy / "docs" / "en" / f"{PAGE}.md"
    outdated = page.read_text(encoding="utf-8")
    path = _export(project_copy)
    tree = _tree(path)
    unit = _unit(tree, "申込 8,000円相当")
    segment = unit.find("x:segment", X)
    assert (segment.get("state"), segment.get("subState")) == ("initial", "edition:outdated")
    assert unit.find("x:notes/x:note[@category='previous-source']", X).text == "申込 7,500円相当"
    assert segment.findtext("x:target", namespaces=X).startswith("Apply: ¥7,500 worth")
    assert _import(project_copy, path) == 0 and page.read_text(encoding="utf-8") == outdated
    target = segment.find("x:target", X)
    target.text = target.text.replace("¥7,500", "¥8,000")
    segment.set("state", "reviewed")
    del segment.attrib["subState"]
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert _import(project_copy, path) == 0
    text = page.read_text(encoding="utf-8")
    assert "previous-source" not in text and "/// source\n申込 8,000円相当\n///\n\nApply: ¥8,000 worth" in text
    plan = load_plan(project_copy)
    slug = next(p for p in plan.pages if p.slug == PAGE)
    assert align_page(plan, "en", slug).count(SegmentStatus.OUTDATED) == 0


@pytest.mark.parametrize("change, rule", [
    ("source", "exchange-source-changed"),
    ("id", "exchange-unknown-segment"),
    ("inline", "exchange-invalid"),
])
def test_a_unit_that_does_not_fit_the_page_is_refused_at_its_line(project_copy, capsys, change, rule):
    path = _export(project_copy)
    tree = _tree(path)
    other = _unit(tree, "参考")
    other.find("x:segment/x:target", X).text = "A valid edit, not written either"
    unit = _unit(tree, R3)
    if change == "source":
        unit.find("x:segment/x:source", X).text = "R3補正予算：2兆円"
    elif change == "id":
        unit.set("id", "s-00000000")
    else:
        etree.SubElement(unit.find("x:segment/x:target", X), _q("ph"), id="1")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    written = _tree(path).find(f".//x:unit[@name='{unit.get('name')}']", X)
    line = (written.find("x:segment/x:target", X) if change == "inline" else written).sourceline
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 1
    err = capsys.readouterr().err
    assert f"{path}:{line}:1: [{rule}]" in err and err.count(f"{path}:") == 1, err
    assert _snapshot(project_copy) == before


@pytest.mark.parametrize("content, expected", [
    (b"<?xml version='1.0'?>\n<xliff version='2.0' xmlns='urn:oasis:names:tc:xliff:document:2.0'>\n<file>\n",
     ":4:1: [exchange-invalid] not well-formed XML"),
    (b"<?xml version='1.0'?>\n<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>"
     b"<file original='x' source-language='ja' datatype='plaintext'><body/></file></xliff>\n",
     ":2:1: [exchange-invalid] not XLIFF 2"),
])
def test_a_file_that_is_not_xliff_2_is_refused(project_copy, capsys, content, expected):
    path = project_copy / "en.xlf"
    path.write_bytes(content)
    before = _snapshot(project_copy)
    assert _import(project_copy, path) == 1
    assert f"{path}{expected}" in capsys.readouterr().err
    assert _snapshot(project_copy) == before
