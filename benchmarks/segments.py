#!/usr/bin/env python3
"""Benchmark: alignment + status over the whole content, and over a synthetic N× copy.

Usage: benchmarks/segments.py [--copies 100] [--repeat 3]
Prints seconds per run (best of --repeat) and segments/second; with --build also times
one strict `mkdocs build` for comparison.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_copy  # noqa: E402

from edition.markdown.parser import clear_caches  # noqa: E402
from edition.source.plan import load_plan  # noqa: E402
from edition.translation.alignment import align_all  # noqa: E402
from edition.translation.status import status_report  # noqa: E402


def best_of(repeat, function):
    times = []
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def run(root: Path, repeat: int) -> tuple[float, int]:
    plan = load_plan(root)
    seconds, report = best_of(repeat, lambda: status_report(align_all(plan)))
    return seconds, sum(total["segments"] for total in report["total"].values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also time one strict build")
    args = parser.parse_args()
    seconds, segments = run(ROOT, args.repeat)
    print(f"real content: {segments} segments, alignment+status {seconds:.3f} s "
          f"({segments / seconds:,.0f} segments/s)")
    for copies in (10, args.copies):
        copy = synthetic_copy(copies)
        try:
            big_seconds, big_segments = run(copy, 1)
        finally:
            shutil.rmtree(copy)
        print(f"{copies}x synthetic: {big_segments} segments, alignment+status {big_seconds:.3f} s "
              f"({big_segments / big_seconds:,.0f} segments/s, {big_seconds / seconds:.1f}x the time "
              f"for {big_segments / segments:.0f}x the segments)")
    if args.build:
        with tempfile.TemporaryDirectory() as site:
            env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", site],
                           cwd=ROOT, env=env, check=True)
            build = time.perf_counter() - start
        print(f"strict build: {build:.2f} s; alignment+status is {100 * seconds / build:.1f}% of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
