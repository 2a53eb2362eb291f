"""Render pages for the reader: segments wrapped with stable anchors, side by side.

Output is Markdown with HTML wrappers (Python-Markdown's ``md_in_html`` renders the
Markdown inside). No MkDocs here: the hook passes the strings in.

- Source-language page: each segment in ``<div class="edition-segment" id="s-…">``
  with a permalink; the original alone.
- Translation page: each segment shows the source (``lang`` of the source) beside the
  translation (``lang`` of the page), notes below, and a status notice when it is
  outdated or untranslated; a view toggle (both / source / translation) on top.
"""

from __future__ import annotations

from html import escape

from edition.dates import display_date
from edition.markdown.links import links_in
from edition.markdown.segments import Segment, SegmentKind
from edition.site.bilingual_table import bilingual_table
from edition.site.notices import untranslated_page_notice
from edition.site.page_intro import notes_control
from edition.site.url_errata_page import explained_urls
from edition.translation.page_format import Counterpart, Note, NoteKind, archived_urls, note_anchor
from edition.translation.pairing import AlignedSegment, SegmentStatus


def _div(classes: str, inner: str, attributes: str = "") -> str:
    return f'<div class="{classes}"{attributes} markdown>\n\n{inner}\n\n</div>'


def _permalink(anchor: str, label: str, heading: bool) -> str:
    """The ¶ link of a segment. Only a heading's is a tab stop: a page has dozens of passages, and a
    keyboard reader would tab through every one of them (the heading's ¶ is its only permalink; the
    table of contents and the heading ids reach the sections). Every ¶ is a link for pointers and
    for screen readers' lists of links."""
    tab = "" if heading else ' tabindex="-1"'
    return (f'<p class="edition-permalink"><a href="#{anchor}" title="{escape(label)}" '
            f'aria-label="{escape(label)}"{tab}>¶</a></p>')


UrlErrata = dict[str, tuple[str, str, str]]  # cited URL -> (probable URL, archived copy or "", confidence)


def url_errata_html(segment: Segment, errata: UrlErrata | None, strings: dict[str, str],
                    explained: set[str] | frozenset[str] = frozenset()) -> str:
    """Beside a cited URL that looks mistyped: the address probably meant (the href is kept), unless an
    erratum of the passage explains it already (``explained``: the URLs its errata say; one
    explanation per address, edition.site.url_errata_page.explained_urls)."""
    parts = []
    for link in links_in(segment.markdown):
        if errata and link.url in errata and link.url not in explained:
            probable, archive, confidence = errata[link.url]
            html = (f'<p class="edition-url-erratum"><span>{escape(strings["url_probable"])}</span> '
                    f'<a href="{escape(probable)}">{escape(probable)}</a>')
            if confidence:
                label = strings.get(f"confidence_{confidence}", confidence)
                confidence = f'{escape(strings["url_confidence"])} {escape(label)}'
                html += f' <span class="edition-confidence">({confidence})</span>'
            if archive:
                html += (f' <span>{escape(strings["url_archive"])}</span> '
                         f'<a href="{escape(archive)}">{escape(archive)}</a>')
            parts.append(html + "</p>")
    return "\n\n".join(dict.fromkeys(parts))


def page_description(title: str, site_description: str) -> str:
    """The meta description of a page: its title, then what the edition is.

    >>> page_description("Bank accounts", "An annotated English edition")
    'Bank accounts — An annotated English edition'
    """
    return f"{title} — {site_description}" if site_description else title


def _dotted(segment: Segment) -> str:
    """" edition-dot-list" for a list whose every item begins with ・ (its own bullet), else ""."""
    if segment.kind is not SegmentKind.LIST:
        return ""
    items = [line.lstrip()[1:].lstrip() for line in segment.markdown.split("\n")
             if line.lstrip()[:1] in "-*+" and line.strip()]
    return " edition-dot-list" if items and all(item.startswith("・") for item in items) else ""


