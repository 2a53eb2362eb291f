"""Accessibility repairs of a rendered page that leave its visible text exactly as written.

- Tables whose header cells the slides leave empty get names: the names of data/table-headers.toml, in
  the language of the column, are shown in square brackets, the editorial mark of an insertion, with
  the class ``edition-added`` of everything the edition adds and a title saying so (so no empty header
  band is drawn, and the fidelity proof drops them like the other apparatus). A table missing there is
  named "Column 1", "Column 2"… (data/ui.toml) for assistive technology only, and a header row that
  then shows nothing takes no space (class ``edition-header-unseen``).
- A list the transcript writes as raw HTML without list items (`<ul style="list-style-type: none">`
  around text and a paragraph, in a table cell of drivers-license) is announced as a list with no
  items: it becomes a `<div>` with the same content and look.

No MkDocs here: the render hook passes the page's HTML, slug and language.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import AttributeValueList

TABLE_HEADERS_FILE = Path("data") / "table-headers.toml"
HIDDEN_CLASS = "edition-sr-only"
ADDED_NAME_CLASS = "edition-added edition-column-name"
UNSEEN_ROW_CLASS = "edition-header-unseen"


@dataclass(frozen=True)
class TableHeaderNames:
    """Names of the header cells of tables, per page slug, table number (1-based, counted per
    language on the page) and language."""
    tables: dict[tuple[str, int, str], list[str]] = field(default_factory=dict)

    def names(self, page: str, number: int, language: str) -> list[str] | None:
        return self.tables.get((page, number, language))


def load_table_header_names(root: Path) -> TableHeaderNames:
    path = Path(root) / TABLE_HEADERS_FILE
    if not path.exists():
        return TableHeaderNames()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tables: dict[tuple[str, int, str], list[str]] = {}
    for entry in data.get("table", []):
        for language, names in entry.get("names", {}).items():
            tables[(entry["page"], int(entry["number"]), language)] = list(names)
    return TableHeaderNames(tables)


def _language_of(element: Tag, default: str) -> str:
    for parent in element.parents:
        if isinstance(parent, Tag) and parent.get("lang"):
            return str(parent["lang"])
    return default


def _hidden(soup: BeautifulSoup, text: str) -> Tag:
    span = soup.new_tag("span", attrs={"class": HIDDEN_CLASS})
    span.string = text
    return span


def _shown(soup: BeautifulSoup, text: str, title: str) -> Tag:
    span = soup.new_tag("span", attrs={"class": ADDED_NAME_CLASS, "title": title})
    span.string = f"[{text}]"
    return span


def _header_name(names: TableHeaderNames, page: str, number: int, language: str, index: int) -> str:
    """The name the data gives column `index` of table `number` in `language`, or ""."""
    given = names.names(page, number, language) or []
    return given[index] if index < len(given) else ""


def _header_cell(soup: BeautifulSoup, names: TableHeaderNames, labels: tuple[dict[str, str], dict[str, str]],
                 where: tuple[str, int, str, int]) -> Tag:
    page, number, language, index = where
    column_label, added_title = labels
    given = _header_name(names, page, number, language, index)
    if given:
        return _shown(soup, given, added_title.get(language) or added_title.get("en", ""))
    return _hidden(soup, (column_label.get(language) or column_label.get("en", "Column {n}")).format(n=index + 1))


def name_empty_table_headers(soup: BeautifulSoup, page: str, page_language: str, names: TableHeaderNames,
                             column_label: dict[str, str], added_title: dict[str, str] | None = None) -> int:
    """Give each empty header cell a name, shown if the data gives one, else hidden; returns how many cells
    were named. In a bilingual table (edition/site/bilingual_table.py) each language's part of the cell gets
    the name in its language. A header row left with no shown text is marked to take no space."""
    counts: dict[str, int] = {}
    named = 0
    for table in soup.find_all("table"):
        bilingual = "edition-bilingual-table" in (table.get("class") or [])
        sequence = "bilingual" if bilingual else _language_of(table, page_language)
        counts[sequence] = counts.get(sequence, 0) + 1
        cells = table.select("thead th") or table.find_all("th")
        for index, cell in enumerate(cells):
            if cell.get_text(strip=True):
                continue
            parts = cell.select(".edition-cell[lang]") if bilingual else []
            for part in parts or [cell]:
                language = str(part.get("lang") or "") if parts else sequence
                part.append(_header_cell(soup, names, (column_label, added_title or {}),
                                         (page, counts[sequence], language, index)))
            named += 1
        _mark_unseen_header_rows(cells)
    return named


def _mark_unseen_header_rows(cells: list[Tag]) -> None:
    for row in {id(cell.parent): cell.parent for cell in cells if cell.parent is not None}.values():
        shown = [text for text in row.find_all(string=True) if not text.find_parent(class_=HIDDEN_CLASS)]
        if not "".join(shown).strip():
            row["class"] = AttributeValueList([*(row.get("class") or []), UNSEEN_ROW_CLASS])


def lists_without_items_as_blocks(soup: BeautifulSoup) -> int:
    """A `<ul>`/`<ol>` with text or non-item children becomes a `<div>` (same content, no bullets,
    which is how the transcript styles it anyway); returns how many."""
    changed = 0
    for list_element in soup.find_all(["ul", "ol"]):
        children = [c for c in list_element.children if not (isinstance(c, NavigableString) and not c.strip())]
        if children and all(isinstance(c, Tag) and c.name == "li" for c in children):
            continue
        list_element.name = "div"
        classes: str | list[str] = list_element.get("class") or []
        list_element["class"] = AttributeValueList([*classes, "edition-list-as-written"])
        del list_element["style"]
        changed += 1
    return changed


def repair(html: str, page: str, page_language: str, names: TableHeaderNames,
           column_label: dict[str, str], added_title: dict[str, str] | None = None) -> str:
    """The page's HTML with both repairs; unchanged text if there is nothing to repair."""
    if "<table" not in html and "<ul" not in html and "<ol" not in html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    changed = name_empty_table_headers(soup, page, page_language, names, column_label, added_title)
    changed += lists_without_items_as_blocks(soup)
    return str(soup) if changed else html
