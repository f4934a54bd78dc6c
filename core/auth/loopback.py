"""A one-shot HTTP listener for the OAuth redirect: 127.0.0.1 only, one callback request, then closed.

The provider sends the browser to `http://localhost:PORT/callback?code=…&state=…`; the listener answers with a
small "you can close this tab" page and hands the query to the caller. It never binds another interface, stops
after the first callback request that carries the expected `state`, and gives up after a timeout or when the
caller cancels. A request with another state (a forged or stale link; any local program can reach the port) is
answered 400 and ignored, so it cannot use up the one answer. Requests are not logged: their query holds the
authorization code.
"""

from __future__ import annotations

import hmac
import html
import socketserver
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from core.auth import words
from core.errors import Cancelled, UserError
from core.i18n import Message

HOST = "127.0.0.1"
CALLBACK_PATH = "/callback"
DEFAULT_TIMEOUT = 300.0  # seconds a person may take to sign in and approve
_POLL = 0.2              # how often waiting checks for cancel and the deadline

_DONE_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Sync Doctor</title>
<body style="font-family:sans-serif;margin:3em;color:#222"><h1>{title}</h1><p>{text}</p></body></html>"""


class LoopbackTimeout(UserError):
    """Nobody came back from the browser in time."""


class _Server(socketserver.ThreadingMixIn, HTTPServer):
    """Each connection on its own thread, so an idle browser pre-connect cannot delay the real answer."""

    allow_reuse_address = False  # never share the port with another listener
    daemon_threads = True

    def __init__(self, port: int, path: str) -> None:
        self.callback_path = path
        self.query: dict[str, str] | None = None
        self.expected_state: bytes | None = None  # set by wait(); until then nothing is accepted
        self.answered = threading.Event()
        self.answer_lock = threading.Lock()
        super().__init__((HOST, port), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would look up our own host name (a DNS round trip); nothing here needs it.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = HOST, self.server_address[1]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # seconds an idle connection may hold its thread

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != self.server.callback_path:  # e.g. /favicon.ico: not the answer we wait for
            self._page(404, "Not found", "This address is only used by Sync Doctor to finish signing in.")
            return
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        expected = self.server.expected_state
        if expected is None or not hmac.compare_digest(query.get("state", "").encode("utf-8"), expected):
            self._page(400, "This sign-in link is not the one Sync Doctor is waiting for",
                       "Nothing was changed. If you are connecting, go back to Sync Doctor and use the sign-in "
                       "page it opened most recently.")
            return
        with self.server.answer_lock:
            first = not self.server.answered.is_set()
            if first:
                self.server.query = query
                self.server.answered.set()
        if not first:  # only one answer per sign-in
            self._page(409, "This sign-in has already finished", "You can close this tab.")
        elif "error" in query:
            self._page(200, "Sync Doctor was not given access",
                       "You can close this tab and go back to Sync Doctor to see what happened.")
        else:
            self._page(200, "Sync Doctor received the answer",
                       "You can close this tab and go back to Sync Doctor.")

    def _page(self, status: int, title: str, text: str) -> None:
        body = _DONE_PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        del format, args  # the request line carries the authorization code: log nothing


class LoopbackListener:
    """Bind at once (so the redirect URI is known), then `wait()` for the one callback request."""

    def __init__(self, port: int = 0, path: str = CALLBACK_PATH, host_name: str = "localhost") -> None:
        self._server: _Server | None = _Server(port, path)
        self.port: int = self._server.server_address[1]
        # Providers register "localhost" redirect URIs (HubSpot allows http only for localhost); the socket
        # itself listens on 127.0.0.1 alone.
        self.redirect_uri = f"http://{host_name}:{self.port}{path}"

    def wait(self, timeout: float = DEFAULT_TIMEOUT, cancel: threading.Event | None = None, *,
             state: str) -> dict[str, str]:
        """The query parameters of the first callback request whose `state` is `state` (compared in constant
        time); other callback requests are refused and waiting goes on. Closes the listener in every case;
        raises LoopbackTimeout after `timeout` seconds and Cancelled when `cancel` is set."""
        server = self._server
        if server is None:
            raise RuntimeError("this listener has already been used")
        deadline = time.monotonic() + timeout
        try:
            if not state:
                raise ValueError("the expected state must not be empty")
            server.expected_state = state.encode("utf-8")
            while not server.answered.is_set():
                if cancel is not None and cancel.is_set():
                    raise Cancelled("Connecting was cancelled.")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LoopbackTimeout(words.NO_ANSWER.format(duration=_duration(timeout)))
                server.timeout = min(_POLL, left)
                server.handle_request()  # accepts one connection (handled on its thread) or waits a poll
                server.answered.wait(0.01)
            return dict(server.query or {})
        finally:
            self.close()

    def close(self) -> None:
        """Stop listening (idempotent)."""
        server, self._server = self._server, None
        if server is not None:
            server.server_close()

    @property
    def closed(self) -> bool:
        return self._server is None

    def __enter__(self) -> LoopbackListener:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _duration(seconds: float) -> Message:
    # counts as text: the English wording must not change with number formats
    if seconds < 90:
        whole = max(round(seconds), 1)
        return words.ONE_SECOND if whole == 1 else words.SECONDS.format(n=str(whole))
    return words.MINUTES.format(n=str(round(seconds / 60)))
