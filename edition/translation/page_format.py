"""A translation page: for each segment, the Japanese copy, the translation, and notes.

Format (pymdown-extensions blocks, documented in CONTRIBUTING.md)::

    /// source
    マイナポイント第2弾
    ///

    My Number Points, round 2

    /// translator-note
        title: "What the second round of the points campaign was"
    Context for the reader.
    ///

A ``/// source`` block opens a segment; everything up to the next ``/// source``
block belongs to it. ``/// previous-source`` (written by ``sync``) keeps the copy
the translation was made from, until a translator reviews the change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from edition.findings import Finding
from edition.markdown.blocks import Block, TopLevel, top_level_items
from edition.markdown.front_matter import split_front_matter


class NoteKind(str, Enum):
    TRANSLATOR_NOTE = "translator-note"
    ERRATUM = "erratum"
    UPDATE = "update"


class Counterpart(str, Enum):
    """Whether the error an erratum records shows in the translation (the erratum option `in_translation`).
    An error of the transcript that shows in the translation is translated as meant when the correction
    is certain, or as written with "[sic]" when it is probable; one with no counterpart there (a kana
    variant such as あつては for あっては, a simplified character) changes nothing in the translation, so
    the translation has no "[sic]" for it. (Whose error it is, the transcript's or the slide's, would
    be an option of its own.)"""
    SHOWN = "shown"     # the default: the option left out
    NONE = "none"       # `in_translation: none`


SOURCE_BLOCK = "source"
PREVIOUS_BLOCK = "previous-source"
REQUIRED_OPTIONS = {
    NoteKind.ERRATUM: ("says", "means", "confidence"),
    NoteKind.UPDATE: ("date", "source"),
}
# A note folds to one line: its kind, an update's date, and a title a person wrote (what the note
# says, in about 12 words). An update also has a Japanese title, for the Japanese pages and timeline.
TITLE_OPTIONS = {
    NoteKind.TRANSLATOR_NOTE: ("title",),
    NoteKind.UPDATE: ("title", "title_ja"),
}
TITLE_MAX_WORDS = 16        # "about 12 words": a title longer than this is a paragraph
TITLE_JA_MAX_CHARS = 40
CONFIDENCES = ("high", "medium", "low")
PROBABLE = ("medium", "low")   # not certain: the translation gives the error as written, with "[sic]"
IN_TRANSLATION = "in_translation"
# pymdown-extensions blocks a translation may use on its own
TRANSLATION_BLOCKS = {"admonition", "details", "html", "tab", "caption", "note", "tip", "info",
                      "warning", "danger", "example", "quote", "abstract", "question"}
KNOWN_BLOCKS = {SOURCE_BLOCK, PREVIOUS_BLOCK} | {kind.value for kind in NoteKind} | TRANSLATION_BLOCKS


NOTE_BLOCKS = frozenset(kind.value for kind in NoteKind)


def archived_urls(note: "Note") -> list[str]:
    """The note's sources read in an archived copy rather than live (option `archived`, a list of URLs
    the note cites; one URL alone is accepted too)."""
    value = note.options.get("archived") or []
    return [str(url).strip() for url in (value if isinstance(value, list) else [value]) if str(url).strip()]


def note_anchor(segment_anchor: str, position: int) -> str:
    """The id of a segment's note, by its place among the segment's notes (0-based): the timeline and
    the "Since June 2022" boxes link to it, and a link to it opens the folded note."""
    return f"{segment_anchor}-n{position + 1}"
TRANSLATION = "translation"


def item_role(item: TopLevel) -> str:
    """What a top-level item of a translation page is: the copy that opens a segment (`source`), the copy
    the translation was made from (`previous-source`), a note (its kind), or text of the translation.
    The one rule the page reader and the CAT import (exchange/layout.py) share."""
    block = item.block
    if block is not None and (block.name in (SOURCE_BLOCK, PREVIOUS_BLOCK) or block.name in NOTE_BLOCKS):
        return block.name
    return TRANSLATION


@dataclass
class Note:
    kind: NoteKind
    options: dict
    body: str
    line: int   # 1-based line of the block header
    option_lines: dict[str, int] = field(default_factory=dict)   # option -> its 1-based line

    def option_line(self, option: str) -> int:
        """Where a finding about one option points: its own line (the header's if it has none)."""
        return self.option_lines.get(option, self.line)

    @property
    def counterpart(self) -> Counterpart:
        """An erratum's: whether its error shows in the translation (`in_translation`)."""
        value = str(self.options.get(IN_TRANSLATION, "")).strip()
        return Counterpart.NONE if value == Counterpart.NONE.value else Counterpart.SHOWN

    @property
    def title(self) -> str:
        return str(self.options.get("title", "")).strip()

    @property
    def title_ja(self) -> str:
        return str(self.options.get("title_ja", "")).strip()


@dataclass
class TargetEntry:
    copy: str                 # the verbatim source-language copy
    line: int                 # 1-based line of its `/// source` header
    translation: str = ""     # target-language Markdown ("" = not yet translated)
    translation_line: int = 0
    notes: list[Note] = field(default_factory=list)
    previous: str | None = None   # the copy the translation was made from (sync keeps it)
    raw: str = ""             # the entry's text as written, from its header on
    closed: bool = True       # its `/// source` block has its closing `///`
    previous_line: int = 0    # 1-based line of the `/// previous-source` header (0 = none)

    @property
    def is_translated(self) -> bool:
        return bool(self.translation.strip())


@dataclass
class TargetPage:
    path: str
    meta: dict
    front_matter: str         # the raw front matter, delimiters included ("" if none)
    preamble: str             # anything before the first source block
    entries: list[TargetEntry]
    findings: list[Finding]


def parse_target_page(text: str, path: str) -> TargetPage:
    source = split_front_matter(text)
    offset = source.body_start_line  # file line of body line 0
    front = "\n".join(text.split("\n")[: offset - 1]) if offset > 1 else ""
    lines = source.body.split("\n")
    findings: list[Finding] = []
    entries: list[TargetEntry] = []
    preamble_lines: list[int] = []
    translation_lines: dict[int, list[int]] = {}

    def at(line0: int) -> int:
        return line0 + offset

    items = top_level_items(source.body)
    for item in items:
        block = item.block
        if block is not None:
            findings += _check_block(block, path, at)
        role = item_role(item)
        if block is not None and role == SOURCE_BLOCK:
            entries.append(TargetEntry("\n".join(block.raw_content).strip("\n"), at(block.header),
                                       closed=block.closed))
            translation_lines[len(entries) - 1] = []
            continue
        if not entries:
            preamble_lines.extend(range(item.start, item.end))
            continue
        entry = entries[-1]
        if block is not None and role == PREVIOUS_BLOCK:
            entry.previous = "\n".join(block.raw_content).strip("\n")
            entry.previous_line = at(block.header)
        elif block is not None and role in NOTE_BLOCKS:
            entry.notes.append(Note(NoteKind(block.name), block.options, "\n".join(block.content).strip("\n"),
                                    at(block.header), {o: at(n) for o, n in block.option_lines.items()}))
        else:
            translation_lines[len(entries) - 1].extend(range(item.start, item.end))

    # raw text of each entry: from its header to the line before the next entry's header
    starts = [entry.line - offset for entry in entries] + [len(lines)]
    for index, entry in enumerate(entries):
        entry.raw = "\n".join(lines[starts[index]:starts[index + 1]]).rstrip()
        chosen = set(translation_lines[index])
        if chosen:
            entry.translation = "\n".join(lines[i] for i in range(min(chosen), max(chosen) + 1)
                                          if i in chosen or not lines[i].strip()).strip("\n")
            entry.translation_line = at(min(chosen))
    preamble = "\n".join(lines[i] for i in sorted(set(preamble_lines))).strip("\n")
    if preamble.strip():
        findings.append(Finding(path, at(min(preamble_lines)), 1, "segment-outside",
                                "text before the first `/// source` block belongs to no segment",
                                "move it after the `/// source` block of the Japanese it translates"))
    return TargetPage(path, source.meta, front, preamble, entries, findings)


def _check_block(block: Block, path: str, at) -> list[Finding]:
    line = at(block.header)
    found = []
    if not block.closed:
        where = ("right after the Japanese copy, before the translation" if block.name == SOURCE_BLOCK
                 else "where the block ends")
        found.append(Finding(path, line, 1, "block-unclosed",
                             f"the `/// {block.name}` block opened here is never closed",
                             f"add a line `///` {where}; nothing else needs to change"))
    if block.name not in KNOWN_BLOCKS:
        kinds = ", ".join(kind.value for kind in NoteKind)
        found.append(Finding(path, line, 1, "note-kind",
                             f"unknown block `/// {block.name}`",
                             f"a note is one of: {kinds}; the Japanese copy is `/// source`"))
    if block.options_error:
        found.append(Finding(path, line + 1, 5, "note-options",
                             f"the options of `/// {block.name}` are not YAML: {block.options_error}",
                             "write options as `    key: value` lines right under the header"))
    if block.name in NOTE_BLOCKS and not block.options_error:
        for option in REQUIRED_OPTIONS.get(NoteKind(block.name), ()):
            if not str(block.options.get(option, "")).strip():
                found.append(Finding(path, line, 1, "note-options",
                                     f"`/// {block.name}` needs the option `{option}`",
                                     f"add a line `    {option}: …` right under the header"))
        if block.closed:    # an unclosed block's options may be its body: one finding, where it opens
            found += _check_title(block, path, line)
            found += _check_archived(block, path, line)
        confidence = str(block.options.get("confidence", "")).strip()
        if block.name == NoteKind.ERRATUM.value and confidence and confidence not in CONFIDENCES:
            found.append(Finding(path, line, 1, "note-options",
                                 f"`confidence: {confidence}` is not one of {', '.join(CONFIDENCES)}",
                                 "say how sure the note is that `means` is what was meant: high, medium or low"))
        counterpart = str(block.options.get(IN_TRANSLATION, "")).strip()
        if block.name == NoteKind.ERRATUM.value and counterpart and counterpart != Counterpart.NONE.value:
            found.append(Finding(path, at(block.option_lines.get(IN_TRANSLATION, block.header)), 5, "note-options",
                                 f"`{IN_TRANSLATION}: {counterpart}` is not a known value",
                                 f"write `{IN_TRANSLATION}: none` for an error with no counterpart in the "
                                 "translation (a kana variant, a simplified character); leave the option out "
                                 "when the error shows in the translation"))
    return found


def _check_archived(block: Block, path: str, line: int) -> list[Finding]:
    """`archived` names only sources the note cites (its body or its `source`)."""
    note = Note(NoteKind(block.name), block.options, "\n".join(block.content), line)
    cited = note.body + " " + str(block.options.get("source", ""))
    return [Finding(path, line, 1, "note-options", f"`archived` names `{url}`, which the note does not cite",
                    "list only the note's own source URLs that were read in an archived copy")
            for url in archived_urls(note) if url not in cited]


def _check_title(block: Block, path: str, line: int) -> list[Finding]:
    """`note-title`: a translator's note or an update without its title (or with a paragraph for one)."""
    found = []
    for option in TITLE_OPTIONS.get(NoteKind(block.name), ()):
        value = str(block.options.get(option, "")).strip()
        language = "Japanese" if option.endswith("_ja") else "English"
        size = "at most about 30 characters" if language == "Japanese" else "at most about 12 words"
        words = len(value.split())
        if not value:
            found.append(Finding(path, line, 1, "note-title",
                                 f"`/// {block.name}` has no `{option}` ({language}): a folded note shows only "
                                 "its title",
                                 f'add a line `    {option}: "…"` under the header: what the note says, in {size}'))
        elif option == "title" and words > TITLE_MAX_WORDS:
            found.append(Finding(path, line, 1, "note-title",
                                 f"the title of `/// {block.name}` has {words} words (at most {TITLE_MAX_WORDS})",
                                 "state the note's point in about 12 words; the body says the rest"))
        elif option == "title_ja" and len(value) > TITLE_JA_MAX_CHARS:
            found.append(Finding(path, line, 1, "note-title",
                                 f"the Japanese title of `/// {block.name}` has {len(value)} characters "
                                 f"(at most {TITLE_JA_MAX_CHARS})",
                                 "a headline of about 30 characters; the body says the rest"))
    return found
