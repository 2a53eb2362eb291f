"""Segments in the built HTML (edition/site/render.py through the hook): side by side, anchors, notes, states."""

from __future__ import annotations

import pytest
from conftest import ROOT, build_site
from site_html import article, soup

from edition.dates import display_date
from edition.translation.page_format import parse_target_page

TRANSLATED = "mynapoint-round-2"


def _segments(path):
    return article(soup(path)).select(".edition-segment")


def test_english_page_shows_japanese_beside_english_with_languages_marked(built_site):
    segments = _segments(built_site / "en" / TRANSLATED / "index.html")
    assert len(segments) == 24
    for segment in segments:
        assert segment.select_one(":scope > .edition-source")["lang"] == "ja"
        assert segment.select_one(":scope > .edition-target")["lang"] == "en"
        assert segment.select_one(f':scope > .edition-permalink a[href="#{segment["id"]}"]')
        assert segment["data-edition-status"] == "translated"
    # the translated Japanese heading is text beside the English heading: the TOC stays English
    first = segments[0]
    assert first.select_one(".edition-source h1") is None
    assert first.select_one(".edition-source .edition-source-heading").get_text() == \
        "1兆8千億円をかけるマイナポイント第2弾の内容"
    assert first.select_one(".edition-target h1") is not None


def test_anchors_are_identical_on_the_japanese_and_english_pages(built_site):
    for slug in ("index", TRANSLATED, "smartphones", "mandatory-online-eligibility-checks"):
        ja = built_site / ("" if slug == "index" else slug) / "index.html"
        en = built_site / "en" / ("" if slug == "index" else slug) / "index.html"
        ja_ids = [s["id"] for s in _segments(ja)]
        assert ja_ids and ja_ids == [s["id"] for s in _segments(en)]
        assert len(set(ja_ids)) == len(ja_ids)


def test_japanese_page_shows_the_original_alone_with_anchors(built_site):
    segments = _segments(built_site / TRANSLATED / "index.html")
    assert segments and all(s.select_one(".edition-target") is None for s in segments)
    assert all(s.select_one(f'.edition-permalink a[href="#{s["id"]}"]') for s in segments)
    # before: a lone 原文ママ; now it says, in Japanese, what was probably meant and links to the erratum
    index = article(soup(built_site / "index.html"))
    notes = index.select(".edition-source-note")
    assert [p.get_text() for p in notes] == ["原文ママ（正しくは「共通番号いらないネット」と思われる） 正誤の注（English）"]
    link = notes[0].select_one("a.edition-erratum-link")
    anchor = notes[0].find_parent(class_="edition-segment")["id"]
    assert link["hreflang"] == "en" and link["href"] == f"en/#{anchor}"
    target = soup(built_site / "en" / "index.html").find(id=anchor)
    assert target.select_one(".edition-note-erratum") is not None


def test_notes_fold_to_their_kind_date_and_title_and_errata_stay_in_one_line(built_site):
    node = article(soup(built_site / "en" / TRANSLATED / "index.html"))
    folded = node.select("details.edition-note")
    # every translator's note and update is a closed native disclosure, with an id to link to
    assert folded and all(not n.has_attr("open") and n.get("id") for n in folded)
    kinds = {kind: [n.select_one("summary .edition-note-kind").get_text() for n in node.select(f"details.edition-note-{kind}")]
             for kind in ("translator-note", "update")}
    assert set(kinds["translator-note"]) == {"Translator's note"} and set(kinds["update"]) == {"Update"}
    assert all(n.select_one("summary .edition-note-title").get_text().strip() for n in folded)
    update = node.select_one("details.edition-note-update")
    date = update.select_one("summary time.edition-note-date")
    written = next(n for e in parse_target_page((ROOT / "docs" / "en" / f"{TRANSLATED}.md").read_text(encoding="utf-8"),
                                                "p").entries for n in e.notes if n.kind.value == "update")
    assert date["datetime"] == written.options["date"] and date.get_text() == display_date(written.options["date"], "en")
    assert update.select_one("summary .edition-note-title").get_text() == written.title
    assert update.select_one(".edition-update-source a")["href"] == written.options["source"]
    # a note's id is its segment's anchor and its place among the segment's notes
    segment = update.find_parent(class_="edition-segment")
    assert update["id"].startswith(segment["id"] + "-n")
    erratum = node.select_one(".edition-note-erratum")
    assert erratum.name == "div"     # not folded: it changes how the passage reads
    line = erratum.select_one(".edition-erratum-line")
    assert line.select_one('.edition-erratum-says [lang="ja"]').get_text() == "令和2年9月 ～令和3年12月末"
    assert line.select_one('.edition-erratum-means [lang="ja"]').get_text() == "令和4年6月頃 ～令和5年2月末"
    assert "[sic]" in line.get_text() and "(confidence: medium)" in line.get_text()
    evidence = erratum.select_one("details.edition-erratum-evidence")   # its evidence folds
    assert evidence.select_one("summary").get_text() == "Evidence" and len(evidence.get_text()) > 200
    # notes sit outside the translation column
    assert all(n.find_parent(class_="edition-target") is None for n in node.select(".edition-note"))


