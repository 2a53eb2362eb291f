"""The core's imports follow the pipeline (README, Architecture): a stage imports only itself and the
stages below it, never a later one, so that the checks, the site and the command can change without
reaching back into the parsing and the translation model."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "edition"
# lowest first; a module may import its own layer and any layer below
LAYERS = [
    {"findings", "text_files", "dates", "release", "url_syntax"},   # shared by all
    {"markdown"},
    {"source"},
    {"translation"},
    {"glossary", "timeline"},
    {"checks"},
    {"linkcheck", "site"},
    {"cli", "__main__"},
]
RANK = {part: rank for rank, layer in enumerate(LAYERS) for part in layer}


def part_of(module: str) -> str:
    """`edition.checks.urls` -> `checks`; `edition.findings` -> `findings`."""
    return module.split(".")[1]


def edition_imports(path: Path) -> list[tuple[int, str]]:
    """Every `edition.*` module ``path`` imports (also inside functions), with its line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("edition.")]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("edition."):
                found.append((node.lineno, node.module))
            elif node.module == "edition":
                found += [(node.lineno, f"edition.{alias.name}") for alias in node.names]
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_part_of_the_core_has_a_layer():
    parts = {path.relative_to(PACKAGE).parts[0].removesuffix(".py") for path in modules()} - {"__init__"}
    assert parts - RANK.keys() == set(), "add the new module or package to LAYERS"


def test_no_core_module_imports_a_later_stage():
    upward = []
    for path in modules():
        relative = path.relative_to(PACKAGE)
        own = relative.parts[0].removesuffix(".py")
        if own == "__init__":
            continue
        for line, module in edition_imports(path):
            if RANK[part_of(module)] > RANK[own]:
                upward.append(f"edition/{relative}:{line}: {own} imports {module}")
    assert upward == []


@pytest.mark.parametrize("source, expected", [
    ("from edition.checks.waivers import WAIVER\n", [(1, "edition.checks.waivers")]),
    ("import edition.site.render\n", [(1, "edition.site.render")]),
    ("from edition import cli\n", [(1, "edition.cli")]),
    ("def f():\n    from edition.checks.urls import url_problem\n", [(2, "edition.checks.urls")]),
    ("from .pairs import SegmentPair\nimport yaml\n", []),
])
def test_imports_are_read_from_the_syntax_tree(tmp_path, source, expected):
    module = tmp_path / "m.py"
    module.write_text(source, encoding="utf-8")
    assert edition_imports(module) == expected
