"""XLIFF 2.0 for translators (OmegaT, Trados, memoQ, Okapi), written and read with lxml.

One file per language; one ``<file>`` per page, one ``<unit>`` per segment::

    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ja" trgLang="en">
      <file id="mynapoint-round-2" original="docs/en/mynapoint-round-2.md">
        <unit id="s-5d0b4e4f" name="mynapoint-round-2#s-5d0b4e4f">
          <notes>
            <note category="translator-note">“R3” stands for Reiwa 3, …</note>
          </notes>
          <segment state="translated">
            <source xml:space="preserve">R3補正予算：1兆8,134.1億円</source>
            <target xml:space="preserve">FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion</target>
          </segment>
        </unit>

The file id is the page slug and the unit id the segment's anchor (both NMTOKENs; ``#`` is not
one, so the PO context ``slug#anchor`` is the unit's ``name``). States: ``translated``;
``initial`` without a target when untranslated; ``initial`` with the target and
``subState="edition:outdated"`` when outdated, the ``/// previous-source`` copy in a
``<note category="previous-source">``. Notes are read-only and never imported.

Why lxml and not translate-toolkit: translate-toolkit 3.20.4 has an XLIFF 2.0 store
(``translate.storage.xliff2``), but it writes ``<notes>`` inside ``<segment>`` and
``xml:space`` on ``<segment>``, which the XLIFF 2.0 core schema does not allow (``<notes>``
belongs to ``<unit>``, before its segments; ``<segment>`` takes only id, canResegment, state,
subState), and it reads a unit a tool split into several segments as several units. So the
file is built and read as XML here, in its namespace, with lxml (no string building, no
regular expressions); a unit split into segments (and ``<ignorable>``) is read back joined.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.findings import EditionError, Finding
from edition.translation.exchange.merge import Update
from edition.translation.exchange.units import EditionUnits, Unit, context_of

NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
REVIEWED_STATES = frozenset({"translated", "reviewed", "final"})
OUTDATED = "edition:outdated"
INVALID_HINT = "save it again from the CAT tool as XLIFF 2, or export again (`make export`); nothing was written"


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _text_element(parent: etree._Element, name: str, text: str) -> etree._Element:
    element = etree.SubElement(parent, _q(name))
    element.set(XML_SPACE, "preserve")
    element.text = text
    return element


def _unit(parent: etree._Element, unit: Unit) -> None:
    element = etree.SubElement(parent, _q("unit"), id=unit.anchor, name=unit.context)
    notes = [(note.kind, note.as_text()) for note in unit.notes]
    if unit.needs_review and unit.previous is not None:
        notes.append(("previous-source", unit.previous))
    if notes:
        container = etree.SubElement(element, _q("notes"))
        for category, text in notes:
            etree.SubElement(container, _q("note"), category=category).text = text
    segment = etree.SubElement(element, _q("segment"))
    if unit.needs_review:
        segment.set("state", "initial")
        segment.set("subState", OUTDATED)
    else:
        segment.set("state", "translated" if unit.translation else "initial")
    _text_element(segment, "source", unit.source)
    if unit.translation:
        _text_element(segment, "target", unit.translation)


def xliff_document(units: EditionUnits) -> bytes:
    root = etree.Element(_q("xliff"), nsmap={None: NS}, version="2.0", srcLang=units.source_language,
                         trgLang=units.language)
    files: dict[str, etree._Element] = {}
    for unit in units.units:
        if unit.page not in files:
            files[unit.page] = etree.SubElement(root, _q("file"), id=unit.page, original=unit.path)
        _unit(files[unit.page], unit)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def write_xliff(units: EditionUnits, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(xliff_document(units))
    return path


def _plain_text(element: etree._Element, shown: str, problems: list[Finding]) -> str:
    if len(element):
        problems.append(Finding(shown, element.sourceline or 1, 1, "exchange-invalid",
                                f"<{etree.QName(element).localname}> holds inline markup "
                                f"(<{etree.QName(element[0]).localname}>); the edition's text is plain Markdown",
                                "remove the inline codes (or let the tool write them as text); nothing was written"))
    return element.text or ""


def _read_unit(unit: etree._Element, slug: str, shown: str, problems: list[Finding]) -> Update | None:
    line = unit.sourceline or 1
    unit_id = unit.get("id")
    if not unit_id:
        problems.append(Finding(shown, line, 1, "exchange-unknown-segment", "this <unit> has no id, so it names no "
                                "segment", "export again (`make export`); nothing was written"))
        return None
    parts = [child for child in unit if etree.QName(child).localname in ("segment", "ignorable")
             and etree.QName(child).namespace == NS]
    if not parts:
        problems.append(Finding(shown, line, 1, "exchange-invalid", f"<unit id=\"{unit_id}\"> has no <segment>",
                                INVALID_HINT))
        return None
    sources, targets, states = [], [], []
    for part in parts:
        source = part.find(_q("source"))
        target = part.find(_q("target"))
        if source is None:
            problems.append(Finding(shown, part.sourceline or line, 1, "exchange-invalid",
                                    f"a <{etree.QName(part).localname}> of unit {unit_id} has no <source>",
                                    INVALID_HINT))
            return None
        sources.append(_plain_text(source, shown, problems))
        if target is not None:
            targets.append(_plain_text(target, shown, problems))
        elif etree.QName(part).localname == "ignorable":
            targets.append(sources[-1])    # an ignorable without a target stands as it is
        if etree.QName(part).localname == "segment":
            states.append(part.get("state", "initial"))
    translated = [t for t in targets if t]
    if translated and len(targets) < len(parts):
        problems.append(Finding(shown, line, 1, "exchange-invalid",
                                f"unit {unit_id} is split into segments and only some have a <target>",
                                "translate every segment of the unit (or none), then import again; "
                                "nothing was written"))
        return None
    text = "".join(targets) if translated else ""
    reviewed = bool(states) and all(state in REVIEWED_STATES for state in states)
    return Update(shown, line, context_of(slug, unit_id), "".join(sources), text, reviewed=reviewed)


def read_xliff(path: Path, shown: str, source_language: str) -> tuple[str, list[Update]]:
    """(trgLang, the units); a file that is not XLIFF 2 raises EditionError with its line."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        line = error.lineno or 1
        raise EditionError([Finding(shown, line, 1, "exchange-invalid", f"not well-formed XML: {error.msg}",
                                    INVALID_HINT)]) from None
    problems: list[Finding] = []
    if root.tag != _q("xliff") or not str(root.get("version", "")).startswith("2."):
        version = root.get("version", "?")
        raise EditionError([Finding(shown, root.sourceline or 1, 1, "exchange-invalid",
                                    f"not XLIFF 2 (root <{etree.QName(root).localname}>, version {version}, "
                                    f"namespace {etree.QName(root).namespace or 'none'}; expected {NS})",
                                    INVALID_HINT)])
    if root.get("srcLang") != source_language:
        problems.append(Finding(shown, root.sourceline or 1, 1, "exchange-invalid",
                                f"srcLang is {root.get('srcLang')!r}; the edition's source language is "
                                f"{source_language!r}", INVALID_HINT))
    updates: list[Update] = []
    for file_element in root.iter(_q("file")):
        slug = file_element.get("id", "")
        for unit in file_element.iter(_q("unit")):
            update = _read_unit(unit, slug, shown, problems)
            if update is not None:
                updates.append(update)
    if problems:
        raise EditionError(problems)
    return str(root.get("trgLang", "")).strip(), updates
