"""Check that every cited source URL is alive: polite, tri-state, soft-404 aware.

PATH defaults to docs/. Each unique URL is checked once; --offline checks syntax and the
errata registry and fetches nothing.
Exit: 0 fine (unverifiable URLs are warnings), 1 broken (for --fail-after runs in a row)
      or invalid, 2 usage or internal error.
"""

# No `from __future__ import annotations`: the name is linkcheck.report's `annotations` here.
import os
import sys
from pathlib import Path

from edition.checks.urls import read_url_errata
from edition.linkcheck.collect import add_errata_citations, collect_citations
from edition.linkcheck.politeness import Policy
from edition.linkcheck.report import annotations, to_json, to_markdown, to_text
from edition.linkcheck.runner import Options, check_offline, check_online
from edition.linkcheck.suggestions import WAYBACK_AVAILABILITY, ArchiveConfig


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="*", type=Path, help="Markdown files or folders (default: docs/)")
    p.add_argument("--offline", action="store_true", help="syntax and registry only, no network (pull requests)")
    p.add_argument("--json", type=Path, help="write one record per URL to this file")
    p.add_argument("--markdown", type=Path, help="write a Markdown summary (for a CI job page) to this file")
    p.add_argument("--state", type=Path, help="cache of successes and failure streaks, kept between runs")
    p.add_argument("--ttl", type=float, default=7 * 24, help="hours a success stays cached (default 168)")
    p.add_argument("--fail-after", type=int, default=2, help="broken runs in a row before exit 1 (default 2)")
    p.add_argument("--concurrency", type=int, default=Policy.concurrency)
    p.add_argument("--per-host", type=int, default=Policy.per_host)
    p.add_argument("--min-gap", type=float, default=Policy.min_gap, help="seconds between requests to one host")
    p.add_argument("--timeout", type=float, default=Policy.timeout, help="per request, seconds")
    p.add_argument("--url-budget", type=float, default=Policy.url_budget,
                   help="per URL across all its attempts, seconds (default 30)")
    p.add_argument("--deadline", type=float, default=Policy.deadline, help="for the whole run, seconds")
    p.add_argument("--retries", type=int, default=Policy.retries)
    p.add_argument("--backoff", type=float, default=Policy.backoff)
    p.add_argument("--max-retry-after", type=float, default=Policy.max_retry_after)
    p.add_argument("--wayback-url", default=WAYBACK_AVAILABILITY, help="availability API ('' to skip)")
    p.add_argument("--warp-timegate", default="", help="Memento TimeGate base for WARP ('' to skip)")
    p.add_argument("--errata", type=Path, default=None, help="URL errata (default: data/url-errata.toml)")


def run(args) -> int:
    paths = args.paths or [args.root / "docs"]
    errata_file = args.errata or args.root / "data" / "url-errata.toml"
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"no such path: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    cited = collect_citations(paths, relative_to=Path.cwd())
    errata = read_url_errata(errata_file)
    add_errata_citations(cited, errata, str(errata_file))  # "probably meant" addresses are checked too
    policy = Policy(concurrency=args.concurrency, per_host=args.per_host, min_gap=args.min_gap,
                    timeout=args.timeout, url_budget=args.url_budget, deadline=args.deadline, retries=args.retries,
                    backoff=args.backoff,
                    max_retry_after=args.max_retry_after)
    options = Options(args.offline, policy, ArchiveConfig(args.wayback_url, args.warp_timegate), args.state,
                      args.ttl * 3600, args.fail_after, errata)
    if args.offline:
        outcome = check_offline(cited, options)
    else:
        outcome = check_online(cited, options, progress=_progress(len(cited)))
    if args.json:
        args.json.write_text(to_json(outcome), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(to_markdown(outcome), encoding="utf-8")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        print("\n".join(annotations(outcome)))
    print(to_text(outcome, args.offline))
    return outcome.exit_code


def _progress(total: int):
    """A rich progress bar on a terminal, plain lines otherwise."""
    if sys.stderr.isatty():
        from rich.progress import Progress
        progress = Progress(transient=True)
        progress.start()
        task = progress.add_task("checking cited sources", total=total)

        def advance(result):
            progress.advance(task)
            if progress.finished:
                progress.stop()
        return advance

    def line(result):
        print(f"[{result.verdict.value}] {result.url}", file=sys.stderr)
    return line
