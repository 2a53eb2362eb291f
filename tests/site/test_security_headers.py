"""edition.site.security_headers: the hashes of a page's inline scripts and styles, the policy text,
the policy put into a built page, and `_headers`."""

from __future__ import annotations

import pytest

from edition.site.security_headers import (
    PLACEHOLDER,
    PLACEHOLDER_META,
    InlineHashes,
    PolicyPlaceholderMissing,
    content_security_policy,
    headers_file,
    inline_hashes,
    source_hash,
    with_policy,
    without_policy,
)

# the example of the CSP specification (https://www.w3.org/TR/CSP2/#script-src-hash-usage)
SPEC_SCRIPT, SPEC_HASH = "alert('Hello, world.');", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
PAGE = f"<html><head>{PLACEHOLDER_META}</head><body>{{}}</body></html>"


def test_a_hash_is_the_one_the_specification_gives():
    assert source_hash(SPEC_SCRIPT) == SPEC_HASH


@pytest.mark.parametrize(("html", "scripts"), [
    (f"<script>{SPEC_SCRIPT}</script>", [SPEC_HASH]),
    (f'<script type="module">{SPEC_SCRIPT}</script>', [SPEC_HASH]),
    (f'<script type="text/javascript">{SPEC_SCRIPT}</script>', [SPEC_HASH]),
    (f'<SCRIPT TYPE=" Text/JavaScript ">{SPEC_SCRIPT}</SCRIPT>', [SPEC_HASH]),
    (f'<script type="application/json">{SPEC_SCRIPT}</script>', []),       # data, not run
    ('<script id="__config" type="application/json">{"a": "</x>"}</script>', []),
    (f'<script src="a.js">{SPEC_SCRIPT}</script>', []),                    # runs its file, under 'self'
    (f"<script>{SPEC_SCRIPT}</script><p>x</p><script>{SPEC_SCRIPT}</script>", [SPEC_HASH]),   # once
])
def test_only_inline_executable_scripts_are_hashed(html, scripts):
    assert list(inline_hashes(html).scripts) == scripts


def test_script_and_style_text_is_hashed_as_written_entities_and_markup_included():
    text = 'if (a < b && c) document.write("<b>&amp;</b>")'
    assert inline_hashes(f"<script>{text}</script>").scripts == (source_hash(text),)
    css = ".a > .b::after { content: \"&amp;\" }\n"
    assert inline_hashes(f"<style>{css}</style>") == InlineHashes((), (source_hash(css),))


def test_the_policy_allows_the_site_and_the_hashes_and_never_unsafe_inline():
    policy = content_security_policy(InlineHashes((SPEC_HASH,), ("'sha256-s'",)))
    directives = {d.split()[0]: d.split()[1:] for d in policy.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'", "'wasm-unsafe-eval'", SPEC_HASH]
    assert directives["style-src"] == ["'self'", "'sha256-s'"]
    assert directives["worker-src"] == ["'self'"] and directives["object-src"] == ["'none'"]
    assert "unsafe-inline" not in policy and "unsafe-eval'" not in policy.replace("'wasm-unsafe-eval'", "")
    assert "frame-ancestors" not in policy      # ignored in a <meta>, where Chromium logs an error for it
    assert content_security_policy(InlineHashes(), header=True).endswith("; frame-ancestors 'none'")


def test_a_built_page_gets_the_policy_of_its_own_inline_scripts():
    html = with_policy(PAGE.format(f"<script>{SPEC_SCRIPT}</script><style>p{{}}</style>"), "a/index.html")
    assert PLACEHOLDER not in html
    assert f"content=\"{content_security_policy(InlineHashes((SPEC_HASH,), (source_hash('p{}'),)))}\"" in html


def test_a_served_preview_has_no_policy_so_that_live_reload_runs():
    html = without_policy(PAGE.format(f"<script>{SPEC_SCRIPT}</script>"))
    assert "Content-Security-Policy" not in html and SPEC_SCRIPT in html


@pytest.mark.parametrize("html", ["<html><head></head></html>", PAGE + PAGE])
def test_a_page_without_exactly_one_placeholder_is_an_error_naming_it_and_the_fix(html):
    with pytest.raises(PolicyPlaceholderMissing, match=r"^en/404\.html: .* — the page's template must extend "
                                                        r"overrides/main\.html"):
        with_policy(html, "en/404.html")


@pytest.mark.parametrize(("base", "rule"), [("/my-number-card-2022/", "/my-number-card-2022/*"),
                                            ("/s", "/s/*"), ("/", "/*"), ("", "/*")])
def test_headers_file_covers_the_site_path_with_every_header(base, rule):
    lines = headers_file(base, InlineHashes((SPEC_HASH,), ())).splitlines()
    assert lines[1] == rule
    headers = dict(line.strip().split(": ", 1) for line in lines[2:])
    assert set(headers) == {"Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options",
                            "Permissions-Policy"}
    policy = headers["Content-Security-Policy"]
    assert SPEC_HASH in policy and "frame-ancestors 'none'" in policy
    assert headers["Referrer-Policy"] == "same-origin" and headers["X-Content-Type-Options"] == "nosniff"
    assert {"camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"} <= set(
        headers["Permissions-Policy"].split(", "))
