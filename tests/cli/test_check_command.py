"""scripts/check.py: formats, annotations, exit codes; and the count across both builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, build_site, copy_project


def _run(*args, root=ROOT, **env):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), "--root", str(root), *args],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, **env))


def _damaged(tmp_path):
    project = copy_project(tmp_path / "p")
    en = project / "docs" / "en" / "index.md"
    en.write_text(en.read_text(encoding="utf-8") + "\n<script>x()</script>\n", encoding="utf-8")
    ja = project / "docs" / "ja" / "smartphones.md"
    ja.write_text(ja.read_text(encoding="utf-8").replace("改正の背景", "改正の背", 1), encoding="utf-8")
    return project


def test_text_output_groups_by_file_and_counts(tmp_path):
    result = _run(root=_damaged(tmp_path), GITHUB_ACTIONS="false")
    assert result.returncode == 1
    lines = result.stdout.strip().split("\n")
    assert lines[0] == "docs/en/index.md" and lines[1].startswith("  docs/en/index.md:")
    assert "[unsafe-html] <script> element is not allowed" in lines[1]
    # the Japanese edit also leaves the English translation of that segment outdated
    assert lines[2] == "docs/en/smartphones.md" and "[segment-outdated]" in lines[3]
    assert lines[4] == "docs/ja/smartphones.md" and "[fidelity] drops '景'" in lines[5]
    assert lines[-1].startswith("3 findings in 3 files")
    assert "::error" not in result.stdout


def test_github_annotations(tmp_path):
    project = _damaged(tmp_path)
    for result in (_run(root=project, GITHUB_ACTIONS="true"), _run("--format", "github", root=project)):
        annotations = [l for l in result.stdout.split("\n") if l.startswith("::error ")]
        assert len(annotations) == 3
        assert annotations[0].startswith("::error file=docs/en/index.md,line=")
        assert ",title=unsafe-html::<script> element is not allowed — remove it" in annotations[0]


def test_json_output(tmp_path):
    report = json.loads(_run("--format", "json", root=_damaged(tmp_path)).stdout)
    assert report["count"] == 3
    assert {f["rule"] for f in report["findings"]} == {"unsafe-html", "fidelity", "segment-outdated"}
    assert set(report["findings"][0]) == {"path", "line", "col", "rule", "message", "hint"}


def test_exit_codes(tmp_path):
    assert _run().returncode == 0
    assert _run("--format", "xml").returncode == 2                     # usage
    broken = copy_project(tmp_path / "b")
    (broken / "data" / "pages.toml").write_text("not [ toml", encoding="utf-8")
    result = _run(root=broken)
    assert result.returncode == 2 and "internal error" in result.stderr   # not a finding


def test_strict_build_reports_all_findings_with_one_count_across_languages(tmp_path):
    project = _damaged(tmp_path)
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/en/index.md" in result.stderr and "docs/ja/smartphones.md" in result.stderr
    from edition.checks.runner import run_checks
    from edition.source.plan import load_plan
    waived = len(run_checks(load_plan(ROOT)).waived)    # the real content's deliberate differences
    assert f"edition checks: 3 findings in 3 files ({waived} waived) across ja, en" in result.stderr


def test_a_cited_url_that_renders_as_plain_text_fails_the_build(tmp_path):
    """Without pymdownx.magiclink the bare URLs of the transcript would be text, not links."""
    project = copy_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - pymdownx.magiclink:\n      hide_protocol: false\n"
                                   "      repo_url_shortener: false\n", ""), encoding="utf-8")
    assert "magiclink" not in config.read_text(encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    page = (project / "docs" / "ja" / "smartphones.md").read_text(encoding="utf-8").split("\n")
    line = next(i for i, l in enumerate(page, 1) if l == "https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000287.html")
    assert (f"docs/ja/smartphones.md:{line}:1: [url-not-linked] https://www.soumu.go.jp/menu_news/s-news/"
            "01ryutsu02_02000287.html is cited but is not a link (<a href>) in the built page") in result.stderr
    assert "docs/en/smartphones.md" in result.stderr    # the English page shows the same Japanese


def test_which_segment_states_fail_is_configuration(tmp_path):
    project = copy_project(tmp_path / "p")
    en = project / "docs" / "en" / "mynapoint-round-2.md"
    en.write_text(en.read_text(encoding="utf-8").replace("\nReference\n", "\n", 1), encoding="utf-8")
    policy = project / "data" / "segments.toml"
    # untranslated is a notice when the policy says so and the page is not recorded as complete
    policy.write_text('fail_on = ["orphan", "outdated"]\n', encoding="utf-8")
    assert _run(root=project).returncode == 0
    # … and fails when the policy lists it
    policy.write_text('fail_on = ["orphan", "outdated", "untranslated"]\n', encoding="utf-8")
    result = _run("--format", "json", root=project)
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    assert [(f["path"], f["rule"]) for f in findings] == [("docs/en/mynapoint-round-2.md", "segment-untranslated")]


def test_a_note_without_a_title_and_an_update_from_an_unknown_publisher_are_findings_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "p")
    page = project / "docs" / "en" / "bank-accounts.md"
    lines = page.read_text(encoding="utf-8").split("\n")
    note = lines.index("/// translator-note")
    del lines[note + 1]                                  # its `title:` line
    update = lines.index("/// update")
    source = next(i for i in range(update, update + 6) if lines[i].startswith("    source: "))
    lines[source] = "    source: https://unknown-publisher.example.org/news/1"
    page.write_text("\n".join(lines), encoding="utf-8")
    result = _run(root=project, GITHUB_ACTIONS="false")
    assert result.returncode == 1
    assert f"docs/en/bank-accounts.md:{note + 1}:1: [note-title]" in result.stdout
    assert f"docs/en/bank-accounts.md:{update + 1}:1: [update-publisher]" in result.stdout
    assert "data/publishers.toml" in result.stdout


def test_a_translation_page_without_its_in_brief_is_a_finding(tmp_path):
    project = copy_project(tmp_path / "p")
    page = project / "docs" / "en" / "smartphones.md"
    page.write_text("\n".join(line for line in page.read_text(encoding="utf-8").split("\n")
                              if not line.startswith("brief: ")), encoding="utf-8")
    result = _run(root=project, GITHUB_ACTIONS="false")
    assert result.returncode == 1
    assert "docs/en/smartphones.md:1:1: [page-brief] the page has no `brief`" in result.stdout


def test_a_page_named_otherwise_than_in_the_page_plan_is_a_finding_at_its_title(tmp_path):
    # before: bank-accounts was "Bank accounts" on the status page and another name in the navigation
    project = copy_project(tmp_path / "p")
    page = project / "docs" / "en" / "bank-accounts.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        'title: "Attaching the Individual Number to deposit and savings accounts"', 'title: "Bank accounts"'),
        encoding="utf-8")
    result = _run(root=project, GITHUB_ACTIONS="false")
    assert result.returncode == 1
    assert ("docs/en/bank-accounts.md:2:1: [page-title] the page is called 'Bank accounts' here and "
            "'Attaching the Individual Number to deposit and savings accounts' in data/pages.toml") in result.stdout


def test_a_document_mirror_cited_in_a_note_or_in_the_glossary_is_a_finding_at_its_line(tmp_path):
    project = copy_project(tmp_path / "p")
    page = project / "docs" / "en" / "smartphones.md"
    text = page.read_text(encoding="utf-8")
    line = text.count("\n") + 5        # the note's third line, after two blank lines
    page.write_text(text + '\n\n/// translator-note\n    title: "A copy"\nSee [a copy](https://vdocuments.net/x.html).\n///\n',
                    encoding="utf-8")
    glossary = project / "data" / "glossary.yaml"
    lines = glossary.read_text(encoding="utf-8").split("\n")
    at = next(i for i, entry in enumerate(lines) if entry.strip().startswith("source: "))
    lines[at] = lines[at].split("source: ")[0] + "source: http://40.74.122.252/index.cgi/x"
    glossary.write_text("\n".join(lines), encoding="utf-8")
    result = _run(root=project, GITHUB_ACTIONS="false")
    assert result.returncode == 1
    assert f"docs/en/smartphones.md:{line}:1: [source-host] `https://vdocuments.net/x.html`" in result.stdout
    assert f"data/glossary.yaml:{at + 1}:1: [source-host] `http://40.74.122.252/index.cgi/x`" in result.stdout
    assert "an IP address" in result.stdout and "WARP" in result.stdout
