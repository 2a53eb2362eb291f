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


def findings_banner(findings: list) -> str:
    """`mkdocs serve` only: the integrity findings of one page, at its top (a build would stop)."""
    from edition.checks.report import summary
    items = "".join(f"<li><code>{escape(finding.format())}</code></li>" for finding in findings)
    return (f'<div class="edition-findings" role="alert"><p><strong>edition checks: '
            f'{escape(summary(findings))} on this page</strong> (a build would stop here)</p>'
            f"<ul>{items}</ul></div>\n")
