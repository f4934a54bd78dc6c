"""Fault injection: a share of requests answered with a throttle, a server error, a slow or dropped reply,
an expired token or a stale SyncToken, or served and then lost (connection cut after a write, unreadable
body) — reproducibly, from a seed.

One `random.Random(seed)` behind a lock makes every decision, in the order requests reach `before()`, so the
same seed and the same sequence of requests give the same faults (concurrent clients make the order, and so
the faults, vary from run to run). Replies come in each service's own shape (replies.py); docs/operability.md
lists them.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from random import Random
from typing import Any

from werkzeug.wrappers import Request, Response

from core.sandbox.replies import (
    BAD_GATEWAY_PAGE,
    hs_error,
    json_reply,
    qbo_auth_fault,
    qbo_fault,
    qbo_throttled,
)

ALL_KINDS = ("429", "5xx", "slow", "drop", "expired_token", "stale_synctoken", "drop_after_write", "unreadable")
# Kinds whose request is served first (a write really happens) and whose reply is spoilt in after().
SERVED_KINDS = ("drop_after_write", "unreadable")
ALL_APIS = ("hubspot", "qbo", "oauth")
# The request log's status for a dropped request (nginx's code for "closed without a response").
DROPPED_STATUS = 444
# Where before() leaves a served kind for after(): the environ lives exactly as long as the request.
_PENDING = "sandbox.fault_after"


class DroppedConnection(ConnectionAbortedError):
    """Raised when there is no socket to cut (e.g. werkzeug's test client): werkzeug's server treats a
    ConnectionError from the application as a dropped connection and sends nothing."""


def parse_kinds(text: str) -> tuple[str, ...]:
    """'429,5xx' → ('429', '5xx'); 'all' or '' → every kind. ValueError names the known kinds."""
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    if not names or names == ("all",):
        return ALL_KINDS
    unknown = [n for n in names if n not in ALL_KINDS]
    if unknown:
        raise ValueError(f"unknown fault kind {', '.join(unknown)}; known: {', '.join(ALL_KINDS)}")
    return names


@dataclass
class FaultPlan:
    """Which requests get which injected fault. `rate` is the share of requests (0–1) on `apis` that fail."""

    rate: float = 0.0
    seed: int | None = None
    kinds: tuple[str, ...] = ALL_KINDS
    slow_seconds: float = 2.0
    apis: tuple[str, ...] = ("hubspot", "qbo")  # OAuth only when asked: a failed login stops a test run cold
    xml: bool = False                           # QBO faults as XML, like Options.xml_faults
    injected: list[dict[str, Any]] = field(default_factory=list)  # one record per fault, for tests
    _rng: Random = field(init=False, repr=False, compare=False)
    _lock: threading.Lock = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        if not self.kinds:
            raise ValueError("a fault plan needs at least one fault kind")
        self.kinds = parse_kinds(",".join(self.kinds))  # a kind listed twice is picked twice as often
        unknown = [a for a in self.apis if a not in ALL_APIS]
        if unknown:
            raise ValueError(f"unknown api {', '.join(unknown)}; known: {', '.join(ALL_APIS)}")
        self._rng = Random(self.seed)
        self._lock = threading.Lock()

    def before(self, api: str, request: Request) -> Response | None:
        """A faulty reply to send instead of the real one, or None to serve normally."""
        if api not in self.apis or self.rate <= 0.0:
            return None
        # Read the body (if needed) before taking the lock: a slow client must not stall everyone else.
        stale_ok = "stale_synctoken" in self.kinds and _is_qbo_update(api, request)
        write_ok = _is_write(api, request)
        with self._lock:
            if self._rng.random() >= self.rate:
                return None
            eligible = [k for k in self.kinds
                        if (k != "stale_synctoken" or stale_ok) and (k != "drop_after_write" or write_ok)]
            if not eligible:  # e.g. only stale_synctoken asked for, and this is a read
                return None
            kind = self._rng.choice(eligible)
            variant = self._rng.random()  # picks the status / Retry-After within the kind
            correlation = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
            record: dict[str, Any] = {"n": len(self.injected) + 1, "api": api, "method": request.method,
                                      "path": request.path, "kind": kind, "status": None}
            self.injected.append(record)
        if kind in SERVED_KINDS:
            request.environ[_PENDING] = (kind, variant, record)
            return None
        reply = self._reply(kind, api, request, variant, correlation)
        record["status"] = reply.status_code if reply is not None else None
        return reply

    def after(self, request: Request, response: Response) -> Response:
        """The reply to send for a request that was served: the real one, or what a served kind makes of it.

        Draws nothing: the kind and its variant were decided in before(), in arrival order.
        """
        pending: tuple[str, float, dict[str, Any]] | None = request.environ.pop(_PENDING, None)
        if pending is None:
            return response
        kind, variant, record = pending
        if kind == "drop_after_write":
            record["status"] = DROPPED_STATUS
            return _drop(request)
        reply = _unreadable(response, variant)
        record["status"] = reply.status_code
        return reply

    def _reply(self, kind: str, api: str, request: Request, variant: float, correlation: str) -> Response | None:
        if kind == "slow":
            time.sleep(self.slow_seconds)  # then served normally: the client sees a slow, correct reply
            return None
        if kind == "drop":
            return _drop(request)
        if api == "qbo":
            return _qbo_reply(kind, variant, self.xml)
        if api == "hubspot":
            return _hubspot_reply(kind, variant, correlation)
        return _oauth_reply(kind, variant)


def _hubspot_reply(kind: str, variant: float, correlation: str) -> Response:
    if kind == "429":
        # HubSpot sends Retry-After only sometimes (HUBSPOT_API.md §7.3), so clients must cope without it.
        headers = {"Retry-After": str(1 + int(variant * 10))} if variant < 0.5 else None
        return hs_error(429, "RATE_LIMITS", "You have reached your ten_secondly_rolling limit.", headers,
                        errorType="RATE_LIMIT", policyName="TEN_SECONDLY_ROLLING", correlationId=correlation)
    if kind == "5xx":
        if variant < 0.5:
            return hs_error(502, "BAD_GATEWAY", "Bad Gateway: the server did not respond in time.",
                            correlationId=correlation)
        return hs_error(503, "SERVICE_UNAVAILABLE", "The service is temporarily unavailable. Try again later.",
                        correlationId=correlation)
    # expired_token (stale_synctoken never reaches HubSpot: it is only eligible for QBO updates)
    return hs_error(401, "INVALID_AUTHENTICATION", "The OAuth token used to make this call expired.",
                    correlationId=correlation)


def _qbo_reply(kind: str, variant: float, xml: bool) -> Response:
    if kind == "429":
        return qbo_throttled(xml=xml)
    if kind == "5xx":
        return qbo_fault(503 if variant < 0.5 else 500, "10000",
                         "An application error has occurred while processing your request",
                         "System Failure Error: An unexpected error occurred while accessing or saving your data. "
                         "Please wait a few minutes and try again.", "SystemFault", xml=xml)
    if kind == "expired_token":
        return qbo_auth_fault("Token expired", xml=xml)
    # stale_synctoken: as if another user saved the record between the client's read and its write.
    return qbo_fault(400, "5010", "Stale Object Error",
                     "Stale Object Error : You and Sandbox User were working on this at the same time. "
                     "Sandbox User finished before you did, so your work was not saved.", xml=xml)


def _oauth_reply(kind: str, variant: float) -> Response:
    """Token endpoints answer in RFC 6749's error shape (both providers' token errors use `error`)."""
    if kind == "429":
        return json_reply({"error": "temporarily_unavailable", "error_description": "Too many requests"}, 429)
    if kind == "5xx":
        return json_reply({"error": "server_error"} if variant < 0.5 else {"error": "temporarily_unavailable"},
                          500 if variant < 0.5 else 503)
    return json_reply({"error": "invalid_grant", "error_description": "Token expired"}, 400)


def _is_qbo_update(api: str, request: Request) -> bool:
    """A QBO write that carries a SyncToken: an update, void or delete of an entity, or the preferences.

    Creates have no SyncToken to be stale, and /batch reports faults per item, so neither qualifies;
    /query is a read sent by POST.
    """
    if api != "qbo" or request.method != "POST" or not request.path.startswith("/v3/company/"):
        return False
    last = request.path.rstrip("/").rsplit("/", 1)[-1].lower()
    if last in ("query", "batch", "cdc"):
        return False
    if last == "preferences" or request.args.get("operation"):
        return True
    try:  # get_data caches, so the handler still reads the same body
        body = json.loads(request.get_data(as_text=True) or "null")
    except ValueError:
        return False
    return isinstance(body, dict) and bool(body.get("Id"))


# HubSpot reads sent by POST: search, objects batch/read and v4 associations batch/read.
_HUBSPOT_POST_READ = re.compile(r"/(?:search|batch/read)/?$")


def _is_write(api: str, request: Request) -> bool:
    """A request that may change state, so that losing its reply leaves the client unsure whether it happened.

    QBO: any POST under /v3/company/ but /query (entity writes, /preferences, /batch). HubSpot: PATCH, PUT and
    DELETE, and POST but search and batch/read. OAuth endpoints never count.
    """
    if api == "qbo":
        return request.method == "POST" and not request.path.rstrip("/").lower().endswith("/query")
    if api == "hubspot":
        if request.method in ("PATCH", "PUT", "DELETE"):
            return True
        return request.method == "POST" and _HUBSPOT_POST_READ.search(request.path) is None
    return False


def _unreadable(real: Response, variant: float) -> Response:
    """A 200 the client cannot parse: the real body cut in half, a proxy's HTML page, or nothing at all."""
    headers = [(k, v) for k, v in real.headers.items() if k.lower() != "content-length"]
    if variant < 1 / 3:
        body = real.get_data()
        return Response(body[: len(body) // 2], status=200, headers=headers)
    if variant < 2 / 3:
        return Response(BAD_GATEWAY_PAGE, status=200, content_type="text/html")
    return Response(b"", status=200, headers=headers)


def _drop(request: Request) -> Response:
    """The reply that stands for "no reply": the server logs it (status 444, nginx's code for a connection
    closed without a response), then cuts the connection (`cut`)."""
    del request
    return Response(b"", status=DROPPED_STATUS)


def cut(request: Request) -> None:
    """Cut the connection without an HTTP reply.

    werkzeug's dev server puts the socket in the environ: shutting it down sends the client a FIN now, so it
    sees "connection closed without response"; the reply werkzeug then tries to write fails with a broken pipe,
    which it treats as a dropped connection. Without a socket (werkzeug's test client) DroppedConnection does
    the same. Called after the request was logged, so a client that sees the drop finds it in the log.
    """
    sock = request.environ.get("werkzeug.socket")
    if not isinstance(sock, socket.socket):
        raise DroppedConnection("injected fault: connection dropped")
    with contextlib.suppress(OSError):  # the client went away first: dropped either way
        sock.shutdown(socket.SHUT_RDWR)
