"""One HTTP session per API: secure addresses, bounded reads, strict JSON, retries with backoff, typed errors.

Two separate retry budgets, because the two kinds of trouble heal differently: the network (refused, reset or
dropped connections, read timeouts, cut-off or too-slow bodies) and the service (429, 5xx, and a 2xx whose body
cannot be read). A request is sent again only when that is safe: GETs, writes the caller marks idempotent (QBO
writes carry a requestid; HubSpot's PATCH and association PUT/DELETE converge), a 429 (never executed), or a
connection that was never made. Error texts never include request headers, so tokens cannot leak.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import ConnectTimeoutError, DecodeError, HTTPError, ProtocolError, ReadTimeoutError
from urllib3.util import Retry

from core import http_words as words
from core.errors import (
    AuthError,
    ConfigError,
    MalformedReplyError,
    NetworkError,
    RateLimitError,
    ReplyTooLargeError,
    SlowReplyError,
    seconds_setting,
)
from core.http_body import BodyTooLarge, BodyTooSlow, Unreadable, decode_json, finite, read_body
from core.i18n import Message, verbatim
from core.reply_checks import bounded
from core.reply_words import subject
from core.throttle import Throttle

log = logging.getLogger(__name__)

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CONNECT_TIMEOUT = 10.0   # seconds to open a connection
READ_TIMEOUT = 30.0      # seconds of silence allowed between bytes
# Operators behind slow proxies (and tests that must stay short) may tune the pace; the defaults suit the services.
DEADLINE = seconds_setting("SYNCDOCTOR_HTTP_DEADLINE", 60.0, above_zero=True)   # s one attempt may take, to last byte
BACKOFF = seconds_setting("SYNCDOCTOR_HTTP_BACKOFF", 0.5)      # s before the first retry; doubles after
MAX_BYTES = 64 * 1024 * 1024
NETWORK_ATTEMPTS = 6     # attempts that may fail for network reasons
HTTP_ATTEMPTS = 8        # attempts that may be answered 429/5xx or with an unreadable 2xx
SLOW_RETRIES = 2         # a server that trickles is broken rather than flaky: retry it twice at most
MAX_PAUSE = 30.0         # no single backoff pause is longer
MAX_RETRY_AFTER = 300.0  # a service asking for a longer wait is refused at once instead of waited for


def require_secure(url: str, what: str) -> str:
    """`url` itself when it is https, or plain http to this computer (127.0.0.0/8, ::1, localhost);
    ConfigError otherwise. Tokens must never travel in the clear over a network."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:   # e.g. an unclosed [IPv6 bracket
        raise ConfigError(words.NOT_AN_ADDRESS.format(what=what, address=verbatim(url[:200]))) from None
    if parts.scheme.lower() == "https" and host:
        return url
    if parts.scheme.lower() == "http" and _is_loopback(host):
        return url
    shown = f"{parts.scheme}://{host}{f':{parts.port}' if _port(parts) else ''}{parts.path}" if host else url
    raise ConfigError(words.NOT_SECURE.format(what=what, address=verbatim(shown)))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _port(parts: Any) -> int | None:
    try:
        return int(parts.port) if parts.port else None
    except ValueError:
        return None


class _Failure(Exception):
    """One attempt that got no usable reply. `sent`: the request may have reached the service; `final`:
    retrying cannot help (a bad certificate, an oversized reply)."""

    def __init__(self, description: Message, *, sent: bool = True, slow: bool = False, final: bool = False,
                 error: type[NetworkError] = NetworkError) -> None:
        super().__init__(str(description))
        self.description, self.sent, self.slow, self.final, self.error = description, sent, slow, final, error


@dataclass
class _Budget:
    network: int = 0
    slow: int = 0
    http: int = 0


