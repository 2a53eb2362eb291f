"""edition.site.accessible_html: accessibility repairs that keep every visible character."""

from __future__ import annotations

from bs4 import BeautifulSoup
from conftest import ROOT

from edition.site.accessible_html import (
    TableHeaderNames,
    lists_without_items_as_blocks,
    load_table_header_names,
    repair,
)

LABELS = {"ja": "列{n}", "en": "Column {n}"}
ADDED = {"ja": "本版による列名(スライドでは空欄)", "en": "column name added by the edition (empty on the slide)"}
TABLE = ("<table><thead><tr><th>{first}</th><th></th></tr></thead>"
         "<tbody><tr><td>a</td><td>b</td></tr></tbody></table>")


def _visible(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup.select(".edition-sr-only, .edition-added"):
        hidden.decompose()
    return soup.get_text()


def test_empty_header_cells_show_the_names_of_their_language_marked_as_the_editions():
    # before: the names were read by screen readers only, and the page drew an empty header band
    names = TableHeaderNames({("p", 1, "ja"): ["", "内容"], ("p", 1, "en"): ["", "What"]})
    html = (f'<div lang="ja">{TABLE.format(first="時期")}</div>'
            f'<div lang="en">{TABLE.format(first="When")}</div>')
    out = repair(html, "p", "en", names, LABELS, ADDED)
    soup = BeautifulSoup(out, "html.parser")
    shown = soup.select("th .edition-added.edition-column-name")
    assert [s.get_text() for s in shown] == ["[内容]", "[What]"]
    assert [s["title"] for s in shown] == [ADDED["ja"], ADDED["en"]]
    assert not soup.select(".edition-sr-only")
    assert _visible(out) == _visible(html)     # the transcript's own text is unchanged


def test_a_table_missing_from_the_data_gets_hidden_numbered_names_and_an_unseen_header_row():
    out = repair(TABLE.format(first=""), "p", "ja", TableHeaderNames(), LABELS, ADDED)
    soup = BeautifulSoup(out, "html.parser")
    assert [s.get_text() for s in soup.select(".edition-sr-only")] == ["列1", "列2"]
    assert soup.select_one("thead tr")["class"] == ["edition-header-unseen"]


def test_a_header_row_with_some_text_is_not_hidden():
    out = repair(TABLE.format(first="時期"), "p", "ja", TableHeaderNames(), LABELS, ADDED)
    assert not BeautifulSoup(out, "html.parser").select(".edition-header-unseen")


def test_full_headers_and_proper_lists_are_left_alone():
    html = TABLE.replace("<th></th>", "<th>x</th>").format(first="y") + "<ul>\n<li>a</li>\n</ul>"
    assert repair(html, "p", "ja", TableHeaderNames(), LABELS, ADDED) == html


def test_a_list_without_items_becomes_a_block_with_the_same_text():
    html = '<td><ul style="list-style-type: none"> ● 活用。 <p>注) 違反歴は含めない</p></ul></td>'
    soup = BeautifulSoup(html, "html.parser")
    assert lists_without_items_as_blocks(soup) == 1
    block = soup.select_one("div.edition-list-as-written")
    assert block is not None and not soup.find("ul") and "style" not in block.attrs
    assert soup.get_text() == BeautifulSoup(html, "html.parser").get_text()


def test_the_edition_names_every_table_it_lists_in_both_languages():
    names = load_table_header_names(ROOT)
    assert names.tables
    for (page, number, language), given in names.tables.items():
        other = "en" if language == "ja" else "ja"
        assert len(names.names(page, number, other) or []) == len(given), (page, number)
        assert (ROOT / "docs" / language / f"{page}.md").exists()
