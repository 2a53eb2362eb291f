"""Search, two designs on the same built site: the theme's lunr search vs Pagefind (the edition's).

    .venv/bin/python benchmarks/search.py            # builds both variants, then measures

For each design it builds the site (the Material variant is mkdocs.yml with the theme's search
plugin configured as it was before, `lang: [ja, en]`, Japanese punctuation as separators), serves it
on 127.0.0.1 and drives Chromium:

- bytes per page view: everything a content page fetches on load (fresh browser context), and what
  opening search and running the queries fetches on top;
- per query and language site: the pages that contain the query as written (from the built HTML,
  edition.site.search_index.pages_containing), how many of them the results list, how many results come
  from the other language, and whether every page that contains the query ranks above the others.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import chromium_page, route_site_url, serve  # noqa: E402
from conftest import SITE_URL, SUB_PATH  # noqa: E402

from edition.site.search_index import pages_containing  # noqa: E402

QUERIES = ["健康保険証", "2023年3月", "オンライン資格確認", "令和5年2月末",
           "health insurance", "bank account", "Mynaportal", "My Number Points"]
PAGE = "bank-accounts/"
LANGUAGES = {"ja": "", "en": "en/"}

MATERIAL_SEARCH = """  - search:
      lang: [ja, en]
      separator: '[\\s\\-、。，．・「」『』（）()【】〔〕：:]+'
      pipeline: [stopWordFilter]
"""


def build(variant: str, site: Path) -> None:
    config = ROOT / "mkdocs.yml"
    if variant == "material":
        text = config.read_text(encoding="utf-8")
        text = text.replace("  - i18n:\n", MATERIAL_SEARCH + "  - i18n:\n", 1)
        text = text.replace("reconfigure_search: false", "reconfigure_search: true")
        config = ROOT / ".bench-material-mkdocs.yml"
        config.write_text(text, encoding="utf-8")
    try:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL)
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                       cwd=ROOT, env=env, check=True)
    finally:
        if variant == "material":
            config.unlink()


def _bytes(responses) -> int:
    total = 0
    for response in responses:
        try:
            sizes = response.request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        except Exception:  # a response the navigation cancelled
            pass
    return total


def _results(page, variant: str, query: str) -> list[str]:
    """The result pages in the order shown, as site-relative paths."""
    if variant == "material":
        page.fill("input.md-search__input", query)
        page.press("input.md-search__input", "End")
        page.wait_for_timeout(800)
        hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    else:
        page.fill("#edition-search-input", query)
        page.press("#edition-search-input", "Enter")
        page.wait_for_timeout(800)
        hrefs = page.eval_on_selector_all(".edition-search-link", "els => els.map(e => e.href)")
    seen: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path[len(SUB_PATH):]
        if path not in seen:
            seen.append(path)
    return seen


def _open(page, variant: str) -> None:
    page.click(".md-search__input" if variant == "material" else ".edition-search-open")


def measure(variant: str, site: Path) -> dict:
    out: dict = {"variant": variant, "views": {}, "queries": []}
    with serve(site) as url, chromium_page() as first:
        browser = first.context.browser
        for language, folder in LANGUAGES.items():
            context = browser.new_context()
            page = context.new_page()
            route_site_url(page, url)
            responses: list = []
            page.on("response", lambda response: responses.append(response))
            page.goto(url + folder + PAGE)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            on_load = _bytes(responses)
            search_on_load = [r.url for r in responses if "search" in r.url or "pagefind" in r.url]
            responses.clear()
            _open(page, variant)
            for query in QUERIES:
                shown = _results(page, variant, query)
                truth = pages_containing(site, query, folder.strip("/"), ["en"])
                found = [p for p in shown if p in truth]
                other = [p for p in shown if (p.startswith("en/") != (language == "en"))]
                ranked_first = all(p in truth for p in shown[:len(truth)]) if truth else True
                out["queries"].append({"language": language, "query": query, "containing": len(truth),
                                       "found": len(found), "shown": len(shown), "other_language": len(other),
                                       "containing_ranked_first": ranked_first})
            page.wait_for_load_state("networkidle")
            out["views"][language] = {"page_view": on_load, "search_files_on_load": len(search_on_load),
                                      "search_session": _bytes(responses)}
            context.close()
    return out


def report(results: list[dict]) -> None:
    print("\n## Bytes (content page", PAGE, ")\n")
    print("| design | language | page view | search files fetched on load | opening search + 8 queries |")
    print("|---|---|---:|---:|---:|")
    for r in results:
        for language, v in r["views"].items():
            print(f"| {r['variant']} | {language} | {v['page_view'] / 1024:.1f} KiB | {v['search_files_on_load']} "
                  f"| {v['search_session'] / 1024:.1f} KiB |")
    print("\n## Queries (found = pages containing the query as written that the results list)\n")
    print("| design | site | query | containing | found | shown | other language | containing ranked first |")
    print("|---|---|---|---:|---:|---:|---:|---|")
    for r in results:
        for q in r["queries"]:
            print(f"| {r['variant']} | {q['language']} | {q['query']} | {q['containing']} | {q['found']} | "
                  f"{q['shown']} | {q['other_language']} | {'yes' if q['containing_ranked_first'] else 'no'} |")
    for r in results:
        qs = r["queries"]
        print(f"\n{r['variant']}: found {sum(q['found'] for q in qs)} of {sum(q['containing'] for q in qs)} "
              f"containing pages; {sum(q['other_language'] for q in qs)} other-language results; "
              f"containing pages ranked first in {sum(q['containing_ranked_first'] for q in qs)} of {len(qs)} queries")


def main() -> None:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for variant in ("material", "pagefind"):
            site = Path(tmp) / variant
            build(variant, site)
            results.append(measure(variant, site))
    report(results)


if __name__ == "__main__":
    main()
