"""The site's Content-Security-Policy and the other security headers (no MkDocs here).

The site loads nothing from any other host; the policy makes the reader's browser enforce it. Scripts
run from the site itself and, inline, only those of the built page: each page's policy lists the
sha256 of its own inline scripts and ``<style>`` elements, computed from the page as built, never
``'unsafe-inline'``. A ``<script type="application/json">`` is data: it is not hashed (the browser
does not run it). Pagefind compiles WebAssembly and searches in a worker of its own
(``pagefind/pagefind-worker.js``): ``'wasm-unsafe-eval'`` and ``worker-src 'self'``, nothing more.
The theme's icons are ``data:`` SVG images in its CSS (``img-src 'self' data:``).

The policy goes into each page as ``<meta http-equiv="Content-Security-Policy">`` (GitHub Pages sets
no headers), and into ``_headers`` for Netlify and Cloudflare Pages, where it can also forbid framing
(``frame-ancestors`` is ignored in a ``<meta>``, and Chromium logs an error for it there).

>>> page = '<head><meta http-equiv="Content-Security-Policy" content="edition-csp"><script>go()</script>'
>>> hashes = inline_hashes(page)
>>> hashes.scripts == (source_hash("go()"),)
True
>>> "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in with_policy(page, "page.html")
True
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from edition.site.deploy import site_path

PLACEHOLDER = "edition-csp"   # the content of the template's CSP <meta> until the page is built
PLACEHOLDER_META = f'<meta http-equiv="Content-Security-Policy" content="{PLACEHOLDER}">'
REFERRER_POLICY = "same-origin"   # the site's own requests keep it; no other host learns a page address
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in (
    "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb",
    "interest-cohort", "browsing-topics"))
# type values that make a <script> run (HTML: a JavaScript MIME type essence, "module", or none)
_SCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "application/ecmascript",
                 "text/ecmascript", "application/x-javascript", "text/jscript", "text/livescript"}


@dataclass(frozen=True)
class InlineHashes:
    """The CSP sources (``'sha256-…'``) of a page's inline executable scripts and style elements."""
    scripts: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()

    def __or__(self, other: InlineHashes) -> InlineHashes:
        return InlineHashes(tuple(dict.fromkeys(self.scripts + other.scripts)),
                            tuple(dict.fromkeys(self.styles + other.styles)))


def source_hash(text: str) -> str:
    """The CSP hash source of an element's text, as the browser hashes it (UTF-8).

    >>> source_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


class _Collector(HTMLParser):
    """The text of each inline executable script and of each style element, as written."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._open: str | None = None    # "script" or "style" while inside an element whose text is hashed
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "style" or (tag == "script" and "src" not in values
                              and (values.get("type") or "").strip().lower() in _SCRIPT_TYPES):
            self._open, self._text = tag, []

    def handle_data(self, data):
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == self._open:
            (self.scripts if tag == "script" else self.styles).append("".join(self._text))
            self._open = None


def inline_hashes(html: str) -> InlineHashes:
    """The hashes of ``html``'s inline executable scripts and ``<style>`` elements, in page order,
    each once. A script with ``src`` runs its file (allowed by ``'self'``), not its text.

    >>> inline_hashes('<script type="application/json">{}</script><script src="a.js"></script>')
    InlineHashes(scripts=(), styles=())
    >>> len(inline_hashes('<style>a{}</style><script type="module">x()</script>').scripts)
    1
    """
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return InlineHashes(tuple(dict.fromkeys(map(source_hash, collector.scripts))),
                        tuple(dict.fromkeys(map(source_hash, collector.styles))))


def hashes_of_site(site: Path) -> InlineHashes:
    """The inline hashes of every built HTML page under ``site`` (for the headers of the whole site)."""
    union = InlineHashes()
    for page in sorted(site.rglob("*.html")):
        union |= inline_hashes(page.read_text(encoding="utf-8"))
    return union


def content_security_policy(hashes: InlineHashes, *, header: bool = False) -> str:
    """The policy for pages with these inline hashes. ``header``: for an HTTP header, which can also
    forbid framing (a ``<meta>`` cannot).

    >>> content_security_policy(InlineHashes(("'sha256-a'",), ()))
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
    """
    directives = [
        "default-src 'self'",
        " ".join(["script-src 'self' 'wasm-unsafe-eval'", *hashes.scripts]),
        " ".join(["style-src 'self'", *hashes.styles]),
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    if header:
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


class PolicyPlaceholderMissing(ValueError):
    pass


def with_policy(html: str, name: str) -> str:
    """The built page ``html`` with its policy in the CSP ``<meta>`` that the template left with the
    content ``edition-csp``. ``name``: the page, for the error when the template has no such meta."""
    marker = f'content="{PLACEHOLDER}"'
    if html.count(marker) != 1:
        raise PolicyPlaceholderMissing(
            f"{name}: {html.count(marker)} Content-Security-Policy placeholders ({marker}), expected 1 — the "
            "page's template must extend overrides/main.html, whose <head> has the CSP <meta>")
    policy = content_security_policy(inline_hashes(html))
    return html.replace(marker, f'content="{policy}"')


def without_policy(html: str) -> str:
    """The page without its CSP <meta>: for `mkdocs serve`, whose live reload adds an inline script to
    every page it serves (a policy would block it).

    >>> without_policy(f"<head>{PLACEHOLDER_META}<title>t</title>")
    '<head><title>t</title>'
    """
    return html.replace(PLACEHOLDER_META, "", 1)


def headers_file(base_path: str, hashes: InlineHashes) -> str:
    """``_headers`` (Netlify, Cloudflare Pages) for every address under ``base_path``: the policy with
    the hashes of every page (``hashes``: their union; each page's <meta> allows only its own) and
    framing forbidden, the referrer policy, nosniff and the permissions policy.

    >>> print(headers_file("/s/", InlineHashes()).splitlines()[1])
    /s/*
    """
    base = site_path(base_path)
    lines = ["# Generated by the build (edition/site/security_headers.py): the headers of every page",
             f"{base}*",
             f"  Content-Security-Policy: {content_security_policy(hashes, header=True)}",
             f"  Referrer-Policy: {REFERRER_POLICY}",
             "  X-Content-Type-Options: nosniff",
             f"  Permissions-Policy: {PERMISSIONS_POLICY}"]
    return "\n".join(lines) + "\n"
