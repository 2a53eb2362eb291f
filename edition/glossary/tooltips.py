"""Glossary tooltips: a Python-Markdown extension (no MkDocs) that marks the first occurrence of
each glossary term per page and per language in running text.

Japanese has no word boundaries, so Python-Markdown's ``abbr`` cannot find 公金受取口座 inside
公金受取口座の登録; this finds terms by longest match first (see ``edition.glossary.terms``). Not
inside links, headings (or a heading shown as text), code, buttons or notes. Each term becomes
a focusable ``<span class="edition-term" tabindex="0">`` described (``aria-describedby``) by a
``role="tooltip"`` span that CSS shows on hover and on keyboard focus; screen readers read the
description. The tooltip is kept out of the search index (``data-search-exclude``).

The language of a text is the nearest ``lang`` attribute (the Japanese column of a translation
page has ``lang="ja"``), else the page's language, set before each page is converted.

>>> import markdown
>>> from edition.glossary.terms import Glossary, Term
>>> term = Term("公金受取口座", "こうきんうけとりこうざ", "public money receiving account",
...             definition_en="An account.", definition_ja="口座。")
>>> extension = GlossaryTooltips(Glossary([term]), language="ja")
>>> html = markdown.markdown("公金受取口座の登録と公金受取口座", extensions=[extension])
>>> html.count('class="edition-term"')
1
>>> 'aria-describedby="gt-1"' in html and 'role="tooltip"' in html
True
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from edition.glossary.terms import Glossary, Match, Term

SKIP_TAGS = {"a", "summary", "details", "code", "pre", "kbd", "script", "style", "button", "abbr",
             "h1", "h2", "h3", "h4", "h5", "h6"}
SKIP_CLASSES = {"edition-source-heading", "edition-permalink", "edition-notes", "admonition", "edition-term",
                "edition-term-tip", "edition-status-notice", "edition-view-toggle", "edition-url-erratum",
                "edition-source-note", "edition-glossary", "edition-intro", "edition-added", "edition-timeline"}


class _Tooltips(Treeprocessor):
    def __init__(self, md, extension: "GlossaryTooltips"):
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        self.seen: set[tuple[str, str]] = set()
        self.count = 0
        self._walk(root, self.extension.language)

    def _walk(self, element: etree.Element, language: str) -> None:
        language = element.get("lang") or language
        if element.tag in SKIP_TAGS or SKIP_CLASSES & set((element.get("class") or "").split()):
            return
        if element.text:
            pieces = self._mark(element.text, language)
            if pieces:
                element.text = pieces[0]
                for index, node in enumerate(pieces[1:]):
                    element.insert(index, node)
        for child in list(element):
            self._walk(child, language)
            if child.tail:
                pieces = self._mark(child.tail, language)
                if pieces:
                    child.tail = pieces[0]
                    position = list(element).index(child) + 1
                    for offset, node in enumerate(pieces[1:]):
                        element.insert(position + offset, node)

    def _mark(self, text: str, language: str):
        """[text before, element, element, …] with the tails set, or None if nothing is marked."""
        glossary = self.extension.glossary
        matches = glossary.find_japanese(text) if language == "ja" else glossary.find_english(text)
        chosen: list[Match] = []
        for match in matches:
            key = (language, match.term.ja)
            if key not in self.seen and "\x02" not in text[match.start:match.end]:
                self.seen.add(key)
                chosen.append(match)
        if not chosen:
            return None
        pieces: list = [text[:chosen[0].start]]
        for index, match in enumerate(chosen):
            wrapper = self._term(match, language)
            end = chosen[index + 1].start if index + 1 < len(chosen) else len(text)
            wrapper.tail = text[match.end:end]
            pieces.append(wrapper)
        return pieces

    def _term(self, match: Match, language: str) -> etree.Element:
        self.count += 1
        ident = f"gt-{self.count}"
        wrapper = etree.Element("span", {"class": "edition-term-wrap"})
        term = etree.SubElement(wrapper, "span", {"class": "edition-term", "tabindex": "0",
                                                  "aria-describedby": ident})
        term.text = match.text
        tip = etree.SubElement(wrapper, "span", {"class": "edition-term-tip", "role": "tooltip", "id": ident,
                                                 "data-search-exclude": ""})
        tip.text = tooltip_text(match.term, language)
        return wrapper


def tooltip_text(term: Term, language: str) -> str:
    if language == "ja":
        return f"{term.ja}（{term.reading}）: {term.definition_ja} 英語: {term.en}"
    return f"{term.en} ({term.ja}, {term.reading}): {term.definition_en}"


class GlossaryTooltips(Extension):
    """``language``: the page's language; the MkDocs hook sets it before each page."""

    def __init__(self, glossary: Glossary, language: str = "ja", **kwargs):
        self.glossary = glossary
        self.language = language
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        # after the inline patterns (20), before prettify (10): text is final but for stashed HTML
        md.treeprocessors.register(_Tooltips(md, self), "edition_glossary_tooltips", 15)
