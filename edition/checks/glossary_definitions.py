"""glossary-definition: each definition says what its term is, not merely the term's own name again.

English: set aside the words of the term's own English forms (their stems: drive ~ driver's), and the
function words; a definition with fewer than ``MIN_WORDS`` words left is circular. Japanese: set aside
every glossary term's forms (the term itself and the terms it points at), kana and punctuation; fewer
than ``MIN_CHARS`` characters left is circular — a definition that only points at another term.

>>> from edition.glossary.terms import Term
>>> license = Term("運転免許証", "うんてんめんきょしょう", "driver's license",
...                definition_en="The license that permits its holder to drive.",
...                definition_ja="運転免許を受けていることを証明する証。")
>>> english_substance(license)
['permits', 'holder']
>>> key_id = Term("マイキーID", "まいきーあいでぃー", "My Key ID",
...               definition_ja="マイキープラットフォームで用いられるID。")
>>> platform = Term("マイキープラットフォーム", "まいきーぷらっとふぉーむ", "My Key Platform")
>>> japanese_substance(key_id, Glossary([key_id, platform]))
'用ID'
"""

from __future__ import annotations

import re

from edition.findings import Finding
from edition.glossary.terms import GLOSSARY_FILE, Glossary, Term

MIN_WORDS = 3      # words of substance in an English definition, beyond the term's own
MIN_CHARS = 4      # characters of substance (kanji, katakana, letters, digits) in a Japanese one
FUNCTION_WORDS = set("""a an the of to for in on at by with from and or as is are was were be been that which who
whose whom this these those it its their there such so also any each one other used using use etc""".split())
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
KANA_AND_MARKS = re.compile(r"[\u3040-\u309f\u30fc\s\W_]")   # hiragana, ー, spaces, punctuation


def stem(word: str) -> str:
    """A crude stem, enough to see that "drive" and "driver's" are one word: drive → driv, drivers → driv."""
    word = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
    for suffix in ("ings", "ing", "ers", "er", "ies", "es", "ed", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def english_substance(term: Term) -> list[str]:
    """The words of the English definition that are neither the term's own nor function words."""
    own = {stem(word) for form in term.english_forms for word in WORD.findall(form)}
    words = [word for word in WORD.findall(term.definition_en)
             if word.lower() not in FUNCTION_WORDS and stem(word) not in own]
    return list(dict.fromkeys(words))


def japanese_substance(term: Term, glossary: Glossary) -> str:
    """The Japanese definition without any glossary term's forms, kana and punctuation."""
    text = term.definition_ja
    for match in reversed(glossary.find_japanese(text)):
        text = text[:match.start] + text[match.end:]
    for form in (term.ja, *term.also_ja):
        text = text.replace(form, "")
    return KANA_AND_MARKS.sub("", text)


def definition_findings(glossary: Glossary) -> list[Finding]:
    """A `glossary-definition` finding at the entry's line for each circular definition."""
    findings = []
    for term in glossary.terms:
        left = english_substance(term)
        if term.definition_en and len(left) < MIN_WORDS:
            findings.append(_finding(term, f"the English definition hardly goes beyond the term’s own words "
                                           f"(left: {', '.join(left) or 'nothing'})",
                                     "say what it is: who issues or runs it, what it is for, what it does, "
                                     "and source the facts"))
        rest = japanese_substance(term, glossary)
        if term.definition_ja and len(rest) < MIN_CHARS:
            findings.append(_finding(term, f"the Japanese definition hardly goes beyond glossary terms "
                                           f"(left: {rest or 'nothing'})",
                                     "define the term by what it is, not by another term that points back at it"))
    return findings


def _finding(term: Term, problem: str, hint: str) -> Finding:
    return Finding(str(GLOSSARY_FILE), term.line, 1, "glossary-definition", f"term {term.ja}: {problem}", hint,
                   term.ja)
