"""A renamed page keeps its old address, in both languages, in the built site and in the browser."""

from __future__ import annotations


def test_the_old_addresses_exist_and_the_hosts_rules_name_them(built_site):
    for folder in (built_site, built_site / "en"):
        assert (folder / "drivers-licence" / "index.html").is_file()
        assert (folder / "drivers-license" / "index.html").is_file()
    rules = (built_site / "_redirects").read_text(encoding="utf-8")
    assert "/my-number-card-2022/en/drivers-licence/*  /my-number-card-2022/en/drivers-license/:splat  301!" in rules


def test_a_link_to_a_passage_at_the_old_address_lands_on_that_passage(site_url, page):
    page.goto(site_url + "drivers-license/")
    anchor = page.locator(".edition-segment[id]").nth(3).get_attribute("id")
    for prefix in ("", "en/"):
        page.goto(f"{site_url}{prefix}drivers-licence/#{anchor}")
        page.wait_for_url(f"**/{prefix}drivers-license/#{anchor}")
        assert page.evaluate("location.pathname").endswith(f"/{prefix}drivers-license/")
