"""A scripted HTTP server on 127.0.0.1 for the HTTP layer's tests: each request gets the next scripted reply,
however broken — endless, trickling, cut off, dropped, not UTF-8, not JSON.

Real sockets and real HTTP; only the replies are made up. `with Scripted(reply, reply, ...) as server:` serves
the replies in order (the last one repeats) and records every request.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

Reply = Callable[["_Handler"], None]


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    peer_port: int = 0  # the client's port: the same one again means a reused connection


def send(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Reply:
    def reply(h: _Handler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            h.send_header(name.replace("_", "-"), value)
        h.end_headers()
        h.wfile.write(body)

    return reply


def ok(value: Any, status: int = 200, **headers: str) -> Reply:
    return send(status, json.dumps(value).encode(), **headers)


def status(code: int, **headers: str) -> Reply:
    return send(code, json.dumps({"status": "error", "message": f"scripted {code}"}).encode(), **headers)


def html(code: int = 200) -> Reply:
    return send(code, b"<!doctype html><html><body>Gateway says hello</body></html>", "text/html")


def drop() -> Reply:
    """Close the connection without a reply."""

    def reply(h: _Handler) -> None:
        h.close_connection = True
        h.connection.shutdown(socket.SHUT_RDWR)

    return reply


def truncated(declared: int = 1000, sent: bytes = b'{"results": [') -> Reply:
    """Promise `declared` bytes, send fewer, hang up."""

    def reply(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(declared))
        h.end_headers()
        h.wfile.write(sent)
        h.wfile.flush()
        h.close_connection = True
        h.connection.shutdown(socket.SHUT_RDWR)

    return reply


def endless(chunk: bytes = b"[" * 65536, declare: int | None = None) -> Reply:
    """A body that never ends (until the client hangs up); `declare` sends a Content-Length first."""

    def reply(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        if declare is not None:
            h.send_header("Content-Length", str(declare))
        h.end_headers()
        try:
            while True:
                h.wfile.write(chunk)
        except OSError:
            h.close_connection = True

    return reply


def trickle(every: float = 0.05, body: bytes = b'{"results": []}' + b" " * 100_000) -> Reply:
    """A correct body sent one byte at a time."""

    def reply(h: _Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        try:
            for index in range(len(body)):
                h.wfile.write(body[index:index + 1])
                h.wfile.flush()
                time.sleep(every)
        except OSError:
            h.close_connection = True

    return reply


def late(seconds: float, then: Reply) -> Reply:
    """Say nothing for `seconds` (not even headers), then reply."""

    def reply(h: _Handler) -> None:
        time.sleep(seconds)
        try:
            then(h)
        except OSError:
            h.close_connection = True

    return reply


def silent_after_headers(seconds: float) -> Reply:
    """Headers at once, then nothing for `seconds`, then a valid body."""

    def reply(h: _Handler) -> None:
        body = b'{"results": []}'
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.flush()
        time.sleep(seconds)
        try:
            h.wfile.write(body)
        except OSError:
            h.close_connection = True

    return reply


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        self.server.seen.append(Seen(self.command, parts.path, parse_qs(parts.query), body, dict(self.headers),
                                    self.client_address[1]))
        self.server.next_reply()(self)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, replies: list[Reply]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.replies = replies
        self.seen: list[Seen] = []
        self._lock = threading.Lock()

    def next_reply(self) -> Reply:
        with self._lock:
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


class Scripted:
    """`with Scripted(*replies) as server:` — `server.url`, `server.seen` (requests in arrival order)."""

    def __init__(self, *replies: Reply) -> None:
        self._server = _Server(list(replies))
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def seen(self) -> list[Seen]:
        return self._server.seen

    def __enter__(self) -> Scripted:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
