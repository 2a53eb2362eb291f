"""edition.site.sitemaps: x-default alternates, page sitemaps, and a lastmod that is no build's clock."""

from __future__ import annotations

import gzip
from datetime import date

from edition.site.sitemaps import gzipped, sitemaps

MAIN = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>https://h.example/s/a/</loc><lastmod>{day}</lastmod>
<xhtml:link rel="alternate" hreflang="ja" href="https://h.example/s/a/"/>
<xhtml:link rel="alternate" hreflang="en" href="https://h.example/s/en/a/"/></url></urlset>"""


def test_every_lastmod_is_the_date_given_not_the_build_day():
    for build_day in ("2026-12-02", "2030-01-01"):
        main, pages = sitemaps(MAIN.format(day=build_day), "https://h.example/s/", "ja", lastmod=date(2026, 11, 27))
        assert "<lastmod>2026-11-27</lastmod>" in main and build_day not in main
        assert all("<lastmod>2026-11-27</lastmod>" in xml for xml in pages.values())


def test_without_a_date_lastmod_is_kept_as_the_build_wrote_it():
    main, _ = sitemaps(MAIN.format(day="2026-12-02"), "https://h.example/s/", "ja")
    assert "<lastmod>2026-12-02</lastmod>" in main


def test_the_gzip_copy_is_the_sitemap_itself_and_the_same_bytes_every_time():
    xml = "<urlset/>\n"
    first = gzipped(xml, date(2026, 11, 27))
    assert gzip.decompress(first).decode("utf-8") == xml
    assert gzipped(xml, date(2026, 11, 27)) == first                # no clock in the header
    assert gzipped(xml, date(2026, 11, 28)) != first                # the date given is its time stamp
