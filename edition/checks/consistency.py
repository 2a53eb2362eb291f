"""The consistency pass over the whole translation, made repeatable (the `edition renderings` command).

- renderings: for each glossary term, the English forms the translation uses in the segments
  whose Japanese has the term, with counts, and the segments that use none of them;
- style: what the translation standard asks to be done one way everywhere — American spelling,
  one date style ("4 June 2022", not "June 4, 2022"), every era year given with its Western year,
  ※ rendered "Note:", ⇒ and → kept as arrows.

Translations and notes are both read; quotations of official English names are allowed their own
spelling (e.g. "Ministry of Health, Labour and Welfare").

>>> [issue.kind for issue in style_issues("※ Licence from June 4, 2022.", "p.md", 1)]
['spelling', 'date-style', 'note-mark']
>>> [issue.text for issue in style_issues("In Reiwa 4, as the slide says.", "p.md", 1)]
['“Reiwa 4” without its Western year']
>>> style_issues("in 2022 (Reiwa 4), at the Ministry of Health, Labour  and Welfare", "p.md", 1)
[]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from edition.checks.waivers import waivers_in
from edition.glossary.terms import Glossary
from edition.markdown.visible_text import block_texts
from edition.translation.alignment import PageAlignment
from edition.translation.page_format import TITLE_OPTIONS
from edition.translation.pairing import SegmentStatus

# British spellings the standard rules out, and the official names that keep them
BRITISH = re.compile(r"\b(licen[cs]e[ds]?|organis\w*|programme\w*|realis\w*|recognis\w*|minimis\w*|prioritis\w*|"
                     r"digitalis\w*|centre\w*|labour\w*|behaviour\w*|colour\w*|favour\w*|analys(?:e|ed|ing)|"
                     r"catalogue\w*|defence|travell\w*|cancell(?:ed|ing)|modell\w*|enrol(?:s|led|ling|ment)?|"
                     r"utilis\w*|authoris\w*|standardis\w*|summaris\w*|emphasis(?:e|ed|es|ing)|"
                     r"apologis\w*|finalis\w*|harmonis\w*|optimis\w*|counsell\w*|labell(?:ed|ing)|signall\w*|"
                     r"fulfil(?:s|ment)?|judgement\w*|ageing|practis\w*|cheque\w*|tonne\w*)\b", re.I)
AMERICAN_OK = {"license", "licensed", "licenses", "emphasis", "emphases"}
OFFICIAL_NAMES = ("Health, Labour and Welfare", "International Labour Organization",   # MHLW, its minister, ILO
                  "Labour Standards Inspection Office")                                # MHLW's own English
US_DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                     r"\s+\d{1,2},\s+\d{4}\b")
ERA = re.compile(r"\b(Reiwa|Heisei|Sh[oō]wa)\s+(\d{1,2}|1)\b")
YEAR_NEAR = re.compile(r"(?:FY)?\d{4}")


@dataclass(frozen=True)
class StyleIssue:
    path: str
    line: int
    kind: str
    text: str

    def format(self) -> str:
        return f"{self.path}:{self.line}: [{self.kind}] {self.text}"


def style_issues(english: str, path: str, line: int) -> list[StyleIssue]:
    """What in one piece of English breaks the standard's one-way rules."""
    issues = []
    text = " ".join(english.split())
    for name in OFFICIAL_NAMES:
        text = text.replace(name, " " * len(name))
    for match in BRITISH.finditer(text):
        if match.group(0).lower() not in AMERICAN_OK:
            issues.append(StyleIssue(path, line, "spelling", f"“{match.group(0)}”: American spelling"))
    issues += [StyleIssue(path, line, "date-style", f"“{m.group(0)}”: write “day month year”")
               for m in US_DATE.finditer(text)]
    for match in ERA.finditer(text):
        window = text[max(0, match.start() - 50):match.end() + 50]
        if not YEAR_NEAR.search(window):
            issues.append(StyleIssue(path, line, "era-year", f"“{match.group(0)}” without its Western year"))
    if "※" in text:
        issues.append(StyleIssue(path, line, "note-mark", "※ is rendered “Note:”"))
    return issues


@dataclass
class TermUse:
    segments: int = 0
    forms: Counter = field(default_factory=Counter)
    without: list[str] = field(default_factory=list)   # "page#anchor" of segments using no accepted form
    waived: list[str] = field(default_factory=list)    # … and those where that is waived, with a reason


@dataclass
class ConsistencyReport:
    terms: dict[str, TermUse]
    style: list[StyleIssue]
    arrows: list[str]          # segments whose ⇒/→ count differs between Japanese and English
    notes: list[StyleIssue] = field(default_factory=list)   # the standard's "Every note" rules


NOTE_MAX_WORDS = 150
URL = re.compile(r"<?https?://[^\s>)\]]+>?")
BARE_URL = re.compile(r"(?<!\]\()<https?://[^\s>]+>")        # an autolink in the prose, not a named link
LOOKUP = re.compile(r"stored cop(?:y|ies)|could not open|we could search|we did not open|we saw cited|"
                    r"seen only (?:on|as|in)|not in the material", re.I)


