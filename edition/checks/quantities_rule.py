"""number-missing / date-missing / number-added: every number and date of a segment survives
translation, and the translation adds no number of its own (notes may).

Values, not spellings: 3000~4000万枚 is matched by "30–40 million", 1兆8,134.1億円 by
"¥1.81341 trillion" or "¥1,813.41 billion", 令和4年1月 by "January 2022". Tables are
checked cell by cell by the table rule instead.
"""

from __future__ import annotations

from edition.checks.pairs import SegmentPair
from edition.checks.quantities import added_numbers, format_number, missing_quantities
from edition.findings import Finding
from edition.markdown.links import links_in
from edition.markdown.segments import SegmentKind
from edition.markdown.visible_text import block_texts


def plain_text(markdown: str, text: str | None = None) -> str:
    """Visible text, one line per block (so that list items and cells do not run together:
    "…2022" + "Financial…"), with cited URLs taken out (their digits are not quantities).
    ``text``: the block text when the caller has it already."""
    text = "\n".join(block_texts(markdown)) if text is None else text
    for link in links_in(markdown):
        for candidate in (link.text, link.url):
            if candidate:
                text = text.replace(candidate, " ")
    return text


def missing_in(japanese: str, english: str) -> list[str]:
    numbers, dates = missing_quantities(japanese, english)
    return [format_number(n) for n in numbers] + [f"date {d}" for d in dates]


def check_pair(pair: SegmentPair) -> list[Finding]:
    if pair.segment.kind is SegmentKind.TABLE:
        return []
    findings = []
    japanese = plain_text(pair.segment.markdown, pair.source_text)
    english = plain_text(pair.entry.translation, pair.target_text)
    numbers, dates = missing_quantities(japanese, english)
    for number in numbers:
        value = format_number(number)
        findings.append(Finding(
            pair.target_path, pair.line, 1, "number-missing",
            f"the Japanese of segment {pair.segment.anchor} has the number {value}, "
            "the translation does not",
            "give the same value (万 = 10,000, 億 = 100 million, 兆 = trillion), or waive it: "
            f"<!-- waive number-missing {value}: reason -->", value))
    for date in dates:
        findings.append(Finding(
            pair.target_path, pair.line, 1, "date-missing",
            f"the Japanese of segment {pair.segment.anchor} has the date {date}, the translation does not",
            "give the same date with its Gregorian year (令和N年 = 2018+N, 平成N年 = 1988+N), or waive it: "
            f"<!-- waive date-missing {date}: reason -->", str(date)))
    for number in added_numbers(japanese, english):
        value = format_number(number)
        findings.append(Finding(
            pair.target_path, pair.line, 1, "number-added",
            f"the translation of segment {pair.segment.anchor} has the number {value}, its Japanese does not",
            "translate the values the Japanese gives (a figure of your own belongs in a note), or waive it: "
            f"<!-- waive number-added {value}: reason -->", value))
    return findings
