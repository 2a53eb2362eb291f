"""Page weight and Lighthouse: the edition's content pages against a default Material + static-i18n page.

    .venv/bin/python benchmarks/pages.py            # needs: cd benchmarks/lighthouse && npm ci

Both sites are built from this checkout (the default one: `theme: material` with nothing but
`font: false`, the theme's search, static-i18n, and the same Markdown pages as they are in docs/),
served on 127.0.0.1 under the same sub-path by a server that compresses text with gzip, as static hosts
do (GitHub Pages, Netlify, S3+CloudFront); bytes are also reported uncompressed. Each page: bytes
fetched on load in Chromium (Playwright), then Lighthouse 12.2.3 (mobile, the default throttling),
RUNS times (5; interleaved between the sites), the median performance score and every category's score.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import CHROMIUM, chromium_page  # noqa: E402

SUB_PATH = "/my-number-card-2022/"
LIGHTHOUSE = ROOT / "benchmarks" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
RUNS = int(os.environ.get("RUNS", "5"))
PAGES = {"edition": ["bank-accounts/", "en/bank-accounts/", "mynapoint-round-2/", "en/mynapoint-round-2/"],
         "default": ["bank-accounts/", "en/bank-accounts/"]}
TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


class _GzipSubPathHandler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(SUB_PATH):
            return "/nonexistent"
        return super().translate_path("/" + path[len(SUB_PATH):])

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        ctype = self.guess_type(path)
        if not os.path.isfile(path) or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not ctype.startswith(TEXT_TYPES):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(site: Path, port: int):
    handler = functools.partial(_GzipSubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


DEFAULT_CONFIG = """site_name: Default Material
site_url: {site_url}
theme:
  name: material
  language: ja
  font: false
plugins:
  - search
  - i18n:
      docs_structure: folder
      languages:
        - locale: ja
          name: 日本語
          default: true
          build: true
        - locale: en
          name: English
          build: true
"""


def build(variant: str, site: Path, site_url: str, work: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    config = ROOT / "mkdocs.yml"
    if variant == "default":
        project = work / "default-project"
        for language in ("ja", "en"):
            (project / "docs" / language).mkdir(parents=True, exist_ok=True)
            for page in sorted((ROOT / "docs" / language).glob("*.md")):   # every page: the same navigation
                (project / "docs" / language / page.name).write_bytes(page.read_bytes())
        config = project / "mkdocs.yml"
        config.write_text(DEFAULT_CONFIG.format(site_url=site_url), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   cwd=config.parent, env=env, check=True, capture_output=True)


def page_bytes(url: str) -> tuple[int, int, int]:
    """(bytes transferred, bytes uncompressed, requests) of one page view, fresh browser context."""
    with chromium_page() as first:
        context = first.context.browser.new_context(viewport={"width": 412, "height": 823})
        page = context.new_page()
        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        transferred = raw = 0
        for response in responses:
            try:
                sizes = response.request.sizes()
                transferred += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                raw += len(response.body())
            except Exception:
                pass
        count = len(responses)
        context.close()
    return transferred, raw, count


def lighthouse(url: str, work: Path) -> dict[str, float]:
    out = work / "lh.json"
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                    "--only-categories=performance,accessibility,best-practices,seo",
                    "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking"],
                   env=env, check=True, capture_output=True, timeout=240)
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {key: round(category["score"] * 100) for key, category in report["categories"].items()}
    scores["weight"] = report["audits"]["total-byte-weight"]["numericValue"]
    failing = [a["id"] for a in report["audits"].values()
               if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]
    scores["failing"] = failing
    scores["metrics"] = {k: round(report["audits"][k]["numericValue"]) for k in
                         ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index")}
    scores["metrics"]["cls"] = round(report["audits"]["cumulative-layout-shift"]["numericValue"], 3)
    return scores


def main() -> None:
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: cd benchmarks/lighthouse && npm ci")
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as servers:
        work = Path(tmp)
        urls = {}
        for variant in PAGES:
            port = _free_port()
            site = work / variant
            build(variant, site, f"http://127.0.0.1:{port}{SUB_PATH}", work)
            urls[variant] = servers.enter_context(serve(site, port))
        targets = [(variant, path) for variant, paths in PAGES.items() for path in paths]
        weights = {target: page_bytes(urls[target[0]] + target[1]) for target in targets}
        runs: dict[tuple[str, str], list[dict]] = {target: [] for target in targets}
        for _ in range(RUNS):      # interleaved, so that the machine's load falls on both sites alike
            for target in targets:
                runs[target].append(lighthouse(urls[target[0]] + target[1], work))
    print("| site | page | transferred (gzip) | uncompressed | requests | Lighthouse performance (median; runs) "
          "| accessibility | best practices | SEO | failing binary audits | median FCP, LCP, TBT ms | max CLS |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|")
    for target in targets:
        transferred, raw, count = weights[target]
        results = runs[target]
        last = results[-1]
        median = {key: statistics.median(r["metrics"][key] for r in results)
                  for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")}
        print(f"| {target[0]} | {target[1]} | {transferred / 1000:.1f} kB | {raw / 1000:.1f} kB | {count} | "
              f"{statistics.median(r['performance'] for r in results)} "
              f"({', '.join(str(r['performance']) for r in results)}) | {last['accessibility']} | "
              f"{last['best-practices']} | {last['seo']} | {', '.join(last['failing']) or '—'} | "
              f"{', '.join(str(round(v)) for v in median.values())} | "
              f"{max(r['metrics']['cls'] for r in results)} |")


if __name__ == "__main__":
    main()
