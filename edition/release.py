"""The edition's version and review date (data/edition.toml), for pages, citations and downloads.

>>> release = Release("0.9.0", date(2026, 11, 27))
>>> release.checked_iso, release.checked_text("en"), release.checked_text("ja")
('2026-11-27', '27 November 2026', '2026年11月27日')
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from edition.dates import display_date
from edition.findings import EditionError, Finding

RELEASE_FILE = Path("data/edition.toml")
VERSION = re.compile(r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?")


@dataclass(frozen=True)
class Release:
    version: str
    sources_checked: date

    @property
    def checked_iso(self) -> str:
        return self.sources_checked.isoformat()

    def checked_text(self, language: str) -> str:
        """The review date as the language writes a date (the edition's one date style)."""
        return display_date(self.sources_checked, language)

    def describe(self, template: str, language: str) -> str:
        """The version and review date in a sentence of the language (data/ui.toml `edition_version`).

        >>> Release("1.0.0", date(2026, 12, 2)).describe("Version {version}, checked {checked}", "en")
        'Version 1.0.0, checked 2 December 2026'
        """
        return template.format(version=self.version, checked=self.checked_text(language))


def load_release(root: Path) -> Release:
    path = root / RELEASE_FILE
    where = str(RELEASE_FILE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionError([Finding(where, 1, 1, "edition-data", "the edition's version file is missing",
                                    'create it with `version = "0.1.0"` and `sources_checked = YYYY-MM-DD`')])
    except tomllib.TOMLDecodeError as error:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(error))) else 1
        raise EditionError([Finding(where, line, 1, "edition-data", f"not TOML: {error}",
                                    "write `key = value` lines")]) from error
    findings = []
    version, checked = data.get("version"), data.get("sources_checked")
    text = path.read_text(encoding="utf-8").split("\n")

    def line_of(key: str) -> int:
        return next((n for n, line in enumerate(text, 1) if line.startswith(key)), 1)
    if not isinstance(version, str) or not VERSION.fullmatch(version):
        findings.append(Finding(where, line_of("version"), 1, "edition-data",
                                f"`version` is {version!r}, not MAJOR.MINOR.PATCH",
                                'write it as a quoted version, e.g. `version = "1.2.0"`'))
    if not isinstance(checked, date) or hasattr(checked, "hour"):
        findings.append(Finding(where, line_of("sources_checked"), 1, "edition-data",
                                f"`sources_checked` is {checked!r}, not a date",
                                "write it as a TOML date without quotes, e.g. `sources_checked = 2026-11-27`"))
    if findings or not isinstance(checked, date):
        raise EditionError(findings)
    return Release(str(version), checked)
