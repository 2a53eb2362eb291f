"""Dictionary order of readings (edition/glossary/reading_order.py), and the Japanese glossary page in it."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from edition.glossary.page import render_glossary_page
from edition.glossary.reading_order import reading_key
from edition.glossary.terms import load_glossary
from edition.site.ui_strings import load_ui_strings


@pytest.mark.parametrize("expected", [
    ["しかく", "じこ", "しんりょう"],        # voiced marks set aside first: じこ between しか and しん
    ["がいらい", "かこ", "かさん"],          # がいらい counts as かいらい
    ["はん", "ばん", "ぱん"],                # equal so far: plain, then voiced, then semi-voiced
    ["しょう", "しよう", "じよう"],          # small kana count as full size, and come first in a tie
    ["さあばあ", "サーバー", "さあぶ"],      # ー is the vowel it lengthens, after the written vowel; katakana too
])
def test_readings_sort_as_in_a_japanese_dictionary(expected):
    assert sorted(reversed(expected), key=reading_key) == expected
    assert sorted(expected[1:] + expected[:1], key=reading_key) == expected


def test_the_japanese_glossary_page_is_in_dictionary_order():
    glossary = load_glossary(ROOT)
    strings = load_ui_strings(ROOT).for_language("ja")
    page = render_glossary_page(glossary, "ja", strings)
    order = [glossary.by_ja[ja] for ja in re.findall(r'<dt id="[^"]+"><span lang="ja">([^<]+)</span>', page)]
    assert len(order) == len(glossary.terms)
    position = {term.ja: index for index, term in enumerate(order)}
    # issue 24: 自己情報取得API came after 診療報酬, 外来診療料 after 加算
    assert position["自己情報取得API"] < position["診療報酬"]
    assert position["外来診療料"] < position["加算"]
    assert [reading_key(t.reading) for t in order] == sorted(reading_key(t.reading) for t in order)
