"""The glossary (data/glossary.yaml): Japanese terms, their preferred English, and where they occur.

One entry per term::

    language: en                    # the language of the renderings (default en)
    terms:
    - ja: マイナポータル            # the term as the document writes it
      also_ja: [個人番号カード]      # other Japanese forms of the same term (optional)
      reading: まいなぽーたる        # in hiragana
      en: Mynaportal                # the preferred English (what the translation uses)
      also_en: [JPKI]               # other accepted English: an abbreviation after first use (optional)
      status: official              # official | official-mt | common | ours
      source: https://…             # where the English rendering was seen (ours: the closest evidence)
      definition_en: One sentence.
      definition_ja: 一文の定義。
      definition_source: https://…  # optional: where the definitions' facts are, when not at `source`
      reader_note: …                # optional: a fact a reader needs beyond the definition (English glossary page)
      translator_note: …            # optional: for translators only (never on the site; `edition renderings`)
      check: false                  # optional: not enforced by the glossary-term rule (default true)

Any other field (the old `note`, a misspelt key) is a `glossary-data` finding at its line.

Japanese has no word boundaries, so terms are found by longest match first (マイナンバーカード,
not マイナンバー, in マイナンバーカードの); English forms are matched as whole words, ignoring case.

>>> terms = Glossary([Term("マイナンバー", "まいなんばー", "My Number"),
...                   Term("マイナンバーカード", "まいなんばーかーど", "My Number Card")])
>>> [(m.term.ja, m.text) for m in terms.find_japanese("マイナンバーカードとマイナンバー")]
[('マイナンバーカード', 'マイナンバーカード'), ('マイナンバー', 'マイナンバー')]
>>> terms.uses_english(terms.by_ja["マイナンバーカード"], "the my number card")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from edition.findings import EditionError, Finding
from edition.text_files import read_text
from edition.url_syntax import url_problem

GLOSSARY_FILE = Path("data/glossary.yaml")
COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when available: 10x faster, same marks
STATUSES = {
    "official": "the issuing body's own English",
    "official-mt": "the issuing body's site, machine-translated",
    "common": "the most common rendering in reputable English sources",
    "ours": "our rendering (no English found)",
}
REQUIRED = ("ja", "reading", "en", "status", "source", "definition_en", "definition_ja")
OPTIONAL = ("definition_source", "also_ja", "also_en", "reader_note", "translator_note", "check")
FIELD_HINTS = {   # a field that is not one of these: what to write instead
    "note": "a note is `reader_note` (what a reader needs, shown on the English glossary page) or "
            "`translator_note` (how to render the term, its evidence: never shown on the site)",
}


@dataclass(frozen=True)
class Term:
    ja: str
    reading: str
    en: str
    status: str = "ours"
    source: str = ""
    definition_en: str = ""
    definition_ja: str = ""
    definition_source: str = ""
    also_ja: tuple[str, ...] = ()
    also_en: tuple[str, ...] = ()
    reader_note: str = ""
    translator_note: str = ""
    check: bool = True
    line: int = 0

    @property
    def anchor(self) -> str:
        """A stable id for the term's entry on the glossary page (HTML ids may be Japanese)."""
        return "g-" + "-".join(self.ja.split())

    @property
    def english_forms(self) -> tuple[str, ...]:
        return (self.en, *self.also_en)


@dataclass(frozen=True)
class Match:
    term: Term
    start: int
    end: int
    text: str


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    language: str = "en"    # the language of the renderings (`language:` in the file; default en)

    def __post_init__(self) -> None:
        self.by_ja = {term.ja: term for term in self.terms}
        japanese = sorted({(form, term.ja) for term in self.terms for form in (term.ja, *term.also_ja)},
                          key=lambda pair: (-len(pair[0]), pair[0]))
        self._ja_form = dict(japanese)
        self._ja_pattern = re.compile("|".join(re.escape(form) for form, _ in japanese)) if japanese else None
        english = sorted({(variant, term.ja) for term in self.terms for form in term.english_forms
                          for variant in plurals(form)}, key=lambda pair: (-len(pair[0]), pair[0].lower()))
        self._en_form = {form.lower(): ja for form, ja in english}
        self._en_pattern = (re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f, _ in english) + r")(?![\w-])",
                                       re.I) if english else None)

    def find_japanese(self, text: str) -> list[Match]:
        """Every term in Japanese text, longest match first, never overlapping."""
        if self._ja_pattern is None:
            return []
        return [Match(self.by_ja[self._ja_form[m.group(0)]], m.start(), m.end(), m.group(0))
                for m in self._ja_pattern.finditer(text)]

    def find_english(self, text: str) -> list[Match]:
        """Every accepted English form in English text (whole words, any case)."""
        if self._en_pattern is None:
            return []
        return [Match(self.by_ja[self._en_form[m.group(1).lower()]], m.start(), m.end(), m.group(0))
                for m in self._en_pattern.finditer(text)]

    def forms_used(self, term: Term, text: str) -> list[str]:
        """The term's accepted English forms (preferred first) that the text uses, a plural too."""
        flat = " ".join(text.split())
        return [form for form in term.english_forms
                if any(re.search(r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])", flat, re.I)
                       for variant in plurals(form))]

    def uses_english(self, term: Term, text: str) -> bool:
        """Does the English text use the term's preferred (or an accepted) rendering (a plural too)?"""
        return bool(self.forms_used(term, text))


