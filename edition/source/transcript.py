"""The transcript of the slides, and the declared layout-artifact normalizations."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from edition.findings import EditionError, Finding


@dataclass(frozen=True)
class Normalization:
    id: str
    kind: str
    first_line: int
    last_line: int
    original: str
    normalized: str
    reason: str


@dataclass
class Transcript:
    path: Path
    text: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def line_range(self, first: int, last: int) -> list[str]:
        return self.lines[first - 1 : last]


def load_transcript(path: Path) -> Transcript:
    return Transcript(path, path.read_text(encoding="utf-8"))


KINDS = ("vertical-text", "stray-slide-number", "split-link-text")


def load_normalizations(path: Path, transcript: Transcript) -> list[Normalization]:
    """Read the normalization list and prove each entry matches the transcript."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    result: list[Normalization] = []
    problems: list[Finding] = []
    for entry in data.get("normalization", []):
        first, last = entry["lines"]
        item = Normalization(
            entry["id"], entry["kind"], first, last,
            entry["original"], entry["normalized"], entry["reason"],
        )
        actual = "\n".join(transcript.line_range(first, last))
        if item.kind not in KINDS:
            problems.append(Finding(str(path), 1, 1, "normalization-kind",
                                    f"{item.id}: unknown kind {item.kind!r}",
                                    f"use one of {', '.join(KINDS)}"))
        if actual != item.original:
            problems.append(Finding(
                str(path), 1, 1, "normalization-mismatch",
                f"{item.id}: transcript lines {first}-{last} are {actual!r}, not {item.original!r}",
                "copy `original` exactly from the transcript lines it names"))
        if not item.reason.strip():
            problems.append(Finding(str(path), 1, 1, "normalization-reason",
                                    f"{item.id}: no reason given", "say why this is a layout artifact"))
        result.append(item)
    spans = sorted((n.first_line, n.last_line, n.id) for n in result)
    for (a1, a2, aid), (b1, _b2, bid) in zip(spans, spans[1:]):
        if b1 <= a2:
            problems.append(Finding(str(path), 1, 1, "normalization-overlap",
                                    f"{aid} and {bid} overlap", "give each artifact its own lines"))
    if problems:
        raise EditionError(problems)
    return result


def normalized_lines(transcript: Transcript, normalizations: list[Normalization]) -> list[tuple[int, str]]:
    """The transcript as (transcript line number, text) pairs with the normalizations applied.

    A normalized span becomes one line numbered by its first transcript line (or
    nothing, when its normalized text is empty).
    """
    by_first = {n.first_line: n for n in normalizations}
    out: list[tuple[int, str]] = []
    lines = transcript.lines
    number = 1
    while number <= len(lines):
        item = by_first.get(number)
        if item is not None:
            if item.normalized:
                out.extend((item.first_line, part) for part in item.normalized.split("\n"))
            number = item.last_line + 1
            continue
        out.append((number, lines[number - 1]))
        number += 1
    return out
