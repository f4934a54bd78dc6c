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

from core.errors import UserError


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

    def __init__(self, problem: Problem, message: str) -> None:
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
        raise CallbackError(Problem.EMPTY, "Paste the whole address from your browser's address bar first.")
    parts = urlsplit(cleaned)
    query = parts.query
    if not query and "=" in cleaned and not parts.scheme:
        query = cleaned.lstrip("?")  # only the query was copied
    if not query and parts.fragment and "=" in parts.fragment:
        query = parts.fragment
    params = dict(parse_qsl(query, keep_blank_values=True))
    if not params:
        raise CallbackError(Problem.NOT_AN_ADDRESS,
                            "That does not look like the address the browser landed on after you approved. Copy "
                            "the whole address from the address bar (it contains \"code=\") and paste it again.")
    return params


def read_callback(params: dict[str, str], expected_state: str, provider_label: str,
                  need_realm: bool = False) -> Callback:
    """Check the answer: no error, our `state` (CSRF protection), a code, and a realmId when asked."""
    error = params.get("error")
    if error:
        if error == "access_denied":
            raise CallbackError(Problem.DENIED, f"You did not allow Sync Doctor to access {provider_label}. "
                                "Nothing was changed. Start again and choose Connect (or Allow) to go on.")
        detail = params.get("error_description") or error
        raise CallbackError(Problem.PROVIDER_ERROR, f"{provider_label} did not give access: {detail}.")
    state = params.get("state", "")
    if not state or not hmac.compare_digest(state, expected_state):
        raise CallbackError(Problem.STATE_MISMATCH,
                            f"This answer does not belong to the sign-in Sync Doctor started (the security check "
                            f"did not match). It may be from an older attempt. Start connecting {provider_label} "
                            "again and use only the newest browser tab.")
    code = params.get("code", "")
    if not code:
        raise CallbackError(Problem.NO_CODE, f"The address has no sign-in code from {provider_label}. Copy the "
                            "whole address after you approved, and paste it again.")
    realm = params.get("realmId") or None
    if need_realm and not realm:
        raise CallbackError(Problem.NO_REALM, "QuickBooks did not say which company you chose (the address has no "
                            "realmId). Copy the whole address and paste it again.")
    return Callback(code, state, realm)
