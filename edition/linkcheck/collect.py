"""Collect every cited URL of a docs tree, with where it is cited (file, line, language, segment)."""

from __future__ import annotations

from pathlib import Path

from edition.linkcheck.verdicts import Citation
from edition.markdown.front_matter import split_front_matter
from edition.markdown.links import links_in_tokens
from edition.markdown.parser import block_tokens
from edition.markdown.segments import segment_markdown
from edition.text_files import read_text
from edition.translation.page_format import parse_target_page


def _markdown_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, the PATH argument it was found under)."""
    found = []
    for path in paths:
        if path.is_file():
            found.append((path, path.parent))
        else:
            found += [(file, path) for file in sorted(path.rglob("*.md"))]
    return found


def _language(file: Path, base: Path) -> str:
    relative = file.relative_to(base).parts
    return relative[0] if len(relative) > 1 else base.name


def _segment_finder(page, body: str, first_line: int):
    """A function line -> anchor of the segment (or translation entry) holding that line."""
    if page.entries:
        spans = []
        for entry in page.entries:
            copy = segment_markdown(entry.copy)
            spans.append((entry.line, copy[0].anchor if copy else ""))
        return lambda line: next((a for start, a in reversed(spans) if start <= line), "")
    ranges = [(s.first_line, s.last_line, s.anchor) for s in segment_markdown(body, first_line)]
    return lambda line: next((a for start, end, a in ranges if start <= line <= end), "")


def collect_citations(paths: list[Path], relative_to: Path | None = None) -> dict[str, list[Citation]]:
    """URL -> its citations, URLs in the order first met."""
    cited: dict[str, list[Citation]] = {}
    for file, base in _markdown_files(paths):
        name = str(file.relative_to(relative_to)) if relative_to and file.is_relative_to(relative_to) else str(file)
        text = read_text(file, name)   # not UTF-8: EditionError with an `encoding` finding
        source = split_front_matter(text)
        language = _language(file, base)
        page = parse_target_page(text, name)
        segment_at = _segment_finder(page, source.body, source.body_start_line)
        links = [(link.url, link.line) for link in links_in_tokens(block_tokens(source.body), source.body_start_line)]
        for entry in page.entries:   # update notes cite their source as an option
            links += [(str(note.options["source"]), note.line + 1) for note in entry.notes
                      if note.options.get("source")]
        for url, line in links:
            if url.startswith(("http://", "https://")) or "://" in url:
                cited.setdefault(url, []).append(Citation(name, line, language, segment_at(line)))
    return cited


def add_errata_citations(cited: dict[str, list[Citation]], errata, path: str) -> dict[str, list[Citation]]:
    """The probable address (and archived copy) of each mistyped URL is checked too."""
    for erratum in errata:
        if erratum.cited not in cited:
            continue
        for url in (erratum.probable, erratum.archive):
            if url:
                cited.setdefault(url, []).append(Citation(path, erratum.line, "", ""))
    return cited