def render_source_page(segments: list[Segment], strings: dict[str, str],
                       source_notes: dict | None = None,
                       url_errata: UrlErrata | None = None,
                       translation_hrefs: dict[str, tuple[str, str]] | None = None,
                       intro: str = "") -> str:
    """``intro``: what the edition shows under the page's title (edition.site.page_intro).
    ``source_notes``: short notes per anchor (`SourceNote`: an erratum's ``source_note``, such as
    原文ママ（正しくは…）); each links to the erratum in full, in the translation page of its language
    (``translation_hrefs``: language -> (that page's URL relative to this one, the language's name))."""
    parts = []
    for segment in segments:
        heading = segment.kind is SegmentKind.HEADING
        inner = _permalink(segment.anchor, strings["permalink"], heading) + "\n\n" + segment.markdown
        for note in (source_notes or {}).get(segment.anchor, []):
            href, name = (translation_hrefs or {}).get(note.language, ("", ""))
            link = (f' <a class="edition-erratum-link" href="{escape(href)}#{segment.anchor}" '
                    f'hreflang="{escape(note.language)}">{escape(strings["erratum_link"])}（{escape(name)}）</a>'
                    if href else "")
            inner += f'\n\n<p class="edition-source-note">{escape(note.text)}{link}</p>'
        explained = {note.says for note in (source_notes or {}).get(segment.anchor, [])}
        errata_html = url_errata_html(segment, url_errata, strings, explained)
        if errata_html:
            inner += "\n\n" + errata_html
        parts.append(_div(f"edition-segment edition-{segment.kind.value}{_dotted(segment)}", inner,
                          f' id="{segment.anchor}"'))
    return "\n\n".join(_with_intro(parts, intro, segments[0].kind is SegmentKind.HEADING if segments else False)) + "\n"


def _with_intro(parts: list[str], intro: str, titled: bool) -> list[str]:
    """The intro right under the page's title (the first segment, a heading), else at the top."""
    if not intro:
        return parts
    at = 1 if titled and parts else 0
    return parts[:at] + [intro] + parts[at:]


def _heading_as_text(segment: Segment) -> str:
    """A source heading shown beside its translated heading: text, not a second TOC entry."""
    text = segment.markdown.lstrip("#").strip()
    level = segment.heading_level
    return (f'<p class="edition-source-heading edition-h{level}" role="heading" aria-level="{level}" '
            f'markdown="span">{text}</p>')


def _summary(note: Note, strings: dict[str, str], language: str) -> str:
    """The one line a folded note shows: its kind, an update's event date, its title."""
    kind = strings[f"note_{note.kind.value.replace('-', '_')}"]
    parts = [f'<span class="edition-note-kind">{escape(kind)}</span>']
    if note.kind is NoteKind.UPDATE:
        iso = str(note.options.get("date", "")).strip()
        parts.append(f'<time class="edition-note-date" datetime="{escape(iso)}">'
                     f'{escape(display_date(iso, language))}</time>')
    parts.append(f'<span class="edition-note-title">{escape(note.title)}</span>')
    return "<summary>" + " ".join(parts) + "</summary>"


def _archived(note: Note, strings: dict[str, str]) -> str:
    """The note's sources that were read in an archived copy, not live (option `archived`: the one
    convention the about page explains)."""
    urls = archived_urls(note)
    if not urls:
        return ""
    links = ", ".join(f'<a href="{escape(url)}">{escape(url)}</a>' for url in urls)
    return f'\n\n<p class="edition-archived">{escape(strings["archived_note"])} {links}</p>'


def _means(note: Note, url_errata: UrlErrata | None) -> str:
    says, means = str(note.options.get("says", "")).strip(), str(note.options.get("means", "")).strip()
    probable = (url_errata or {}).get(says, ("",))[0]
    return f'<a href="{escape(means)}">{escape(means)}</a>' if means and means == probable else escape(means)


