"""The Content-Security-Policy of the built site (edition/site/security_headers.py): in every page, with
exactly the hashes of its own inline scripts and styles, before any script; `_headers` for the site; in
a real Chromium, no page breaks it, search works under it, and an inline script it does not list is
blocked."""

from __future__ import annotations

import base64
import hashlib

import lxml.html
import pytest
from browser import site_headers
from site_html import built_pages

DATA_TYPES = {"application/json", "application/ld+json"}
WATCH = """window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push([e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(" "));
}, true);"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def _pages(site):
    pages = built_pages(site)
    assert len(pages) >= 40 and site / "404.html" in pages and site / "en" / "404.html" in pages
    return pages


def test_every_page_lists_exactly_its_own_inline_scripts_and_styles_before_any_script(built_site):
    for path in _pages(built_site):
        document = lxml.html.fromstring(path.read_bytes())     # lxml, not the build's parser
        head = document.find("head")
        metas = head.xpath('meta[@http-equiv="Content-Security-Policy"]')
        assert len(metas) == 1, path
        first_script = head.xpath("script | style")[0]
        assert list(head).index(metas[0]) < list(head).index(first_script), path
        policy = _directives(metas[0].get("content"))
        scripts = {_hash(s.text or "") for s in document.iter("script")
                   if not s.get("src") and (s.get("type") or "").lower() not in DATA_TYPES}
        styles = {_hash(s.text or "") for s in document.iter("style")}
        assert scripts and styles, path
        assert set(policy["script-src"]) == {"'self'", "'wasm-unsafe-eval'"} | scripts, path
        assert set(policy["style-src"]) == {"'self'"} | styles, path
        assert "'unsafe-inline'" not in metas[0].get("content")
        assert head.xpath('meta[@name="referrer"]/@content') == ["same-origin"], path


def test_no_page_has_a_style_attribute_or_event_handler_attribute(built_site):
    # measured: none; the policy therefore allows neither ('unsafe-inline', 'unsafe-hashes')
    for path in _pages(built_site):
        document = lxml.html.fromstring(path.read_bytes())
        assert document.xpath("//*[@style]") == [], path
        assert [a for e in document.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")] == []


def test_headers_file_carries_the_policy_of_every_page_and_forbids_framing(built_site):
    headers = dict(site_headers(built_site))
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]
    policy = _directives(headers["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'none'"]
    for path in _pages(built_site):
        meta = lxml.html.fromstring(path.read_bytes()).xpath('//meta[@http-equiv="Content-Security-Policy"]')[0]
        page_policy = _directives(meta.get("content"))
        assert set(page_policy["script-src"]) <= set(policy["script-src"]), path
        assert set(page_policy["style-src"]) <= set(policy["style-src"]), path


@pytest.fixture(scope="module")
def watched(page):
    page.add_init_script(WATCH)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, errors


def test_every_page_loads_under_the_policy_without_a_violation(built_site, site_url, watched):
    page, errors = watched
    for path in _pages(built_site):
        relative = path.relative_to(built_site).as_posix()
        response = page.goto(site_url + relative.removesuffix("index.html"))
        assert response.headers.get("content-security-policy", "").endswith("frame-ancestors 'none'")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.classList.contains('edition-js')"), relative
        if page.locator(".edition-notes-toggle").count():     # the edition's script at work: notes open
            page.click(".edition-notes-toggle")
        assert page.evaluate("window.__violations") == [], relative
    assert errors == []


@pytest.mark.parametrize(("path", "query"), [("bank-accounts/", "健康保険証"), ("en/", "bank account")])
def test_search_finds_pages_under_the_policy_without_a_violation(site_url, watched, path, query):
    page, errors = watched
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    page.click(".edition-search-open")
    page.fill("#edition-search-input", query)
    page.press("#edition-search-input", "Enter")
    page.wait_for_function("q => document.getElementById('edition-search').dataset.resultsFor === q", arg=query)
    assert page.locator(".edition-search-results .edition-search-link").count() > 0
    assert page.evaluate("window.__violations") == [] and errors == []


def test_an_inline_script_the_page_does_not_list_is_blocked(built_site, site_url, watched):
    page, _ = watched
    html = (built_site / "en" / "bank-accounts" / "index.html").read_text(encoding="utf-8")
    injected = html.replace("</head>", "<script>window.__injected = true;</script></head>", 1)
    assert injected != html
    # a copy of the built page with the script added, served at its own address without the headers of
    # `_headers`: only the page's <meta> policy (as GitHub Pages serves it) stands in the way
    page.route(site_url + "en/bank-accounts/", lambda route: route.fulfill(
        status=200, body=injected, headers={"Content-Type": "text/html; charset=utf-8"}))
    try:
        page.goto(site_url + "en/bank-accounts/")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.classList.contains('edition-js')")   # its own ran
        assert page.evaluate("window.__injected === undefined")
        assert [v for v in page.evaluate("window.__violations") if v.startswith("script-src")
                and " inline " in v], page.evaluate("window.__violations")
    finally:
        page.unroute(site_url + "en/bank-accounts/")
