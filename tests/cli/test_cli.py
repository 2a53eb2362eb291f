"""The `edition` command (edition/cli/) and the scripts that call it: one command per job, exit codes,
what each says, and bad input as a finding in every entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, build_site, copy_project

BAD_BYTE = b"\xff"


def _edition(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "edition", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=180, env=dict(os.environ, GITHUB_ACTIONS="false"))


def _script(project, name, *args):
    return subprocess.run([sys.executable, str(project / "scripts" / name), *args], cwd=project,
                          capture_output=True, text=True, timeout=180, env=dict(os.environ, GITHUB_ACTIONS="false"))


def _corrupt_encoding(project: Path, path: str = "docs/en/index.md",
                      after: str = "My ") -> tuple[str, int, int]:
    """A non-UTF-8 byte in the middle of a page; returns (path, line, col) of the byte."""
    page = project / path
    data = page.read_bytes()
    at = data.index(after.encode()) + len(after.encode())
    page.write_bytes(data[:at] + BAD_BYTE + data[at:])
    line = data[:at].count(b"\n") + 1
    col = len(data[data.rfind(b"\n", 0, at) + 1:at].decode("utf-8")) + 1
    return path, line, col


@pytest.mark.parametrize("entry, page, after", [
    ("check", "docs/en/index.md", "My "),
    ("check", "docs/ja/smartphones.md", "改正の"),
    ("status", "docs/en/index.md", "My "),
    ("sync", "docs/en/index.md", "My "),
    ("check-links --offline", "docs/en/index.md", "My "),
    ("import --check", "docs/ja/index.md", "マイナンバー"),
])
def test_a_non_utf8_page_is_one_encoding_finding_in_every_command(tmp_path, entry, page, after):
    # before: "internal error: UnicodeDecodeError … position 223" without a file name (check),
    # tracebacks (status, sync)
    project = copy_project(tmp_path / "p")
    path, line, col = _corrupt_encoding(project, page, after)
    before = (project / path).read_bytes()
    result = _edition(*entry.split(), cwd=project)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"{path}:{line}:{col}: [encoding] byte 0xff is not UTF-8" in output
    assert "Traceback" not in output and "internal error" not in output
    assert (project / path).read_bytes() == before            # nothing lost, nothing rewritten


def test_a_non_utf8_page_stops_the_build_with_the_finding(tmp_path):
    project = copy_project(tmp_path / "p")
    path, line, col = _corrupt_encoding(project)
    result = build_site(project, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert f"{path}:{line}:{col}: [encoding]" in result.stderr and "Traceback" not in result.stderr


def test_the_console_script_and_the_scripts_are_the_same_command():
    console = Path(sys.executable).parent / "edition"
    assert console.exists(), "`make setup` installs the `edition` command into .venv"
    one = subprocess.run([str(console), "status", "--json"], cwd="/", capture_output=True, text=True, timeout=120)
    two = _script(ROOT, "status.py", "--json")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout


def test_a_script_run_by_a_python_without_the_packages_uses_the_venv():
    # before: `python3 scripts/status.py` outside the venv gave ModuleNotFoundError: markdown_it
    base = Path(sys.base_prefix) / "bin" / "python3"
    bare = subprocess.run([str(base), "-S", "-c", "import markdown_it"], capture_output=True)
    if bare.returncode == 0:
        pytest.skip("the base Python has markdown_it even without site-packages")
    result = subprocess.run([str(base), "-S", str(ROOT / "scripts" / "status.py"), "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert '"total"' in result.stdout and "ModuleNotFoundError" not in result.stderr


def test_sync_says_what_it_did_also_when_nothing_changed(tmp_path):
    project = copy_project(tmp_path / "p")
    quiet = _edition("sync", cwd=project)
    assert quiet.returncode == 0
    assert quiet.stdout.strip() == ("sync en: nothing to change; 15 pages already have every Japanese segment, "
                                   "in order, with current copies")
    page = project / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").split("/// source")[0], encoding="utf-8")
    loud = _edition("sync", cwd=project)
    assert "synced: docs/en/index.md" in loud.stdout
    assert "sync en: changed 1 of 15 pages (0 new): " in loud.stdout and "no translation or note removed" in loud.stdout


def test_offline_link_check_says_it_fetched_nothing():
    result = _edition("check-links", "--offline")
    assert result.returncode == 0
    assert "offline: nothing was fetched (no network)" in result.stdout


def test_a_clean_check_lists_waivers_one_line_each_without_the_waive_hint():
    result = _edition("check")
    assert result.returncode == 0
    lines = result.stdout.strip().split("\n")
    assert lines[0] == "Waived on purpose (listed for review; these do not fail):"
    from edition.checks.runner import run_checks
    from edition.source.plan import load_plan
    count = len(run_checks(load_plan(ROOT)).waived)
    waived = lines[1:-1]
    assert len(waived) == count and all(line.startswith("  docs/en/") and " — waived: " in line for line in waived)
    assert any(line.startswith("  docs/en/mynapoint-round-2.md:") and "— waived: 1人当たり" in line for line in waived)
    assert "waive it" not in result.stdout
    assert lines[-1] == f"0 findings in 0 files ({count} waived)"


def test_every_hint_names_a_command_that_exists(tmp_path):
    # before: hints said `scripts/sync.py`, which fails outside the venv
    from edition.checks.runner import run_checks
    from edition.source.plan import load_plan
    project = copy_project(tmp_path / "p")
    en = project / "docs" / "en" / "mynapoint-round-2.md"
    en.write_text(en.read_text(encoding="utf-8").replace("/// source\n参考\n///", "/// source\n参照\n///", 1),
                  encoding="utf-8")
    ja = project / "docs" / "ja" / "smartphones.md"
    ja.write_text(ja.read_text(encoding="utf-8").replace("改正の背景", "改正の背", 1), encoding="utf-8")
    findings = run_checks(load_plan(project)).sorted_findings()
    assert {f.rule for f in findings} >= {"fidelity", "segment-outdated"}
    for finding in findings:
        assert "scripts/" not in finding.hint
    assert "`make import` (`edition import`)" in next(f for f in findings if f.rule == "fidelity").hint
    assert "`make sync`" in next(f for f in findings if f.rule == "segment-outdated").hint
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("check", "sync", "status", "links", "import", "setup"):
        assert f"\n{target}:" in makefile


def test_import_rewrites_a_japanese_page_that_is_not_utf8(tmp_path):
    project = copy_project(tmp_path / "p")
    original = (project / "docs" / "ja" / "index.md").read_bytes()
    _corrupt_encoding(project, "docs/ja/index.md", "マイナンバー")
    result = _edition("import", cwd=project)
    assert result.returncode == 0 and "wrote: docs/ja/index.md" in result.stdout
    assert (project / "docs" / "ja" / "index.md").read_bytes() == original
