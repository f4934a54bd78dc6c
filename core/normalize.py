"""How names, emails, numbers and dates from either service are made comparable."""

from __future__ import annotations

import math
import unicodedata
from datetime import UTC, datetime

from core.digits import ascii_digits


def norm_text(value: object) -> str:
    """Trimmed, Unicode-normalised and case-folded; inner runs of whitespace become one space.

    QBO compares display names and HubSpot compares emails without regard to case (QBO_API.md §2).
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return " ".join(text.split()).casefold()


def to_float(value: object) -> float | None:
    """A finite number, or None: NaN and infinities are not amounts, and SQLite would store NaN as NULL."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = float(str(value))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def hs_date(value: object) -> str:
    """A HubSpot date property (ISO string or epoch milliseconds) as YYYY-MM-DD; '' when absent."""
    if value is None or value == "":
        return ""
    text = str(value)
    if ascii_digits(text):
        try:
            return datetime.fromtimestamp(int(text) / 1000, UTC).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):  # milliseconds past year 9999 are no date
            return ""
    return text[:10]
