"""The consistency pass: for each glossary term, the English renderings used across the edition;
and the standard's one-way rules (American spelling, date style, era years, ※, arrows); and the notes
(at most 150 words without URLs, a title, sources as named links, no word on how a source was looked up).

Exit: 0, or 1 with --strict when a term has a segment using none of its forms, a style issue or a note issue.
"""

from __future__ import annotations

import json

from edition.checks.consistency import consistency_report, format_report
from edition.glossary.terms import load_glossary
from edition.source.plan import load_plan
from edition.translation.alignment import align_all


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 if anything is inconsistent or a note breaks the standard's note rules")


def run(args) -> int:
    plan = load_plan(args.root)
    glossary = load_glossary(plan.root)
    report = consistency_report(align_all(plan), glossary)
    if args.json:
        print(json.dumps({
            "terms": {ja: {"segments": use.segments, "forms": dict(use.forms), "without": use.without,
                           "waived": use.waived, "translator_note": glossary.by_ja[ja].translator_note}
                      for ja, use in report.terms.items()},
            "style": [issue.__dict__ for issue in report.style],
            "arrows": report.arrows,
            "notes": [issue.__dict__ for issue in report.notes],
        }, ensure_ascii=False, indent=2))
    else:
        print(format_report(report, glossary))
    inconsistent = (report.style or report.arrows or report.notes
                    or any(use.without for use in report.terms.values()))
    return 1 if (args.strict and inconsistent) else 0
