"""Write docs/<source language>/ from the transcript and data/pages.toml (the Japanese pages
are never edited by hand). --check writes nothing and exits 1 if a page differs."""

from __future__ import annotations

from ..importer import import_transcript
from ..plan import load_plan


def add_arguments(parser) -> None:
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")


def run(args) -> int:
    plan = load_plan(args.root)
    changed = import_transcript(plan, check_only=args.check)
    for path in changed:
        print(("differs: " if args.check else "wrote: ") + path)
    pages = len(plan.pages)
    if args.check:
        print(f"import --check: {len(changed)} of {pages} pages differ from the transcript"
              + (" (`make import` rewrites them)" if changed else ""))
    else:
        print(f"import: {len(changed)} of {pages} pages written; "
              + ("the others already matched the transcript" if changed else "all already matched the transcript"))
    return 1 if (args.check and changed) else 0
