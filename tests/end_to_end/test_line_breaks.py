"""The slide's line breaks as the reader sees and copies them (Chromium's innerText), in every view."""

from __future__ import annotations

import re

from conftest import ROOT

from edition.source.plan import load_plan

PLAN = load_plan(ROOT)
TRANSCRIPT = PLAN.transcript.text.replace("**", "")     # its text as written, emphasis marks aside
CJK = r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]"
SPACE_IN_JAPANESE = re.compile(f"{CJK}[ \u00a0]+{CJK}")
JAPANESE_TEXT = ("() => [...document.querySelectorAll("
                 "'article .edition-segment > :is(p, ul, ol, table), article .edition-source > :is(p, ul, ol, table)')]"
                 ".filter(e => !e.matches('.edition-source-note, .edition-url-erratum'))"
                 ".filter(e => e.getClientRects().length).map(e => e.innerText)")


def _spaces_the_transcript_lacks(texts: list[str]) -> list[str]:
    return sorted({match.group(0) for text in texts for match in SPACE_IN_JAPANESE.finditer(text)
                   if match.group(0) not in TRANSCRIPT})


def test_no_japanese_text_shows_a_space_the_transcript_does_not_have(site_url, page):
    # before: 医療分野等にお いて, 国民に安 心して, 市町村担当課 長合同会議 … (about 25 places)
    found = {}
    for plan_page in PLAN.pages:
        path = "" if plan_page.slug == "index" else f"{plan_page.slug}/"
        page.goto(site_url + path)
        found[path] = _spaces_the_transcript_lacks(page.evaluate(JAPANESE_TEXT))
        page.goto(f"{site_url}en/{path}")
        for view in ("both", "source"):
            if view != "both":
                page.evaluate("v => document.documentElement.setAttribute('data-edition-view', v)", view)
            found[f"en/{path} ({view})"] = _spaces_the_transcript_lacks(page.evaluate(JAPANESE_TEXT))
    assert {where: spaces for where, spaces in found.items() if spaces} == {}


def test_an_items_title_and_its_explanation_are_two_lines_in_both_languages(site_url, page):
    # before: "Promoting card acquisition by national and local public servants, etc. Promoting acquisition …"
    page.goto(site_url + "en/promotion-schedule/")
    english = page.locator(".edition-target li", has_text="Promoting card acquisition").first.inner_text()
    assert english.startswith("Promoting card acquisition by national and local public servants, etc.\nPromoting")
    page.goto(site_url + "promotion-schedule/")
    japanese = page.locator(".edition-segment li", has_text="市区町村の交付円滑化計画").first.inner_text()
    assert japanese.startswith("市区町村の交付円滑化計画\nカードの交付枚数想定を踏まえ")


def test_a_list_written_as_lines_keeps_its_lines(site_url, page):
    # before: on dv-victims-data ‹連携すると閲覧可能な情報> ・被保険者資格情報… ・医療機関… ran as one line
    page.goto(site_url + "dv-victims-data/")
    text = page.locator(".edition-segment p", has_text="連携すると閲覧可能な情報").first.inner_text()
    assert "\n・" in text and " ・" not in text
