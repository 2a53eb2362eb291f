"""Helpers to read the built site (BeautifulSoup over the real HTML)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from conftest import SITE_URL, SUB_PATH


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def page_file(site: Path, url_path: str) -> Path:
    """The file a URL path under the sub-path is served from."""
    assert url_path.startswith(SUB_PATH), url_path
    relative = url_path[len(SUB_PATH):]
    target = site / relative
    return target / "index.html" if relative == "" or relative.endswith("/") else target


def url_path_of(site: Path, file: Path) -> str:
    relative = file.relative_to(site).as_posix()
    if relative.endswith("index.html"):
        relative = relative[: -len("index.html")]
    return SUB_PATH + relative


def resolve(site: Path, from_file: Path, href: str) -> str:
    """The absolute URL path an href in from_file points to."""
    base = SITE_URL.rstrip("/") + url_path_of(site, from_file)[len(SUB_PATH) - 1:]
    return urlsplit(urljoin(base, href)).path


def is_redirect(page: Path) -> bool:
    """A page left at the old address of a renamed page (edition/site/redirects.py): not a page of the edition."""
    return 'http-equiv="refresh"' in page.read_text(encoding="utf-8")[:1000]


def built_pages(site: Path) -> list[Path]:
    """Every HTML file the build wrote, old addresses of renamed pages aside."""
    return [page for page in sorted(site.rglob("*.html")) if not is_redirect(page)]


def html_pages(site: Path, language_dir: str = "") -> list[Path]:
    root = site / language_dir if language_dir else site
    pages = [page for page in sorted(root.rglob("index.html")) if not is_redirect(page)]
    if not language_dir:  # the source language: exclude other languages' folders
        others = {p.parent.name for p in site.iterdir() if p.is_dir() and (p / "404.html").exists()}
        pages = [p for p in pages if p.relative_to(site).parts[0] not in others]
    return pages


def article(document: BeautifulSoup):
    return document.select_one("article.md-content__inner")


URL_IN_TEXT = re.compile(r"https?://[^\s<>()\[\]]+")


