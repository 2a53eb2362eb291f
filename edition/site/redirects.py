"""Old addresses of renamed pages, and how each host sends a reader on (no MkDocs here).

data/redirects.toml lists ``from`` and ``to`` slugs. For each language the build writes a small page at
the old address (``redirect_page``): a meta refresh to the new page, and a script from the site itself
that keeps the fragment (a link to a passage, ``#s-…``, lands on that passage), since a refresh drops it.
Netlify and Cloudflare Pages answer with a 301 from ``_redirects`` first (``netlify_rules``); nginx has
``nginx_rules`` in the README. A slug that is not a page, or an old slug that is a page again, is an
``edition-data`` finding with its line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from edition.findings import EditionError, Finding
from edition.site.deploy import site_path

REDIRECTS_FILE = Path("data") / "redirects.toml"
SCRIPT = "assets/edition-redirect.js"


@dataclass(frozen=True)
class Redirect:
    old: str
    new: str


def load_redirects(root: Path, slugs: set[str]) -> list[Redirect]:
    path = root / REDIRECTS_FILE
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    redirects, findings = [], []
    lines = text.splitlines()
    for entry in data.get("redirect", []):
        old, new = str(entry.get("from", "")), str(entry.get("to", ""))
        line = next((number for number, content in enumerate(lines, 1)
                     if content.strip().startswith("from") and f'"{old}"' in content), 1)
        if new not in slugs:
            findings.append(Finding(str(REDIRECTS_FILE), line, 1, "edition-data",
                                    f"redirect from {old!r} to {new!r}: {new!r} is not a page of data/pages.toml",
                                    "give the slug the page has now"))
        elif old in slugs or not old:
            findings.append(Finding(str(REDIRECTS_FILE), line, 1, "edition-data",
                                    f"redirect from {old!r}: that address is a page of the edition",
                                    "remove the entry, or rename the page again"))
        else:
            redirects.append(Redirect(old, new))
    if findings:
        raise EditionError(findings)
    return redirects


def redirect_page(redirect: Redirect, language: str, title: str, message: str, to_root: str) -> str:
    """The page at ``redirect.old`` of one language's folder; ``to_root``: the relative path from that page
    to the site's root ("../" for the default language, "../../" for the folder of another)."""
    href = f"../{redirect.new}/"
    return (f'<!doctype html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; base-uri \'self\'">\n'
            f'<meta name="referrer" content="same-origin">\n<meta name="robots" content="noindex">\n'
            f'<title>{escape(title)}</title>\n'
            f'<meta http-equiv="refresh" content="0; url={escape(href)}">\n'
            f'<script src="{escape(to_root + SCRIPT)}" data-to="{escape(href)}"></script>\n'
            f'</head>\n<body>\n<p>{escape(message)} <a href="{escape(href)}">{escape(title)}</a></p>\n'
            f'</body>\n</html>\n')


def write_redirect_pages(site: Path, redirects: list[Redirect], folders: dict[str, str],
                         titles: dict[str, dict[str, str]], messages: dict[str, str]) -> None:
    """The page at each old address in each language's folder (``folders``: language -> folder relative to
    the site, "" for the default language); ``titles``: slug -> language -> title; ``messages``: language ->
    "This page has moved to:"."""
    for language, folder in folders.items():
        to_root = "../" + ("../" if folder else "")
        for redirect in redirects:
            target = site / folder / redirect.old / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            title = titles.get(redirect.new, {}).get(language, redirect.new)
            target.write_text(redirect_page(redirect, language, title, messages[language], to_root),
                              encoding="utf-8")


def _prefixes(base_path: str, language_folders: list[str]) -> list[str]:
    base = site_path(base_path)
    return [f"{base}{folder}/" if folder else base for folder in language_folders]


def netlify_rules(redirects: list[Redirect], base_path: str, language_folders: list[str]) -> list[str]:
    return [f"{prefix}{r.old}/*  {prefix}{r.new}/:splat  301!"
            for prefix in _prefixes(base_path, language_folders) for r in redirects]


def nginx_rules(redirects: list[Redirect], base_path: str, language_folders: list[str]) -> str:
    return "".join(f"location {prefix}{r.old}/ {{\n    return 301 {prefix}{r.new}/;\n}}\n"
                   for prefix in _prefixes(base_path, language_folders) for r in redirects)
