"""When a connection will stop working, and what to show about it.

Intuit refresh tokens live 100 days after the last refresh (rolling) and at most 5 years after the first consent
(QBO_API.md §9, Intuit's 2025-11 policy); when Intuit tells us a nearer date (`x_refresh_token_expires_in`), the
nearest wins. HubSpot refresh tokens do not expire; they die when access is revoked or the app uninstalled,
which a refused refresh reveals. The clock is a parameter so tests can move time.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from core.i18n import N_, Message

QBO_ROLLING = timedelta(days=100)
QBO_MAX_LIFETIME = timedelta(days=5 * 365 + 1)  # "5 years": 365-day years plus the leap day in between
DEFAULT_WARN_DAYS = 14

Clock = Callable[[], datetime]

CONNECTED = N_("Connection", "{service}: connected")
EXPIRES_TODAY = N_("Connection", "{service}: connection expires today. Reconnect to keep it working.")
EXPIRES_TOMORROW = N_("Connection", "{service}: connection expires tomorrow. Reconnect to keep it working.")
EXPIRES_IN = N_("Connection", "{service}: connection expires in {days} days. Reconnect to keep it working.")
RECONNECT = N_("Connection", "{service}: reconnect needed")
OFFLINE = N_("Connection", "{service}: offline (cannot be reached right now)")
NOT_CONNECTED = N_("Connection", "{service}: not connected")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Status(Enum):
    CONNECTED = "connected"
    EXPIRES_SOON = "expires_soon"
    RECONNECT_NEEDED = "reconnect_needed"
    OFFLINE = "offline"
    NOT_CONNECTED = "not_connected"


@dataclass(frozen=True)
class Forecast:
    """One system's connection state. `days_left` is set whenever an expiry date is known."""

    status: Status
    days_left: int | None = None
    expires_at: datetime | None = None

    @property
    def warn(self) -> bool:
        """Show a badge: the person has to act soon (or now)."""
        return self.status in (Status.EXPIRES_SOON, Status.RECONNECT_NEEDED)

    def message(self, label: str) -> Message:
        """The status in plain words, e.g. "QuickBooks: connection expires in 9 days…"."""
        if self.status is Status.CONNECTED:
            return CONNECTED.format(service=label)
        if self.status is Status.EXPIRES_SOON:
            days = self.days_left or 0
            if days <= 0:
                return EXPIRES_TODAY.format(service=label)
            return (EXPIRES_TOMORROW if days == 1 else EXPIRES_IN).format(service=label, days=days)
        if self.status is Status.RECONNECT_NEEDED:
            return RECONNECT.format(service=label)
        if self.status is Status.OFFLINE:
            return OFFLINE.format(service=label)
        return NOT_CONNECTED.format(service=label)

    def text(self, label: str, lang: str = "en") -> str:
        """message(label) in `lang` ("es" for Spanish)."""
        return self.message(label).render(lang)


def qbo_refresh_expiry(last_refresh: datetime, first_consent: datetime | None = None,
                       reported: datetime | None = None) -> datetime:
    """The last moment the saved Intuit refresh token still works."""
    candidates = [last_refresh + QBO_ROLLING]
    if first_consent is not None:
        candidates.append(first_consent + QBO_MAX_LIFETIME)
    if reported is not None:
        candidates.append(reported)
    return min(candidates)


def days_until(moment: datetime, now: datetime) -> int:
    """Whole days left, rounded up: 13.2 days left shows as 14, anything still ahead today is at least 1."""
    return math.ceil((moment - now).total_seconds() / 86400)


def forecast_qbo(first_consent: datetime | None, last_refresh: datetime | None, *, reported: datetime | None = None,
                 connected: bool = True, reconnect_needed: bool = False, offline: bool = False,
                 warn_days: int = DEFAULT_WARN_DAYS, clock: Clock = utc_now) -> Forecast:
    """QuickBooks: not connected without a saved token; reconnect when refused or past expiry; else by days left."""
    if not connected or last_refresh is None:
        return Forecast(Status.NOT_CONNECTED)
    expires = qbo_refresh_expiry(last_refresh, first_consent, reported)
    days = days_until(expires, clock())
    if reconnect_needed or expires <= clock():
        return Forecast(Status.RECONNECT_NEEDED, max(days, 0), expires)
    if offline:
        return Forecast(Status.OFFLINE, days, expires)
    if days <= warn_days:
        return Forecast(Status.EXPIRES_SOON, days, expires)
    return Forecast(Status.CONNECTED, days, expires)


def forecast_hubspot(*, connected: bool, reconnect_needed: bool = False, offline: bool = False) -> Forecast:
    """HubSpot: no expiry date to forecast; revoked or uninstalled shows as reconnect needed."""
    if not connected:
        return Forecast(Status.NOT_CONNECTED)
    if reconnect_needed:
        return Forecast(Status.RECONNECT_NEEDED)
    if offline:
        return Forecast(Status.OFFLINE)
    return Forecast(Status.CONNECTED)
