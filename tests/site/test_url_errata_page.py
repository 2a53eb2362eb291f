"""The page of mistyped URLs (edition/site/url_errata_page.py): every registry entry, the cited address as
text, the probable one as a link, the evidence, and the passages that cite it; and which URLs a passage's
errata explain already."""

from __future__ import annotations

from bs4 import BeautifulSoup
from conftest import ROOT

from edition.checks.urls import UrlErratum, load_url_errata
from edition.markdown.links import links_in
from edition.site.ui_strings import load_ui_strings
from edition.site.url_errata_page import Citation, citations, explained_urls, render_url_errata
from edition.source.plan import load_plan
from edition.translation.alignment import align_all
from edition.translation.page_format import Note, NoteKind, note_anchor

STRINGS = load_ui_strings(ROOT)
CITED, PROBABLE = "https://h.example/a/siryu1.pdf", "https://h.example/a/siryou1.pdf"
ERRATUM = UrlErratum(CITED, PROBABLE, "", "medium", "Files there are named 'siryou…' <not 'siryu'>.", 3)
CITATION = Citation("p", "s-1234abcd", {"ja": "ページ", "en": "Page"}, {"en": "s-1234abcd-n2"})


def _href(language: str, slug: str, anchor: str) -> str:
    return ("" if language == "ja" else "../en/") + f"{slug}/#{anchor}"


def _html(reader: str, errata: list[UrlErratum] = [ERRATUM]) -> BeautifulSoup:
    import markdown
    text = render_url_errata(errata, {CITED: [CITATION]}, reader, "ja", STRINGS.for_language(reader), _href,
                             {"en": "English"})
    return BeautifulSoup(markdown.markdown(text, extensions=["md_in_html"]), "html.parser")


def test_the_cited_address_is_text_and_the_probable_one_a_link_with_its_confidence():
    entry = _html("en").select_one("li.edition-url-errata-entry")
    assert entry.select_one("code.edition-url-cited").get_text() == CITED
    assert [a["href"] for a in entry.find_all("a", href=lambda h: h.startswith("https://"))] == [PROBABLE]
    assert "(confidence: medium)" in entry.get_text()


def test_the_evidence_is_the_registrys_text_escaped():
    assert "Files there are named 'siryou…' <not 'siryu'>." in _html("en").get_text()


def test_a_translation_reader_goes_to_the_erratum_and_a_source_reader_to_the_passage_and_the_erratum():
    en = [(a["href"], a.get_text()) for a in _html("en").find_all("a") if not a["href"].startswith("https://")]
    assert en == [("../en/p/#s-1234abcd-n2", "Page")]
    ja = [(a["href"], a.get("hreflang"), a.get_text()) for a in _html("ja").find_all("a")
          if not a["href"].startswith("https://")]
    assert ja == [("p/#s-1234abcd", None, "ページ"), ("../en/p/#s-1234abcd-n2", "en", "正誤の注（English）")]
    assert "意図されたと思われるアドレス" in _html("ja").get_text()


def test_an_empty_registry_says_so_in_the_readers_language():
    assert _html("ja", []).get_text().strip() == STRINGS.for_language("ja")["url_errata_none"]


def test_explained_urls_are_what_the_passages_errata_say():
    notes = [Note(NoteKind.ERRATUM, {"says": CITED, "means": PROBABLE}, "", 1),
             Note(NoteKind.TRANSLATOR_NOTE, {"says": "https://other.example/"}, "", 5)]
    assert explained_urls(notes) == {CITED}


def test_every_registry_url_is_found_in_the_passages_that_link_it_with_their_errata():
    plan = load_plan(ROOT)
    alignments = align_all(plan)
    errata = load_url_errata(ROOT)
    found = citations(errata, alignments)
    assert set(found) == {e.cited for e in errata} and all(found.values())
    segments = {(r.page.slug, item.segment.anchor): (item.segment, item.entry)
                for r in alignments for item in r.aligned if item.segment is not None}
    for url, places in found.items():
        for place in places:
            segment, entry = segments[(place.page, place.anchor)]
            assert url in {link.url for link in links_in(segment.markdown)}
            assert place.title("ja", "ja") == next(p.titles["ja"] for p in plan.pages if p.slug == place.page)
            anchors = {note_anchor(segment.anchor, i) for i, n in enumerate(entry.notes)
                       if n.kind is NoteKind.ERRATUM and n.options.get("says") == url}
            assert place.errata.get("en") in anchors
