"""Check every cited URL once: offline (syntax and registry) or over the network."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from edition.checks.urls import UrlErratum, check_url_errata
from edition.findings import Finding
from edition.linkcheck import http_check
from edition.linkcheck.politeness import Decision, HostLimiter, Policy
from edition.linkcheck.state import LinkState
from edition.linkcheck.suggestions import ArchiveConfig, suggestions_for
from edition.linkcheck.verdicts import Citation, LinkResult, Verdict
from edition.url_syntax import url_problem


@dataclass
class Options:
    offline: bool = False
    policy: Policy = field(default_factory=Policy)
    archives: ArchiveConfig = field(default_factory=ArchiveConfig)
    state_file: Path | None = None
    ttl: float = 7 * 24 * 3600
    fail_after: int = 2           # consecutive broken runs before CI fails
    errata: list[UrlErratum] = field(default_factory=list)


@dataclass
class Outcome:
    results: list[LinkResult]
    registry: list[Finding]
    failing: list[LinkResult]     # broken for fail_after runs in a row (or invalid)
    decisions: list[Decision] = field(default_factory=list)   # when the limiter let each request start

    @property
    def exit_code(self) -> int:
        return 1 if (self.failing or self.registry) else 0


def check_offline(cited: dict[str, list[Citation]], options: Options) -> Outcome:
    results = []
    for url, citations in cited.items():
        problem = url_problem(url)
        verdict, reason = ((Verdict.BROKEN, f"invalid URL: {problem}") if problem
                           else (Verdict.UNVERIFIABLE, "offline: syntax and registry checked, not the network"))
        results.append(LinkResult(url, verdict, reason=reason, cited_at=citations))
    registry = check_url_errata(options.errata, set(cited))
    return Outcome(results, registry, [r for r in results if r.verdict is Verdict.BROKEN])


async def _check_online(cited: dict[str, list[Citation]], options: Options,
                        progress: Callable[[LinkResult], None] | None) -> tuple[list[LinkResult], list[Decision]]:
    policy = options.policy
    deadline = time.monotonic() + policy.deadline
    limiter = HostLimiter(policy)
    state = LinkState.load(options.state_file, options.ttl)
    probable = {e.cited: e.probable for e in options.errata}
    results: dict[str, LinkResult] = {}
    async with http_check.client(policy) as client:
        async def check(url: str) -> LinkResult:
            return await http_check.check_url(client, limiter, url, policy, deadline)

        async def one(url: str) -> None:
            result = state.cached(url) or await check(url)
            if result.verdict is Verdict.BROKEN and time.monotonic() < deadline:
                result.suggestions += await suggestions_for(client, limiter, url, probable.get(url, ""),
                                                            options.archives, policy, check)
            result.cited_at = cited[url]
            results[url] = result
            if progress:
                progress(result)

        tasks = [asyncio.ensure_future(one(url)) for url in cited]
        done, pending = await asyncio.wait(tasks, timeout=max(0.0, deadline - time.monotonic()))
        for task in pending:   # the deadline: what is still in flight is cancelled, and unverifiable
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    for url in cited:   # what the deadline left unchecked
        if url not in results:
            results[url] = LinkResult(url, Verdict.UNVERIFIABLE, reason="global deadline reached",
                                      cited_at=cited[url])
    ordered = [results[url] for url in cited]
    for result in ordered:
        state.record(result)
    state.save()
    return ordered, limiter.decisions


def check_online(cited: dict[str, list[Citation]], options: Options,
                 progress: Callable[[LinkResult], None] | None = None) -> Outcome:
    results, decisions = asyncio.run(_check_online(cited, options, progress))
    registry = check_url_errata(options.errata, set(cited))
    failing = [r for r in results if r.verdict is Verdict.BROKEN
               and (r.streak >= options.fail_after or r.reason.startswith("invalid URL"))]
    return Outcome(results, registry, failing, decisions)
