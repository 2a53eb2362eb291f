"""Waivers: a deliberate difference, waived per segment with a written reason.

Written in the translation as an HTML comment (like mdbook-i18n-helpers' directives)::

    <!-- waive number-missing: the slide's "1人当たり" is rendered as "per person" -->
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..markdown_parser import tokens

WAIVER = re.compile(r"^<!--\s*waive\s+([a-z][a-z-]*)\s*:\s*(.+?)\s*-->\s*$", re.S)


@dataclass(frozen=True)
class Waiver:
    rule: str
    reason: str
    line: int


def waivers_in(markdown: str, first_line: int) -> list[Waiver]:
    found = []
    for token in tokens(markdown):
        if token.type == "html_block" and token.map:
            match = WAIVER.match(token.content.strip())
            if match:
                found.append(Waiver(match.group(1), match.group(2), token.map[0] + first_line))
    return found
