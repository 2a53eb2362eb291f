"""Collecting citations, the cache and failure streaks, and scripts/check_links.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT
from http_farm import farm

from edition.linkcheck.collect import collect_citations
from edition.linkcheck.state import LinkState
from edition.linkcheck.verdicts import LinkResult, Verdict


def test_collects_every_cited_url_of_the_real_docs_with_file_line_language_segment():
    cited = collect_citations([ROOT / "docs"], relative_to=ROOT)
    from edition.source.plan import load_plan
    transcript_pages = {f"docs/ja/{page.slug}.md" for page in load_plan(ROOT).pages}   # not the edition's about page
    transcript_urls = {u for u in cited if any(c.lang == "ja" and c.file in transcript_pages for c in cited[u])}
    assert len(transcript_urls) == 29
    pdf = cited["https://www.mhlw.go.jp/content/12401000/000888838.pdf"]
    assert {(c.file, c.lang) for c in pdf} == {("docs/ja/mynapoint-round-2.md", "ja"),
                                              ("docs/en/mynapoint-round-2.md", "en")}
    ja = next(c for c in pdf if c.lang == "ja")
    lines = (ROOT / ja.file).read_text(encoding="utf-8").split("\n")
    assert "000888838.pdf" in lines[ja.line - 1]
    en = [c for c in pdf if c.lang == "en"]
    assert ja.segment and all(c.segment == ja.segment for c in en)     # the same segment anchor
    # an update note's source option is a citation too
    assert any(c.lang == "en" for c in cited["https://www.soumu.go.jp/menu_news/kaiken/01koho01_02001225.html"])


def test_success_is_cached_for_the_ttl_and_failures_never(tmp_path):
    path = tmp_path / "state.json"
    state = LinkState.load(path, ttl=100)
    state.record(LinkResult("https://a.example.org/", Verdict.OK, 200), now=1000)
    state.record(LinkResult("https://b.example.org/", Verdict.BROKEN, 404, reason="HTTP 404"), now=1000)
    state.save()
    again = LinkState.load(path, ttl=100)
    assert again.cached("https://a.example.org/", now=1050).verdict is Verdict.OK
    assert again.cached("https://a.example.org/", now=1101) is None          # expired
    assert again.cached("https://b.example.org/", now=1050) is None          # failures are not cached


def test_failure_streak_counts_consecutive_broken_runs(tmp_path):
    state = LinkState.load(tmp_path / "s.json", ttl=100)
    url = "https://a.example.org/x.pdf"
    streaks = []
    for verdict in (Verdict.BROKEN, Verdict.UNVERIFIABLE, Verdict.BROKEN, Verdict.OK, Verdict.BROKEN):
        result = LinkResult(url, verdict)
        state.record(result, now=1)
        streaks.append(result.streak)
    assert streaks == [1, 1, 2, 0, 1]     # unverifiable neither breaks nor extends a streak


def test_damaged_state_file_is_no_state(tmp_path):
    path = tmp_path / "s.json"
    path.write_text("{not json", encoding="utf-8")
    assert LinkState.load(path, 10).urls == {}


def _run(*args, **env):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check_links.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, **env))


def test_offline_mode_checks_syntax_and_registry_without_network(tmp_path):
    docs = tmp_path / "docs" / "ja"
    docs.mkdir(parents=True)
    (docs / "p.md").write_text("# 題\n\n<https://www.soumu.go.jp/a.pdf>\n\n[x](https://www.soumu.go.jp/ａ.pdf)\n",
                               encoding="utf-8")
    result = _run("--offline", str(tmp_path / "docs"), "--json", str(tmp_path / "r.json"),
                  "--errata", str(tmp_path / "none.toml"), GITHUB_ACTIONS="true")
    assert result.returncode == 1
    records = {r["url"]: r for r in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))}
    assert records["https://www.soumu.go.jp/ａ.pdf"]["verdict"] == "broken"
    assert records["https://www.soumu.go.jp/a.pdf"]["verdict"] == "unverifiable"
    assert "::error file=" in result.stdout and "line=5" in result.stdout
    assert _run("--offline", "--errata", str(ROOT / "data" / "url-errata.toml")).returncode == 0   # the real docs


def test_online_run_writes_json_markdown_and_keeps_streaks(tmp_path):
    with farm(["127.0.0.10"]) as servers:
        origin, _ = servers["127.0.0.10"]
        docs = tmp_path / "docs" / "ja"
        docs.mkdir(parents=True)
        (docs / "p.md").write_text(f"# 題\n\n<{origin}/ok>\n\n段落 <{origin}/gone404>\n\n<{origin}/moved>\n",
                                   encoding="utf-8")
        common = [str(tmp_path / "docs"), "--state", str(tmp_path / "state.json"), "--min-gap", "0",
                  "--retries", "0", "--wayback-url", "", "--errata", str(tmp_path / "none.toml"),
                  "--json", str(tmp_path / "r.json"), "--markdown", str(tmp_path / "r.md"), "--fail-after", "2"]
        first = _run(*common, GITHUB_ACTIONS="false")
        assert first.returncode == 0, first.stdout + first.stderr     # broken once: not yet failing
        records = {r["url"].rsplit("/", 1)[-1]: r for r in json.loads((tmp_path / "r.json").read_text())}
        assert {k: r["verdict"] for k, r in records.items()} == {"ok": "ok", "gone404": "broken",
                                                                 "moved": "redirected"}
        assert set(records["ok"]) == {"url", "verdict", "status", "final_url", "reason", "suggestions", "cited_at",
                                      "attempts", "elapsed_ms", "streak", "cached"}
        assert records["gone404"]["cited_at"] == [{"file": str(docs / "p.md"), "line": 5, "lang": "ja",
                                                   "segment": records["gone404"]["cited_at"][0]["segment"]}]
        assert records["moved"]["suggestions"] == [f"{origin}/ok"]
        markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
        assert "| broken | 1 |" in markdown and "## Broken" in markdown and "HTTP 404" in markdown
        second = _run(*common, GITHUB_ACTIONS="true")
        assert second.returncode == 1                                  # broken twice in a row
        assert "::error file=" in second.stdout
        records = {r["url"].rsplit("/", 1)[-1]: r for r in json.loads((tmp_path / "r.json").read_text())}
        assert records["ok"]["cached"] is True and records["gone404"]["streak"] == 2


def test_usage_errors_exit_2():
    assert _run("--no-such-flag").returncode == 2
    assert _run("/no/such/path").returncode == 2


def test_probable_addresses_of_mistyped_urls_are_checked_too():
    from edition.checks.urls import load_url_errata
    from edition.linkcheck.collect import add_errata_citations
    cited = collect_citations([ROOT / "docs"], relative_to=ROOT)
    errata = load_url_errata(ROOT)
    add_errata_citations(cited, errata, "data/url-errata.toml")
    probable = "https://warp.ndl.go.jp/info:ndljp/pid/12019971/www.kantei.go.jp/jp/singi/it2/dgov/dai6/siryou1.pdf"
    assert [(c.file, c.line) for c in cited[probable]] == [
        ("data/url-errata.toml", next(e.line for e in errata if e.probable == probable))]
