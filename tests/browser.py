"""A loopback HTTP server for a built site under its sub-path, and a headless Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest
from conftest import SUB_PATH

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` at SUB_PATH with the headers of its `_headers`, answers 404 with the right
    language's 404 page. `pause`:
    (request path, marker, seconds) sends that page in two parts, with a pause before `marker` (a slow
    connection that delivers the page in parts)."""

    def __init__(self, *args, pause: tuple[str, bytes, float] | None = None,
                 headers: list[tuple[str, str]] | None = None, **kwargs):
        self.pause = pause
        self.site_headers = headers or []
        super().__init__(*args, **kwargs)     # handles the request: `pause` and the headers are set first

    def end_headers(self):
        for name, value in self.site_headers:     # the site's `_headers`, as Netlify or nginx sends them
            self.send_header(name, value)
        super().end_headers()

    def copyfile(self, source, outputfile):
        if not self.pause or self.path != self.pause[0]:
            return super().copyfile(source, outputfile)
        _, marker, seconds = self.pause
        data = source.read()
        cut = data.index(marker)
        outputfile.write(data[:cut])
        outputfile.flush()
        threading.Event().wait(seconds)
        outputfile.write(data[cut:])

    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return "/nonexistent"
        return super().translate_path("/" + path[len(SUB_PATH):])

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        root = Path(self.directory)
        language_dir = self.path[len(SUB_PATH):].split("/", 1)[0] if self.path.startswith(SUB_PATH) else ""
        page = root / language_dir / "404.html"
        body = (page if language_dir and page.exists() else root / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def site_headers(site: Path) -> list[tuple[str, str]]:
    """The headers that the build's `_headers` gives every address under SUB_PATH (its one rule)."""
    path = site / "_headers"
    if not path.exists():
        return []
    headers, applies = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            applies = line.strip() in (SUB_PATH + "*", "/*")
        elif applies:
            name, _, value = line.strip().partition(":")
            headers.append((name.strip(), value.strip()))
    return headers


@contextlib.contextmanager
def serve(site: Path, pause: tuple[str, bytes, float] | None = None):
    """Serve the site on 127.0.0.1 (a free port); stops when the block ends. `pause`: (request path,
    marker, seconds) sends that page in two parts, the second after a pause."""
    handler = functools.partial(_SubPathHandler, directory=str(site), pause=pause, headers=site_headers(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium_page():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if os.environ.get("EDITION_ALLOW_NO_BROWSER") == "1":
            pytest.skip("no Chromium and EDITION_ALLOW_NO_BROWSER=1")
        pytest.fail(f"{CHROMIUM} not found: run `make browser` (Debian package chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context()
            page = context.new_page()
            page.set_default_timeout(15000)
            yield page
        finally:
            browser.close()


def route_site_url(page, local_url: str) -> None:
    """The built pages name their own site by SITE_URL (hreflang alternates are full URLs): serve
    those requests from the local server, so that nothing leaves the machine."""
    import urllib.request

    from conftest import SITE_URL

    def fulfil(route):
        target = local_url + route.request.url[len(SITE_URL):]
        try:
            with urllib.request.urlopen(target, timeout=10) as response:
                route.fulfill(status=response.status, body=response.read(),
                              headers={"Content-Type": response.headers.get("Content-Type", "")})
        except urllib.error.HTTPError as error:
            route.fulfill(status=error.code, body=error.read())
    page.route(SITE_URL + "**", fulfil)
