"""Check one URL over HTTP, politely, and give it a verdict.

Documents (a PDF, a spreadsheet …): HEAD first; a ranged GET (``Range: bytes=0-1023``)
when HEAD is refused (405, 403, 501) or unreliable (400, 404). Web pages: the ranged GET
at once, because a soft 404 can only be told from the start of the page's text (one
request where HEAD + GET would be two). Never more than ``body_cap`` bytes of any body.
Redirects are followed by hand (bounded, loops detected) so every hop is polite and recorded.
Transient failures are retried with exponential backoff and jitter; Retry-After is honoured (bounded).
"""

from __future__ import annotations

import asyncio
import random
import ssl
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from edition.linkcheck.politeness import HostLimiter, Policy
from edition.linkcheck.soft404 import soft_404_reason
from edition.linkcheck.verdicts import LinkResult, Verdict
from edition.url_syntax import url_problem

REDIRECTS = {301, 302, 303, 307, 308}
PERMANENT = {301, 308}
HEAD_REFUSED = {403, 405, 501, 400, 404}   # some servers answer HEAD wrongly: ask again with GET
RETRYABLE = {429, 500, 502, 503, 504}


@dataclass
class Answer:
    status: int
    url: str            # the URL that gave this answer (after redirects)
    content_type: str
    body: bytes | None
    permanent: bool     # every redirect on the way was permanent (and there was one)
    retry_after: float | None


class Failure(Exception):
    def __init__(self, verdict: Verdict, reason: str, retryable: bool):
        super().__init__(reason)
        self.verdict, self.reason, self.retryable = verdict, reason, retryable


def _retry_after(value: str | None, policy: Policy) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
    return max(0.0, min(seconds, policy.max_retry_after))


class Budget:
    """A URL's time budget across all its attempts, counted from its first request (time spent
    queueing for a polite slot before that is not the URL's fault)."""

    def __init__(self, seconds: float, run_deadline: float):
        self.seconds, self.run_deadline = seconds, run_deadline
        self.ends: float | None = None

    def start(self) -> None:
        if self.ends is None:
            self.ends = min(time.monotonic() + self.seconds, self.run_deadline)

    def remaining(self) -> float:
        return (self.ends if self.ends is not None else self.run_deadline) - time.monotonic()

    def timeout(self, policy: Policy) -> float:
        return max(0.001, min(policy.timeout, self.remaining()))


async def _one_request(client: httpx.AsyncClient, limiter: HostLimiter, method: str, url: str,
                       policy: Policy, budget: Budget | None = None) -> tuple[int, httpx.Headers, bytes | None]:
    headers = {"Range": "bytes=0-1023"} if method == "GET" else {}
    async with limiter.slot(url):
        timeout = policy.timeout
        if budget is not None:
            budget.start()
            timeout = budget.timeout(policy)
        try:
            async with client.stream(method, url, headers=headers, timeout=timeout) as response:
                body = None
                if method == "GET":
                    body = b""
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) >= policy.body_cap:
                            body = body[:policy.body_cap]
                            break
                return response.status_code, response.headers, body
        except httpx.TimeoutException:
            raise Failure(Verdict.UNVERIFIABLE, f"timed out after {timeout:.3g} s", True)
        except httpx.ConnectError as error:
            text = str(error)
            if any(s in text for s in ("Name or service not known", "nodename nor servname", "No address associated",
                                       "getaddrinfo failed", "Name does not resolve")):
                raise Failure(Verdict.BROKEN, f"DNS failure: {text}", False)
            if isinstance(error.__cause__, ssl.SSLError) or "SSL" in text or "certificate" in text:
                raise Failure(Verdict.UNVERIFIABLE, f"TLS error: {text}", False)
            raise Failure(Verdict.UNVERIFIABLE, f"connection failed: {text or type(error).__name__}", True)
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as error:
            raise Failure(Verdict.UNVERIFIABLE, f"connection broke: {error or type(error).__name__}", True)
        except ssl.SSLError as error:
            raise Failure(Verdict.UNVERIFIABLE, f"TLS error: {error}", False)


