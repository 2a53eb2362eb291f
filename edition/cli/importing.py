"""Write docs/<source language>/ from the transcript and data/pages.toml (the Japanese pages
are never edited by hand). --check writes nothing and exits 1 if a page differs.

With FILE arguments (.po, .xlf, .xliff, as `edition export` wrote them and a CAT tool left them),
import translations instead: each entry's translation replaces only that segment's translation
in docs/<lang>/ (the `/// source` copy, notes, waivers and front matter stay byte for byte).
The language is the file's (Language / trgLang) unless --lang says. An entry whose Japanese is
no longer the page's `/// source` copy, or that names no segment, or a file that is not valid,
is refused as file:line: [rule] message — hint, and then nothing is written (exit 1). A cleared
fuzzy flag (XLIFF: state translated, reviewed or final) removes the `/// previous-source` block
of a segment that has one. With FILEs, --check writes nothing and exits 1 if a page would change.
"""

from __future__ import annotations

from pathlib import Path

from edition.cli import exchange
from edition.source.japanese_pages import import_transcript
from edition.source.plan import load_plan


def add_arguments(parser) -> None:
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help="PO or XLIFF files to import translations from (none: the transcript)")
    parser.add_argument("--lang", default=None, help="with FILEs: the translation language (default: the file's)")


def run(args) -> int:
    if args.files:
        return exchange.run_import(args)
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
