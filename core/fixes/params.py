"""The checks every fix parameter goes through, in core's plans and in the wizards' editors alike.

One rule per kind of value, so an editor never accepts what the plan then refuses (or the reverse).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from core.i18n import N_, Message
from core.normalize import norm_text

DOC_NUMBER_MAX = 21                      # QuickBooks' DocNumber limit
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")   # one @, a dot in the domain, no spaces

NOT_AN_EMAIL = N_("Plan", '"{email}" is not an email address.')
NUMBER_EMPTY = N_("Plan", "Type a number.")
NUMBER_TOO_LONG = N_("Plan", '"{number}" is longer than the 21 characters QuickBooks allows.')
NUMBER_TAKEN = N_("Plan", 'The number "{number}" is already used.')


def valid_email(value: object) -> bool:
    return isinstance(value, str) and bool(EMAIL_RE.match(value.strip()))


def valid_date(value: object) -> bool:
    return isinstance(value, str) and bool(DATE_RE.match(value))


def email_problem(value: str) -> Message | None:
    return None if valid_email(value) else NOT_AN_EMAIL.format(email=value.strip())


def doc_number_problem(value: str, taken: Collection[str] = ()) -> Message | None:
    """Why `value` cannot be a QuickBooks document number: empty, over 21 characters, or used (normalised)."""
    text = value.strip()
    if not text:
        return NUMBER_EMPTY
    if len(text) > DOC_NUMBER_MAX:
        return NUMBER_TOO_LONG.format(number=text)
    if norm_text(text) in taken:
        return NUMBER_TAKEN.format(number=text)
    return None
