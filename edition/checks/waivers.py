"""Waivers: a deliberate difference, waived per segment with a written reason.

Written in the translation as an HTML comment (like mdbook-i18n-helpers' directives)::

    <!-- waive number-missing 1: the slide's "1人当たり" is rendered as "per person" -->

A waiver names its rule *and* the value it waives (a number as the report prints it, a
date such as 2022-01, a URL): it covers that value only, and is unused once the value
no longer occurs.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from edition.markdown.parser import tokens
from edition.markdown.waiver_syntax import WAIVER


@dataclass(frozen=True)
class Waiver:
    rule: str
    reason: str
    line: int
    value: str = ""

    def covers(self, finding) -> bool:
        return finding.rule == self.rule and bool(self.value) and same_value(self.value, finding.value)


def same_value(a: str, b: str) -> bool:
    """Numbers compare as numbers (20,000 = 20000), everything else as written."""
    try:
        return Decimal(a.replace(",", "")) == Decimal(b.replace(",", ""))
    except InvalidOperation:
        return a == b


def waivers_in(markdown: str, first_line: int) -> list[Waiver]:
    found = []
    for token in tokens(markdown):
        if token.type == "html_block" and token.map:
            match = WAIVER.match(token.content.strip())
            if match:
                rule, value, reason = match.groups()
                found.append(Waiver(rule, reason, token.map[0] + first_line, value or ""))
    return found
