"""Unique QBO display names: from a pattern, cleaned of what QBO refuses, free across the whole name list.

QBO keeps one list of names for customers, vendors and employees, inactive ones included, and compares them
trimmed and case-insensitively (QBO_API.md §1, §2). Names are compared here with core.normalize.norm_text, the
same normalisation the cache's `name_norm` columns use, so "ACME ltd " and "Acme Ltd" are one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableSet

import sqlite_utils

from core.fixes import memo
from core.fixes.errors import PlanError
from core.i18n import N_
from core.normalize import norm_text

MAX_LENGTH = 500                       # DisplayName
FORBIDDEN = (":", "\t", "\n", "\r")    # colon separates sub-customers; tabs and line breaks are refused too
PLACEHOLDERS = ("company", "first", "last", "email", "number")
PATTERNS = {  # the patterns a wizard offers; a custom one may use the same placeholders
    "company_person": "{company} ({first} {last})",
    "company_email": "{company} - {email}",
}
DEFAULT_PATTERN = PATTERNS["company_person"]
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


UNKNOWN_PLACEHOLDER = N_("Plan", "Unknown placeholder {placeholder}; use {placeholders}")
UNPAIRED_BRACE = N_("Plan", "The pattern has a brace without its pair")
EMPTY_PATTERN = N_("Plan", "The pattern is empty")


class PatternError(PlanError):
    """A naming pattern uses an unknown placeholder or has unbalanced braces."""


def clean(name: str) -> str:
    """The name without the characters QBO refuses, spaces tidied, cut to 500 characters."""
    for char in FORBIDDEN:
        name = name.replace(char, " ")
    return " ".join(name.split())[:MAX_LENGTH].strip()


def check_pattern(pattern: str) -> None:
    unknown = [p for p in _PLACEHOLDER_RE.findall(pattern) if p not in PLACEHOLDERS]
    if unknown:
        raise PatternError(UNKNOWN_PLACEHOLDER.format(placeholder=f"{{{unknown[0]}}}",
                                                      placeholders=tuple(f"{{{p}}}" for p in PLACEHOLDERS)))
    if "{" in _PLACEHOLDER_RE.sub("", pattern) or "}" in _PLACEHOLDER_RE.sub("", pattern):
        raise PatternError(UNPAIRED_BRACE)
    if not _PLACEHOLDER_RE.search(pattern) and not pattern.strip():
        raise PatternError(EMPTY_PATTERN)


def render(pattern: str, values: Mapping[str, str]) -> str:
    """The pattern filled in, cleaned; the separators around empty values dropped ("{company} ({first} {last})"
    with no company gives "(Ann Lee)" → "Ann Lee")."""
    check_pattern(pattern)
    text = _PLACEHOLDER_RE.sub(lambda m: clean(str(values.get(m.group(1)) or "")), pattern)
    text = clean(text)
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)          # brackets left empty
    text = " ".join(text.split())
    text = re.sub(r"^[\s\-–—,;/|]+|[\s\-–—,;/|]+$", "", text)   # dangling separators
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()                          # only the bracketed part is left
    return text


def taken_names(db: sqlite_utils.Database) -> MutableSet[str]:
    """Every customer, vendor and employee name, inactive ones included, normalised."""
    def read() -> frozenset[str]:
        rows = db.execute("SELECT name_norm FROM qbo_customers UNION SELECT name_norm FROM qbo_vendors "
                          "UNION SELECT name_norm FROM qbo_employees").fetchall()
        return frozenset(r[0] for r in rows if r[0])

    return memo.kept_claims("names_taken", read)


class Namer:
    """Hands out names that are unique against QBO's name list and against every name handed out before.

    A name already taken gets " 2", " 3"… (cut so the whole stays within 500 characters).
    """

    def __init__(self, taken: Iterable[str]) -> None:
        self.taken: MutableSet[str] = {norm_text(n) for n in taken}

    @classmethod
    def from_db(cls, db: sqlite_utils.Database) -> Namer:
        namer = cls(())
        namer.taken = taken_names(db)
        return namer

    def is_free(self, name: str) -> bool:
        return bool(norm_text(name)) and norm_text(name) not in self.taken

    def release(self, name: str) -> None:
        """A name that stops being used (a record renamed away from it) can be given out again."""
        self.taken.discard(norm_text(name))

    def claim(self, name: str) -> str:
        """The first free variant of `name`, now taken. ValueError for an empty name."""
        base = clean(name)
        if not base:
            raise ValueError("empty name")
        candidate, n = base, 1
        while norm_text(candidate) in self.taken:
            n += 1
            suffix = f" {n}"
            candidate = base[:MAX_LENGTH - len(suffix)].rstrip() + suffix
        self.taken.add(norm_text(candidate))
        return candidate
