"""Bring translation pages in line with their Japanese pages, losing no translation.

Adds each missing segment (Japanese copy filled in, translation empty), gives an outdated
segment the new copy and keeps the old one in `/// previous-source`. Idempotent; says what
it did, also when nothing changed. --check writes nothing and exits 1 if a page would change.
"""

from __future__ import annotations

from edition.source.plan import load_plan
from edition.translation.sync import sync_language


def add_arguments(parser) -> None:
    parser.add_argument("--language", action="append", help="translation language (default: all under docs/)")
    parser.add_argument("--page", action="append", help="page slug (default: all)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a page would change")


def run(args) -> int:
    plan = load_plan(args.root)
    languages = args.language or plan.translation_languages()
    any_change = False
    for language in languages:
        outcome = sync_language(plan, language, args.page, check_only=args.check)
        any_change |= bool(outcome.changed)
        for path in outcome.changed:
            print(("would change: " if args.check else "synced: ") + str(path.relative_to(plan.root)))
        print(outcome.summary(language, args.check))
    if not languages:
        print("sync: no translation language under docs/ (add docs/<code>/ with a page of the plan)")
    return 1 if (args.check and any_change) else 0