async def _follow(client, limiter, method: str, url: str, policy: Policy, budget: Budget | None = None) -> Answer:
    seen = [url]
    permanent = None
    current = url
    for _ in range(policy.max_redirects + 1):
        if budget is not None and budget.ends is not None and budget.remaining() <= 0:
            raise Failure(Verdict.UNVERIFIABLE, f"its time budget of {policy.url_budget:g} s ran out", False)
        status, headers, body = await _one_request(client, limiter, method, current, policy, budget)
        location = headers.get("location")
        if status in REDIRECTS and location:
            permanent = (permanent is not False) and status in PERMANENT
            target = urljoin(current, location)
            if target in seen:
                raise Failure(Verdict.BROKEN, f"redirect loop: {' -> '.join(seen + [target])}", False)
            seen.append(target)
            current = target
            continue
        return Answer(status, current, headers.get("content-type", ""), body, bool(permanent),
                      _retry_after(headers.get("retry-after"), policy))
    raise Failure(Verdict.BROKEN, f"more than {policy.max_redirects} redirects", False)


def _verdict(url: str, answer: Answer) -> tuple[Verdict, str]:
    status = answer.status
    if 200 <= status < 300:
        soft = soft_404_reason(url, answer.url, answer.content_type, answer.body)
        if soft:
            return Verdict.BROKEN, soft
        if answer.url != url and answer.permanent:
            return Verdict.REDIRECTED, f"moved permanently to {answer.url}"
        return Verdict.OK, "" if answer.url == url else f"temporarily redirected to {answer.url}"
    if status in (404, 410):
        return Verdict.BROKEN, f"HTTP {status}"
    if status in (401, 403):
        return Verdict.UNVERIFIABLE, f"HTTP {status}: the server refuses automated checks"
    if status == 429:
        return Verdict.UNVERIFIABLE, "HTTP 429: rate-limited after retries"
    if status >= 500:
        return Verdict.UNVERIFIABLE, f"HTTP {status}: server error after retries"
    return Verdict.BROKEN, f"HTTP {status}"


PAGE_SUFFIXES = ("", ".html", ".htm", ".php", ".asp", ".aspx", ".jsp", ".cgi")


def is_page(url: str) -> bool:
    """A web page (its text is needed for soft-404s), not a document such as a PDF."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    return "." not in name or name[name.rfind("."):].lower() in PAGE_SUFFIXES


async def _attempt(client, limiter, url: str, policy: Policy, budget: Budget | None = None) -> Answer:
    """Documents: HEAD first, a ranged GET if HEAD is refused or unreliable. Pages: the ranged
    GET at once, since only the start of the page can tell a soft 404 (one request, not two)."""
    if is_page(url):
        return await _follow(client, limiter, "GET", url, policy, budget)
    answer = await _follow(client, limiter, "HEAD", url, policy, budget)
    if answer.status in HEAD_REFUSED:
        return await _follow(client, limiter, "GET", url, policy, budget)
    return answer


async def check_url(client: httpx.AsyncClient, limiter: HostLimiter, url: str, policy: Policy,
                    deadline: float) -> LinkResult:
    started = time.monotonic()
    result = LinkResult(url, Verdict.UNVERIFIABLE)
    problem = url_problem(url)
    if problem:
        result.verdict, result.reason = Verdict.BROKEN, f"invalid URL: {problem}"
        return result
    budget = Budget(policy.url_budget, deadline)
    for attempt in range(policy.retries + 1):
        if time.monotonic() >= deadline:
            result.verdict, result.reason = Verdict.UNVERIFIABLE, "global deadline reached"
            break
        result.attempts = attempt + 1
        delay = policy.backoff * (2 ** attempt) * (1 + random.random() / 2)
        try:
            answer = await _attempt(client, limiter, url, policy, budget)
        except Failure as failure:
            result.verdict, result.reason, result.status = failure.verdict, failure.reason, None
            if not failure.retryable or attempt == policy.retries:
                break
        else:
            result.status, result.final_url = answer.status, answer.url
            result.verdict, result.reason = _verdict(url, answer)
            if answer.status not in RETRYABLE or attempt == policy.retries:
                break
            if answer.retry_after is not None:
                delay = answer.retry_after
        if delay >= budget.remaining():   # waiting would use up the budget: say so now
            result.reason += f"; its time budget of {policy.url_budget:g} s ran out after {attempt + 1} attempts"
            break
        await asyncio.sleep(max(0.0, delay))
    if result.verdict is Verdict.REDIRECTED and result.final_url:
        result.suggestions.append(result.final_url)
    result.elapsed_ms = int(1000 * (time.monotonic() - started))
    return result


def client(policy: Policy) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        headers={"User-Agent": policy.user_agent, "Accept-Language": "ja,en;q=0.5"},
        follow_redirects=False, timeout=policy.timeout,
        limits=httpx.Limits(max_connections=policy.concurrency * 2, max_keepalive_connections=policy.concurrency),
    )
