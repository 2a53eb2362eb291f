"""The site's search index: Pagefind over the built HTML, one index per language (no MkDocs here).

Why Pagefind, not the theme's lunr search (measured by scripts/bench_search.py, figures in the
README): its extended build segments Japanese at index time and at query time, so 2023年3月 or
オンライン資格確認 find the pages that contain them; it writes one index per `<html lang>`, so each
language's site searches its own pages; and the browser fetches nothing until the reader opens search,
then only that language's index chunks.

What is indexed: the element marked `data-pagefind-body` (the page's article, see
overrides/main.html), minus interface text (`INTERFACE_SELECTORS`): the view toggle, ¶ permalinks,
status notices, glossary tooltips, note labels, the serve-only findings banner. Pages without the
mark (404 pages) are not indexed.

The bundle is the same, byte for byte, each time the same site is indexed: Pagefind writes its
``pagefind-entry.json`` with the languages in an order that changes from one run to the next, so the
entry is rewritten with them in one order (`canonical_entry`).
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

BODY_ATTRIBUTE = "data-pagefind-body"
BUNDLE_DIR = "pagefind"

#: interface text inside the article: never search terms
INTERFACE_SELECTORS = (
    ".edition-view-toggle",
    ".edition-permalink",
    ".headerlink",
    ".edition-status-notice",
    ".edition-untranslated > .admonition-title",
    ".edition-term-tip",
    ".edition-note-kind",        # the label of every note (its title and body are indexed)
    ".edition-erratum-evidence > summary",
    ".edition-notes-control",
    ".edition-since-title",      # the heading of a page's box of updates (the updates' titles are indexed)
    ".edition-since-note",
    ".edition-findings",
    ".edition-sr-only",          # names the edition gives to empty table headers, hidden ...
    ".edition-column-name",      # ... and shown in brackets
    ".edition-bilingual",        # a view of a table segment's two tables, which are indexed
    ".edition-front-door",       # the home pages' pointer to the about page
    ".edition-copied",
)


class SearchIndexError(Exception):
    """The index could not be built; the message says why and what to do."""


UNUSED_UI_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                   "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


@dataclass(frozen=True)
class SearchIndex:
    """What was indexed: pages per language, and the bundle folder."""
    bundle: Path
    pages: dict[str, int]

    def summary(self) -> str:
        counts = ", ".join(f"{lang} {n}" for lang, n in sorted(self.pages.items()))
        return f"search index: {sum(self.pages.values())} pages ({counts}) in {self.bundle}"


def canonical_entry(text: str) -> str:
    """Pagefind's entry file with its languages in alphabetical order (Pagefind's own order changes
    from one run to the next; its script looks a language up by name, or takes the one with most pages).

    >>> canonical_entry('{"version":"1","languages":{"ja":{"page_count":1},"en":{"page_count":1}}}')
    '{"version":"1","languages":{"en":{"page_count":1},"ja":{"page_count":1}}}'
    """
    entry = json.loads(text)
    entry["languages"] = dict(sorted(entry["languages"].items()))
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def _extended_build_installed() -> bool:
    return importlib.util.find_spec("pagefind_bin_extended") is not None


def build_search_index(site_dir: Path, *, python: str = sys.executable) -> SearchIndex:
    """Index the built site in `site_dir`; returns the pages indexed per language.

    Raises SearchIndexError (with the fix) when Pagefind's extended build is missing or indexing fails:
    without it Japanese is not segmented and Japanese queries find nothing."""
    site_dir = Path(site_dir)
    if not _extended_build_installed():
        raise SearchIndexError("search index: Pagefind's extended build (Japanese segmentation) is not "
                           "installed; run `make setup` (requirements.txt pins pagefind[extended])")
    command = [python, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE_DIR, "--silent"]
    for selector in INTERFACE_SELECTORS:
        command += ["--exclude-selectors", selector]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SearchIndexError(f"search index: pagefind failed (exit {done.returncode}): "
                           f"{(done.stderr or done.stdout).strip()[-2000:]}")
    for name in UNUSED_UI_FILES:   # Pagefind's own interfaces: the edition has its own
        (site_dir / BUNDLE_DIR / name).unlink(missing_ok=True)
    entry = site_dir / BUNDLE_DIR / "pagefind-entry.json"
    try:
        text = canonical_entry(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, AttributeError) as error:
        raise SearchIndexError(f"search index: {entry} is missing or unreadable ({error})") from error
    entry.write_text(text, encoding="utf-8")
    languages = json.loads(text)["languages"]
    return SearchIndex(bundle=site_dir / BUNDLE_DIR,
                       pages={lang: int(info.get("page_count", 0)) for lang, info in languages.items()})


# What a reader expects search to find, computed from the built HTML (tests and the search benchmark
# compare the browser's results with it). The rules are those of the search in assets/edition.js: text
# NFKC-normalised, case ignored, Japanese characters of the query may be split by whitespace (the
# transcript's line breaks), English words by any run of whitespace.

_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def phrase_pattern(query: str) -> re.Pattern[str]:
    words = unicodedata.normalize("NFKC", query).split()
    parts = [("\\s*" if _CJK.search(word) else "").join(re.escape(ch) for ch in word) for word in words]
    return re.compile(("\\s*" if _CJK.search(query) else "\\s+").join(parts), re.IGNORECASE)


def indexed_text(html: str) -> str | None:
    """The text search indexes in one built page (None: the page is not indexed)."""
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, "lxml")
    body = soup.select_one(f"[{BODY_ATTRIBUTE}]")
    if body is None:
        return None
    for selector in INTERFACE_SELECTORS:
        for element in body.select(selector):
            element.decompose()
    return unicodedata.normalize("NFKC", body.get_text(" "))


def pages_containing(site_dir: Path, query: str, language_folder: str, languages: list[str]) -> set[str]:
    """Site-relative URLs ("bank-accounts/", "en/bank-accounts/") of the pages of one language whose
    indexed text contains `query` as written. `language_folder` is "" for the default language;
    `languages` lists the folders of the other languages (their pages are not the default's)."""
    site_dir = Path(site_dir)
    pattern = phrase_pattern(query)
    root = site_dir / language_folder if language_folder else site_dir
    found = set()
    for page in sorted(root.rglob("index.html")):
        relative = page.relative_to(site_dir).as_posix()
        top = relative.split("/", 1)[0]
        if not language_folder and top in languages or top == BUNDLE_DIR:
            continue
        text = indexed_text(page.read_text(encoding="utf-8"))
        if text is not None and pattern.search(text):
            found.add(relative[: -len("index.html")])
    return found
