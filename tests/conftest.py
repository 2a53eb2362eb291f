"""Shared fixtures: the real project, a copy of it, and real strict builds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUB_PATH = "/my-number-card-2022/"
SITE_URL = "https://example.org" + SUB_PATH
PROJECT_PARTS = ["mkdocs.yml", "docs", "hooks", "overrides", "data", "source", "edition", "scripts"]


def copy_project(target: Path) -> Path:
    """A copy of everything a build reads, to mutate freely."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def build_site(project: Path, site_dir: Path, strict: bool = True,
               site_url: str | None = SITE_URL, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """A real build; ``site_url=None`` builds without SITE_URL (as `make build` on a fresh clone)."""
    environment = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    environment.update(NO_MKDOCS_2_WARNING="1", **({"SITE_URL": site_url} if site_url is not None else {}))
    environment.update(env or {})
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
               "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real project, built once with --strict under a sub-path."""
    site = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def built_site_without_url(tmp_path_factory) -> tuple[Path, str]:
    """The real project built with --strict without SITE_URL: (the site, the build's log)."""
    site = tmp_path_factory.mktemp("site-without-url")
    result = build_site(ROOT, site, site_url=None)
    assert result.returncode == 0, result.stderr
    return site, result.stderr


@pytest.fixture
def project_copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="module")
def site_url(built_site):
    """The built site on 127.0.0.1 under its sub-path (browser tests)."""
    from browser import serve
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def page(site_url):
    """A headless Chromium page; requests to SITE_URL are answered by the local server."""
    from browser import chromium_page, route_site_url
    with chromium_page() as page:
        route_site_url(page, site_url)
        yield page