def _note(note: Note, strings: dict[str, str], source_lang: str, anchor: str = "",
          language: str = "en", url_errata: UrlErrata | None = None) -> str:
    """A translator's note or an update: a native disclosure (opens without JavaScript) whose summary
    is its kind, date and title. An erratum stays visible in one line (what the transcript reads,
    what was probably meant, how sure the edition is); its evidence folds. An erratum of a mistyped
    URL whose probable address is the registry's (``url_errata``) links to that address."""
    ident = f' id="{escape(anchor)}"' if anchor else ""
    if note.kind is NoteKind.ERRATUM:
        confidence = str(note.options.get("confidence", "")).strip()
        sure = (f' <span class="edition-confidence">({escape(strings["url_confidence"])} '
                f'{escape(strings.get(f"confidence_{confidence}", confidence))})</span>' if confidence else "")
        kind = escape(strings["note_erratum"])
        # an error with no counterpart in the translation gets no [sic], there or here: the line says so
        shown = note.counterpart is Counterpart.SHOWN
        sic = ' <span class="edition-sic">[sic]</span>' if shown else ""
        unaffected = ("" if shown else
                      f' <span class="edition-erratum-unaffected">({escape(strings["erratum_unaffected"])})</span>')
        line = (f'<p class="edition-erratum-line"><span class="edition-note-kind">{kind}</span> '
                f'<span class="edition-erratum-says"><span>{escape(strings["erratum_says"])}</span> '
                f'<span lang="{source_lang}">{escape(str(note.options.get("says", "")))}</span>'
                f'{sic}</span> <span aria-hidden="true">→</span> '
                f'<span class="edition-erratum-means"><span>{escape(strings["erratum_means"])}</span> '
                f'<span lang="{source_lang}">{_means(note, url_errata)}</span></span>{sure}'
                f'{unaffected}</p>')
        evidence = (f'<details class="edition-erratum-evidence" markdown>\n'
                    f'<summary>{escape(strings["erratum_evidence"])}</summary>\n\n{note.body}'
                    f'{_archived(note, strings)}\n\n</details>')
        return _div("edition-note edition-note-erratum", f"{line}\n\n{evidence}", ident)
    body = note.body
    if note.kind is NoteKind.UPDATE:
        source = escape(str(note.options.get("source", "")))
        body += (f'\n\n<p class="edition-update-source">{escape(strings["update_source"])} '
                 f'<a href="{source}">{source}</a></p>')
    body += _archived(note, strings)
    return (f'<details class="edition-note edition-note-{note.kind.value}"{ident} markdown>\n'
            f'{_summary(note, strings, language)}\n\n{body}\n\n</details>')


def render_translation_page(aligned: list[AlignedSegment], strings: dict[str, str],
                            source_lang: str, target_lang: str, view_labels: dict[str, str],
                            url_errata: UrlErrata | None = None, source_href: str = "",
                            intro: str = "") -> str:
    """``source_href``: the source page's URL, for the notice on a page with no translation yet.
    ``intro``: what the edition shows under the page's title (edition.site.page_intro)."""
    has_notes = any(item.entry is not None and item.entry.notes for item in aligned)
    parts = [_controls(strings, view_labels, source_lang, target_lang, has_notes)]
    nothing_translated = not any(item.status in (SegmentStatus.TRANSLATED, SegmentStatus.OUTDATED)
                                 for item in aligned)
    if source_href and nothing_translated:
        parts.insert(0, untranslated_page_notice(strings, source_href, source_lang))
    shown = [item for item in aligned if item.segment is not None and item.status is not SegmentStatus.ORPHAN]
    titled = bool(shown) and shown[0].segment is not None and shown[0].segment.kind is SegmentKind.HEADING
    if intro and not titled:
        parts.append(intro)
    for index, item in enumerate(shown):    # orphans are reported as errors, never shown
        # one notice for a page with no translation at all; per-segment marks only on a partly translated page
        parts.append(_segment(item, strings, source_lang, target_lang, url_errata, mark=not nothing_translated,
                              intro=intro if titled and index == 0 else ""))
    return "\n\n".join(parts) + "\n"


