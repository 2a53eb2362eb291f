"""Interface strings per language (data/ui.toml), with a fallback language."""

from __future__ import annotations

import tomllib
from pathlib import Path

UI_FILE = Path("data/ui.toml")


class UIStrings:
    def __init__(self, data: dict):
        self.fallback = data.get("fallback", "")
        self.tables = {k: v for k, v in data.items() if isinstance(v, dict)}

    def for_language(self, language: str) -> dict[str, str]:
        merged = dict(self.tables.get(self.fallback, {}))
        merged.update(self.tables.get(language, {}))
        return merged


def load_ui_strings(root: Path) -> UIStrings:
    return UIStrings(tomllib.loads((root / UI_FILE).read_text(encoding="utf-8")))
