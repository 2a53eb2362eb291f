"""Politeness: a global limit, a per-host limit and a minimum gap between requests to one host."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Policy:
    concurrency: int = 8          # requests in flight, all hosts together
    per_host: int = 2             # requests in flight to one host
    min_gap: float = 0.5          # seconds between the starts of two requests to one host
    timeout: float = 20.0         # per request (never more than what is left of the URL's budget)
    url_budget: float = 30.0      # per URL, across all its attempts and retry waits, from its first request
    deadline: float = 600.0       # for the whole run; what is left is unverifiable
    retries: int = 2              # after the first attempt, for transient failures
    backoff: float = 1.0          # first retry delay (seconds), doubled each time, plus jitter
    max_retry_after: float = 60.0 # the longest Retry-After honoured
    max_redirects: int = 10
    body_cap: int = 64 * 1024     # never read more of any body
    user_agent: str = ("my-number-card-2022-edition-linkcheck/1.0 "
                       "(annotated edition of a civic slide deck; checks each cited source once a week)")


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


@dataclass(frozen=True)
class Decision:
    """When the limiter let one request to a host start, and how many were then in flight there."""
    host: str
    start: float       # the start the limiter scheduled (monotonic clock)
    in_flight: int     # requests to this host in flight once this one started


class HostLimiter:
    """Every request waits for a global slot, a slot of its host, and its host's next start
    time (the previous start + min_gap). Each decision is recorded, so what the limiter did
    can be checked exactly, without measuring wall-clock gaps that scheduler jitter blurs."""

    def __init__(self, policy: Policy, clock=time.monotonic):
        self.policy = policy
        self.clock = clock
        self.global_slots = asyncio.Semaphore(policy.concurrency)
        self.hosts: dict[str, asyncio.Semaphore] = {}
        self.next_start: dict[str, float] = {}
        self.in_flight: dict[str, int] = {}
        self.decisions: list[Decision] = []
        self.lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def slot(self, url: str):
        key = host_key(url)
        host = self.hosts.setdefault(key, asyncio.Semaphore(self.policy.per_host))
        async with host, self.global_slots:
            async with self.lock:
                now = self.clock()
                start = max(now, self.next_start.get(key, now))
                self.next_start[key] = start + self.policy.min_gap
            while (wait := start - self.clock()) > 0:   # never earlier than scheduled
                await asyncio.sleep(wait)
            self.in_flight[key] = self.in_flight.get(key, 0) + 1
            self.decisions.append(Decision(key, start, self.in_flight[key]))
            try:
                yield
            finally:
                self.in_flight[key] -= 1
