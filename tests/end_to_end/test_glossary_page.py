"""The built glossary pages (both languages): what readers see, and what stays for translators."""

from __future__ import annotations

import pytest
from conftest import ROOT
from site_html import soup

from edition.glossary.terms import load_glossary

GLOSSARY = load_glossary(ROOT)


def _text(path) -> str:
    return " ".join(soup(path).get_text(" ").split())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_glossary_page_shows_no_translator_working_notes(built_site, lang):
    page = built_site.joinpath(*([] if lang == "ja" else [lang]), "glossary", "index.html")
    text = _text(page)
    # the working notes of issue 23, as readers saw them on the English page
    for note in ("not enforced", "Avoid “Personal Identification Number”", "Our rendering: no English"):
        assert note not in text, note


def test_no_translator_note_appears_anywhere_on_the_site(built_site):
    notes = [(term.ja, " ".join(term.translator_note.split())) for term in GLOSSARY.terms if term.translator_note]
    assert len(notes) > 50     # the data has them: the test reads something
    site = " ".join(_text(path) for path in sorted(built_site.rglob("*.html")))
    assert [ja for ja, note in notes if note in site] == []


def test_the_english_glossary_page_shows_the_reader_notes(built_site):
    text = _text(built_site / "en" / "glossary" / "index.html")
    notes = [" ".join(term.reader_note.split()) for term in GLOSSARY.terms if term.reader_note]
    assert notes and all(note in text for note in notes)
