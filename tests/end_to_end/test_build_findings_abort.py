"""Integrity findings abort every `mkdocs build` (strict or not, -q or -v), without relying on
MkDocs' warning counter (mkdocs#4126: `-q` hides warnings from strict mode); `mkdocs serve`
keeps serving and shows the findings, in the log and on the affected page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import SITE_URL, copy_project

EN = "docs/en/mynapoint-round-2.md"
URL = "<https://www.mhlw.go.jp/content/12401000/000888838.pdf>"


def _inject_script(project):
    page = project / EN
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Reference\n", "Reference <script>alert('x')</script>\n", 1), encoding="utf-8")
    return "[unsafe-html]"


def _delete_url(project):
    page = project / EN
    text = page.read_text(encoding="utf-8")
    head, _, tail = text.rpartition(URL)   # in the English, never in the `/// source` copy
    page.write_text(head + tail, encoding="utf-8")
    return "[url-missing]"


def _drop_title(project):
    """A translator's note without its title: a folded note would show nothing but its kind."""
    page = project / EN
    lines = page.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line == "/// translator-note")
    assert lines[at + 1].startswith("    title: ")
    del lines[at + 1]
    page.write_text("\n".join(lines), encoding="utf-8")
    return f"{EN}:{at + 1}:1: [note-title]"


def _misquote_erratum(project):
    """An erratum whose `says` is not what the Japanese segment reads (one character changed)."""
    page = project / EN
    lines = page.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("    says: 令和2年9月"))
    lines[at] = lines[at].replace("令和2年9月", "令和2年8月")
    page.write_text("\n".join(lines), encoding="utf-8")
    return f"{EN}:{at + 1}:5: [erratum-says]"


def _mkdocs(project, site, *flags):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
                           "-d", str(site), *flags], cwd=project, env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.parametrize("flags, damage", [
    (("--strict", "-q"), _inject_script),
    (("-q",), _inject_script),
    ((), _delete_url),
    (("--strict",), _delete_url),
    (("-v",), _inject_script),
    (("--strict", "-v"), _delete_url),
    (("--strict", "-q"), _drop_title),
    ((), _drop_title),
    ((), _misquote_erratum),
])
def test_findings_abort_the_build_whatever_the_flags(tmp_path, flags, damage):
    project = copy_project(tmp_path / "project")
    rule = damage(project)
    site = tmp_path / "site"
    result = _mkdocs(project, site, *flags)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-3000:]
    assert f"{EN}:" in output and rule in output           # the finding itself, with file:line
    assert "edition checks: 1 finding in 1 file" in output  # and the count
    # nothing with the damage was published
    written = [p for p in site.rglob("*.html")] if site.exists() else []
    assert not any("<script>alert('x')</script>" in p.read_text(encoding="utf-8") for p in written)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_keeps_serving_and_shows_findings_in_the_log_and_on_the_page(tmp_path):
    project = copy_project(tmp_path / "project")
    _inject_script(project)
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL)
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload",
                                    "-f", str(project / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{port}"],
                                   cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        page = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            try:
                url = f"http://127.0.0.1:{port}/my-number-card-2022/en/mynapoint-round-2/"
                with urllib.request.urlopen(url, timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert process.poll() is None, log_path.read_text()
        assert page is not None, log_path.read_text()
        assert 'class="edition-findings"' in page and "[unsafe-html]" in page   # the banner
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/my-number-card-2022/", timeout=5) as response:
            assert 'class="edition-findings"' not in response.read().decode("utf-8")
        assert f"{EN}:" in log_path.read_text() and "[unsafe-html]" in log_path.read_text()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
