"""edition.site.line_breaks: the slide's line breaks inside a segment show as line breaks."""

from __future__ import annotations

from bs4 import BeautifulSoup

from edition.site.line_breaks import show_line_breaks

ITEM = ('<div class="edition-segment"><div class="edition-source" lang="ja"><ul>\n'
        '<li>市区町村の交付円滑化計画\nカードの交付枚数想定を踏まえ</li>\n</ul></div>'
        '<div class="edition-target" lang="en"><ul>\n<li>Municipal plans for smooth issuance\n'
        'Based on the projected number</li>\n</ul></div></div>')


def _html(html: str) -> str:
    return show_line_breaks(html)


def test_a_line_break_inside_an_item_becomes_a_visible_break_in_both_languages():
    # before: "Municipal plans for smooth issuance Based on…" ran together as one line
    out = BeautifulSoup(_html(ITEM), "html.parser")
    assert [str(li) for li in out.select("li")] == [
        "<li>市区町村の交付円滑化計画<br/>カードの交付枚数想定を踏まえ</li>",
        "<li>Municipal plans for smooth issuance<br/>Based on the projected number</li>"]


def test_a_break_between_two_japanese_characters_leaves_no_space():
    html = '<div class="edition-segment"><p>医療分野等にお\nいて、<strong>国民</strong>\nに安\n心して</p></div>'
    out = BeautifulSoup(_html(html), "html.parser").p
    assert str(out) == "<p>医療分野等にお<br/>いて、<strong>国民</strong><br/>に安<br/>心して</p>"


def test_newlines_between_blocks_and_in_notes_are_left_alone():
    html = ('<div class="edition-segment"><div class="edition-target"><ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n'
            '</li>\n</ul></div><div class="edition-notes"><p>a note\nwrapped</p></div></div>')
    out = _html(html)
    assert "<br" not in out.split('class="edition-notes"')[0]
    assert "a note\nwrapped" in out


def test_a_page_without_segments_is_returned_unchanged():
    html = "<p>about\npage</p>"
    assert _html(html) == html
