"""URL rules: cited URLs survive translation byte for byte, parse, and are links.

- url-missing: a URL of the Japanese segment is not a link target in its translation;
- url-added: the translation links a URL its Japanese lacks (allowed only in notes);
- url-invalid: a URL that is not http(s) with a host, or holds whitespace or
  full-width characters (Japanese and translation pages, notes, the errata file);
- url-not-linked: in the built HTML a cited URL is not an ``<a href>``;
- url-errata: an entry of data/url-errata.toml that cites no transcript URL.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from edition.checks.pairs import SegmentPair
from edition.findings import Finding
from edition.markdown.links import links_in, links_in_tokens
from edition.markdown.parser import block_tokens
from edition.url_syntax import url_problem

ERRATA_FILE = Path("data/url-errata.toml")


def is_absolute(url: str) -> bool:
    return "://" in url or url.startswith(("www.", "http"))


def check_pair(pair: SegmentPair) -> list[Finding]:
    findings = []
    source_urls = [link.url for link in links_in(pair.segment.markdown)]
    target_links = links_in(pair.entry.translation, pair.entry.translation_line or pair.entry.line)
    target_urls = {link.url for link in target_links}
    for url in dict.fromkeys(source_urls):
        if url not in target_urls:
            findings.append(Finding(
                pair.target_path, pair.line, 1, "url-missing",
                f"the Japanese cites {url} but the translation of segment {pair.segment.anchor} does not link it",
                f"link it byte for byte: <{url}>"))
    for link in target_links:
        if is_absolute(link.url) and link.url not in source_urls:
            near = next((u for u in source_urls if _close(u, link.url)), "")
            findings.append(Finding(
                pair.target_path, link.line, 1, "url-added",
                f"the translation links {link.url}, which its Japanese does not cite"
                + (f" (the Japanese has {near})" if near else ""),
                f"use the cited URL exactly{f': <{near}>' if near else ''}; "
                "a URL of your own belongs in a note (/// translator-note or /// update)"))
    return findings


def _close(a: str, b: str) -> bool:
    """Probably the same URL mistyped: same host, or equal but for the scheme."""
    return urlsplit(a).hostname == urlsplit(b).hostname or a.split("://")[-1] == b.split("://")[-1]


def check_urls_parse(markdown: str, path: str, first_line: int, note_options: Sequence[tuple[str, int]] = (),
                     with_blocks: bool = False) -> list[Finding]:
    """Every absolute URL in ``markdown`` (and each (url, line) from note options) parses.

    ``with_blocks``: read ``markdown`` as a translation page (pymdown blocks as containers).
    """
    found = []
    tokens = block_tokens(markdown) if with_blocks else None
    links = links_in_tokens(tokens, first_line) if tokens is not None else links_in(markdown, first_line)
    candidates = [(link.url, link.line) for link in links if is_absolute(link.url)]
    for url, line in [*candidates, *note_options]:
        problem = url_problem(url)
        if problem:
            found.append(Finding(path, line, 1, "url-invalid", f"URL {url!r} {problem}",
                                 "write an http(s) URL with a host, in ASCII, without spaces"))
    return found


@dataclass(frozen=True)
class UrlErratum:
    cited: str
    probable: str
    archive: str
    confidence: str
    reason: str
    line: int


def load_url_errata(root: Path) -> list[UrlErratum]:
    return read_url_errata(root / ERRATA_FILE)


def read_url_errata(path: Path) -> list[UrlErratum]:
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    entries = tomllib.loads(text).get("url", [])
    headers = [i + 1 for i, line in enumerate(lines) if line.strip() == "[[url]]"]
    return [UrlErratum(e["cited"], e.get("probable", ""), e.get("archive", ""), e.get("confidence", ""),
                       e.get("reason", ""), headers[i] if i < len(headers) else 1)
            for i, e in enumerate(entries)]


def check_url_errata(errata: list[UrlErratum], cited: set[str], path: str = str(ERRATA_FILE)) -> list[Finding]:
    found = []
    for erratum in errata:
        if erratum.cited not in cited:
            found.append(Finding(path, erratum.line, 1, "url-errata",
                                 f"{erratum.cited} is not a URL the transcript cites",
                                 "copy `cited` exactly from the Japanese page"))
        for field_name in ("probable", "archive"):
            value = getattr(erratum, field_name)
            if (value or field_name == "probable") and url_problem(value):
                found.append(Finding(path, erratum.line, 1, "url-invalid",
                                     f"`{field_name}` {value!r} {url_problem(value)}",
                                     "write an http(s) URL with a host, in ASCII, without spaces"))
        if not erratum.reason.strip():
            found.append(Finding(path, erratum.line, 1, "url-errata", f"{erratum.cited}: no reason given",
                                 "give the evidence for the probable address"))
    return found


class _Hrefs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: set[str] = set()

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.update(value for name, value in attrs if name == "href" and value)


def unlinked_urls(html: str, urls: list[str]) -> list[str]:
    """The URLs that are not the href of any <a> in ``html``.

    Fast path: Python-Markdown writes ``<a href="…">``; only what that does not find is
    looked for with an HTML parser.
    """
    rest = [url for url in dict.fromkeys(urls) if f'<a href="{escape(url, quote=True)}"' not in html]
    if not rest:
        return []
    parser = _Hrefs()
    parser.feed(html)
    return [url for url in rest if url not in parser.hrefs]


def cited_url_lines(source_body: str, body_start_line: int, aligned=None) -> dict[str, int]:
    """Each URL the source page cites -> the line to report it at: its own line in the source
    page, or (``aligned``: a translation page's alignment) the line of its segment's entry."""
    links = links_in(source_body, body_start_line)   # one parse of the whole page (cached)
    if aligned is None:
        return {link.url: link.line for link in reversed(links)}   # the first citation's line wins
    entries = [(item.segment.first_line, item.segment.last_line, item.entry.line if item.entry else 1)
               for item in aligned if item.segment is not None]
    where: dict[str, int] = {}
    for link in links:
        line = next((entry for first, last, entry in entries if first <= link.line <= last), 1)
        where.setdefault(link.url, line)
    return where
