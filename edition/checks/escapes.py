"""text-backslash: a backslash escape that the site's renderer shows as a backslash.

CommonMark (markdown-it-py, which the core reads with) treats a backslash before any ASCII
punctuation as an escape; Python-Markdown (which renders the site) honours only its own list
(``Markdown.ESCAPED_CHARS``, here with the tables extension the site uses). ``\\<Features\\>``
reads as ``<Features>`` to the core and shows as ``\\<Features>`` on the page.
"""

from __future__ import annotations

from functools import lru_cache

import markdown

from edition.findings import Finding
from edition.markdown.parser import escape_tokens

HINT = "write the character without the backslash, or as an entity (&lt; &gt; for angle brackets)"


@lru_cache(maxsize=1)
def rendered_escapes() -> frozenset[str]:
    """The characters after a backslash that Python-Markdown, configured like the site, hides."""
    return frozenset(markdown.Markdown(extensions=["tables"]).ESCAPED_CHARS)


def check_escapes(text: str, path: str, first_line: int = 1) -> list[Finding]:
    findings = []
    for token in escape_tokens(text):
        if not token.map:
            continue
        line = token.map[0] + first_line
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "text_special" and child.info == "escape" and child.markup[1:] not in rendered_escapes():
                findings.append(Finding(path, line, 1, "text-backslash",
                                        f"{child.markup} shows as a backslash followed by {child.markup[1:]} "
                                        "on the page (the site's Markdown does not treat it as an escape)", HINT))
    return findings
