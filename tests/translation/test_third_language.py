"""Nothing hard-codes English: a third language builds, aligns and reports with no code change."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import build_site
from site_html import article, soup

ZH_PAGE = """---
title: 围绕个人编号卡的现状
---

/// source
# マイナンバーカードをめぐる状況
///

# 围绕个人编号卡的现状
"""

ZH_LANGUAGE = """        - locale: zh
          name: 中文
          build: true
          nav:
            - index.md
"""


def test_a_third_language_builds_aligns_and_reports(project_copy, tmp_path):
    (project_copy / "docs" / "zh").mkdir()
    (project_copy / "docs" / "zh" / "index.md").write_text(ZH_PAGE, encoding="utf-8")
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\nnav:\n", "\n" + ZH_LANGUAGE.rstrip("\n") + "\n\nnav:\n", 1),
                      encoding="utf-8")
    assert "locale: zh" in config.read_text(encoding="utf-8")

    # sync adds the missing segment to the one zh page (and only to it with --page)
    run = lambda *a: subprocess.run([sys.executable, *a, "--root", str(project_copy)],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    assert run(str(project_copy / "scripts" / "sync.py"), "--language", "zh", "--page", "index").returncode == 0
    synced = (project_copy / "docs" / "zh" / "index.md").read_text(encoding="utf-8")
    assert synced.endswith("/// source\n(2022.6.4 共通番号いないネット 原田)\n///\n")

    report = json.loads(run(str(project_copy / "scripts" / "status.py"), "--json").stdout)
    assert report["total"]["zh"] == {"segments": 2, "translated": 1, "outdated": 0, "untranslated": 1,
                                     "orphans": 0, "pages": 1, "percent": 50.0, "complete_pages": 0}
    assert report["total"]["en"]["pages"] == 15

    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = soup(tmp_path / "site" / "zh" / "index.html")
    assert page.html["lang"] == "zh"
    segments = article(page).select(".edition-segment")
    assert [s["data-edition-status"] for s in segments] == ["translated", "untranslated"]
    assert segments[0].select_one(".edition-source")["lang"] == "ja"
    assert segments[0].select_one(".edition-target")["lang"] == "zh"
    assert "围绕个人编号卡的现状" in segments[0].select_one(".edition-target").get_text()
    # anchors are those of the Japanese page
    ja_ids = [s["id"] for s in article(soup(tmp_path / "site" / "index.html")).select(".edition-segment")]
    assert [s["id"] for s in segments] == ja_ids
