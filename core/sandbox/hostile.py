"""Hostile replies: chosen requests get a reply no well-behaved service sends — an HTML page, broken or
truncated JSON, wrong types, nulls, a 10 MB string, invalid UTF-8, a body that trickles or never ends — for an
adversarial test matrix of clients.

A HostilePlan names a kind and the requests it hits (a regex searched in the path, optionally a method). The
request is served normally first, so writes really happen; then the reply is replaced or mutated. Unlike
FaultPlan nothing is random: a plan hits every matching request after `skip`, `times` times at most.
docs/operability.md ("Hostile replies") says exactly what each kind sends.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from werkzeug.wrappers import Request, Response

from core.sandbox import hostile_json
from core.sandbox.replies import BAD_GATEWAY_PAGE

KINDS = ("html_200", "html_502", "invalid_json", "truncated", "truncated_length", "wrong_types", "nulls",
         "nulls_inner", "huge_string", "invalid_utf8", "slow_body", "endless")
JSON_TYPE = "application/json;charset=UTF-8"
TRUNCATE_AT = 0.6        # share of the real body that truncated replies send
ENDLESS_ITEM = b'{"a": 1},'
ENDLESS_CHUNK = ENDLESS_ITEM * (64 * 1024 // len(ENDLESS_ITEM))  # about 64 KB per write
# A maintenance page with status 200, as a captive portal or a proxy in front of the service may send.
MAINTENANCE_PAGE = ("<!DOCTYPE html>\n<html><head><title>Scheduled maintenance</title></head>\n"
                    "<body><h1>We'll be back soon</h1><p>The service is down for scheduled maintenance.</p>"
                    "</body></html>\n")
# The start of a list of results, then bytes that no JSON parser accepts.
INVALID_JSON = b'{"results": [{"id": "1", "properties": {"name": "Acme"}}, {"id": 2,, ]] <<garbage>> \x7f@#'


@dataclass
class HostilePlan:
    """Spoil the replies to requests whose path matches `path` (re.search) and whose method is `method`
    (any when None): the first `skip` matching requests pass untouched, then `times` of them (all when None)
    get the `kind` of reply. The knobs after `times` shorten slow_body and huge_string for tests."""

    kind: str
    path: str
    method: str | None = None
    skip: int = 0
    times: int | None = None
    slow_interval: float = 0.5   # slow_body: seconds between two bytes
    slow_total: float = 600.0    # slow_body: how long the body takes in all
    huge_size: int = 10 * 1024 * 1024  # huge_string: letters in the string
    seen: int = field(default=0, init=False)     # matching requests so far, skipped ones included
    applied: int = field(default=0, init=False)  # replies spoilt so far
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown hostile kind '{self.kind}'; known: {', '.join(KINDS)}")
        try:
            self._pattern = re.compile(self.path)
        except re.error as exc:
            raise ValueError(f"'{self.path}' is not a valid regular expression: {exc}") from exc
        if self.skip < 0 or (self.times is not None and self.times < 0):
            raise ValueError("skip and times cannot be negative")
        if self.slow_interval <= 0 or self.slow_total < 0 or self.huge_size < 0:
            raise ValueError("slow_interval must be positive; slow_total and huge_size cannot be negative")
        self.method = self.method.upper() if self.method else None

    def matches(self, request: Request) -> bool:
        return ((self.method is None or request.method == self.method)
                and self._pattern.search(request.path) is not None)

    @property
    def used_up(self) -> bool:
        return self.times is not None and self.applied >= self.times


def parse_hostile(text: str) -> HostilePlan:
    """'nulls:/query' → HostilePlan('nulls', '/query'). The regex is everything after the first colon."""
    kind, colon, pattern = text.partition(":")
    if not colon or not pattern:
        raise ValueError(f"expected KIND:REGEX (e.g. nulls:/query), not '{text}'")
    return HostilePlan(kind.strip(), pattern)


class Hostility:
    """The plans of one sandbox. A request goes to the first plan that matches it and is not used up; inside
    that plan's `skip` it passes untouched (later plans do not see it). One lock keeps the counts exact when
    clients run in parallel."""

    def __init__(self, plans: Sequence[HostilePlan], stopping: threading.Event) -> None:
        self.plans = list(plans)
        self.stopping = stopping  # set when the sandbox stops: streamed bodies end at their next tick
        self._lock = threading.Lock()

    def pick(self, request: Request) -> HostilePlan | None:
        """The plan whose reply this request gets, counting it; None to send the reply as it is."""
        if not self.plans:
            return None
        with self._lock:
            for plan in self.plans:
                if plan.used_up or not plan.matches(request):
                    continue
                plan.seen += 1
                if plan.seen <= plan.skip:
                    return None
                plan.applied += 1
                return plan
        return None

    def apply(self, request: Request, response: Response) -> Response:
        plan = self.pick(request)
        return response if plan is None else spoil(plan, response, self.stopping)


def spoil(plan: HostilePlan, real: Response, stopping: threading.Event) -> Response:
    """The reply that replaces `real` for `plan`'s kind."""
    kind = plan.kind
    if kind == "html_200":
        return Response(MAINTENANCE_PAGE, status=200, content_type="text/html; charset=utf-8")
    if kind == "html_502":
        return Response(BAD_GATEWAY_PAGE, status=502, content_type="text/html")
    if kind == "invalid_json":
        return Response(INVALID_JSON, status=200, content_type=JSON_TYPE)
    if kind == "endless":
        return Response(_endless(stopping), status=200, content_type=JSON_TYPE)
    body = real.get_data()
    headers = [(k, v) for k, v in real.headers.items() if k.lower() != "content-length"]
    cut = body[: int(len(body) * TRUNCATE_AT)]
    if kind == "truncated":
        # An iterator has no length, so no Content-Length goes out: the server chunks the body and ends it
        # properly, and the client sees a complete reply that is simply short.
        return Response(iter([cut]), status=real.status_code, headers=headers)
    if kind == "truncated_length":
        # The full length is announced but only part is sent; the server then closes the connection
        # (werkzeug closes after every reply), so the client's read comes up short.
        return Response(iter([cut]), status=real.status_code, headers=[*headers, ("Content-Length", str(len(body)))])
    if kind == "slow_body":
        count = max(1, int(plan.slow_total / plan.slow_interval))
        return Response(_trickle(body, count, plan.slow_interval, stopping), status=200, content_type=JSON_TYPE,
                        headers={"Content-Length": str(count)})
    mutated = _mutate(kind, body, plan.huge_size)
    if mutated is None:  # not JSON, or nothing in it to change: the real reply goes out
        return real
    return Response(mutated, status=real.status_code, headers=headers)


def _mutate(kind: str, body: bytes, huge_size: int) -> bytes | None:
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    if kind == "wrong_types":
        return hostile_json.encode(hostile_json.wrong_types(parsed))
    if kind == "nulls":
        return hostile_json.encode(hostile_json.nulls(parsed))
    if kind == "nulls_inner":
        return hostile_json.encode(hostile_json.nulls_inner(parsed))
    if kind == "huge_string":
        return hostile_json.huge_string(parsed, huge_size)
    return hostile_json.invalid_utf8(parsed)


def _trickle(body: bytes, count: int, interval: float, stopping: threading.Event) -> Iterator[bytes]:
    """`count` bytes, one per `interval`: the real body, then spaces (still valid JSON) for the rest."""
    padded = (body + b" " * count)[:count]
    yield b""  # the status line and headers go out at once; only the body is slow
    for i in range(count):
        if stopping.wait(interval):  # the sandbox is stopping: end within one tick
            return
        yield padded[i:i + 1]


def _endless(stopping: threading.Event) -> Iterator[bytes]:
    """A JSON list that never closes, as fast as the client reads, until it hangs up or the sandbox stops."""
    yield b"["
    while not stopping.is_set():
        yield ENDLESS_CHUNK
