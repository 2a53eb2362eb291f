"""Fidelity: the source-language pages are a lossless edition of the transcript.

Invariant: the non-whitespace visible characters of the pages, concatenated in
plan order, equal those of the transcript once the declared normalizations
(data/normalizations.toml) are applied. Headings add only markup (they are
transcript lines); front matter is not visible text. Any other dropped, added or
changed character is a finding at the page's file:line and the transcript line.

>>> a, b = [("a", 1), ("b", 2)], [("a", 5), ("x", 6)]
>>> [op[0] for op in diff_ops(a, b)]
['replace']
"""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

from edition.findings import Finding
from edition.markdown.front_matter import split_front_matter
from edition.markdown.visible_text import significant_chars, visible_runs
from edition.source.plan import EditionPlan
from edition.source.transcript import normalized_lines
from edition.text_files import read_text

HINT = ("docs/ja is written from the transcript, never by hand: run `make import` (`edition import`) "
        "to restore it from {transcript}:{line}; only for a layout artifact, declare it in "
        "data/normalizations.toml with its reason, then run `make import`")

# (char, page index, line) for pages; (char, transcript line) for the transcript
PageChar = tuple[str, int, int]


def transcript_chars(plan: EditionPlan, apply_normalizations: bool = True) -> list[tuple[str, int]]:
    normalizations = plan.normalizations if apply_normalizations else []
    numbered = normalized_lines(plan.transcript, normalizations)
    # Render the transcript as one Markdown document; map its lines back to transcript lines.
    text = "\n".join(line for _, line in numbered)
    line_numbers = [number for number, _ in numbered]
    chars = significant_chars(visible_runs(text))
    return [(char, line_numbers[min(line, len(line_numbers)) - 1]) for char, line in chars]


def page_chars(plan: EditionPlan, texts: dict[str, str] | None = None) -> list[PageChar]:
    """Visible non-whitespace characters of every source page in plan order.

    ``texts`` maps a page file name to its Markdown (default: read from docs/<lang>/).
    """
    chars: list[PageChar] = []
    for index, page in enumerate(plan.pages):
        if texts is not None and page.filename in texts:
            markdown = texts[page.filename]
        else:
            markdown = read_text(plan.source_page_path(page))
        source = split_front_matter(markdown)
        for char, line in significant_chars(visible_runs(source.body, source.body_start_line)):
            chars.append((char, index, line))
    return chars


def diff_ops(expected: list, actual: list) -> list[tuple[str, int, int, int, int]]:
    a = "".join(c[0] for c in expected)
    b = "".join(c[0] for c in actual)
    # the common head and tail need no diff (linear); only the middle goes to difflib
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if head == len(a) == len(b):
        return []
    matcher = SequenceMatcher(None, a[head:len(a) - tail], b[head:len(b) - tail], autojunk=False)
    return [(tag, i1 + head, i2 + head, j1 + head, j2 + head)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _snippet(chars: list, start: int, end: int) -> str:
    text = "".join(c[0] for c in chars[start:end])
    return text if len(text) <= 40 else text[:37] + "…"


def check_fidelity(plan: EditionPlan, texts: dict[str, str] | None = None) -> list[Finding]:
    """All differences between the transcript and the source pages, as findings."""
    findings = [_missing_page(plan, p) for p in plan.pages
                if (texts is None or p.filename not in texts) and not plan.source_page_path(p).exists()]
    if findings:
        return findings
    expected = transcript_chars(plan)
    actual = page_chars(plan, texts)
    transcript_name = _rel(plan, plan.transcript.path)
    for tag, e1, e2, a1, a2 in diff_ops(expected, actual):
        where = actual[a1] if a1 < len(actual) else actual[-1]
        if tag == "delete" and 0 < a1 and (a1 == len(actual) or actual[a1 - 1][1] == actual[a1][1]):
            where = actual[a1 - 1]   # a gap is reported at the kept text before it, on the same page
        path = _rel(plan, plan.source_page_path(plan.pages[where[1]]))
        source_line = expected[e1][1] if e1 < len(expected) else expected[-1][1]
        if tag == "delete":
            message = f"drops {_snippet(expected, e1, e2)!r} (transcript line {source_line})"
        elif tag == "insert":
            message = f"adds {_snippet(actual, a1, a2)!r}, which is not in the transcript"
        else:
            message = (f"has {_snippet(actual, a1, a2)!r} where the transcript (line {source_line}) "
                       f"has {_snippet(expected, e1, e2)!r}")
        findings.append(Finding(path, where[2], 1, "fidelity", message,
                                HINT.format(transcript=transcript_name, line=source_line)))
    findings += _check_normalizations_applied(plan, texts)
    return findings


def _check_normalizations_applied(plan: EditionPlan, texts: dict[str, str] | None) -> list[Finding]:
    """Each declared normalization is actually what the pages show (whitespace-only ones included)."""
    findings = []
    for item in plan.normalizations:
        page = next(p for p in plan.pages if p.first_line <= item.first_line <= p.last_line)
        markdown = (texts or {}).get(page.filename) or read_text(plan.source_page_path(page))
        lines = markdown.split("\n")
        if item.normalized and item.normalized not in lines and not any(
                line.lstrip("#").strip() == item.normalized for line in lines):
            findings.append(Finding(
                _rel(plan, plan.source_page_path(page)), 1, 1, "normalization-unapplied",
                f"{item.id}: no line reads {item.normalized!r}",
                "write the normalized text on one line, or remove the entry from data/normalizations.toml"))
    return findings


def _missing_page(plan: EditionPlan, page) -> Finding:
    return Finding(_rel(plan, plan.source_page_path(page)), 1, 1, "fidelity",
                   f"page {page.slug} of data/pages.toml does not exist",
                   "run `make import` (`edition import`) to write it from the transcript")


def _rel(plan: EditionPlan, path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(plan.root.resolve()))
    except ValueError:
        return str(path)
