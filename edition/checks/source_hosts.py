"""`source-host`: no source of the edition is a third-party document mirror, an aggregator's copy or a
bare IP address (data/source-hosts.toml), in the translation pages (links and note options) and in the
data files that cite sources (the glossary, the URL errata).

>>> hosts = SourceHosts({"vdocuments.net": "a mirror"})
>>> hosts.refusal("https://www.vdocuments.net/x"), hosts.refusal("http://40.74.122.252/a"), hosts.refusal("https://www.mhlw.go.jp/")
('a mirror', 'an IP address, not a publisher', '')
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from edition.findings import EditionError, Finding
from edition.markdown.front_matter import split_front_matter
from edition.markdown.links import links_in
from edition.text_files import read_text
from edition.timeline.publishers import host_of
from edition.translation.page_format import TargetPage

HOSTS_FILE = Path("data/source-hosts.toml")
DATA_FILES = (Path("data/glossary.yaml"), Path("data/url-errata.toml"))
URL_IN_DATA = re.compile(r"https?://[^\s\"'<>)\]]+")    # data files are YAML and TOML, not Markdown
HINT = "cite the publisher's own copy, or a WARP (warp.ndl.go.jp) or Wayback (web.archive.org) copy of it"


@dataclass(frozen=True)
class SourceHosts:
    refused: dict[str, str]      # domain -> reason

    def refusal(self, url: str) -> str:
        """Why a URL is not acceptable as a source ("" if it is)."""
        host = host_of(url)
        if not host:
            return ""
        try:
            ipaddress.ip_address(host)
            return "an IP address, not a publisher"
        except ValueError:
            pass
        for domain, reason in self.refused.items():
            if host == domain or host.endswith("." + domain):
                return reason
        return ""


def load_source_hosts(root: Path) -> SourceHosts:
    try:
        data = tomllib.loads((root / HOSTS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SourceHosts({})
    except tomllib.TOMLDecodeError as error:
        raise EditionError([Finding(str(HOSTS_FILE), 1, 1, "edition-data", f"not TOML: {error}",
                                    'each [[host]] has domain = "…" and reason = "…"')]) from error
    return SourceHosts({str(entry.get("domain", "")).lower(): str(entry.get("reason", ""))
                        for entry in data.get("host", []) if entry.get("domain")})


def _finding(path: str, line: int, url: str, reason: str) -> Finding:
    return Finding(path, line, 1, "source-host", f"`{url}` is not a source: {reason}", HINT, value=url)


def page_findings(text: str, page: TargetPage, hosts: SourceHosts) -> list[Finding]:
    """The links of a translation page (its prose and notes) and its notes' URL options. ``page``: the page
    as the checks have already read it (``text`` is its file's text)."""
    body = split_front_matter(text)
    lines = text.split("\n")
    path = page.path
    found = {(link.line, link.url): reason for link in links_in(body.body, body.body_start_line)
             if (reason := hosts.refusal(link.url))}
    for entry in page.entries:
        for note in entry.notes:
            for key in ("source", "archived"):
                values = note.options.get(key) or []
                for url in (values if isinstance(values, list) else [values]):
                    if (reason := hosts.refusal(str(url))):
                        # the option's own line (the block's options follow its header)
                        line = next((n for n in range(note.line, len(lines) + 1) if str(url) in lines[n - 1]),
                                    note.line)
                        found[(line, str(url))] = reason
    return [_finding(path, line, url, reason) for (line, url), reason in sorted(found.items())]


def data_findings(root: Path, hosts: SourceHosts) -> list[Finding]:
    found = []
    for relative in DATA_FILES:
        path = root / relative
        if not path.exists():
            continue
        for number, line in enumerate(read_text(path, str(relative)).split("\n"), 1):
            for match in URL_IN_DATA.finditer(line):
                if (reason := hosts.refusal(match.group(0))):
                    found.append(_finding(str(relative), number, match.group(0), reason))
    return found
