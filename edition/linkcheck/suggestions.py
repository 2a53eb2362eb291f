"""Replacements for a broken URL, each itself checked before it is offered.

Sources: the probable address from data/url-errata.toml; WARP (the National Diet
Library's web archive) asked as a Memento TimeGate (RFC 7089), when a TimeGate base
is configured; the Wayback Machine's availability API.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import httpx

from edition.linkcheck.politeness import HostLimiter, Policy
from edition.linkcheck.verdicts import Verdict

WAYBACK_AVAILABILITY = "https://archive.org/wayback/available"


@dataclass(frozen=True)
class ArchiveConfig:
    wayback: str = WAYBACK_AVAILABILITY   # "" to skip
    warp_timegate: str = ""               # e.g. a TimeGate base that takes the URL appended; "" to skip


async def _json(client: httpx.AsyncClient, limiter: HostLimiter, url: str, policy: Policy) -> dict:
    async with limiter.slot(url):
        try:
            response = await client.get(url, timeout=policy.timeout)
            return response.json() if response.status_code == 200 else {}
        except (httpx.HTTPError, ValueError):
            return {}


async def wayback_candidate(client, limiter, url: str, config: ArchiveConfig, policy: Policy) -> str:
    if not config.wayback:
        return ""
    data = await _json(client, limiter, f"{config.wayback}?url={quote(url, safe='')}", policy)
    closest = (data.get("archived_snapshots") or {}).get("closest") or {}
    return str(closest.get("url", "")) if closest.get("available") else ""


async def warp_candidate(client, limiter, url: str, config: ArchiveConfig, policy: Policy) -> str:
    if not config.warp_timegate:
        return ""
    gate = config.warp_timegate + url
    async with limiter.slot(gate):
        try:
            response = await client.get(gate, timeout=policy.timeout)
        except httpx.HTTPError:
            return ""
    location = response.headers.get("location", "")
    return str(httpx.URL(gate).join(location)) if response.status_code in (302, 303, 307) and location else ""


async def suggestions_for(client, limiter, url: str, errata_probable: str, config: ArchiveConfig,
                          policy: Policy, check) -> list[str]:
    """Checked candidates, in order: the probable correction, WARP, the Wayback Machine."""
    candidates = [errata_probable] if errata_probable else []
    candidates.append(await warp_candidate(client, limiter, url, config, policy))
    candidates.append(await wayback_candidate(client, limiter, url, config, policy))
    offered = []
    for candidate in filter(None, dict.fromkeys(candidates)):
        result = await check(candidate)
        if result.verdict in (Verdict.OK, Verdict.REDIRECTED):
            offered.append(result.final_url if result.verdict is Verdict.REDIRECTED and result.final_url
                           else candidate)
    return offered
