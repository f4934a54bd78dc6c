"""Typed errors that cross the core/GUI boundary.

`UserError`s are things a bookkeeper can fix (settings, a login, the network); they carry a message (a
core.i18n.Message, so the window can show it in its own language; `str(err)` stays English for logs and the
command line) and never a token. Anything else escaping core is a bug and is reported as such.
"""

from __future__ import annotations

import math
import os

from core.i18n import N_, Message, plain


class SyncDoctorError(Exception):
    """Base of every error core raises on purpose."""


class UserError(SyncDoctorError):
    """A problem the user can act on. `message` is what to show (rendered in the reader's language: gui.i18n's
    error_text); `str(err)` is its English text. Plain text still works: it becomes a verbatim message."""

    message: Message

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = plain(message)
        # args stay plain English text: str(err), logging and pickling see what they always saw
        super().__init__(str(self.message), *args)


class ConfigError(UserError):
    """Settings are missing or wrong (no token, no company id, bad address)."""


class NetworkError(UserError):
    """A service could not be reached, or kept failing after retries."""


class AuthError(UserError):
    """The service refused the credentials (expired, revoked or malformed token)."""


class RateLimitError(NetworkError):
    """The service kept throttling us after every retry."""


class ApiError(UserError):
    """The service answered with an error we do not handle; `status` and `body` say which."""

    def __init__(self, message: Message | str, status: int, code: str = "", body: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.body = body


class MalformedReplyError(ApiError):
    """The service answered with something that is not the JSON we expect."""


class CacheError(UserError):
    """The local cache is corrupt, locked or from a newer version of the app."""


class Cancelled(SyncDoctorError):
    """The user cancelled a long operation; whatever was saved before stays consistent."""


class ReplyTooLargeError(NetworkError):
    """A reply was longer than the size cap; reading stopped so memory and the cache stay bounded."""


class SlowReplyError(NetworkError):
    """A reply kept trickling in past the per-attempt deadline."""


class OutcomeUnknownError(NetworkError):
    """A write was sent and an answer came back, but it could not be read: whether the change was made is not
    known. Like a dropped connection, it must be resolved (resend with the same request id, or look the record
    up) before anything else is planned for that record."""


def one_line(text: object, limit: int = 300) -> str:
    """A service's own words made fit for one line of a message: whitespace runs folded, at most `limit`
    characters (a reply may carry a whole HTML page, or worse)."""
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


# {name} is the environment variable, {least} one of the two phrases after it, {value} what it holds.
NOT_SECONDS = N_("Settings", "{name} must be a number of seconds ({least}), not '{value}'. Correct it or unset it.")
MORE_THAN_ZERO = N_("Settings", "more than 0")
ZERO_OR_MORE = N_("Settings", "0 or more")


def seconds_setting(name: str, default: float, *, above_zero: bool = False) -> float:
    """Seconds from the environment variable `name` (`default` when unset or empty). A value that is not a finite
    number of seconds (≥ 0, or > 0 with `above_zero`) is a ConfigError, never a crash deep inside a command: a
    negative lock wait would mean waiting forever, a zero deadline no request at all."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or (above_zero and value == 0):
        least = MORE_THAN_ZERO if above_zero else ZERO_OR_MORE
        raise ConfigError(NOT_SECONDS.format(name=name, least=least, value=text[:40]))
    return value
