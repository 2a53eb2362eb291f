"""edition.site.redirects: old addresses of renamed pages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from edition.findings import EditionError
from edition.site.deploy import netlify_redirects, not_found_rules
from edition.site.redirects import Redirect, load_redirects, netlify_rules, nginx_rules, redirect_page
from edition.source.plan import load_plan

SLUGS = {page.slug for page in load_plan(ROOT).pages}


def test_the_drivers_license_page_keeps_its_old_address():
    assert Redirect("drivers-licence", "drivers-license") in load_redirects(ROOT, SLUGS)


@pytest.mark.parametrize("entry, message", [
    ('from = "old-page"\nto = "no-such-page"', "'no-such-page' is not a page"),
    ('from = "smartphones"\nto = "drivers-license"', "that address is a page of the edition"),
])
def test_a_bad_entry_is_a_finding_with_its_line(tmp_path, entry, message):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "redirects.toml").write_text(f"# c\n\n[[redirect]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(EditionError) as raised:
        load_redirects(tmp_path, SLUGS)
    finding = raised.value.findings[0]
    assert (finding.path, finding.line, finding.rule) == ("data/redirects.toml", 4, "edition-data")
    assert message in finding.message


def test_the_old_page_sends_the_reader_on_keeping_the_passage():
    html = redirect_page(Redirect("old", "new"), "en", "New page", "This page has moved to:", "../../")
    page = BeautifulSoup(html, "html.parser")
    assert page.html["lang"] == "en"
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == "0; url=../new/"
    script = page.find("script")
    assert (script["src"], script["data-to"], script.string) == ("../../assets/edition-redirect.js", "../new/", None)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.body.a["href"] == "../new/" and page.body.a.get_text() == "New page"


def test_hosts_answer_the_old_address_with_a_301_before_any_404_rule():
    moved = [Redirect("old", "new")]
    rules = netlify_rules(moved, "/base/", ["", "en"])
    assert rules == ["/base/old/*  /base/new/:splat  301!", "/base/en/old/*  /base/en/new/:splat  301!"]
    text = netlify_redirects(not_found_rules("/base/", ["", "en"]), rules).splitlines()
    assert text.index(rules[1]) < text.index("/base/en/*  /base/en/404.html  404")
    assert "location /base/en/old/ {\n    return 301 /base/en/new/;\n}" in nginx_rules(moved, "/base/", ["", "en"])
