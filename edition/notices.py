"""HTML of the notices the edition shows to readers (no MkDocs here)."""

from __future__ import annotations

from html import escape


def untranslated_page_notice(strings: dict[str, str], source_href: str, source_language: str) -> str:
    """A visible notice for a page that has no translation yet, linking to the source page."""
    return (
        '<div class="admonition warning edition-untranslated" data-edition-status="untranslated">\n'
        f'<p class="admonition-title">{escape(strings["untranslated_title"])}</p>\n'
        f'<p>{escape(strings["untranslated_body"])} '
        f'<a class="edition-source-link" href="{escape(source_href)}" hreflang="{escape(source_language)}">'
        f'{escape(strings["source_link"])}</a></p>\n'
        "</div>\n"
    )