def _segment(item: AlignedSegment, strings: dict[str, str], source_lang: str, target_lang: str,
             url_errata: UrlErrata | None = None, mark: bool = True, intro: str = "") -> str:
    """``intro``: for the page's title, what the edition shows under it, before the title's own notes."""
    segment, entry = item.segment, item.entry
    assert segment is not None   # never an orphan (render_translation_page skips them)
    translated = item.status in (SegmentStatus.TRANSLATED, SegmentStatus.OUTDATED)
    if segment.kind is SegmentKind.HEADING and translated:
        source_md = _heading_as_text(segment)
    else:
        source_md = segment.markdown
    source = _div("edition-source", source_md, f' lang="{source_lang}"')
    if translated:
        assert entry is not None   # a translated or outdated segment has its entry
        target_md = entry.translation
        if item.status is SegmentStatus.OUTDATED:
            target_md = (f'<p class="edition-status-notice edition-outdated-notice">'
                         f'{escape(strings["outdated_notice"])}</p>\n\n' + target_md)
    elif mark:
        target_md = (f'<p class="edition-status-notice edition-untranslated-notice">'
                     f'{escape(strings["untranslated_notice"])}</p>')
    else:
        target_md = ""
    target = _div("edition-target", target_md, f' lang="{target_lang}"')
    notes = [_note(note, strings, source_lang, note_anchor(segment.anchor, position), target_lang, url_errata)
             for position, note in enumerate(entry.notes if entry else [])]
    errata_html = url_errata_html(segment, url_errata, strings, explained_urls(entry.notes if entry else []))
    if errata_html:
        notes.append(errata_html)
    heading = segment.kind is SegmentKind.HEADING
    inner = [_permalink(segment.anchor, strings["permalink"], heading), source] + ([target] if target_md else [])
    if translated and segment.kind is SegmentKind.TABLE:   # the rows of both, comparable, in the "both" view
        assert entry is not None
        table = bilingual_table(segment.markdown, entry.translation, source_lang, target_lang)
        if table:
            inner.append(f'<div class="edition-bilingual">\n{table}\n</div>')
    if intro:
        inner.append(intro)
    if notes:
        inner.append(_div("edition-notes", "\n\n".join(notes)))
    classes = f"edition-segment edition-{segment.kind.value}{_dotted(segment)} edition-status-{item.status.value}"
    return _div(classes, "\n\n".join(inner), f' id="{segment.anchor}" data-edition-status="{item.status.value}"')


def _controls(strings: dict[str, str], labels: dict[str, str], source_lang: str, target_lang: str,
              notes: bool) -> str:
    """The page's controls, one row above the title: the view, and (on a page with notes) opening or
    folding all of them. Both need JavaScript, and are shown only where it runs."""
    toggle = _view_toggle(strings, labels, source_lang, target_lang)
    if not notes:
        return toggle
    return f'<div class="edition-controls">{toggle}<p class="edition-notes-control">{notes_control(strings)}</p></div>'


def _view_toggle(strings: dict[str, str], labels: dict[str, str], source_lang: str, target_lang: str) -> str:
    buttons = []
    for view, lang in (("both", target_lang), ("source", source_lang), ("target", target_lang)):
        buttons.append(f'<button type="button" class="edition-view-button" data-edition-view="{view}" '
                       f'lang="{lang}" aria-pressed="{"true" if view == "both" else "false"}">'
                       f'{escape(labels[view])}</button>')
    return (f'<div class="edition-view-toggle" role="group" aria-label="{escape(strings["view_label"])}">'
            + "".join(buttons) + "</div>")
