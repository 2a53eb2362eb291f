#!/usr/bin/env python3
"""Benchmark the integrity checks (figures go in the issue notes).

1. scripts/check.py over all content (a fresh process, as a pre-commit hook runs it)
   against one full strict build: target <= 0.2x.
2. the strict build with the check hook against the same build without it (the rendering
   hook stays, so both build the same site): target <= +25%.
3. run_checks (fidelity aside) over synthetic 10x and 100x content: target linear.

Usage: benchmarks/checks.py [--repeat 5]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import synthetic_copy  # noqa: E402

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", GITHUB_ACTIONS="false")


def timed(command, cwd=ROOT, repeat=5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def copy_without_check_hook(target: Path) -> Path:
    """The same site (rendering hook included) without the integrity-check hook."""
    for part in ("docs", "overrides", "data", "source", "edition", "hooks"):
        shutil.copytree(ROOT / part, target / part)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\n  - hooks/edition_checks.py[^\n]*", "", config)
    assert "edition_checks" not in config
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    python = sys.executable
    check = timed([python, "scripts/check.py"], repeat=args.repeat)
    with tempfile.TemporaryDirectory() as site:
        build = timed([python, "-m", "mkdocs", "build", "--strict", "-q", "-d", site], repeat=args.repeat)
    with tempfile.TemporaryDirectory() as bare:
        project = copy_without_check_hook(Path(bare) / "p")
        bare_build = timed([python, "-m", "mkdocs", "build", "-q", "-d", str(Path(bare) / "site")],
                           cwd=project, repeat=args.repeat)
    print(f"offline check (fresh process): {check:.2f} s; strict build: {build:.2f} s "
          f"-> {check / build:.2f}x the build (target <= 0.2x)")
    print(f"build without the check hook: {bare_build:.2f} s -> the checks add "
          f"{100 * (build - bare_build) / bare_build:.0f}% (target <= 25%)")

    from edition.checks.runner import run_checks
    from edition.markdown.parser import clear_caches
    from edition.source.plan import load_plan
    base = None
    for copies in (1, 10, 100):
        project = ROOT if copies == 1 else synthetic_copy(copies)
        try:
            plan = load_plan(project)
            clear_caches()
            start = time.perf_counter()
            report = run_checks(plan, include_fidelity=False)
            seconds = time.perf_counter() - start
        finally:
            if copies != 1:
                shutil.rmtree(project)
        segments = sum(len(r.segments) for r in report.alignments)
        base = base or seconds / segments
        print(f"{copies:>3}x content: {segments} segments, checks {seconds:.2f} s "
              f"({1e3 * seconds / segments:.2f} ms/segment, {seconds / segments / base:.2f}x the 1x rate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
