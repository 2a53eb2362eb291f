"""The git hooks of .pre-commit-config.yaml, run by the real pre-commit on a git copy of the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, copy_project

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def _repository(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    for name in (".pre-commit-config.yaml", "pyproject.toml"):   # the hooks, and ruff and mypy settings
        shutil.copy2(ROOT / name, project)
    (project / ".venv").symlink_to(ROOT / ".venv")       # the hooks run the project's pinned tools
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    subprocess.run(["git", "-C", str(project), "add", "-A"], check=True)
    return project


def _run(project: Path, *files: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(project.parent / "pre-commit-home"), NO_MKDOCS_2_WARNING="1")
    return subprocess.run([str(PRE_COMMIT), "run", "--files", *files], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_changed_page_runs_the_offline_checks_and_a_finding_stops_the_commit(tmp_path):
    project = _repository(tmp_path)
    page = "docs/en/bank-accounts.md"
    assert _run(project, page).returncode == 0
    text = (project / page).read_text(encoding="utf-8")
    url = "https://warp.ndl.go.jp/info:ndljp/pid/10955906/www.kantei.go.jp/jp/singi/it2/senmon_bunka/number/dai8/siryu2.pdf"
    lines, in_source = text.split("\n"), False
    for number, line in enumerate(lines, 1):        # the English cites it outside the /// source copy
        in_source = (line == "/// source") or (in_source and line != "///")
        if url in line and not in_source:
            lines[number - 1] = line.replace(url, url.replace("dai8", "dai9"))
            break
    (project / page).write_text("\n".join(lines), encoding="utf-8")
    result = _run(project, page)
    assert result.returncode == 1
    assert "edition check" in result.stdout and "Failed" in result.stdout
    assert f"{page}:{number}:" in result.stdout, result.stdout


def test_a_changed_python_file_runs_ruff_and_only_changed_code_is_linted(tmp_path):
    project = _repository(tmp_path)
    (project / "edition" / "unused_import.py").write_text('"""A module."""\nimport os\n', encoding="utf-8")
    result = _run(project, "edition/unused_import.py")
    assert result.returncode == 1 and "F401" in result.stdout, result.stdout
    result = _run(project, "edition/translation/status.py")        # a clean file: ruff passes, the doc checks are skipped
    assert result.returncode == 0, result.stdout
    assert "edition check" in result.stdout and "Skipped" in result.stdout
    assert "mypy" in result.stdout and "Passed" in result.stdout
