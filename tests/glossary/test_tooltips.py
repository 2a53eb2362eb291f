"""Glossary tooltips (edition/glossary/tooltips.py) and the glossary page, in the real built site."""

from __future__ import annotations

import markdown
import pytest
from conftest import ROOT
from site_html import soup

from edition.glossary.terms import Glossary, Term, load_glossary
from edition.glossary.tooltips import GlossaryTooltips

TERM = Term("公金受取口座", "こうきんうけとりこうざ", "public money receiving account",
            definition_en="An account.", definition_ja="口座。")


def _html(text: str, language: str = "ja") -> str:
    return markdown.markdown(text, extensions=["md_in_html", GlossaryTooltips(Glossary([TERM]), language)])


def test_only_the_first_occurrence_per_language_is_marked():
    html = _html('公金受取口座と公金受取口座\n\n<div lang="en" markdown>\n\nA public money receiving account; '
                 'public money receiving accounts.\n\n</div>')
    assert html.count('class="edition-term"') == 2           # once in Japanese, once in English
    assert ">公金受取口座</span>" in html and ">public money receiving account</span>" in html


@pytest.mark.parametrize("text", ["# 公金受取口座の登録", "[公金受取口座](https://example.org/)", "`公金受取口座`",
                                  "    公金受取口座\n", '<p class="edition-source-heading" markdown="span">公金受取口座</p>'])
def test_never_inside_headings_links_or_code(text):
    assert 'class="edition-term"' not in _html(text)


def test_tooltip_is_focusable_described_and_kept_out_of_search():
    html = _html("公金受取口座の登録")
    assert 'tabindex="0"' in html and 'aria-describedby="gt-1"' in html
    assert 'role="tooltip"' in html and 'id="gt-1"' in html and "data-search-exclude" in html
    assert "こうきんうけとりこうざ" in html and "public money receiving account" in html


def test_built_pages_mark_terms_in_both_columns(built_site):
    glossary = load_glossary(ROOT)
    page = soup(built_site / "en" / "mynapoint-round-2" / "index.html")
    terms = page.select(".edition-term")
    assert terms, "the page has glossary terms"
    ja = [t for t in terms if t.find_parent(attrs={"lang": "ja"})]
    en = [t for t in terms if not t.find_parent(attrs={"lang": "ja"})]
    assert ja and en
    for group in (ja, en):                           # first occurrence only: each term once per column
        names = [t.get_text() for t in group]
        matched = [(glossary.find_japanese(n) or glossary.find_english(n))[0].term.ja for n in names]
        assert len(matched) == len(set(matched))
    for term in terms:
        tip = page.find(id=term["aria-describedby"])
        assert tip["role"] == "tooltip" and tip.get_text().strip()
        assert not term.find_parent(["a", "h1", "h2", "h3", "code"])


def test_the_glossary_page_lists_every_term_in_both_languages(built_site):
    glossary = load_glossary(ROOT)
    for folder, language in (("", "ja"), ("en", "en")):
        page = soup(built_site / folder / "glossary" / "index.html")
        entries = page.select("dl.edition-glossary > dt")
        assert len(entries) == len(glossary.terms)
        assert page.find("html")["lang"] == language
        assert {dt["id"] for dt in entries} == {term.anchor for term in glossary.terms}
