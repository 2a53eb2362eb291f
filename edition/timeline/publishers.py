"""Who publishes a source, by its host (data/publishers.toml), in each reader's language."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from edition.findings import EditionError, Finding

PUBLISHERS_FILE = Path("data/publishers.toml")


@dataclass(frozen=True)
class Publisher:
    names: dict[str, str]    # language -> name

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(iter(self.names.values()), "")


def host_of(url: str) -> str:
    """The host of a URL, without port, in lower case.

    >>> host_of("https://www.Digital.go.jp:443/news/x")
    'www.digital.go.jp'
    """
    return (urlsplit(url).hostname or "").lower()


class Publishers:
    def __init__(self, by_host: dict[str, Publisher]):
        self.by_host = by_host

    def of(self, url: str) -> Publisher | None:
        return self.by_host.get(host_of(url))


def load_publishers(root: Path) -> Publishers:
    where = str(PUBLISHERS_FILE)
    try:
        data = tomllib.loads((root / PUBLISHERS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Publishers({})
    except tomllib.TOMLDecodeError as error:
        raise EditionError([Finding(where, 1, 1, "edition-data", f"not TOML: {error}",
                                    "each [[publisher]] has hosts = [...], en = \"…\", ja = \"…\"")]) from error
    by_host: dict[str, Publisher] = {}
    findings = []
    for number, entry in enumerate(data.get("publisher", []), 1):
        hosts = entry.get("hosts")
        names = {key: value for key, value in entry.items() if key != "hosts" and isinstance(value, str)}
        if not isinstance(hosts, list) or not hosts or not names:
            findings.append(Finding(where, 1, 1, "edition-data",
                                    f"[[publisher]] number {number} needs `hosts` and a name per language",
                                    'write hosts = ["www.example.go.jp"], en = "…", ja = "…"'))
            continue
        for host in hosts:
            by_host[str(host).lower()] = Publisher(names)
    if findings:
        raise EditionError(findings)
    return Publishers(by_host)
