"""`edition`: one command for each job, over the core (installed into .venv by `make setup`).

    edition check        every integrity check, offline (what every build runs)
    edition sync         give every translation page every Japanese segment, losing nothing
    edition status       per page and in total: translated, outdated, untranslated, orphans
    edition check-links  are the cited sources alive (politely), or --offline: syntax and registry
    edition import       write docs/ja from the transcript and the page plan; with FILEs (.po/.xlf),
                         bring translations back from a CAT tool
    edition export       every segment as PO and XLIFF 2 for a CAT tool (Poedit, OmegaT, Weblate)
    edition renderings   the consistency pass: English used for each glossary term, style rules

Exit codes: 0 fine, 1 findings (bad input is a finding: file:line:col, rule, hint), 2 usage
or internal error. The same commands are `make check|sync|status|links|import|export`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition.cli import check, exchange, importing, links, renderings, status, sync
from edition.findings import EditionError

COMMANDS = {"check": check, "sync": sync, "status": status, "check-links": links, "import": importing,
            "renderings": renderings, "export": exchange}
PLAN_FILE = Path("data/pages.toml")


def project_root(start: Path | None = None) -> Path:
    """The edition this command works on: the nearest folder up from here with data/pages.toml,
    else the one this package belongs to."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / PLAN_FILE).is_file():
            return folder
    return Path(__file__).resolve().parent.parent.parent


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="edition", description=__doc__.split("\n")[0],
                                  formatter_class=argparse.RawDescriptionHelpFormatter,
                                  epilog="\n".join(__doc__.split("\n")[2:]))
    commands = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module in COMMANDS.items():
        assert module.__doc__ is not None   # a command's help is its module's docstring
        sub = commands.add_parser(name, help=module.__doc__.split("\n")[0], description=module.__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.add_argument("--root", type=Path, default=None, help=argparse.SUPPRESS)
        module.add_arguments(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:
        return 2 if exit_.code else 0
    args.root = (args.root or project_root()).resolve()
    try:
        return COMMANDS[args.command].run(args)
    except EditionError as error:   # bad input: the findings say where and what to do
        print(error, file=sys.stderr)
        return 1
    except Exception as error:  # an internal error is not a finding: say so, exit 2
        print(f"internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 2


def script(command: str) -> None:
    """What scripts/<command>.py run: the same command, with the script's own arguments."""
    sys.exit(main([command, *sys.argv[1:]]))
