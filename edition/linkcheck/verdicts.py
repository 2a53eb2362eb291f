"""The outcome of checking one URL: an explicit verdict, never a boolean."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class Verdict(str, Enum):
    OK = "ok"                        # answers, and is what it claims to be
    REDIRECTED = "redirected"        # moved permanently: cite the new URL (suggested)
    BROKEN = "broken"                # 404, 410, DNS failure, soft 404, redirect loop, invalid URL
    UNVERIFIABLE = "unverifiable"    # 403, 429, timeouts, TLS errors, deadline: a warning, not a failure


@dataclass(frozen=True)
class Citation:
    file: str
    line: int
    lang: str
    segment: str = ""


@dataclass
class LinkResult:
    url: str
    verdict: Verdict
    status: int | None = None
    final_url: str = ""
    reason: str = ""
    suggestions: list[str] = field(default_factory=list)
    cited_at: list[Citation] = field(default_factory=list)
    attempts: int = 0
    elapsed_ms: int = 0
    streak: int = 0          # consecutive runs this URL was broken (state between runs)
    cached: bool = False

    def as_record(self) -> dict:
        record = asdict(self)
        record["verdict"] = self.verdict.value
        record["cited_at"] = [asdict(c) for c in self.cited_at]
        return record