class ApiSession:
    """A requests.Session bound to one service's base URL and bearer token."""

    def __init__(self, service: str, base_url: str, token: str, *, throttle: Throttle | None = None,
                 network_attempts: int = NETWORK_ATTEMPTS, http_attempts: int = HTTP_ATTEMPTS,
                 backoff: float | None = None, sleep: Callable[[float], None] = time.sleep,
                 headers: dict[str, str] | None = None, renew: Callable[[], str] | None = None,
                 deadline: float | None = None, max_bytes: int = MAX_BYTES, connect_timeout: float = CONNECT_TIMEOUT,
                 read_timeout: float = READ_TIMEOUT, clock: Callable[[], float] = time.monotonic) -> None:
        self.service = service
        self.base_url = require_secure(base_url, f"{service} API").rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": "SyncDoctor/0.1"})
        self.session.headers.update(headers or {})
        self.throttle = throttle
        self.network_attempts = network_attempts
        self.http_attempts = http_attempts
        self.backoff = BACKOFF if backoff is None else backoff
        self.sleep = sleep
        self.renew = renew       # a fresh access token when the current one has expired (OAuth logins)
        self.deadline = DEADLINE if deadline is None else deadline
        self.max_bytes = max_bytes
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.clock = clock
        self.request_count = 0
        self.budget_count = 0    # of which drew on the session's own budget (not a `bucket` of their own)

    def close(self) -> None:
        self.session.close()

    def request(self, method: str, path: str, *, idempotent: bool | None = None, what: str = "",
                json_reply: bool = True, bucket: Throttle | None = None, chain: int | None = None,
                **kwargs: Any) -> requests.Response:
        """Send, retrying what is safe to retry, and return the reply with its body read.

        Raises AuthError for 401/403 (after one token renewal when `renew` is set), RateLimitError when 429s
        outlast the HTTP budget, NetworkError (or its ReplyTooLargeError / SlowReplyError) when no complete
        reply came, and MalformedReplyError when a 2xx body stayed unreadable (not strict UTF-8 JSON; checked
        unless `json_reply` is False). Any other reply, a 5xx that outlasted the budget included, is returned
        as is. `idempotent` defaults to True for GET/HEAD/OPTIONS; `what` names the request in messages;
        `bucket`: the rate budget the call draws on when it is not the session's (a separate limit, such as
        HubSpot's search); `chain`: the call needs the previous reply (a paged list), and this is its rank among the
        chains (core.throttle)."""
        absolute = path.startswith(("http://", "https://"))
        url = path if absolute else f"{self.base_url}{path}"
        if absolute:  # a full address (e.g. a paging link) is held to the same rule as the base
            require_secure(url, f"{self.service} API")
        resend = method.upper() in SAFE_METHODS if idempotent is None else idempotent
        what = what or f"{method.upper()} {urlsplit(url).path}"
        kwargs.setdefault("timeout", (self.connect_timeout, min(self.read_timeout, self.deadline)))
        kwargs.setdefault("allow_redirects", False)  # a redirect could lead off https; neither API sends one
        kwargs["stream"] = True
        budget = _Budget()
        renewed = False
        throttle = bucket or self.throttle
        while True:
            ticket = throttle.wait(chain) if throttle is not None else None
            self.request_count += 1
            self.budget_count += bucket is None
            try:
                response = self._attempt(method, url, kwargs)
            except _Failure as failure:
                self._network_retry(failure, budget, resend, what)
                continue
            finally:
                if throttle is not None and ticket is not None:
                    throttle.ended(ticket)
            status = response.status_code
            if status == 401 and self.renew is not None and not renewed:
                # Access tokens live 30 (HubSpot) or 60 (QuickBooks) minutes: get a new one once and resend.
                # Renewal failing for good raises ReconnectNeeded (an AuthError) from the callback itself.
                renewed = True
                self.session.headers["Authorization"] = f"Bearer {self.renew()}"
                continue
            if status in (401, 403):
                raise AuthError(self._auth_message(response))
            if status in RETRY_STATUS:
                budget.http += 1
                # A 429 was never executed, so even a write may be sent again.
                if (status == 429 or resend) and budget.http < self.http_attempts:
                    log.info("%s answered %s to %s; retrying (%d)", self.service, status, what, budget.http)
                    self._pause(budget.http, response)
                    continue
                if status == 429:
                    raise RateLimitError(words.RATE_LIMITED.format(service=self.service))
                return response
            if json_reply and 200 <= status < 300 and status != 204 and method.upper() != "HEAD":
                try:
                    decode_json(response)
                except Unreadable as problem:
                    budget.http += 1
                    if resend and budget.http < self.http_attempts:
                        log.info("%s sent an unreadable reply to %s (%s); retrying (%d)", self.service, what,
                                 problem, budget.http)
                        self._pause(budget.http, None)
                        continue
                    raise unreadable_error(self.service, what, response, problem) from None
            return response

    def _attempt(self, method: str, url: str, kwargs: dict[str, Any]) -> requests.Response:
        """One request and its whole body, within the deadline and the size cap."""
        started = self.clock()
        try:
            response = self.session.request(method, url, **kwargs)
        except requests.RequestException as exc:
            raise _describe(exc) from None
        try:
            read_body(response, deadline=started + self.deadline, max_bytes=self.max_bytes,
                      read_timeout=self.read_timeout, clock=self.clock)
        except BodyTooSlow:
            raise _Failure(words.SLOW.format(seconds=f"{self.deadline:g}"), slow=True,
                           error=SlowReplyError) from None
        except BodyTooLarge:
            raise _Failure(words.TOO_LARGE.format(size=_size(self.max_bytes)), final=True,
                           error=ReplyTooLargeError) from None
        except ReadTimeoutError:
            raise _Failure(words.STOPPED_MID_REPLY) from None
        except ProtocolError:
            raise _Failure(words.CUT_OFF) from None
        except DecodeError:
            raise _Failure(words.BAD_COMPRESSION) from None
        except HTTPError:
            raise _Failure(words.READ_FAILED) from None
        return response

    def _network_retry(self, failure: _Failure, budget: _Budget, resend: bool, what: str) -> None:
        """Pause before the next attempt, or raise when this failure may not or need not be retried."""
        budget.network += 1
        budget.slow += failure.slow
        allowed = (resend or not failure.sent) and not failure.final
        if allowed and budget.network < self.network_attempts and budget.slow <= SLOW_RETRIES:
            log.info("%s: %s (%s); retrying (%d)", self.service, failure.description, what, budget.network)
            self._pause(budget.network, None)
            return
        if failure.error is NetworkError:
            raise NetworkError(words.CANNOT_REACH.format(service=self.service, address=verbatim(self.base_url),
                                                         reason=failure.description)) from None
        stopped = words.STOPPED_READING if failure.error is ReplyTooLargeError else words.STOPPED_WAITING
        raise failure.error(stopped.format(service=self.service, reason=failure.description,
                                           what=subject(what))) from None

    def _pause(self, attempt: int, response: requests.Response | None) -> None:
        delay = self.backoff * (2 ** (attempt - 1))
        delay = random.uniform(delay / 2, delay)  # jitter: clients that failed together do not return together
        asked = _asked_wait(response) if response is not None else None
        if asked is not None:
            if asked > MAX_RETRY_AFTER:
                raise RateLimitError(words.WAIT_TOO_LONG.format(service=self.service, duration=words.duration(asked)))
            delay = max(delay, asked)
        self.sleep(min(delay, MAX_PAUSE))

    def _auth_message(self, response: requests.Response) -> Message:
        refused = words.REFUSED_403 if response.status_code == 403 else words.REFUSED_401
        return refused.format(service=self.service)


