"""Export every segment for a CAT tool (Poedit, OmegaT, Weblate): PO and XLIFF 2, one file per language.

Writes <DIR>/<lang>.po (gettext, by polib) and <DIR>/<lang>.xlf (XLIFF 2.0), DIR being
build/translations/ in the edition unless --output says otherwise. One entry per segment:
context <page slug>#<anchor>, the Japanese copy of its `/// source` block as the source, the
translation as written in docs/<lang>/ as the target (empty if untranslated). The segment's
notes are read-only comments (PO: `#.` extracted comments; XLIFF: <note category=…>); an
outdated segment is fuzzy (PO, with `#| msgid` = its `/// previous-source`) or state="initial"
(XLIFF). Bring the translations back with `edition import FILE` (`make import ARGS=FILE`).
Exit: 0, or 1 if a page cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition.findings import EditionError, Finding
from edition.source.plan import EditionPlan, load_plan
from edition.translation.exchange import (
    DEFAULT_FOLDER,
    FORMATS,
    ImportOutcome,
    ReadFile,
    export_translations,
    import_translations,
    is_exchange_file,
    read_exchange_file,
)
from edition.translation.pairing import SegmentStatus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", action="append", metavar="LANG",
                        help="translation language (repeatable; default: every one under docs/)")
    parser.add_argument("--format", choices=(*FORMATS, "all"), default="all", help="default: all (po and xliff)")
    parser.add_argument("--output", type=Path, metavar="DIR", default=None,
                        help=f"folder for the files (default: {DEFAULT_FOLDER}/ in the edition)")


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> int:
    plan = load_plan(args.root)
    languages = args.lang or plan.translation_languages()
    unknown = [language for language in languages if language not in plan.translation_languages()]
    if unknown:
        print(f"export: no translation pages for {', '.join(unknown)} (none under docs/<lang>/)", file=sys.stderr)
        return 2
    formats = FORMATS if args.format == "all" else (args.format,)
    folder = args.output if args.output is not None else args.root / DEFAULT_FOLDER
    if folder.exists() and not folder.is_dir():
        print(f"export: --output {folder} is a file, not a folder: give a folder (it is created if missing)",
              file=sys.stderr)
        return 2
    for language in languages:
        done = export_translations(plan, language, formats, folder)
        units = done.units
        print(f"export {language}: {len(units.units)} segments of {units.pages} pages "
              f"({units.count(SegmentStatus.TRANSLATED)} translated, {units.count(SegmentStatus.OUTDATED)} outdated "
              f"(fuzzy), {units.count(SegmentStatus.UNTRANSLATED)} untranslated)")
        for path in done.files:
            print(f"  wrote: {_shown(path, plan.root)}")
        if units.missing:
            print(f"  not exported: {units.missing} Japanese segments have no `/// source` block yet "
                  "(`make sync` adds them; then export again)")
        if units.orphans:
            print(f"  not exported: {units.orphans} orphan entries (their copy matches no Japanese segment; "
                  "`make check` says what to do)")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """`edition import FILE…`: translations from PO/XLIFF files into docs/<lang>/ (all or nothing)."""
    files: list[Path] = args.files
    wrong = [str(path) for path in files if not is_exchange_file(path)]
    missing = [str(path) for path in files if is_exchange_file(path) and not path.is_file()]
    if wrong or missing:
        if wrong:
            print(f"import: not a .po, .xlf or .xliff file: {', '.join(wrong)}", file=sys.stderr)
        if missing:
            print(f"import: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    plan = load_plan(args.root)
    read: list[ReadFile] = []
    problems: list[Finding] = []
    for path in files:
        try:
            read.append(read_exchange_file(plan, path, str(path), args.lang))
        except EditionError as error:
            problems += error.findings
    if problems:
        return _refused(problems)
    outcomes = import_translations(plan, read, check_only=args.check)
    errors = [finding for outcome in outcomes for finding in outcome.errors]
    if errors:
        return _refused(errors)
    for outcome in outcomes:
        for notice in outcome.notices:
            print(notice.format())
    for item in read:
        print(f"read: {item.shown} ({len(item.updates)} entries, {item.language})")
    changed = False
    for outcome in outcomes:
        changed |= bool(outcome.pages)
        for path in outcome.pages:
            print(("would change: " if args.check else "wrote: ") + str(path.relative_to(plan.root)))
        print(_summary(plan, outcome, args.check))
    return 1 if (args.check and changed) else 0


def _summary(plan: EditionPlan, outcome: ImportOutcome, check_only: bool) -> str:
    verb = "would change" if check_only else "changed"
    pages = len([p for p in plan.pages if (plan.language_dir(outcome.language) / p.filename).exists()])
    text = (f"import {outcome.language}: {verb} {len(outcome.pages)} of {pages} pages: {outcome.updated} segments "
            f"updated, {outcome.reviewed} `/// previous-source` blocks removed (reviewed)")
    if not outcome.pages:
        text += "; every page already had these translations"
    return text


def _refused(findings: list[Finding]) -> int:
    for finding in sorted(set(findings)):
        print(finding.format(), file=sys.stderr)
    print(f"import: refused, nothing written ({len(set(findings))} problems)", file=sys.stderr)
    return 1