def note_issues(note, path: str) -> list[StyleIssue]:
    """What in one note breaks the standard's "Every note" rules: more than 150 words (URLs not counted), no
    title, a bare URL in the prose instead of a link that names the publisher, a sentence about how a
    source was looked up.

    >>> from edition.translation.page_format import Note, NoteKind
    >>> note = Note(NoteKind.TRANSLATOR_NOTE, {}, "As <https://x.org> says (seen in a stored copy).", 3)
    >>> [i.kind for i in note_issues(note, "p.md")]
    ['note-title', 'note-bare-url', 'note-lookup']
    >>> note_issues(Note(NoteKind.TRANSLATOR_NOTE, {"title": "T"}, "As [MHLW, a page](https://x.org) says.", 3), "p")
    []
    """
    issues = []
    words = len(URL.sub(" ", note.body).split())
    if words > NOTE_MAX_WORDS:
        issues.append(StyleIssue(path, note.line, "note-length", f"{words} words (at most {NOTE_MAX_WORDS}): split it"))
    if "title" in TITLE_OPTIONS.get(note.kind, ()) and not note.title:
        issues.append(StyleIssue(path, note.line, "note-title", "no title"))
    if BARE_URL.search(note.body):
        issues.append(StyleIssue(path, note.line, "note-bare-url", "a bare URL in the prose: name the publisher and "
                                 "the document in the link's text"))
    for match in LOOKUP.finditer(note.body):
        issues.append(StyleIssue(path, note.line, "note-lookup", f"“{match.group(0)}”: say what the evidence is, "
                                 "or mark an archived copy with the option `archived`"))
    return issues


def _english_of(entry) -> list[tuple[str, int]]:
    """The translation and the notes of an entry, each with its first line."""
    parts = [(entry.translation, entry.translation_line or entry.line)]
    parts += [(note.body, note.line) for note in entry.notes]
    return parts


def consistency_report(alignments: list[PageAlignment], glossary: Glossary) -> ConsistencyReport:
    terms: dict[str, TermUse] = defaultdict(TermUse)
    style: list[StyleIssue] = []
    arrows: list[str] = []
    for result in alignments:
        if result.language != glossary.language:
            continue
        for item in result.aligned:
            if item.status not in (SegmentStatus.TRANSLATED, SegmentStatus.OUTDATED):
                continue
            assert item.segment is not None and item.entry is not None   # translated or outdated: both
            japanese = "\n".join(block_texts(item.segment.markdown))
            english = "\n".join(block_texts(item.entry.translation))
            where = f"{result.page.slug}#{item.segment.anchor}"
            waived = {w.value for w in waivers_in(item.entry.translation, item.entry.translation_line or 1)
                      if w.rule == "glossary-term"}
            for term in dict.fromkeys(m.term for m in glossary.find_japanese(japanese)):
                use = terms[term.ja]
                use.segments += 1
                found = glossary.forms_used(term, english)
                use.forms.update(found)
                if not found and term.ja in waived:
                    use.waived.append(where)
                elif not found and term.check:   # an unchecked term (令和) is rendered by context
                    use.without.append(where)
            for text, line in _english_of(item.entry):
                style += style_issues(text, result.target_path, line)
            for arrow in ("⇒", "→"):
                if japanese.count(arrow) != english.count(arrow):
                    arrows.append(f"{where}: {arrow} ×{japanese.count(arrow)} in the Japanese, "
                                  f"×{english.count(arrow)} in the English")
    notes = [issue for result in alignments if result.language == glossary.language
             for item in result.aligned if item.entry is not None for note in item.entry.notes
             for issue in note_issues(note, result.target_path)]
    return ConsistencyReport(dict(terms), style, arrows, notes)


def format_report(report: ConsistencyReport, glossary: Glossary) -> str:
    lines = ["Glossary terms: the English used in the segments whose Japanese has the term", ""]
    for term in glossary.terms:
        use = report.terms.get(term.ja)
        if use is None:
            continue
        forms = ", ".join(f"“{form}” ×{count}" for form, count in use.forms.most_common()) or "—"
        line = f"  {term.ja} → {forms}  ({use.segments} segment{'s' if use.segments != 1 else ''})"
        if use.without:
            line += f"; none of its forms in: {', '.join(use.without)}"
        if use.waived:
            line += f"; waived in: {', '.join(use.waived)}"
        lines.append(line)
        if term.translator_note:   # the glossary's word to translators (never shown on the site)
            lines.append(f"      translator's note: {' '.join(term.translator_note.split())}")
    unused = [term.ja for term in glossary.terms if term.ja not in report.terms]
    lines += ["", f"Terms in no translated segment yet: {len(unused)}" + (f" ({', '.join(unused)})" if unused else "")]
    lines += ["", f"Style (spelling, date style, era years, ※): {len(report.style)} issue(s)"]
    lines += ["  " + issue.format() for issue in report.style]
    lines += [f"Arrows kept as arrows: {len(report.arrows)} difference(s)"] + ["  " + a for a in report.arrows]
    lines += ["", f"Notes (at most {NOTE_MAX_WORDS} words without URLs, a title, sources as named links, no word on "
              f"how they were looked up): {len(report.notes)} issue(s)"]
    lines += ["  " + issue.format() for issue in report.notes]
    return "\n".join(lines)
