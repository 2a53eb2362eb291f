"""edition.site.search_index: the Pagefind run over a built site, and what search is expected to find."""

from __future__ import annotations

from pathlib import Path

import pytest

import edition.site.search_index as search_index
from edition.site.search_index import (
    INTERFACE_SELECTORS,
    SearchIndexError,
    build_search_index,
    canonical_entry,
    indexed_text,
    pages_containing,
    phrase_pattern,
)

PAGE = """<!doctype html><html lang="{lang}"><head><title>t</title></head><body>
<nav>メニュー Menu</nav>
<div data-pagefind-body>
<div class="edition-view-toggle"><button>Both</button></div>
<p class="edition-permalink"><a>¶</a></p>
<p>{text}</p>
<details class="edition-note edition-note-translator-note"><summary><span class="edition-note-kind">Translator's note</span> <span class="edition-note-title">A title.</span></summary><p>A note.</p></details>
<span class="edition-term-tip">よちょきん</span>
</div></body></html>"""


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for folder, lang, text in (("bank-accounts", "ja", "2021年10月20日オンライン資格確\n認の本格運用"),
                               ("en/bank-accounts", "en", "Deposit and savings ACCOUNTS of banks")):
        (site / folder).mkdir(parents=True)
        (site / folder / "index.html").write_text(PAGE.format(lang=lang, text=text), encoding="utf-8")
    (site / "404.html").write_text("<html lang='ja'><body><p>見つかりません</p></body></html>", encoding="utf-8")
    return site


def test_a_japanese_phrase_matches_across_the_transcripts_line_breaks_and_width():
    pattern = phrase_pattern("オンライン資格確認")
    assert pattern.search("オンライン資格確\n認")
    assert phrase_pattern("2023年3月").search(indexed_text(
        "<div data-pagefind-body><p>２０２３年３月</p></div>"))   # full-width digits: the indexed text is NFKC
    assert not pattern.search("オンライン資格の確認")


def test_english_words_match_across_any_whitespace_and_case():
    assert phrase_pattern("bank account").search("Bank\n  accounts")
    assert not phrase_pattern("bank account").search("bankaccount")


def test_indexed_text_leaves_out_interface_text_and_pages_without_a_body():
    text = indexed_text(PAGE.format(lang="en", text="The text."))
    assert "The text." in text and "A note." in text and "A title." in text
    for interface in ("Both", "¶", "Translator's note", "よちょきん", "Menu"):
        assert interface not in text
    assert indexed_text("<html><body><p>404</p></body></html>") is None
    assert ".edition-status-notice" in INTERFACE_SELECTORS


def test_pages_containing_keeps_to_one_language(tmp_path):
    site = _site(tmp_path)
    assert pages_containing(site, "オンライン資格確認", "", ["en"]) == {"bank-accounts/"}
    assert pages_containing(site, "bank account", "", ["en"]) == set()
    assert pages_containing(site, "savings accounts", "en", ["en"]) == {"en/bank-accounts/"}


def test_pagefind_indexes_each_language_and_leaves_out_its_own_interfaces(tmp_path):
    site = _site(tmp_path)
    index = build_search_index(site)
    assert index.pages == {"ja": 1, "en": 1}        # the 404 page has no body mark: not indexed
    bundle = site / "pagefind"
    assert (bundle / "pagefind.js").exists() and list(bundle.glob("pagefind.ja_*.pf_meta"))
    assert not list(bundle.glob("pagefind-*ui*")) and not (bundle / "pagefind-highlight.js").exists()
    assert "2 pages (en 1, ja 1)" in index.summary()


def test_the_entry_file_lists_its_languages_in_one_order_whatever_order_pagefind_wrote():
    ja, en = '"ja":{"hash":"ja_1","page_count":1}', '"en":{"hash":"en_2","page_count":1}'
    written = '{"version":"1.5.2","languages":{' + ja + "," + en + '},"include_characters":["_","‿"]}'
    reordered = '{"version":"1.5.2","languages":{' + en + "," + ja + '},"include_characters":["_","‿"]}'
    assert canonical_entry(written) == canonical_entry(reordered) == reordered


def test_indexing_the_same_site_again_writes_the_same_bundle(tmp_path):
    bundles = []
    for run in range(4):    # Pagefind's own order of the languages changed from one run to the next
        site = _site(tmp_path / str(run))
        build_search_index(site)
        bundles.append({p.relative_to(site).as_posix(): p.read_bytes()
                        for p in sorted((site / "pagefind").rglob("*")) if p.is_file()})
    assert all(bundle == bundles[0] for bundle in bundles[1:])


def test_without_the_extended_build_the_error_says_how_to_fix_it(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "_extended_build_installed", lambda: False)
    with pytest.raises(SearchIndexError, match=r"extended build .*make setup"):
        build_search_index(_site(tmp_path))


def test_a_failing_pagefind_run_is_reported_with_its_output(tmp_path):
    with pytest.raises(SearchIndexError, match="pagefind failed"):
        build_search_index(tmp_path / "no-such-site")
