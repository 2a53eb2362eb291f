"""The timeline page of each reader's language, "Since June 2022", made at build time from the update
notes (edition.timeline.updates), never written by hand (no MkDocs here).

Grouped by year (a heading each, so the table of contents lists the years), in order of the event
date. Each entry: the date, the title in the reader's language, the page and section it concerns,
and its source's publisher. On a translation's timeline the title links to the note (which opens);
on the source language's timeline it links to the passage on that language's page, and a second
link goes to the note on the translation's page, labelled with its language.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from edition.dates import display_date
from edition.timeline.publishers import Publishers
from edition.timeline.updates import UpdateRecord, by_year

TIMELINE_MARKER = "<!-- edition:timeline -->"

# href(language, page slug, anchor) -> a link from the timeline page to that page (or passage)
Href = Callable[[str, str, str], str]


def _entry(record: UpdateRecord, reader: str, strings: dict[str, str], publishers: Publishers, href: Href,
           language_names: dict[str, str]) -> str:
    date = f'<time datetime="{escape(record.date)}">{escape(display_date(record.date, reader))}</time>'
    where = escape(record.page_title(reader))
    section = record.section_title(reader)
    if section and section != record.page_title(reader):
        where += f" › {escape(section)}"
    publisher = publishers.of(record.source)
    source = (f'<span class="edition-timeline-source">{escape(strings["timeline_source"])} '
              f'<a href="{escape(record.source)}">{escape(publisher.name(reader))}</a></span>'
              if publisher is not None else "")
    if reader == record.language:
        title = (f'<a class="edition-timeline-title" href="{escape(href(reader, record.page, record.note_anchor))}">'
                 f'{escape(record.title)}</a>')
        extra = ""
    else:
        text = record.title_ja if reader == "ja" else record.title
        passage = href(reader, record.page, record.segment_anchor)
        note = href(record.language, record.page, record.note_anchor)
        title = f'<a class="edition-timeline-title" href="{escape(passage)}">{escape(text)}</a>'
        extra = (f' <a class="edition-timeline-note" href="{escape(note)}" '
                 f'hreflang="{escape(record.language)}">{escape(strings["since_note_in"])}'
                 f'（{escape(language_names.get(record.language, record.language))}）</a>')
    return (f'<li class="edition-timeline-entry">{date} {title}{extra}<br>\n'
            f'<span class="edition-timeline-where">{where}</span>'
            + (f" · {source}" if source else "") + "</li>")


def render_timeline(records: list[UpdateRecord], reader: str, strings: dict[str, str], publishers: Publishers,
                    href: Href, language_names: dict[str, str] | None = None) -> str:
    """Markdown with HTML lists: one `## year` heading and list per year."""
    if not records:
        return f'<p>{escape(strings["timeline_none"])}</p>\n'
    parts = []
    for year, group in by_year(records):
        items = "\n".join(_entry(r, reader, strings, publishers, href, language_names or {}) for r in group)
        heading = strings["timeline_year"].format(year=year)
        parts.append(f"## {heading}\n\n<ol class=\"edition-timeline\">\n{items}\n</ol>")
    return "\n\n".join(parts) + "\n"
