"""The syntax of a citation URL (edition/url_syntax.py)."""

from __future__ import annotations

import pytest

from edition.url_syntax import url_problem


@pytest.mark.parametrize("url, problem", [
    ("https://www.soumu.go.jp/a.pdf", ""),
    ("http://www.city.seto.aichi.jp/docs/2021090200031/", ""),
    ("https://warp.ndl.go.jp/info:ndljp/pid/12019971/www.kantei.go.jp/x.pdf", ""),
    ("ftp://example.org/a", "scheme 'ftp' is not http or https"),
    ("https:///a.pdf", "has no host"),
    ("https://www.soumu.go.jp/a b.pdf", "contains whitespace"),
    ("https://www.soumu.go.jp/ａ.pdf", "contains the non-ASCII character 'ａ'"),
])
def test_url_problem(url, problem):
    assert url_problem(url) == problem
