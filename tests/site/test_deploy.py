"""edition.site.deploy and the built site: each language's 404 page on the hosts the README names."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, SUB_PATH
from site_html import soup

from edition.site.deploy import netlify_redirects, nginx_locations, not_found_rules, page_for


def test_rules_pick_the_most_specific_language_folder():
    rules = not_found_rules("/my-number-card-2022/", ["", "en"])
    assert page_for(rules, "/my-number-card-2022/en/nowhere/") == "/my-number-card-2022/en/404.html"
    assert page_for(rules, "/my-number-card-2022/nowhere/") == "/my-number-card-2022/404.html"
    assert page_for(not_found_rules("/", ["", "en"]), "/en/x") == "/en/404.html"
    assert "error_page 404 /my-number-card-2022/en/404.html;" in nginx_locations(rules)


def test_the_build_writes_netlify_rules_that_name_existing_404_pages(built_site):
    lines = [line.split() for line in (built_site / "_redirects").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    not_found = [line for line in lines if line[2] == "404"]    # after the 301s of renamed pages (test_redirects)
    assert [line[0] for line in not_found] == [f"{SUB_PATH}en/*", f"{SUB_PATH}*"]
    assert lines[-len(not_found):] == not_found
    for _, page, _status in not_found:
        assert (built_site / page[len(SUB_PATH):]).exists()
    assert netlify_redirects(not_found_rules(SUB_PATH, ["", "en"])).splitlines()[-2:] == \
        (built_site / "_redirects").read_text(encoding="utf-8").splitlines()[-2:]


def test_the_root_404_page_speaks_every_language_for_hosts_with_one_404_page(built_site):
    root = soup(built_site / "404.html")
    english = root.select_one('section.edition-404-other[lang="en"]')
    assert english is not None and "Page not found" in english.get_text()
    assert english.find("a", hreflang="en")["href"] == f"{SUB_PATH}en/"
    assert soup(built_site / "en" / "404.html").select_one("section.edition-404-other") is None


def test_the_deploy_workflow_builds_with_the_pages_address_and_uploads_the_site():
    workflow = (ROOT / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    assert 'SITE_URL="${{ steps.pages.outputs.base_url }}/" make build' in workflow
    assert "actions/upload-pages-artifact" in workflow and "path: site" in workflow
    assert Path(ROOT / "README.md").read_text(encoding="utf-8").count("error_page 404") >= 1


def test_the_pull_request_workflow_builds_the_site_and_uploads_it_for_reviewers():
    import re

    import yaml
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]          # PyYAML reads the key `on` as True
    steps = workflow["jobs"]["test"]["steps"]
    runs = [step.get("run", "") for step in steps]
    build = runs.index("make build")
    upload = next(i for i, step in enumerate(steps) if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload > build and steps[upload]["with"]["path"] == "site/"
    assert steps[upload]["with"]["if-no-files-found"] == "error"
    # every make target a workflow runs exists in the Makefile
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    for name in ("ci.yml", "deploy.yml", "links.yml"):
        text = (ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8")
        for target in re.findall(r"\bmake ([a-z][a-z-]*)", text):
            assert target in targets, (name, target)
