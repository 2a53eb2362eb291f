"""The corruption suite: each damage to a copy of the real content fails the offline command
(scripts/check.py) and the strict build, naming the rule; the real content passes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, build_site, copy_project

EN = "docs/en/mynapoint-round-2.md"
JA = "docs/ja/mynapoint-round-2.md"


def _replace_last(text: str, old: str, new: str) -> str:
    """Replace in the English (after the Japanese copy), never in the `/// source` block."""
    assert old in text, old
    head, _, tail = text.rpartition(old)
    return head + new + tail


def _drop_table_row(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(l for l in lines if not l.startswith("| ③ Registering"))


def _drop_table_column(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith("| Eligible") or line.startswith("|---|") or line.startswith("| ①") \
                or line.startswith("| ②") or line.startswith("| ③ Reg") or line.startswith("| (Reference)"):
            line = line.rstrip().rstrip("|").rsplit("|", 1)[0] + "|"
        out.append(line)
    return "\n".join(out)


CORRUPTIONS = {
    "delete a URL": (EN, lambda t: _replace_last(t, "<https://www.mhlw.go.jp/content/12401000/000888838.pdf>", ""),
                     "url-missing"),
    "change one character of a URL": (EN, lambda t: _replace_last(t, "01koho01_02001133", "01koho01_02001134"),
                                      "url-missing"),
    "http to https": (EN, lambda t: _replace_last(t, "<https://www.mhlw.go.jp/content/12401000/000888838.pdf>",
                                                  "<http://www.mhlw.go.jp/content/12401000/000888838.pdf>"),
                      "url-missing"),
    "drop a table row": (EN, _drop_table_row, "table-shape"),
    "drop a table column": (EN, _drop_table_column, "table-shape"),
    "change a number": (EN, lambda t: _replace_last(t, "budget: ¥1,813.41 billion", "budget: ¥1,813.40 billion"),
                        "number-missing"),
    "change an era year": (EN, lambda t: _replace_last(t, "17 May 2022", "17 May 2021"), "date-missing"),
    "delete a segment": (JA, lambda t: t.replace("\n参考\n", "\n", 1), "segment-orphan"),
    "edit the Japanese, not the English": (JA, lambda t: t.replace("申込 7,500円相当", "申込 8,000円相当"),
                                           "segment-outdated"),
    "change a number in a sentence that waives another": (
        EN, lambda t: _replace_last(t, "(up to ¥20,000 worth per person)", "(up to ¥20,007 worth per person)"),
        "number-missing"),
    "add a number": (EN, lambda t: _replace_last(t, "which can be used for the purchase of",
                                                 "which 3,141,592 people can use for the purchase of"), "number-added"),
    "inject a script": (EN, lambda t: _replace_last(t, "Reference\n", "Reference <script>alert(1)</script>\n"),
                        "unsafe-html"),
    "misquote the Japanese in an erratum": (EN, lambda t: _replace_last(t, "says: 令和2年9月", "says: 令和2年8月"),
                                            "erratum-says"),
    "drop the [sic] of a probable erratum": (
        EN, lambda t: _replace_last(t, "end of December 2021 [sic]", "end of December 2021"), "erratum-sic"),
}


def _check(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), "--root", str(project),
                           "--format", "json"], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, GITHUB_ACTIONS="false"))


def test_real_content_has_zero_findings():
    result = _check(ROOT)
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["count"] == 0 and report["findings"] == []
    assert all(w["reason"].strip() and w["value"] for w in report["waived"])   # each with its value and reason
    assert any(w["rule"] == "number-missing" and w["reason"].startswith("1人当たり") for w in report["waived"])


@pytest.mark.parametrize("name", CORRUPTIONS)
def test_corruption_fails_offline_and_strict_build(tmp_path, name):
    path, corrupt, rule = CORRUPTIONS[name]
    project = copy_project(tmp_path / "p")
    page = project / path
    original = page.read_text(encoding="utf-8")
    page.write_text(corrupt(original), encoding="utf-8")
    assert page.read_text(encoding="utf-8") != original

    offline = _check(project)
    assert offline.returncode == 1, offline.stdout + offline.stderr
    rules = {f["rule"] for f in json.loads(offline.stdout)["findings"]}
    assert rule in rules

    build = build_site(project, tmp_path / "site")
    assert build.returncode != 0
    assert f"[{rule}]" in build.stderr
