"""A round trip through a CAT tool: export every segment to PO or XLIFF 2, import the translations back.

- units.py  what a tool sees: one unit per segment (``<page slug>#<anchor>``, the Japanese copy,
            the translation, read-only notes, whether it is outdated);
- layout.py which lines of a page a translation owns;
- merge.py  the import: find each segment, check its Japanese, replace only its translation;
- po.py     gettext PO by polib; xliff.py: XLIFF 2.0 by lxml.

``edition export`` and ``edition import FILE`` (edition/cli/exchange.py) run these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from edition.findings import EditionError, Finding
from edition.source.plan import EditionPlan
from edition.translation.exchange.merge import ImportOutcome, Update, plan_import, write_pages
from edition.translation.exchange.po import read_po, write_po
from edition.translation.exchange.units import EditionUnits, edition_units
from edition.translation.exchange.xliff import read_xliff, write_xliff

FORMATS = ("po", "xliff")
SUFFIXES = {".po": "po", ".xlf": "xliff", ".xliff": "xliff"}
DEFAULT_FOLDER = Path("build/translations")


@dataclass
class Export:
    units: EditionUnits
    files: list[Path] = field(default_factory=list)


def export_translations(plan: EditionPlan, language: str, formats: tuple[str, ...], folder: Path) -> Export:
    """Write ``<folder>/<language>.po`` and/or ``<folder>/<language>.xlf``."""
    units = edition_units(plan, language)
    done = Export(units)
    if "po" in formats:
        done.files.append(write_po(units, folder / f"{language}.po"))
    if "xliff" in formats:
        done.files.append(write_xliff(units, folder / f"{language}.xlf"))
    return done


def is_exchange_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


@dataclass
class ReadFile:
    path: Path
    shown: str
    language: str
    updates: list[Update]


def _language(plan: EditionPlan, declared: str, wanted: str | None, shown: str) -> str:
    """``--lang`` if given, else the file's own (Language / trgLang; ``en_US`` counts as ``en``)."""
    known = plan.translation_languages()
    if wanted:
        if wanted not in known:
            raise EditionError([Finding(shown, 1, 1, "exchange-language", f"--lang {wanted}: there is no "
                                        f"docs/{wanted}/ with pages of the edition", f"one of: {', '.join(known)}")])
        return wanted
    for candidate in (declared, declared.replace("_", "-").split("-")[0]):
        if candidate in known:
            return candidate
    raise EditionError([Finding(shown, 1, 1, "exchange-language",
                                f"the file's language {declared!r} is not a translation language of the edition "
                                f"({', '.join(known)})",
                                "say which one with --lang (`edition import --lang en FILE`); nothing was written")])


def read_exchange_file(plan: EditionPlan, path: Path, shown: str, wanted: str | None = None) -> ReadFile:
    """Read one PO or XLIFF file; bad input raises EditionError (file:line, rule, hint)."""
    if SUFFIXES.get(path.suffix.lower()) == "po":
        declared, updates = read_po(path, shown)
    else:
        declared, updates = read_xliff(path, shown, plan.source_language)
    return ReadFile(path, shown, _language(plan, declared, wanted, shown), updates)


def import_translations(plan: EditionPlan, files: list[ReadFile], check_only: bool = False) -> list[ImportOutcome]:
    """Import every file; if any entry is refused (``outcome.errors``), nothing is written."""
    by_language: dict[str, list[Update]] = {}
    for read in files:
        by_language.setdefault(read.language, []).extend(read.updates)
    outcomes = [plan_import(plan, language, updates) for language, updates in by_language.items()]
    if not check_only and not any(outcome.errors for outcome in outcomes):
        for outcome in outcomes:
            write_pages(outcome)
    return outcomes


__all__ = ["DEFAULT_FOLDER", "FORMATS", "Export", "ImportOutcome", "ReadFile", "Update", "edition_units",
           "export_translations", "import_translations", "is_exchange_file", "read_exchange_file"]
