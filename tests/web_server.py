"""A real web server on 127.0.0.1 (or another loopback address) for the tests: pages,
feeds and misbehaving paths.

Tests say what each path answers (`page`, `feed`, `slow`, `huge`, `redirect`,
`flaky`), read `url(path)`, and count what the client asked for in `hits`.
"""

from __future__ import annotations

import threading
from collections import Counter
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

PAGES = Path(__file__).resolve().parent / "data" / "web"


class WebServer:
    """An HTTP server in a thread, answering each path as the test said."""

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.routes: dict[str, tuple] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.closing = threading.Event()
        handler = type("Handler", (_Handler,), {"web": self})
        self.httpd = ThreadingHTTPServer((host, 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict | None = None) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = ("static", status, {"Content-Type": content_type, **(headers or {})}, data)
        return self.url(path)

    def file(self, path: str, name: str, **kwargs) -> str:
        """Serve tests/data/web/`name` at `path`."""
        return self.page(path, (PAGES / name).read_bytes(), **kwargs)

    def feed(self, path: str, entries: list[tuple[str, str, str]], content_type="application/rss+xml") -> str:
        """An RSS 2.0 feed of (path, title, YYYY-MM-DD) entries, links relative to the site."""
        return self.page(path, rss(entries), content_type)

    def slow(self, path: str, seconds: float) -> str:
        self.routes[path] = ("slow", seconds)
        return self.url(path)

    def huge(self, path: str, size: int, declare: bool = True) -> str:
        """`size` bytes of HTML, with or without a Content-Length saying so."""
        self.routes[path] = ("huge", size, declare)
        return self.url(path)

    def redirect(self, path: str, to: str) -> str:
        self.routes[path] = ("redirect", to)
        return self.url(path)

    def flaky(self, path: str, failures: int, name: str) -> str:
        """Answer 503 `failures` times, then serve tests/data/web/`name`."""
        self.routes[path] = ("flaky", failures, (PAGES / name).read_bytes())
        return self.url(path)

    def close(self) -> None:
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(entries: list[tuple[str, str, str]], title: str = "Trade desk") -> str:
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(p)}</link>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(d).replace(tzinfo=timezone.utc))}</pubDate></item>"
        for p, t, d in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>/</link><description>News</description>{items}</channel></rss>")


class _Handler(BaseHTTPRequestHandler):
    web: WebServer

    def log_message(self, *args):
        pass

    def do_GET(self):
        web = self.web
        path = self.path.split("?", 1)[0]
        web.hits[path] += 1
        web.user_agents.append(self.headers.get("User-Agent", ""))
        route = web.routes.get(path)
        try:
            if route is None:
                self._send(404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>")
            elif route[0] == "static":
                self._send(*route[1:])
            elif route[0] == "slow":
                web.closing.wait(route[1])
                self._send(200, {"Content-Type": "text/html"}, b"<html><body>late</body></html>")
            elif route[0] == "redirect":
                self._send(302, {"Location": route[1]}, b"")
            elif route[0] == "flaky":
                if web.hits[path] <= route[1]:
                    self._send(503, {"Content-Type": "text/plain"}, b"busy")
                else:
                    self._send(200, {"Content-Type": "text/html; charset=utf-8"}, route[2])
            elif route[0] == "huge":
                self._huge(route[1], route[2])
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, status: int, headers: dict, body: bytes) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _huge(self, size: int, declare: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declare:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"tariff " * 9000 + b"</p>\n"
        sent = 0
        while sent < size and not self.web.closing.is_set():
            part = chunk[:size - sent]
            self.wfile.write(part)
            sent += len(part)
