"""`source-host` (edition/checks/source_hosts.py, data/source-hosts.toml): no mirror, aggregator copy or bare
IP address as a source, in a page's links and note options and in the data files, each at its line."""

from __future__ import annotations

from conftest import ROOT

from edition.checks.source_hosts import SourceHosts, data_findings, load_source_hosts, page_findings
from edition.translation.page_format import parse_target_page

HOSTS = SourceHosts({"vdocuments.net": "a third-party copy", "topics.smt.docomo.ne.jp": "an aggregator"})

PAGE = """---
title: T
---

/// source
甲
///

A <https://www.mhlw.go.jp/ok>

/// translator-note
    title: "T"
See [a copy](https://www.vdocuments.net/doc.html) and <http://40.74.122.252/x>.
///

/// update
    date: 2024-02-14
    source: https://topics.smt.docomo.ne.jp/article/x
    title: "T"
    title_ja: "題"
Body.
///
"""


def test_a_mirror_an_ip_address_and_an_aggregator_are_findings_at_their_lines():
    found = page_findings(PAGE, parse_target_page(PAGE, "docs/en/p.md"), HOSTS)
    assert sorted((f.line, f.value) for f in found) == [
        (13, "http://40.74.122.252/x"), (13, "https://www.vdocuments.net/doc.html"),
        (18, "https://topics.smt.docomo.ne.jp/article/x")]
    assert all(f.rule == "source-host" and "WARP" in f.hint for f in found)
    assert "an IP address" in next(f.message for f in found if "40.74" in f.value)


def test_data_files_are_read_line_by_line(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "glossary.yaml").write_text(
        "terms:\n- ja: 甲\n  source: https://vdocuments.net/a.html\n  note: \"also https://www.mhlw.go.jp/\"\n",
        encoding="utf-8")
    found = data_findings(tmp_path, HOSTS)
    assert [(f.path, f.line, f.value) for f in found] == [("data/glossary.yaml", 3, "https://vdocuments.net/a.html")]


def test_the_projects_list_refuses_the_mirrors_the_standard_names():
    hosts = load_source_hosts(ROOT)
    for url in ("https://docsplayer.net/1", "https://vdocuments.pub/x", "https://fdocuments.in/x", "https://paperzz.com/x",
                "https://expydoc.com/x", "https://pdfslide.us/x", "https://pdfslide.tips/x"):
        assert hosts.refusal(url), url
    assert hosts.refusal("https://www.digital.go.jp/") == "" and hosts.refusal("https://warp.ndl.go.jp/x") == ""
