"""Run every rule over the whole edition, offline (no build): one report, all findings.

>>> sorted(RULES)[:3]
['block-unclosed', 'date-missing', 'edition-data']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from edition.checks import (
    errata,
    escapes,
    glossary_definitions,
    glossary_rule,
    quantities_rule,
    source_hosts,
    tables,
    unsafe_html,
    urls,
)
from edition.checks.pairs import SegmentPair, translated_pairs
from edition.findings import EditionError, Finding
from edition.glossary.terms import Glossary, load_glossary
from edition.markdown.front_matter import split_front_matter
from edition.release import load_release
from edition.source.fidelity import check_fidelity
from edition.source.plan import EditionPlan
from edition.text_files import read_text, unreadable
from edition.timeline.publishers import load_publishers
from edition.timeline.updates import collect_updates, publisher_findings
from edition.translation.alignment import PageAlignment, align_page, check_page, pages_of, segment_policy

PAIR_RULES = (urls.check_pair, tables.check_pair, quantities_rule.check_pair)
WAIVABLE = {"url-added", "number-missing", "number-added", "date-missing", "table-cell-number", "glossary-term"}
RULES = {
    "fidelity", "segment-orphan", "segment-outdated", "segment-untranslated", "segment-outside",
    "block-unclosed", "note-kind", "note-options", "note-title", "erratum-says", "erratum-sic",
    "update-publisher", "edition-data", "page-brief",
    "source-host",
    "url-missing", "url-added", "url-invalid",
    "url-not-linked", "url-errata", "table-shape", "table-cell-number", "number-missing", "number-added",
    "date-missing",
    "unsafe-html", "waiver-unused", "waiver-invalid", "encoding", "previous-source-stale",
    "glossary-term", "glossary-data", "glossary-definition", "text-hidden",
}


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    waived: list[tuple[Finding, str]] = field(default_factory=list)
    notices: list[Finding] = field(default_factory=list)   # states that do not fail (configuration)
    alignments: list[PageAlignment] = field(default_factory=list)

    def sorted_findings(self) -> list[Finding]:
        return sorted(set(self.findings))


def _apply_waivers(pair: SegmentPair, findings: list[Finding], report: Report,
                   not_run: frozenset[str] = frozenset()) -> list[Finding]:
    """``not_run``: rules that did not run (a glossary that cannot be read): their waivers are not unused."""
    kept = []
    used = set()
    for finding in findings:
        waiver = next((w for w in pair.waivers if w.rule in WAIVABLE and w.covers(finding)), None)
        if waiver is not None:
            report.waived.append((finding, waiver.reason))
            used.add(waiver)
        else:
            kept.append(finding)
    for waiver in pair.waivers:
        if waiver.rule not in WAIVABLE:
            kept.append(Finding(pair.target_path, waiver.line, 1, "waiver-invalid",
                                f"`{waiver.rule}` cannot be waived",
                                f"waivable rules: {', '.join(sorted(WAIVABLE))}"))
        elif not waiver.value:
            kept.append(Finding(pair.target_path, waiver.line, 1, "waiver-invalid",
                                f"this waiver of `{waiver.rule}` does not name the value it waives",
                                f"<!-- waive {waiver.rule} VALUE: reason -->, e.g. "
                                f"<!-- waive {waiver.rule} 1: reason -->"))
        elif waiver not in used and waiver.rule not in not_run:
            kept.append(Finding(pair.target_path, waiver.line, 1, "waiver-unused",
                                f"nothing to waive for `{waiver.rule} {waiver.value}` in segment "
                                f"{pair.segment.anchor}",
                                f"the value {waiver.value} no longer differs: delete the waiver"))
    return kept


def check_pairs(result: PageAlignment, report: Report, glossary: Glossary | None = None) -> list[Finding]:
    found = []
    for pair in translated_pairs(result):
        raw = [finding for rule in PAIR_RULES for finding in rule(pair)]
        if glossary is not None:
            raw += glossary_rule.check_pair(pair, glossary)
        not_run = frozenset() if glossary is not None else frozenset({"glossary-term"})
        found += _apply_waivers(pair, raw, report, not_run)
    return found


def _note_urls(result: PageAlignment) -> list[tuple[str, int]]:
    return [(str(note.options["source"]), note.line + 1) for entry in result.target.entries
            for note in entry.notes if note.options.get("source")]


def page_files(plan: EditionPlan) -> list[Path]:
    """Every page of the plan that exists, in every language."""
    languages = [plan.source_language, *plan.translation_languages()]
    return [path for language in languages for page in plan.pages
            if (path := plan.language_dir(language) / page.filename).exists()]


def run_checks(plan: EditionPlan, include_fidelity: bool = True) -> Report:
    report = Report()
    try:
        hosts = source_hosts.load_source_hosts(plan.root)
    except EditionError as error:
        report.findings += error.findings
        hosts = source_hosts.SourceHosts({})
    undecodable = unreadable(page_files(plan), plan.root)
    if undecodable:   # nothing else can be read reliably: say exactly where, and stop
        report.findings += undecodable
        return report
    if include_fidelity:
        report.findings += check_fidelity(plan)
    policy = segment_policy(plan.root)
    try:
        glossary = load_glossary(plan.root)
        report.findings += glossary_definitions.definition_findings(glossary)
    except EditionError as error:   # bad glossary data: its findings, and no glossary-term rule
        report.findings += error.findings
        glossary = None
    cited: set[str] = set()
    for page in plan.pages:
        path = plan.source_page_path(page)
        source = split_front_matter(read_text(path))
        relative = str(path.relative_to(plan.root))
        report.findings += urls.check_urls_parse(source.body, relative, source.body_start_line)
        report.findings += unsafe_html.check_markdown(source.body, relative, source.body_start_line,
                                                      with_blocks=False)
        cited |= {link.url for link in urls.links_in(source.body)}
    report.findings += urls.check_url_errata(urls.load_url_errata(plan.root), cited)
    for language in plan.translation_languages():
        for page in pages_of(plan, language):
            result = align_page(plan, language, page)
            report.alignments.append(result)
            errors, notices = check_page(result, policy)
            report.findings += errors
            report.notices += notices
            text = read_text(plan.language_dir(language) / page.filename)
            target = split_front_matter(text)
            report.findings += source_hosts.page_findings(text, result.target, hosts)
            report.findings += unsafe_html.check_markdown(target.body, result.target_path, target.body_start_line)
            report.findings += escapes.check_escapes(target.body, result.target_path, target.body_start_line)
            report.findings += urls.check_urls_parse(target.body, result.target_path, target.body_start_line,
                                                     _note_urls(result), with_blocks=True)
            report.findings += check_pairs(result, report, glossary)
            report.findings += errata.check_page(result)
            report.findings += title_findings(result, text)
            if policy.is_complete(language, page.slug):     # a page in progress gets its brief when it is done
                report.findings += brief_findings(result)
    report.findings += _timeline_findings(plan, report.alignments)
    report.findings += source_hosts.data_findings(plan.root, hosts)    # the glossary's and the URL errata's
    return report


BRIEF_MAX_WORDS = 75     # "at most about 60 words"


def title_findings(result: PageAlignment, text: str) -> list[Finding]:
    """`page-title`: one page, one name. The front matter `title` is what the navigation, search, the citation
    and `<title>` show; data/pages.toml's title is what the status page, the timeline and `edition sync`
    use. They must be the same."""
    planned = result.page.titles.get(result.language, "")
    title = str(result.target.meta.get("title", "") or "")
    if not planned or title == planned:
        return []
    line = next((number for number, content in enumerate(text.splitlines(), 1) if content.startswith("title:")), 2)
    return [Finding(result.target_path, line, 1, "page-title",
                    f"the page is called {title!r} here and {planned!r} in data/pages.toml",
                    "give both the same name (the navigation, search, the citation, the status page and <title> "
                    "all name the page)")]


def brief_findings(result: PageAlignment) -> list[Finding]:
    """`page-brief`: a translation page recorded as complete (data/segments.toml) without its In brief (front
    matter `brief`), or with an essay for one."""
    brief = str(result.target.meta.get("brief", "") or "").strip()
    words = len(brief.split())
    if not brief:
        return [Finding(result.target_path, 1, 1, "page-brief",
                        "the page has no `brief` (In brief) in its front matter",
                        'add `brief: "The slides argue that …"`: what these slides argue, in at most about 60 words')]
    if words > BRIEF_MAX_WORDS:
        return [Finding(result.target_path, 1, 1, "page-brief",
                        f"the page's `brief` has {words} words (at most {BRIEF_MAX_WORDS})",
                        "say what these slides argue in about 60 words")]
    return []


def _timeline_findings(plan: EditionPlan, alignments: list[PageAlignment]) -> list[Finding]:
    """Every update's source has a known publisher (the timeline names it), and the edition's version
    file and the publishers file can be read."""
    findings: list[Finding] = []
    try:
        load_release(plan.root)
    except EditionError as error:
        findings += error.findings
    try:
        publishers = load_publishers(plan.root)
    except EditionError as error:
        return findings + error.findings
    for language in plan.translation_languages():
        findings += publisher_findings(collect_updates(alignments, language), publishers)
    return findings
