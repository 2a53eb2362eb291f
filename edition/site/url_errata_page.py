"""The page of mistyped URLs of each language, made at build time from data/url-errata.toml (the
registry, edition.checks.urls) and the pages that cite each URL, never written by hand (no MkDocs here).

Each entry: the address as the transcript cites it, as text (the link on the cited passage keeps it,
and it leads nowhere), the address probably meant, as a link, the confidence, an archived copy if the
registry has one, the evidence as the registry gives it, and every passage that cites it: a link to
the passage on the reader's page, and to the erratum that explains it (on the reader's page, or, for a
reader of the source language, on the translation's page, labelled with its language).

The same registry decides what a passage shows: where an erratum note of the passage (`says:` the
cited URL) explains the mistyped address, the passage shows that erratum alone (`explained_urls`),
not also the registry's box of the probable address (edition.site.render).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from edition.checks.urls import UrlErratum
from edition.markdown.links import links_in
from edition.site.timeline_page import Href
from edition.translation.alignment import PageAlignment
from edition.translation.page_format import Note, NoteKind, note_anchor
from edition.translation.pairing import SegmentStatus

URL_ERRATA_MARKER = "<!-- edition:url-errata -->"
URL_ERRATA_PAGE = "url-errata"


def explained_urls(notes: list[Note]) -> set[str]:
    """The cited URLs that a passage's errata explain (an erratum's `says:`)."""
    return {str(note.options.get("says", "")).strip() for note in notes if note.kind is NoteKind.ERRATUM}


@dataclass
class Citation:
    """One passage that cites a mistyped URL: its page, anchor and the page's title per language, and
    the anchors of the errata that explain it, per translation language."""
    page: str
    anchor: str
    page_titles: dict[str, str]
    errata: dict[str, str] = field(default_factory=dict)    # language -> the erratum note's anchor

    def title(self, language: str, source_language: str) -> str:
        return self.page_titles.get(language) or self.page_titles.get(source_language) or self.page


def citations(errata: list[UrlErratum], alignments: list[PageAlignment]) -> dict[str, list[Citation]]:
    """cited URL -> the passages that cite it, in the order of the pages (the plan's) and passages."""
    wanted = {erratum.cited for erratum in errata}
    found: dict[str, dict[tuple[str, str], Citation]] = {url: {} for url in wanted}
    for result in alignments:
        titles = dict(result.page.titles)
        if result.target.meta.get("title"):
            titles[result.language] = str(result.target.meta["title"])
        for item in result.aligned:
            if item.segment is None or item.status is SegmentStatus.ORPHAN:
                continue
            notes = item.entry.notes if item.entry is not None else []
            for url in dict.fromkeys(link.url for link in links_in(item.segment.markdown)):
                if url not in wanted:
                    continue
                citation = found[url].setdefault((result.page.slug, item.segment.anchor),
                                                 Citation(result.page.slug, item.segment.anchor, {}))
                citation.page_titles.update(titles)
                for position, note in enumerate(notes):
                    if note.kind is NoteKind.ERRATUM and str(note.options.get("says", "")).strip() == url:
                        citation.errata.setdefault(result.language, note_anchor(item.segment.anchor, position))
    return {url: list(by_place.values()) for url, by_place in found.items()}


def _label(strings: dict[str, str], key: str) -> str:
    return f'<span class="edition-url-errata-label">{escape(strings[key])}</span>'


def _cited_on(citation: Citation, reader: str, source_language: str, strings: dict[str, str], href: Href,
              language_names: dict[str, str]) -> str:
    title = escape(citation.title(reader, source_language))
    if reader in citation.errata:     # the reader's page holds the erratum: the link opens it
        return f'<a href="{escape(href(reader, citation.page, citation.errata[reader]))}">{title}</a>'
    links = [f'<a href="{escape(href(reader, citation.page, citation.anchor))}">{title}</a>']
    for language, anchor in citation.errata.items():
        links.append(f'<a href="{escape(href(language, citation.page, anchor))}" hreflang="{escape(language)}">'
                     f'{escape(strings["erratum_link"])}（{escape(language_names.get(language, language))}）</a>')
    return " ".join(links)


def _entry(erratum: UrlErratum, cited_on: list[Citation], reader: str, source_language: str,
           strings: dict[str, str], href: Href, language_names: dict[str, str]) -> str:
    lines = [f'<p>{_label(strings, "url_errata_cited")} <code class="edition-url-cited">{escape(erratum.cited)}</code> '
             f'<span class="edition-sic">[sic]</span></p>']
    probable = (f'<p>{_label(strings, "url_errata_probable")} '
                f'<a href="{escape(erratum.probable)}">{escape(erratum.probable)}</a>')
    if erratum.confidence:
        label = strings.get(f"confidence_{erratum.confidence}", erratum.confidence)
        probable += f' <span class="edition-confidence">({escape(strings["url_confidence"])} {escape(label)})</span>'
    lines.append(probable + "</p>")
    if erratum.archive:
        lines.append(f'<p>{_label(strings, "url_archive")} <a href="{escape(erratum.archive)}">'
                     f'{escape(erratum.archive)}</a></p>')
    lines.append(f'<p>{_label(strings, "url_errata_evidence")} <span lang="en">{escape(erratum.reason)}</span></p>')
    places = "、".join if reader == "ja" else ", ".join
    lines.append(f'<p>{_label(strings, "url_errata_cited_on")} ' + places(
        _cited_on(c, reader, source_language, strings, href, language_names) for c in cited_on) + "</p>")
    return '<li class="edition-url-errata-entry">\n' + "\n".join(lines) + "\n</li>"


def render_url_errata(errata: list[UrlErratum], cited: dict[str, list[Citation]], reader: str,
                      source_language: str, strings: dict[str, str], href: Href,
                      language_names: dict[str, str] | None = None) -> str:
    """HTML for the page's marker: one list item per registry entry, in the registry's order.
    `href(language, page slug, anchor)` links to a passage or a note of a language's page."""
    if not errata:
        return f'<p>{escape(strings["url_errata_none"])}</p>\n'
    items = "\n".join(_entry(e, cited.get(e.cited, []), reader, source_language, strings, href, language_names or {})
                      for e in errata)
    return f'<ol class="edition-url-errata">\n{items}\n</ol>\n'
