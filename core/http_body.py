"""Reading a streamed reply within a deadline and a size cap, and decoding its JSON strictly.

Split from core.http: this half knows bytes and sockets, that half knows retries and services. Nothing here
raises a UserError; core.http turns these outcomes into messages (an unreadable body says why as a catalogue
message, core.http_words).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

import requests
from urllib3.exceptions import ReadTimeoutError

from core import http_words as words
from core.digits import ascii_digits
from core.i18n import Message, verbatim

CHUNK = 64 * 1024
_PARSED = "_syncdoctor_json"  # where the decoded body is kept on the Response, so it is parsed once
# A JSON \uD800–\uDFFF escape: only then can a decoded string hold a lone surrogate (SQLite cannot store one).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


class BodyTooLarge(Exception):
    """The reply is longer than the cap (declared or counted)."""


class BodyTooSlow(Exception):
    """The reply did not finish within the attempt's deadline."""


class Unreadable(ValueError):
    """The body is not strict UTF-8 JSON; `message` says why in a few words (`str()` in English)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def read_body(response: requests.Response, *, deadline: float, max_bytes: int, read_timeout: float,
              clock: Callable[[], float]) -> bytes:
    """The whole body of a `stream=True` response, stored as its `.content`; the connection goes back to the pool.

    `deadline` is an instant on `clock`. Each receive waits at most `read_timeout` and never past the deadline,
    so a server sending one byte at a time cannot hold us longer than the deadline. On any failure the
    connection is closed (a half-read connection cannot be reused) and the exception propagates: BodyTooLarge,
    BodyTooSlow, or urllib3's ReadTimeoutError / ProtocolError (cut off) / DecodeError / SSLError.
    """
    try:
        declared = response.headers.get("Content-Length", "").strip()
        if ascii_digits(declared) and int(declared) > max_bytes:
            raise BodyTooLarge
        raw = response.raw
        parts: list[bytes] = []
        size = 0
        while True:
            left = deadline - clock()
            if left <= 0:
                raise BodyTooSlow
            _limit_wait(raw, min(read_timeout, left))
            try:
                chunk = raw.read1(CHUNK, decode_content=True)
            except ReadTimeoutError:
                if clock() >= deadline:
                    raise BodyTooSlow from None
                raise
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise BodyTooLarge
            parts.append(chunk)
    except BaseException:
        response.close()
        raise
    content = b"".join(parts)
    response._content = content
    response._content_consumed = True  # type: ignore[attr-defined]
    raw.release_conn()
    return content


def _limit_wait(raw: Any, seconds: float) -> None:
    """Bound the next receive: the socket's timeout applies to each recv the reader makes."""
    connection = getattr(raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))


def decode_json(response: requests.Response) -> Any:
    """The body as JSON: strict UTF-8, standard JSON only (no NaN/Infinity), no lone surrogates. Decoded once
    per response (the value is kept on it). Raises Unreadable."""
    cached = response.__dict__.get(_PARSED, _PARSED)
    if cached is not _PARSED:
        return cached
    content = response.content or b""
    if not content.strip():
        raise Unreadable(words.EMPTY_REPLY)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Unreadable(words.NOT_UTF8.format(position=str(err.start))) from None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise Unreadable(words.TOO_DEEP) from None
    except ValueError as err:
        raise Unreadable(_json_problem(text, err)) from None
    if _SURROGATE_ESCAPE.search(content):
        _check_surrogates(value)
    response.__dict__[_PARSED] = value
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _json_problem(text: str, err: ValueError) -> Message:
    if text.lstrip()[:1] == "<":
        return words.WEB_PAGE
    # the JSON reader's own words stay as they are; the place is given apart so it reads in any language
    if isinstance(err, json.JSONDecodeError):
        return words.NOT_JSON_AT.format(error=verbatim(err.msg), line=str(err.lineno), column=str(err.colno))
    return words.NOT_JSON.format(error=verbatim(str(err)))


def _check_surrogates(value: Any) -> None:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise Unreadable(words.HALF_PAIR) from None


def finite(value: float) -> bool:
    return not (math.isnan(value) or math.isinf(value))
