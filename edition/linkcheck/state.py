"""State between runs (a JSON file CI keeps with actions/cache): a cache of successes with a
TTL, and a failure streak per URL, so one bad night does not turn CI red.

Only successes are cached; a broken URL is checked again every run. A broken verdict
adds one to its streak, a success resets it, an unverifiable one leaves it as it is.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from edition.linkcheck.verdicts import LinkResult, Verdict


@dataclass
class LinkState:
    path: Path | None
    ttl: float = 7 * 24 * 3600
    urls: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None, ttl: float) -> "LinkState":
        if path and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return cls(path, ttl, dict(data.get("urls", {})))
            except (json.JSONDecodeError, OSError):
                pass   # a damaged cache is no cache
        return cls(path, ttl)

    def cached(self, url: str, now: float | None = None) -> LinkResult | None:
        entry = self.urls.get(url, {})
        checked = entry.get("ok_at")
        if checked is None or (now or time.time()) - checked > self.ttl:
            return None
        return LinkResult(url, Verdict(entry.get("verdict", "ok")), entry.get("status"), entry.get("final_url", ""),
                          "cached success", list(entry.get("suggestions", [])), cached=True)

    def record(self, result: LinkResult, now: float | None = None) -> None:
        entry = self.urls.setdefault(result.url, {})
        if result.verdict in (Verdict.OK, Verdict.REDIRECTED):
            if not result.cached:
                entry.update(ok_at=now or time.time(), verdict=result.verdict.value, status=result.status,
                             final_url=result.final_url, suggestions=result.suggestions)
            entry["streak"] = 0
        elif result.verdict is Verdict.BROKEN:
            entry.pop("ok_at", None)
            entry["streak"] = entry.get("streak", 0) + 1
            entry["last_failure"] = result.reason
        result.streak = entry.get("streak", 0)

    def save(self) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"version": 1, "urls": self.urls}, ensure_ascii=False, indent=1,
                                            sort_keys=True), encoding="utf-8")
