"""What every failure kind shares: the Failure record, the module interface, texts in two languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

LANGUAGES = ("en", "es")
Severity = Literal["failure", "warning"]


@dataclass(frozen=True)
class Failure:
    """One reason one HubSpot invoice cannot (or, for a warning, may not) sync."""

    kind: str
    hubspot_invoice_id: str
    invoice_number: str
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)
    root: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "hubspot_invoice_id": self.hubspot_invoice_id,
            "invoice_number": self.invoice_number,
            "summary": self.summary,
            "evidence": self.evidence,
            "root": self.root,
        }


@dataclass(frozen=True)
class Texts:
    """What a bookkeeper reads about a kind, in one language: no API jargon."""

    title: str
    explanation: str
    fix_steps: tuple[str, ...]


def texts(module: Any, lang: str = "en") -> Texts:
    """A kind's texts in `lang` ('en', 'es'; 'es_MX' works too), English as fallback."""
    table: dict[str, Texts] = module.TEXTS
    return table.get(lang[:2].lower()) or table["en"]


# Each module under core/failures/ provides:
#   KIND: str                      stable id (CLI JSON, cache, GUI)
#   RANK: int                      fix-first order when an invoice has several causes (lower = fix first)
#   SEVERITY: Severity             "failure" blocks the sync; "warning" may not
#   TEXTS: dict[str, Texts]        one entry per language in LANGUAGES
#   detect(db) -> list[Failure]    the pre-flight rule over the cache (set-based SQL on facts_invoices)
#   matches(code, message) -> bool whether an error reply from QBO/HubSpot is this kind (code first, then text)
