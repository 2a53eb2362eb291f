"""Gettext PO for translators (Poedit, Weblate, OmegaT, Lokalize), written and read by polib.

One file per language, one entry per segment::

    #. translator-note:
    #. “R3” stands for Reiwa 3, …
    #: docs/en/mynapoint-round-2.md:24
    #, fuzzy
    #| msgid "…the Japanese the English was made from…"
    msgctxt "mynapoint-round-2#s-5d0b4e4f"
    msgid "R3補正予算：1兆8,134.1億円"
    msgstr "FY2021 (Reiwa 3) supplementary budget: ¥1,813.41 billion"

- ``msgctxt``: ``<page slug>#<anchor>``; it names the segment on import;
- ``msgid``: the Japanese copy, exactly as in the ``/// source`` block; ``msgstr``: the
  translation, exactly as in the page (Markdown, may span lines; "" when untranslated);
- the segment's notes (translator-note, erratum, update) are **extracted comments** (``#.``):
  tools show them as read-only notes for the translator, and an import ignores every comment,
  so a note is edited in the page, never through the PO file. ``#:`` is the page and line of
  the ``/// source`` block;
- an outdated segment is ``fuzzy``; ``#| msgid`` is its ``/// previous-source`` copy.

Reading accepts what the tools do to a file: other wrapping, other order, other header fields,
comments dropped or added, the fuzzy flag set or cleared. Obsolete entries (``#~``) are ignored.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

from edition.findings import EditionError, Finding
from edition.text_files import read_text
from edition.translation.exchange.merge import Update
from edition.translation.exchange.units import EditionUnits, Unit

PROJECT = "my-number-card-2022 edition"
FUZZY = "fuzzy"
HEADER = """Translations of {language} pages of the edition, one entry per segment (msgctxt: page#anchor).
msgid is the Japanese copy of the page's `/// source` block: do not change it. Notes (#.) are read-only:
edit them in docs/{language}/. Import: `make import ARGS=<this file>` (`edition import <this file>`)."""


def _entry(unit: Unit) -> polib.POEntry:
    entry = polib.POEntry(msgctxt=unit.context, msgid=unit.source, msgstr=unit.translation,
                          occurrences=[(unit.path, str(unit.line))],
                          comment="\n".join(note.as_comment() for note in unit.notes))
    if unit.needs_review:
        entry.flags.append(FUZZY)
        entry.previous_msgid = unit.previous
    return entry


def po_file(units: EditionUnits) -> polib.POFile:
    po = polib.POFile(wrapwidth=78)
    po.header = HEADER.format(language=units.language)
    po.metadata = {
        "Project-Id-Version": PROJECT,
        "Language": units.language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": units.source_language,
    }
    for unit in units.units:
        po.append(_entry(unit))
    return po


def write_po(units: EditionUnits, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(po_file(units)) + "\n", encoding="utf-8")
    return path


def _invalid(shown: str, line: int, message: str) -> EditionError:
    return EditionError([Finding(shown, line, 1, "exchange-invalid", message,
                                 "save it again from the CAT tool as a PO file, or export again (`make export`); "
                                 "nothing was written")])


def read_po(path: Path, shown: str) -> tuple[str, list[Update]]:
    """(the Language header, the entries); a file polib cannot read raises EditionError."""
    text = read_text(path, shown)
    try:
        po = polib.pofile(text if "\n" in text else text + "\n", wrapwidth=0)
    except (OSError, ValueError) as error:
        at = re.search(r"line (\d+)", str(error))
        raise _invalid(shown, int(at.group(1)) if at else 1,
                       f"not a valid PO file: {str(error).split(': ', 1)[-1]}") from None
    updates: list[Update] = []
    problems: list[Finding] = []
    for entry in po:
        if entry.obsolete:
            continue
        line = entry.linenum or 1
        if entry.msgid_plural:
            problems.append(Finding(shown, line, 1, "exchange-invalid", "a plural entry (msgid_plural) is not a "
                                    "segment of the edition", "delete it; nothing was written"))
            continue
        if not entry.msgctxt:
            problems.append(Finding(shown, line, 1, "exchange-unknown-segment", "this entry has no msgctxt, so it "
                                    "names no segment", "export again (`make export`): every entry has its "
                                    "msgctxt page#anchor; nothing was written"))
            continue
        fuzzy = FUZZY in entry.flags
        updates.append(Update(shown, line, entry.msgctxt, entry.msgid, entry.msgstr, reviewed=not fuzzy, draft=fuzzy))
    if problems:
        raise EditionError(problems)
    return str(po.metadata.get("Language", "")).strip(), updates
