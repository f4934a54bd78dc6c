"""What every failure kind shares: the Failure record, the kind's interface, translatable texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import sqlite_utils


def tr_noop(context: str, text: str) -> str:
    """Marks a text for translation (pyside6-lupdate finds it); the GUI translates with `context`."""
    del context
    return text


@dataclass(frozen=True)
class Failure:
    """One reason one HubSpot invoice cannot (or will not) sync."""

    kind: str
    hubspot_invoice_id: str
    invoice_number: str
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "hubspot_invoice_id": self.hubspot_invoice_id,
            "invoice_number": self.invoice_number,
            "summary": self.summary,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Texts:
    """The words a bookkeeper sees for a kind; `context` is the translation context."""

    context: str
    title: str
    explanation: str
    fix_steps: tuple[str, ...]


class FailureKind(Protocol):
    """The interface each module under core/failures/ provides (the module itself satisfies it)."""

    KIND: str
    TEXTS: Texts

    def detect(self, db: sqlite_utils.Database) -> list[Failure]: ...

    def matches(self, code: str, message: str) -> bool: ...