def plurals(form: str) -> tuple[str, ...]:
    """The form and its regular plurals (the last word): copy → copies, fee → fees, tax → taxes.

    >>> plurals("duplicate copy")
    ('duplicate copy', 'duplicate copys', 'duplicate copyes', 'duplicate copies')
    """
    variants = (form, form + "s", form + "es")
    return variants + ((form[:-1] + "ies",) if form.endswith("y") else ())


def load_glossary(root: Path) -> Glossary:
    """The glossary of the edition; bad data raises EditionError with file:line findings."""
    path = root / GLOSSARY_FILE
    if not path.exists():
        return Glossary([])
    shown = str(GLOSSARY_FILE)
    text = read_text(path, shown)
    try:
        document = yaml.compose(text, Loader=COMPOSER)
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        raise EditionError([Finding(shown, (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1,
                                    "glossary-data", f"not valid YAML: {str(error).splitlines()[0]}",
                                    "fix the YAML syntax at this place")]) from None
    terms, problems = _terms(document, shown)
    if problems:
        raise EditionError(problems)
    assert document is not None   # _terms found the `terms:` list in it
    top = {key.value: value.value for key, value in document.value if isinstance(value, yaml.ScalarNode)}
    return Glossary(terms, top.get("language", "en"))


def _terms(document, shown: str) -> tuple[list[Term], list[Finding]]:
    problems: list[Finding] = []
    entries = document.value if isinstance(document, yaml.MappingNode) else []
    entries = next((value.value for key, value in entries if key.value == "terms"
                    and isinstance(value, yaml.SequenceNode)), None)
    if entries is None:
        return [], [Finding(shown, 1, 1, "glossary-data", "the glossary has no `terms:` list",
                            "write `terms:` followed by one `- ja: …` entry per term")]
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for node in entries:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            problems.append(Finding(shown, line, 1, "glossary-data", "an entry must be `key: value` lines",
                                    "start each entry with `- ja: …`"))
            continue
        data = {key.value: value for key, value in node.value}
        key_lines = {key.value: key.start_mark.line + 1 for key, _ in node.value}
        plain: dict[str, Any] = {key: value.value if isinstance(value, yaml.ScalarNode) else
                                 [item.value for item in value.value] if isinstance(value, yaml.SequenceNode)
                                 else None for key, value in data.items()}
        label = plain.get("ja") or "?"
        for key, value in data.items():
            if key not in REQUIRED and key not in OPTIONAL:
                problems.append(Finding(shown, key_lines[key], 1, "glossary-data",
                                        f"term {label}: unknown field `{key}`",
                                        FIELD_HINTS.get(key, f"one of: {', '.join(REQUIRED + OPTIONAL)}")))
        for key in REQUIRED:
            if not isinstance(plain.get(key), str) or not plain[key].strip():
                problems.append(Finding(shown, line, 1, "glossary-data", f"term {label}: `{key}` is missing or empty",
                                        f"add `{key}: …` to the entry"))
        status = plain.get("status")
        if isinstance(status, str) and status not in STATUSES:
            problems.append(Finding(shown, data["status"].start_mark.line + 1, 1, "glossary-data",
                                    f"term {label}: unknown status `{status}`", f"one of: {', '.join(STATUSES)}"))
        for key, what in (("source", "the rendering was seen"), ("definition_source", "the definitions' facts are")):
            source = plain.get(key)
            if key in plain and (not isinstance(source, str) or not source or url_problem(source)):
                problem = url_problem(source) if isinstance(source, str) and source else "empty"
                problems.append(Finding(shown, data[key].start_mark.line + 1, 1, "glossary-data",
                                        f"term {label}: the {key.replace('_', ' ')} is not a valid URL ({problem})",
                                        f"give the http(s) address where {what}"))
        for key in ("reader_note", "translator_note"):
            if key in plain and not isinstance(plain[key], str):
                problems.append(Finding(shown, key_lines[key], 1, "glossary-data",
                                        f"term {label}: `{key}` must be text",
                                        f"write `{key}: …` on one line, or as a YAML block (`>-`)"))
        for key in ("also_ja", "also_en"):
            if key in plain and not isinstance(plain[key], list):
                problems.append(Finding(shown, data[key].start_mark.line + 1, 1, "glossary-data",
                                        f"term {label}: `{key}` must be a list", f"write `{key}: [form, …]`"))
        for form in [plain.get("ja"), *(plain.get("also_ja") or [])]:
            if isinstance(form, str) and form in seen:
                problems.append(Finding(shown, line, 1, "glossary-data",
                                        f"{form} is already a term (line {seen[form]})", "keep one entry per term"))
            elif isinstance(form, str):
                seen[form] = line
        if any(p.line == line or p.message.startswith(f"term {label}:") for p in problems):
            continue
        terms.append(Term(
            ja=plain["ja"], reading=plain["reading"], en=plain["en"], status=plain["status"], source=plain["source"],
            definition_en=plain["definition_en"], definition_ja=plain["definition_ja"],
            definition_source=plain.get("definition_source") or "",
            also_ja=tuple(plain.get("also_ja") or ()), also_en=tuple(plain.get("also_en") or ()),
            reader_note=plain.get("reader_note") or "", translator_note=plain.get("translator_note") or "",
            check=str(plain.get("check", "true")).lower() != "false", line=line))
    return terms, problems
