"""What a content page shows under its title, before the first passage (no MkDocs here).

- On a translation page: the **In brief** (front matter ``brief``: what the slides argue, attributed)
  and the **Since June 2022** box (the page's updates, date and title, each a link to its note, in order
  of date). The control that opens or folds all notes (`notes_control`, shown only where JavaScript
  runs) stands beside the view toggle, above the title.
- On a source-language page: the **Since June 2022** box in that language (an update's ``title_ja``),
  each entry linking to the passage on this page and to the note on the translation's page (labelled
  with that page's language). Marked as the edition's addition, never mixed into the transcript's text
  (class ``edition-added``; the fidelity tests remove it, as they remove the other apparatus).
"""

from __future__ import annotations

from html import escape

from edition.dates import display_date
from edition.timeline.updates import UpdateRecord

ADDED = "edition-added"   # the class of everything the edition adds around the transcript


def _date(record: UpdateRecord, language: str) -> str:
    return f'<time datetime="{escape(record.date)}">{escape(display_date(record.date, language))}</time>'


SHOWN = 4    # a page's box shows its latest updates; the earlier ones fold above them


def _list(items: list[str], strings: dict[str, str]) -> str:
    """The box's list, in order of date: on a page with many updates the earlier ones fold into one line,
    so that the box stays short and the first passage of the page stays on the first screen."""
    if len(items) <= SHOWN + 1:
        return "<ul>\n" + "\n".join(items) + "\n</ul>"
    earlier, latest = items[:-SHOWN], items[-SHOWN:]
    label = strings["since_earlier"].format(count=len(earlier))
    return (f'<details class="edition-since-earlier"><summary>{escape(label)}</summary>\n<ul>\n'
            + "\n".join(earlier) + "\n</ul>\n</details>\n<ul>\n" + "\n".join(latest) + "\n</ul>")


def notes_control(strings: dict[str, str]) -> str:
    """One button that opens or folds every note of the page (edition.js; hidden without JavaScript)."""
    return (f'<button type="button" class="edition-notes-toggle" aria-pressed="false">'
            f'{escape(strings["notes_open_all"])}</button>')


def translation_intro(brief: str, records: list[UpdateRecord], strings: dict[str, str], language: str,
                      timeline_href: str = "") -> str:
    parts = []
    if brief.strip():
        label = escape(strings["brief_label"])
        parts.append(f'<div class="edition-brief" markdown>\n\n**{label}** {brief.strip()}\n\n</div>')
    if records:
        items = [f'<li>{_date(r, language)} <a href="#{escape(r.note_anchor)}">{escape(r.title)}</a></li>'
                 for r in records]
        more = (f' <a class="edition-since-all" href="{escape(timeline_href)}">{escape(strings["since_all"])}</a>'
                if timeline_href else "")
        parts.append(f'<nav class="edition-since" aria-label="{escape(strings["since_title"])}">\n'
                     f'<p class="edition-since-title"><strong>{escape(strings["since_title"])}</strong>{more}</p>\n'
                     f'{_list(items, strings)}\n</nav>')
    if not parts:
        return ""
    return '<div class="edition-intro" markdown>\n\n' + "\n\n".join(parts) + "\n\n</div>"


def source_intro(records: list[UpdateRecord], strings: dict[str, str], language: str, translation_href: str,
                 translation_language: str, translation_name: str, timeline_href: str = "") -> str:
    """``translation_href``: the translation page's URL relative to this page (its notes are there)."""
    if not records:
        return ""
    items = []
    for r in records:
        title = r.title_ja if language == "ja" else r.title
        items.append(f'<li>{_date(r, language)} <span><a href="#{escape(r.segment_anchor)}">{escape(title)}</a> '
                     f'<a class="edition-since-note" href="{escape(translation_href)}#{escape(r.note_anchor)}" '
                     f'hreflang="{escape(translation_language)}">{escape(strings["since_note_in"])}'
                     f'（{escape(translation_name)}）</a></span></li>')
    more = (f' <a class="edition-since-all" href="{escape(timeline_href)}">{escape(strings["since_all"])}</a>'
            if timeline_href else "")
    return (f'<aside class="edition-since {ADDED}" aria-label="{escape(strings["since_title"])}">\n'
            f'<p class="edition-since-title"><strong>{escape(strings["since_title"])}</strong> '
            f'<span class="edition-added-label">{escape(strings["added_label"])}</span>{more}</p>\n'
            f'{_list(items, strings)}\n</aside>')
