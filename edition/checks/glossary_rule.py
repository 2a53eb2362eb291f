"""glossary-term: a segment whose Japanese has a glossary term uses the term's preferred English.

Waivable per segment *and* term, with a reason: ``<!-- waive glossary-term 交付率: reason -->``.
Terms marked ``check: false`` in the glossary (e.g. 令和, converted to Western years) are not enforced.
"""

from __future__ import annotations

from edition.checks.pairs import SegmentPair
from edition.findings import Finding
from edition.glossary.terms import Glossary


def check_pair(pair: SegmentPair, glossary: Glossary) -> list[Finding]:
    if pair.language != glossary.language:
        return []   # the renderings are English: another language's translation has its own words
    japanese, english = pair.source_text, pair.target_text
    findings = []
    for term in dict.fromkeys(match.term for match in glossary.find_japanese(japanese)):
        if not term.check or glossary.uses_english(term, english):
            continue
        accepted = "".join(f", “{form}”" for form in term.also_en)
        findings.append(Finding(
            pair.target_path, pair.line, 1, "glossary-term",
            f"the Japanese of segment {pair.segment.anchor} has the glossary term {term.ja}; "
            f"the translation does not use its English “{term.en}”",
            f"use “{term.en}”{' (or' + accepted[1:] + ')' if accepted else ''}, as data/glossary.yaml says, "
            f"or waive it: <!-- waive glossary-term {term.ja}: reason -->", term.ja))
    return findings
