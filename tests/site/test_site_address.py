"""Which SITE_URL values are an address to publish."""

from __future__ import annotations

import pytest

from edition.site.site_address import published


@pytest.mark.parametrize(("site_url", "expected"), [
    ("https://example.org/my-number-card-2022/", True),       # set explicitly (the tests' value): published
    ("https://user.github.io/repo/", True),
    ("http://127.0.0.1:8000/my-number-card-2022/", True),     # mkdocs serve's own address
    ("https://site-url-not-set.invalid/my-number-card-2022/", False),   # mkdocs.yml without SITE_URL
    ("https://invalid/", False),
    ("https://x.INVALID./", False),
    ("", False),
    (None, False),
])
def test_only_a_real_host_is_published(site_url, expected):
    assert published(site_url) is expected


def test_the_default_of_mkdocs_yml_is_not_published():
    import yaml
    from conftest import ROOT

    class Loader(yaml.SafeLoader):
        pass
    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[1])
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    assert not published(config["site_url"]) and config["site_url"].endswith("/my-number-card-2022/")
