"""Is a string a well-formed citation URL? One syntax rule for everything that holds URLs: the pages
(edition/checks/urls.py), the glossary's sources (edition/glossary/terms.py) and the link checker."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit


def url_problem(url: str) -> str:
    """Why ``url`` is not a well-formed citation, or "" when it is.

    >>> url_problem("https://www.soumu.go.jp/a.pdf"), url_problem("https:///a.pdf")
    ('', 'has no host')
    """
    if any(char.isspace() for char in url):
        return "contains whitespace"
    wide = [char for char in url if unicodedata.east_asian_width(char) in ("F", "W") or ord(char) > 0x7E]
    if wide:
        return f"contains the non-ASCII character {wide[0]!r}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not http or https"
    if not parts.hostname or "." not in parts.hostname:
        return "has no host"
    return ""
