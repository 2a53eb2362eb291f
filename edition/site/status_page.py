"""The translation status page, generated at build time for each reader's language (no MkDocs here).

For each translation language: a table with one row per page (segments, translated, outdated,
untranslated; the page title links to the page) and a total row, then the segments that need a
translator, each linked to its passage. The counts are those of `edition status` (status.py).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from edition.translation.alignment import PageAlignment
from edition.translation.pairing import SegmentStatus
from edition.translation.status import page_status

STATUS_PAGE_MARKER = "<!-- edition:status-page -->"
COUNTED = ("translated", "outdated", "untranslated")
TO_REVIEW = (SegmentStatus.OUTDATED, SegmentStatus.UNTRANSLATED)

# href(language, page slug, anchor) -> a link from the status page to that page (or passage)
Href = Callable[[str, str, str], str]


def _link(href: str, text: str, language: str, reader: str) -> str:
    other = f' hreflang="{escape(language)}"' if language != reader else ""
    return f'<a href="{escape(href)}"{other}>{text}</a>'


def _title(result: PageAlignment, reader: str) -> str:
    """The page's title in the reader's language (else the translation's, else its slug)."""
    return result.page.titles.get(reader) or result.page.titles.get(result.language) or result.page.slug


def _language_table(results: list[PageAlignment], reader: str, strings: dict[str, str], href: Href) -> str:
    head = "".join(f'<th scope="col">{escape(strings[key])}</th>' for key in
                   ("status_page", "status_segments", *(f"status_{state}" for state in COUNTED)))
    rows, totals = [], dict.fromkeys(("segments", *COUNTED), 0)
    for result in results:
        row = page_status(result)
        title = _title(result, reader)
        cells = "".join(f"<td>{row[key]}</td>" for key in ("segments", *COUNTED))
        link = _link(href(result.language, result.page.slug, ""), escape(title), result.language, reader)
        rows.append(f'<tr><th scope="row">{link}</th>{cells}</tr>')
        for key in totals:
            totals[key] += row[key]
    total = "".join(f"<td>{totals[key]}</td>" for key in ("segments", *COUNTED))
    return (f'<table class="edition-status-table">\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + f'\n</tbody>\n<tfoot><tr><th scope="row">{escape(strings["status_total"])}</th>'
            f"{total}</tr></tfoot>\n</table>")


def _to_review(results: list[PageAlignment], reader: str, strings: dict[str, str], href: Href) -> str:
    items = []
    for result in results:
        title = _title(result, reader)
        for item in result.aligned:
            if item.status in TO_REVIEW and item.segment is not None:
                anchor = item.segment.anchor
                link = _link(href(result.language, result.page.slug, anchor), f"{escape(title)} §{escape(anchor)}",
                             result.language, reader)
                items.append(f"<li>{link}: {escape(strings['status_' + item.status.value])}</li>")
    if not items:
        return f'<p class="edition-status-none">{escape(strings["status_nothing_to_review"])}</p>'
    return '<ul class="edition-status-review">\n' + "\n".join(items) + "\n</ul>"


def render_status_page(results: list[PageAlignment], reader: str, strings: dict[str, str],
                       names: dict[str, str], href: Href, version: str = "") -> str:
    """Markdown with raw HTML blocks: a section per translation language, in the reader's language.
    ``version``: the edition's version and review date, as a sentence, above the counts."""
    parts = [f'<p class="edition-status-version">{escape(version)}</p>\n'] if version else []
    for language in sorted({result.language for result in results}):
        pages = [result for result in results if result.language == language]
        parts.append(f"## {names.get(language, language)}\n\n{_language_table(pages, reader, strings, href)}\n\n"
                     f"### {strings['status_to_review']}\n\n{_to_review(pages, reader, strings, href)}\n")
    return "\n".join(parts)
