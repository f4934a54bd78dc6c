"""Read the provider's answer: the query of the loopback request, or the address a person pasted.

For Intuit production keys the redirect must be HTTPS, so the browser lands on a page Sync Doctor does not
serve; the person copies that address from the browser's address bar and pastes it here. Errors are in plain
words and never repeat the code.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import parse_qsl, urlsplit

from core.auth import words
from core.errors import UserError
from core.i18n import Message, verbatim


class Problem(Enum):
    EMPTY = "empty"
    NOT_AN_ADDRESS = "not_an_address"
    DENIED = "denied"
    PROVIDER_ERROR = "provider_error"
    NO_CODE = "no_code"
    STATE_MISMATCH = "state_mismatch"
    NO_REALM = "no_realm"


class CallbackError(UserError):
    """The answer from the browser cannot be used; `problem` says why."""

    def __init__(self, problem: Problem, message: Message | str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class Callback:
    code: str = field(repr=False)
    state: str = field(repr=False)
    realm_id: str | None = None


def parse_landed_address(text: str) -> dict[str, str]:
    """The query parameters of a pasted address (a whole URL, or just its `?code=…&state=…` part)."""
    cleaned = text.strip().strip("'\"<>").strip()
    if not cleaned:
        raise CallbackError(Problem.EMPTY, words.PASTE_ADDRESS)
    parts = urlsplit(cleaned)
    query = parts.query
    if not query and "=" in cleaned and not parts.scheme:
        query = cleaned.lstrip("?")  # only the query was copied
    if not query and parts.fragment and "=" in parts.fragment:
        query = parts.fragment
    params = dict(parse_qsl(query, keep_blank_values=True))
    if not params:
        raise CallbackError(Problem.NOT_AN_ADDRESS, words.NOT_LANDED_ADDRESS)
    return params


def read_callback(params: dict[str, str], expected_state: str, provider_label: str,
                  need_realm: bool = False) -> Callback:
    """Check the answer: no error, our `state` (CSRF protection), a code, and a realmId when asked."""
    error = params.get("error")
    if error:
        if error == "access_denied":
            raise CallbackError(Problem.DENIED, words.DENIED.format(service=provider_label))
        detail = params.get("error_description") or error
        # the provider's own words, as they came
        raise CallbackError(Problem.PROVIDER_ERROR, words.PROVIDER_ERROR.format(service=provider_label,
                                                                                detail=verbatim(detail)))
    state = params.get("state", "")
    if not state or not hmac.compare_digest(state, expected_state):
        raise CallbackError(Problem.STATE_MISMATCH, words.STATE_MISMATCH.format(service=provider_label))
    code = params.get("code", "")
    if not code:
        raise CallbackError(Problem.NO_CODE, words.NO_CODE.format(service=provider_label))
    realm = params.get("realmId") or None
    if need_realm and not realm:
        raise CallbackError(Problem.NO_REALM, words.NO_REALM)
    return Callback(code, state, realm)