def test_an_erratum_with_no_counterpart_in_the_english_has_no_sic_and_says_so(built_site):
    """あつては for あっては: an erratum, shown as one, whose error changes nothing in the English."""
    page = "mandatory-online-eligibility-checks"
    written = [n for e in parse_target_page((ROOT / "docs" / "en" / f"{page}.md").read_text(encoding="utf-8"),
                                            "p").entries for n in e.notes if n.options.get("says") == "あつては"]
    assert len(written) == 2 and {n.options.get("in_translation") for n in written} == {"none"}
    lines = article(soup(built_site / "en" / page / "index.html")).select(
        ".edition-note-erratum .edition-erratum-line:has(.edition-erratum-unaffected)")
    assert len(lines) == 2
    for line in lines:
        assert line.select_one('.edition-erratum-says [lang="ja"]').get_text() == "あつては"
        assert line.select_one(".edition-sic") is None and "[sic]" not in line.get_text()
        assert line.select_one(".edition-erratum-unaffected").get_text() == "(the English is the same either way)"
        assert line.select_one(".edition-note-kind").get_text() == "Erratum"
        target = line.find_parent(class_="edition-segment").select_one(".edition-target")
        assert "[sic]" not in target.get_text()


def test_view_toggle_markup(built_site):
    toggle = article(soup(built_site / "en" / TRANSLATED / "index.html")).select_one(".edition-view-toggle")
    buttons = toggle.select("button.edition-view-button")
    assert [(b["data-edition-view"], b.get_text()) for b in buttons] == [
        ("both", "Both"), ("source", "日本語"), ("target", "English")]
    assert buttons[1]["lang"] == "ja"
    assert article(soup(built_site / TRANSLATED / "index.html")).select_one(".edition-view-toggle") is None


def _untranslated_copy(project, slug: str):
    """The project with one English page back to its Japanese copies only (what `sync` writes for a
    new page), under a policy that lets untranslated segments through to be rendered."""
    import subprocess
    import sys
    page = project / "docs" / "en" / f"{slug}.md"
    front = page.read_text(encoding="utf-8").split("\n---\n", 1)[0] + "\n---\n"
    page.write_text(front, encoding="utf-8")
    (project / "data" / "segments.toml").write_text('fail_on = ["orphan", "outdated"]\n', encoding="utf-8")
    subprocess.run([sys.executable, str(project / "scripts" / "sync.py"), "--page", slug], cwd=project, check=True,
                   capture_output=True)
    return page


