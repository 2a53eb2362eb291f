"""URL rules (edition/checks/urls.py)."""

from __future__ import annotations

import pytest
from check_fixtures import pair

from edition.checks.urls import UrlErratum, check_pair, check_url_errata, check_urls_parse, unlinked_urls

JA = "【資料】\n\n<https://www.soumu.go.jp/main_content/000812205.pdf>"


def test_cited_url_kept_byte_for_byte_passes():
    assert check_pair(pair(JA, "【Material】\n\n<https://www.soumu.go.jp/main_content/000812205.pdf>")) == []


@pytest.mark.parametrize("english, rule, message", [
    ("【Material】", "url-missing",
     "the Japanese cites https://www.soumu.go.jp/main_content/000812205.pdf but the translation of segment"),
    ("【Material】\n\n<https://www.soumu.go.jp/main_content/000812206.pdf>", "url-missing", "does not link it"),
    ("【Material】\n\n<http://www.soumu.go.jp/main_content/000812205.pdf>", "url-missing", "does not link it"),
])
def test_deleted_or_changed_url_is_missing(english, rule, message):
    findings = check_pair(pair(JA, english))
    assert findings[0].rule == rule and message in findings[0].message
    assert findings[0].path == "docs/en/p.md" and findings[0].line == 10
    assert findings[0].hint == "link it byte for byte: <https://www.soumu.go.jp/main_content/000812205.pdf>"


def test_changed_url_is_also_an_added_url_with_the_cited_one_suggested():
    findings = check_pair(pair(JA, "【M】\n\n<http://www.soumu.go.jp/main_content/000812205.pdf>"))
    added = [f for f in findings if f.rule == "url-added"]
    assert added[0].format() == (
        "docs/en/p.md:12:1: [url-added] the translation links http://www.soumu.go.jp/main_content/000812205.pdf, "
        "which its Japanese does not cite (the Japanese has https://www.soumu.go.jp/main_content/000812205.pdf) — "
        "use the cited URL exactly: <https://www.soumu.go.jp/main_content/000812205.pdf>; a URL of your own "
        "belongs in a note (/// translator-note or /// update)")


def test_relative_links_are_not_citations():
    assert check_pair(pair(JA, "【M】 see [p](other.md)\n\n<https://www.soumu.go.jp/main_content/000812205.pdf>")) == []


def test_invalid_url_in_a_page_or_a_note_option_is_reported_with_its_line():
    findings = check_urls_parse("a\n\n[x](https://www.soumu.go.jp/ａ.pdf)\n", "docs/en/p.md", 5,
                                [("https://exa mple.org/", 20)])
    assert [(f.line, f.rule) for f in findings] == [(7, "url-invalid"), (20, "url-invalid")]


def test_url_errata_must_cite_a_transcript_url_and_parse():
    good = UrlErratum("https://a.example.org/fi/x.pdf", "https://a.example.org/fil/x.pdf", "", "high", "why", 3)
    assert check_url_errata([good], {good.cited}) == []
    bad = UrlErratum("https://a.example.org/nope.pdf", "not a url", "", "low", "", 9)
    assert sorted(f.rule for f in check_url_errata([bad], {good.cited})) == ["url-errata", "url-errata", "url-invalid"]


def test_unlinked_urls_in_html():
    html = '<p><a href="https://a.example.org/x">x</a> https://b.example.org/y</p>'
    assert unlinked_urls(html, ["https://a.example.org/x", "https://b.example.org/y"]) == ["https://b.example.org/y"]