def _asked_wait(response: requests.Response) -> float | None:
    """Seconds the reply asks us to wait: Retry-After (seconds or an HTTP date), else, on a HubSpot 429, the
    rate-limit window (HubSpot often omits Retry-After; waiting a window out lets the rolling count clear)."""
    retry_after = response.headers.get("Retry-After", "").strip()
    if retry_after:
        try:
            seconds = float(retry_after)
        except ValueError:
            try:
                return Retry().parse_retry_after(retry_after)
            except HTTPError:
                return None
        return seconds if finite(seconds) and seconds >= 0 else None
    window = response.headers.get("X-HubSpot-RateLimit-Interval-Milliseconds", "").strip()
    if response.status_code == 429 and window:
        try:
            seconds = float(window) / 1000
        except ValueError:
            return None
        return seconds if finite(seconds) and seconds >= 0 else None
    return None


def _describe(exc: requests.RequestException) -> _Failure:
    """What went wrong before any reply arrived, in plain words, and whether the request may have been sent."""
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    if isinstance(exc, requests.exceptions.SSLError):
        verify = "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc)
        if verify:
            return _Failure(words.BAD_CERTIFICATE, sent=False, final=True)
        return _Failure(words.SECURE_FAILED)
    if isinstance(exc, requests.ConnectTimeout) or isinstance(reason, ConnectTimeoutError):
        # urllib3's NewConnectionError (refused, no route, unknown host) is a ConnectTimeoutError too.
        return _Failure(words.CONNECT_FAILED, sent=False)
    if isinstance(exc, requests.Timeout):
        return _Failure(words.TOO_SLOW)
    if isinstance(exc, requests.ConnectionError):
        return _Failure(words.DROPPED)
    return _Failure(words.NOT_MADE.format(error=type(exc).__name__), final=True)


def network_words(exc: requests.RequestException) -> str:
    """Why a request got no reply, in plain words (no exception class names), in English."""
    return str(network_message(exc))


def network_message(exc: requests.RequestException) -> Message:
    """network_words() as a message, for a reader in any language."""
    return _describe(exc).description


def unreadable_error(service: str, what: str, response: requests.Response, problem: Unreadable) -> MalformedReplyError:
    text = (response.content or b"")[:500].decode("utf-8", "replace")
    return MalformedReplyError(words.UNREADABLE.format(service=service, problem=problem.message, what=subject(what)),
                               response.status_code, body=text)


def json_body(response: requests.Response, service: str, what: str) -> Any:
    """The reply's JSON value (decoded once, strictly); MalformedReplyError when it is not strict UTF-8 JSON."""
    try:
        body = decode_json(response)
    except Unreadable as problem:
        raise unreadable_error(service, what, response, problem) from None
    return bounded(body, service, what)


def _size(n: int) -> str:
    mib = 1024 * 1024
    return f"{n // mib} MB" if n >= mib and n % mib == 0 else f"{n:,} bytes"


def server_date(response: requests.Response) -> datetime | None:
    """The service's own clock from the reply's Date header (watermarks must not trust the local clock)."""
    try:
        moment = parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
