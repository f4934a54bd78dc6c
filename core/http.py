"""One HTTP session per API: timeouts, a client-side rate limit, retries with backoff, typed errors.

Retries cover what the services ask clients to retry: 429 (honouring Retry-After when sent; HubSpot often
omits it), 5xx and dropped connections. Writes are retried only when the caller says they are idempotent
(QBO writes carry a requestid). Error texts never include request headers, so tokens cannot leak.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from core.errors import AuthError, NetworkError, RateLimitError

log = logging.getLogger(__name__)

RETRY_STATUS = {429, 500, 502, 503, 504}
TIMEOUT = (10.0, 60.0)  # connect, read


class Throttle:
    """Keeps us under `limit` calls per `seconds` so the service never has to say 429."""

    def __init__(self, limit: int, seconds: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.limit, self.seconds, self.clock, self.sleep = limit, seconds, clock, sleep
        self._calls: deque[float] = deque()
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            while True:
                now = self.clock()
                while self._calls and self._calls[0] <= now - self.seconds:
                    self._calls.popleft()
                if len(self._calls) < self.limit:
                    self._calls.append(now)
                    return
                self.sleep(self._calls[0] + self.seconds - now + 0.01)


class ApiSession:
    """A requests.Session bound to one service's base URL and bearer token."""

    def __init__(self, service: str, base_url: str, token: str, *, throttle: Throttle | None = None,
                 max_attempts: int = 6, backoff: float = 0.5, sleep: Callable[[float], None] = time.sleep,
                 headers: dict[str, str] | None = None, renew: Callable[[], str] | None = None) -> None:
        self.service = service
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "User-Agent": "SyncDoctor/0.1"})
        self.session.headers.update(headers or {})
        self.throttle = throttle
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.sleep = sleep
        self.renew = renew       # a fresh access token when the current one has expired (OAuth logins)
        self.request_count = 0

    def close(self) -> None:
        self.session.close()

    def request(self, method: str, path: str, *, idempotent: bool | None = None,
                **kwargs: Any) -> requests.Response:
        """Send, retrying throttles and transient failures. Returns any non-retryable response as is,
        except 401/403, which raise AuthError (the caller cannot do anything useful with them)."""
        url = path if path.startswith("http") else f"{self.base_url}{path}"
        retry_writes = method.upper() in ("GET", "HEAD") if idempotent is None else idempotent
        kwargs.setdefault("timeout", TIMEOUT)
        last: str = ""
        renewed = False
        for attempt in range(1, self.max_attempts + 1):
            if self.throttle:
                self.throttle.wait()
            self.request_count += 1
            try:
                response = self.session.request(method, url, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                last = _describe_network(exc)
                # A refused or timed-out connection rarely heals within seconds: give up sooner than on 429.
                if not retry_writes or attempt >= min(3, self.max_attempts):
                    break
                self._pause(attempt, None)
                continue
            if response.status_code == 401 and self.renew is not None and not renewed:
                # Access tokens live 30 (HubSpot) or 60 (QuickBooks) minutes: get a new one once and resend.
                # Renewal failing for good raises ReconnectNeeded (an AuthError) from the callback itself.
                renewed = True
                self.session.headers["Authorization"] = f"Bearer {self.renew()}"
                continue
            if response.status_code in (401, 403):
                raise AuthError(self._auth_message(response))
            # A 429 was never executed, so even a write may be sent again.
            if (response.status_code in RETRY_STATUS and attempt < self.max_attempts
                    and (response.status_code == 429 or retry_writes)):
                log.info("%s answered %s; retrying (%d)", self.service, response.status_code, attempt)
                self._pause(attempt, response)
                continue
            if response.status_code == 429:
                raise RateLimitError(f"{self.service} kept refusing requests because of its rate limit. "
                                     "Wait a minute and try again.")
            return response
        raise NetworkError(f"Cannot reach {self.service} at {self.base_url}: {last}")

    def _pause(self, attempt: int, response: requests.Response | None) -> None:
        delay = self.backoff * (2 ** (attempt - 1)) * (0.5 + random.random() / 2)
        if response is not None:
            retry_after = response.headers.get("Retry-After", "")
            if retry_after.replace(".", "", 1).isdigit():
                delay = max(delay, float(retry_after))
            elif response.status_code == 429 and "X-HubSpot-RateLimit-Interval-Milliseconds" in response.headers:
                # No Retry-After: wait for a good part of the rolling window to clear.
                window = float(response.headers["X-HubSpot-RateLimit-Interval-Milliseconds"]) / 1000
                delay = max(delay, min(window / 4, 10.0))
        self.sleep(min(delay, 60.0))

    def _auth_message(self, response: requests.Response) -> str:
        if response.status_code == 403:
            return (f"{self.service} refused access (HTTP 403): the connection lacks a permission or is not "
                    "authorised for this company. Reconnect and grant every requested permission.")
        return (f"{self.service} did not accept the login (HTTP 401): it has expired or was revoked. "
                "Reconnect to continue.")


def _describe_network(exc: Exception) -> str:
    if isinstance(exc, requests.Timeout):
        return "the service took too long to answer"
    return "the connection failed (check the network, or whether the address is right)"


def server_date(response: requests.Response) -> datetime | None:
    """The service's own clock from the reply's Date header (watermarks must not trust the local clock)."""
    try:
        moment = parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
