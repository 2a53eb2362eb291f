"""Sitemaps: x-default alternates, and one small sitemap per page (no MkDocs here).

The theme (Material) fetches ``sitemap.xml`` next to every ``<link rel="alternate">`` of a page, to
map the page to its other languages. The alternates are the page itself in each language, so it
asks for ``<page>/sitemap.xml``: without one there, every page view logged two failed requests.
Each page folder now holds a sitemap of its own group (the page and its alternates), and the main
sitemap gives every group an ``x-default`` alternate (the source language). The edition's script
(``assets/edition.js``) keeps the theme from fetching them at all (three requests per page view, and a
redirect on the language menu); the page sitemaps stay for a page where that script did not run, so
that no request fails even then.

A build's own date is in no sitemap: MkDocs gives every page the build day as ``<lastmod>``, so two
builds of one commit on two days differed in every sitemap. Every ``<lastmod>`` is the date given
(the hook gives the edition's review date, data/edition.toml), and the ``.gz`` copy MkDocs wrote
before the alternates were added is written again from the final sitemap, stamped with that date.

>>> xml = '''<?xml version="1.0" encoding="UTF-8"?>
... <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
... <url><loc>https://h.example/s/a/</loc>
... <xhtml:link rel="alternate" hreflang="ja" href="https://h.example/s/a/"/>
... <xhtml:link rel="alternate" hreflang="en" href="https://h.example/s/en/a/"/></url></urlset>'''
>>> main, pages = sitemaps(xml, "https://h.example/s/", "ja")
>>> 'hreflang="x-default" href="https://h.example/s/a/"' in main
True
>>> sorted(pages)
['a', 'en/a']
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as etree
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
etree.register_namespace("", SITEMAP)
etree.register_namespace("xhtml", XHTML)


def _serialize(urls: list[etree.Element]) -> str:
    root = etree.Element(f"{{{SITEMAP}}}urlset")
    root.extend(urls)
    etree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


def sitemaps(main_xml: str, site_url: str, default_language: str,
             lastmod: date | None = None) -> tuple[str, dict[str, str]]:
    """(the main sitemap with x-default alternates, {page folder relative to the site: its sitemap});
    with `lastmod`, every URL's ``<lastmod>`` is that date."""
    base = site_url.rstrip("/") + "/"
    urls = etree.fromstring(main_xml.encode("utf-8")).findall(f"{{{SITEMAP}}}url")
    pages: dict[str, str] = {}
    for url in urls:
        if lastmod is not None:
            for element in url.findall(f"{{{SITEMAP}}}lastmod"):
                element.text = lastmod.isoformat()
        links = url.findall(f"{{{XHTML}}}link")
        default = next((link for link in links if link.get("hreflang") == default_language), None)
        if default is not None and not any(link.get("hreflang") == "x-default" for link in links):
            url.append(etree.Element(f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": "x-default",
                                                          "href": default.get("href", "")}))
        group = _serialize([url])
        members = [url.findtext(f"{{{SITEMAP}}}loc") or ""] + [link.get("href", "") for link in links]
        for member in members:
            if member.startswith(base):
                pages[member[len(base):].strip("/")] = group
    pages.pop("", None)   # the site root keeps the main sitemap
    return _serialize(urls), pages


def gzipped(xml: str, stamp: date) -> bytes:
    """The sitemap's ``.gz`` copy, its header's time `stamp` (midnight UTC), not the clock's."""
    seconds = int(datetime(stamp.year, stamp.month, stamp.day, tzinfo=timezone.utc).timestamp())
    return gzip.compress(xml.encode("utf-8"), mtime=seconds)


def absolute_url(site_url: str, link: str) -> str:
    """A site link ("/en/a/", as the i18n plugin gives alternates) as a full URL under ``site_url``.

    >>> absolute_url("https://h.example/s/", "/en/a/")
    'https://h.example/s/en/a/'
    >>> absolute_url("https://h.example/s/", "/s/en/")     # a home page's link already has the sub-path
    'https://h.example/s/en/'
    """
    if "://" in link or not site_url:
        return link
    parts = urlsplit(site_url)
    path = parts.path.rstrip("/")
    if path and (link == path or link.startswith(path + "/")):
        return f"{parts.scheme}://{parts.netloc}{link}"
    return site_url.rstrip("/") + "/" + link.lstrip("/")
