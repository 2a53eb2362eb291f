"""A farm of real HTTP servers on loopback addresses (127.0.0.2, 127.0.0.3 …), one per "host".

Each server answers a fixed set of behaviours by path, records every request, and
measures how many requests it serves at once. Bounded and self-stopping.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

HANG = 75.0   # seconds /hang keeps a request waiting


@dataclass
class HostLog:
    requests: list[tuple[float, str, str, dict]] = field(default_factory=list)   # (t, method, path, headers)
    in_flight: int = 0
    max_in_flight: int = 0
    bytes_sent: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    counters: dict[str, int] = field(default_factory=dict)


BIG = 5 * 1024 * 1024


class FarmHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log: HostLog
    latency: float = 0.0
    origin: str = ""
    archive_target: str = ""

    def log_message(self, *args):
        pass

    def _count(self, key: str) -> int:
        with self.log.lock:
            self.log.counters[key] = self.log.counters.get(key, 0) + 1
            return self.log.counters[key]

    def _send(self, status: int, headers: dict | None = None, body: bytes = b"", content_type="text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    def handle_one_request(self):
        super().handle_one_request()

    def _route(self):
        path = urlsplit(self.path).path
        query = parse_qs(urlsplit(self.path).query)
        method = self.command
        with self.log.lock:
            self.log.requests.append((time.monotonic(), method, self.path, dict(self.headers)))
            self.log.in_flight += 1
            self.log.max_in_flight = max(self.log.max_in_flight, self.log.in_flight)
        try:
            if self.latency:
                time.sleep(self.latency)
            self._answer(path, query, method)
        finally:
            with self.log.lock:
                self.log.in_flight -= 1

    do_GET = do_HEAD = _route

    @property
    def own_origin(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def _answer(self, path, query, method):
        archive = self.archive_target or self.own_origin
        if path.startswith("/archived/") and path.endswith(".pdf"):
            return self._send(200, body=b"%PDF-1.4 archived", content_type="application/pdf")
        if path.startswith("/ok") or path.startswith("/archived/"):
            return self._send(200, body=b"<html><body>fine</body></html>")
        if path.endswith(".pdf") and path.startswith("/doc"):
            return self._send(200, body=b"%PDF-1.4 ...", content_type="application/pdf")
        if path == "/big.pdf":
            if method == "HEAD":
                return self._send(405)   # forces the ranged GET, which this server ignores
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(BIG))
            self.end_headers()
            sent = 0
            try:
                while sent < BIG:
                    self.wfile.write(b"x" * 65536)
                    sent += 65536
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.log.bytes_sent[path] = sent
            return
        if path == "/big.html":
            if method == "HEAD":
                return self._send(200)
            return self._send(200, body=b"<html>" + b"a" * BIG + b"</html>")
        redirects = {"/moved": (301, "/ok"), "/chain-1": (302, "/chain-2"), "/chain-2": (301, "/ok"),
                     "/perm308": (308, "/doc-new.pdf"), "/temp302": (302, "/ok"),
                     "/loop-a": (302, "/loop-b"), "/loop-b": (302, "/loop-a"), "/old-page": (302, "/")}
        if path in redirects:
            status, location = redirects[path]
            return self._send(status, {"Location": location})
        if path == "/":
            return self._send(200, body=b"<html>home</html>")
        if path in ("/gone404", "/gone404.pdf"):
            return self._send(404)
        if path == "/gone410":
            return self._send(410)
        if path == "/head-403.pdf":
            return self._send(403) if method == "HEAD" else self._send(206, body=b"%PDF", content_type="application/pdf")
        if path == "/head-405.pdf":
            return self._send(405) if method == "HEAD" else self._send(206, body=b"%PDF", content_type="application/pdf")
        if path == "/head-405":
            return self._send(405) if method == "HEAD" else self._send(206, body=b"<html>fine</html>")
        if path in ("/forbidden", "/forbidden.pdf"):
            return self._send(403)
        if path in ("/rate-limited", "/rate-limited.pdf"):
            return self._send(429, {"Retry-After": "1"})
        if path == "/flaky-503":
            return self._send(503, {"Retry-After": "0"}) if self._count(path) == 1 else self._send(200, body=b"<p>ok</p>")
        if path == "/hang":     # a dead-slow server: answers long after any timeout
            time.sleep(HANG)
            return self._send(200, body=b"very late")
        if path == "/slow":
            time.sleep(2.0)
            return self._send(200, body=b"late")
        if path == "/fake.pdf":
            return self._send(200, body=b"<html>not a pdf</html>")
        if path == "/notfound-ja":
            return self._send(200, body="<h1>お探しのページは見つかりませんでした</h1>".encode("utf-8"))
        if path == "/notfound-sjis":
            return self._send(200, body="<title>ページが見つかりません</title>".encode("cp932"),
                              content_type="text/html; charset=Shift_JIS")
        if path == "/wayback/available":
            url = query.get("url", [""])[0]
            closest = {"available": True, "url": f"{archive}/archived/{url.rsplit('/', 1)[-1]}",
                       "status": "200"} if "has-archive" in url else {}
            body = json.dumps({"url": url, "archived_snapshots": {"closest": closest} if closest else {}}).encode()
            return self._send(200, body=body, content_type="application/json")
        if path.startswith("/timegate/"):
            url = self.path[len("/timegate/"):]
            if "has-archive" in url:
                return self._send(302, {"Location": f"{archive}/archived/warp-{url.rsplit('/', 1)[-1]}"})
            return self._send(404)
        return self._send(404)


@contextlib.contextmanager
def farm(addresses: list[str], latency: float = 0.0, archive_target: str = ""):
    """Servers on each loopback address (a free port each); yields {address: (origin, log)}."""
    servers = {}
    try:
        for address in addresses:
            log = HostLog()
            handler = type("Handler", (FarmHandler,), {"log": log, "latency": latency,
                                                        "archive_target": archive_target})
            server = http.server.ThreadingHTTPServer((address, 0), handler)
            server.daemon_threads = True
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            servers[address] = (server, f"http://{address}:{server.server_address[1]}", log)
        yield {address: (origin, log) for address, (_, origin, log) in servers.items()}
    finally:
        for server, _, _ in servers.values():
            server.shutdown()
            server.server_close()