def test_untranslated_segments_show_the_japanese_with_a_notice(project_copy, tmp_path):
    _untranslated_copy(project_copy, "smartphones")
    result = build_site(project_copy, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr[-2000:]
    node = article(soup(tmp_path / "site" / "en" / "smartphones" / "index.html"))
    segments = node.select(".edition-segment")
    assert segments and all(s["data-edition-status"] == "untranslated" for s in segments)
    for segment in segments:
        assert segment.select_one('.edition-source[lang="ja"]').get_text().strip()
    # one notice for the page, linking the Japanese; no per-segment repeats under it
    notice = node.select_one(".edition-untranslated")
    assert notice is not None and notice.select_one("a.edition-source-link")["hreflang"] == "ja"
    assert node.select(".edition-untranslated-notice") == []


def test_a_partly_translated_page_marks_its_untranslated_segments(project_copy, tmp_path):
    en = project_copy / "docs" / "en" / "mynapoint-round-2.md"
    en.write_text(en.read_text(encoding="utf-8").replace("\nReference\n", "\n", 1), encoding="utf-8")
    (project_copy / "data" / "segments.toml").write_text('fail_on = ["orphan", "outdated"]\n', encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr[-2000:]
    node = article(soup(tmp_path / "site" / "en" / "mynapoint-round-2" / "index.html"))
    marked = node.select(".edition-untranslated-notice")
    assert len(marked) == 1 and "Not yet translated" in marked[0].get_text()
    assert node.select_one(".edition-untranslated") is None


def test_outdated_segment_is_marked(project_copy, tmp_path):
    # the English was made from an older Japanese copy (8,000); the Japanese now says 7,500.
    # Outdated segments stop the build by policy; this copy's policy lets them through to be rendered.
    en = (project_copy / "docs" / "en" / TRANSLATED).with_suffix(".md")
    en.write_text(en.read_text(encoding="utf-8").replace("申込 7,500円相当", "申込 8,000円相当", 1), encoding="utf-8")
    (project_copy / "data" / "segments.toml").write_text('fail_on = ["orphan"]\n', encoding="utf-8")
    result = build_site(project_copy, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    node = article(soup(tmp_path / "site" / "en" / TRANSLATED / "index.html"))
    outdated = node.select('.edition-segment[data-edition-status="outdated"]')
    assert len(outdated) == 1
    assert "has changed since it was translated" in outdated[0].select_one(".edition-outdated-notice").get_text()
    assert "7,500" in outdated[0].select_one(".edition-source").get_text()
    assert "¥7,500" in outdated[0].select_one(".edition-target").get_text()


def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize("addition, expected", [
    ("\n/// translator-note\nnever closed\n", "[block-unclosed] the `/// translator-note` block opened here is never closed — add a line `///`"),
    ("\n/// translators-note\nx\n///\n", "[note-kind] unknown block `/// translators-note` — a note is one of: translator-note, erratum, update"),
    ("\n/// source\nどの段落でもない文\n///\n\nNothing.\n", "[segment-orphan] this `/// source` copy matches no segment of docs/ja/mynapoint-round-2.md — no Japanese segment resembles it: if its Japanese was removed from the page, delete this segment"),
])
def test_bad_input_fails_the_strict_build_with_file_line_and_hint(project_copy, tmp_path, addition, expected):
    page = project_copy / "docs" / "en" / f"{TRANSLATED}.md"
    line = len(page.read_text(encoding="utf-8").split("\n")) + 1
    _append(page, addition)
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/en/{TRANSLATED}.md:{line}:1: {expected}" in result.stderr


def test_a_mistyped_cited_url_keeps_its_href_and_its_erratum_links_the_probable_one(built_site):
    cited = "https://www.city.asahikawa.hokkaido.jp/kurashi/101/110/p008958_d/fi/mynumber2_2.pdf"
    probable = "https://www.city.asahikawa.hokkaido.jp/kurashi/101/110/p008958_d/fil/mynumber2_2.pdf"
    node = article(soup(built_site / "en" / "how-the-system-works" / "index.html"))
    segment = next(s for s in node.select(".edition-segment") if s.find("a", href=cited))
    means = segment.select_one(".edition-note-erratum .edition-erratum-means a")
    assert means["href"] == probable and means.get_text() == probable


def test_the_box_of_the_probable_address_shows_only_where_no_erratum_explains_the_url():
    from edition.markdown.segments import segment_markdown
    from edition.site.render import url_errata_html
    cited, probable = "https://h.example/siryu1.pdf", "https://h.example/siryou1.pdf"
    segment = segment_markdown(f"<{cited}>\n")[0]
    strings = {"url_probable": "probably meant:", "url_confidence": "confidence:", "confidence_high": "high"}
    box = url_errata_html(segment, {cited: (probable, "", "high")}, strings)
    assert 'class="edition-url-erratum"' in box and f'href="{probable}"' in box
    explained = url_errata_html(segment, {cited: (probable, "", "high")}, strings, explained={cited})
    assert explained == ""
