"""Soft 404s: a server that says "200 OK" (or redirects) for a page that is gone."""

from __future__ import annotations

from urllib.parse import urlsplit

NOT_FOUND_PHRASES = ("ページが見つかりません", "お探しのページは", "404 not found", "ページは見つかりませんでした",
                     "お探しのページが見つかりません")


def decode(body: bytes, content_type: str) -> str:
    charset = ""
    for part in content_type.split(";"):
        if part.strip().lower().startswith("charset="):
            charset = part.split("=", 1)[1].strip().strip('"')
    for encoding in filter(None, (charset, "utf-8", "cp932", "euc-jp")):
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


def soft_404_reason(url: str, final_url: str, content_type: str, body: bytes | None) -> str:
    """Why a successful answer is really "not found", or ""."""
    path = urlsplit(url).path.lower()
    final_path = urlsplit(final_url).path
    if path.endswith(".pdf") and content_type.lower().startswith("text/html"):
        return "soft 404: a .pdf URL answered with an HTML page"
    if final_url != url and final_path in ("", "/", "/index.html", "/index.htm") and path not in ("", "/"):
        return "soft 404: redirected to the site's home page"
    if body and content_type.lower().startswith(("text/html", "text/plain", "application/xhtml")):
        text = decode(body, content_type).lower()
        for phrase in NOT_FOUND_PHRASES:
            if phrase.lower() in text:
                return f"soft 404: the page says “{phrase}”"
    return ""
