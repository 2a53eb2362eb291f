"""Japanese dictionary order (五十音順) of readings, the way Japanese dictionaries sort (after JIS X 4061).

First every kana counts as its plain form: voiced and semi-voiced marks set aside (じ as し, ぱ as は),
small kana as their full size (ょ as よ), katakana as hiragana, and the long-vowel mark ー as the vowel
it lengthens (さーばー as さあばあ). Only words equal in that form are then told apart, kana by kana:
plain before voiced before semi-voiced, small before full size, a written vowel before ー.

>>> sorted(["しんりょうほうしゅう", "じこじょうほうしゅとくえーぴーあい", "しかく"], key=reading_key)
['しかく', 'じこじょうほうしゅとくえーぴーあい', 'しんりょうほうしゅう']
>>> sorted(["はん", "ぱん", "ばん"], key=reading_key)
['はん', 'ばん', 'ぱん']
>>> sorted(["かこ", "がいらいしんりょうりょう", "かさん"], key=reading_key)
['がいらいしんりょうりょう', 'かこ', 'かさん']
"""

from __future__ import annotations

import unicodedata

SMALL = dict(zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ"))
VOWELS = {**{kana: vowel for vowel, row in zip("あいうえお", ("あかさたなはまやらわがざだばぱ",
                                                             "いきしちにひみりぎじぢびぴ",
                                                             "うくすつぬふむゆるぐずづぶぷゔ",
                                                             "えけせてねへめれげぜでべぺ",
                                                             "おこそとのほもよろをごぞどぼぽ")) for kana in row},
          **{small: SMALL[small] for small in "ぁぃぅぇぉ"}, "ゃ": "あ", "ゅ": "う", "ょ": "お", "ん": "ん"}
MARKS = {"\u3099": 1, "\u309a": 2}     # combining voiced, semi-voiced sound mark


def _hiragana(char: str) -> str:
    return chr(ord(char) - 0x60) if "ァ" <= char <= "ヶ" else char


def reading_key(reading: str) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Sort key of a reading in hiragana (katakana accepted): the plain form, then the tie-breakers."""
    plain: list[str] = []
    ties: list[tuple[int, int, int]] = []
    for char in reading:
        char = _hiragana(char)
        if char == "ー":
            plain.append(VOWELS.get(plain[-1], "ー") if plain else "ー")
            ties.append((0, 1, 1))
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base = decomposed[0]
        mark = MARKS.get(decomposed[1], 0) if len(decomposed) > 1 else 0
        small = base in SMALL
        plain.append(SMALL.get(base, base))
        ties.append((mark, 0 if small else 1, 0))
    return "".join(plain), tuple(ties)
