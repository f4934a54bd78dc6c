"""Money, numbers and dates as a bookkeeper reads them, one rule per language, for every output.

English: 1,234.50 and "10 Sep 2026"; Spanish: 1.234,50 and "10 sept 2026". The window, the wizards, the
exports and the PDF all call these, so an amount or a date reads the same wherever it appears. The GUI's
default QLocale for Spanish (gui/i18n.py) is one whose own formats agree with these (tests check it).
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("en", "es")
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
SEPARATORS = {"en": (",", "."), "es": (".", ",")}   # (thousands, decimals)


def language(lang: str | None) -> str:
    """'es', 'es_MX', 'ES' → 'es'; anything not supported → 'en' (the source language)."""
    code = (lang or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


def _separated(text: str, lang: str) -> str:
    """Python's "1,234.50" with the language's separators."""
    thousands, decimals = SEPARATORS[language(lang)]
    return text.replace(",", "\0").replace(".", decimals).replace("\0", thousands)


def number(value: float, lang: str = "en") -> str:
    """A count or a quantity: grouped thousands, decimals only when it has some (8, 1,250, 2.5)."""
    if isinstance(value, float) and not value.is_integer():
        return _separated(f"{value:,.10f}".rstrip("0").rstrip("."), lang)
    return _separated(f"{int(value):,}", lang)


def money(value: float, lang: str = "en", currency: str = "") -> str:
    """An amount with two decimals, then its currency code when given: "1,234.50 USD" / "1.234,50 USD"."""
    text = _separated(f"{float(value):,.2f}", lang)
    code = currency.strip().upper()
    return f"{text}\u00a0{code}" if code else text


def day(value: date | str | None, lang: str = "en") -> str:
    """A date as "10 Sep 2026" / "10 sept 2026"; text that is not an ISO date comes back as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            when = date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        when = value
    return f"{when.day} {MONTHS[language(lang)][when.month - 1]} {when.year}"


def moment(value: datetime | None, lang: str = "en") -> str:
    """A time of day on a date, as "10 Sep 2026, 14:05" (24-hour clock in both languages)."""
    if value is None or value == datetime.min:
        return ""
    return f"{day(value.date(), lang)}, {value:%H:%M}"
