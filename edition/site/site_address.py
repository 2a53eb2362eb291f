"""Whether a build knows the address it will be deployed at (no MkDocs here).

Without ``SITE_URL``, mkdocs.yml gives the site a placeholder address on the reserved top-level domain
``.invalid`` (RFC 2606: never a real host), with the sub-path the site is served under
(``make serve``, the 404 pages and ``_redirects`` need the path, not the host). Such a build publishes
no absolute URL of the site: no canonical link, no hreflang alternates, no ``og:url``, no sitemap;
links stay relative, or absolute paths, and the language menu works with them. A deployment sets
``SITE_URL`` and gets all of them, as full URLs.

>>> published("https://h.example/s/"), published("https://site-url-not-set.invalid/s/"), published("")
(True, False, False)
"""

from __future__ import annotations

from urllib.parse import urlsplit

NOT_SET = ("SITE_URL is not set: no canonical URL, hreflang, og:url or sitemap published; "
           "set SITE_URL=https://host/path/ for a deployment")


def published(site_url: str | None) -> bool:
    """Whether ``site_url`` is a real address to publish (a host, not on ``.invalid``)."""
    host = (urlsplit(site_url or "").hostname or "").rstrip(".")
    return bool(host) and host != "invalid" and not host.endswith(".invalid")
