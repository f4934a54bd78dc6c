"""Invoices HubSpot cannot send at all: no contact, a contact without email, or no line items.

Three kinds share this module because they share one rule shape and one fix (complete the invoice in HubSpot).
"""

from __future__ import annotations

from types import SimpleNamespace

from core.failures.base import Texts
from core.failures.rows import failures_from

NO_CONTACT = "no_contact"
CONTACT_WITHOUT_EMAIL = "contact_without_email"
NO_LINE_ITEMS = "no_line_items"

TEXTS_BY_KIND = {
    NO_CONTACT: {
        "en": Texts(
            title="Invoice has no contact",
            explanation="The invoice is not addressed to any contact in HubSpot, so there is no one to match with a "
                        "customer in QuickBooks.",
            fix_steps=("Add the contact to bill to the invoice in HubSpot.",),
        ),
        "es": Texts(
            title="La factura no tiene contacto",
            explanation="La factura no está dirigida a ningún contacto en HubSpot, así que no hay a quién "
                        "relacionar con un cliente de QuickBooks.",
            fix_steps=("Añadir en HubSpot el contacto al que se factura.",),
        ),
    },
    CONTACT_WITHOUT_EMAIL: {
        "en": Texts(
            title="Contact has no email",
            explanation="QuickBooks customers are found by email, and the invoice's contact has none.",
            fix_steps=("Add the contact's email in HubSpot.",
                       "Bill the invoice to another contact who has an email."),
        ),
        "es": Texts(
            title="El contacto no tiene correo",
            explanation="Los clientes de QuickBooks se buscan por correo electrónico y el contacto de la factura "
                        "no tiene ninguno.",
            fix_steps=("Añadir el correo del contacto en HubSpot.",
                       "Asignar la factura a otro contacto que tenga correo."),
        ),
    },
    NO_LINE_ITEMS: {
        "en": Texts(
            title="Invoice has no line items",
            explanation="QuickBooks needs at least one line on an invoice, and this one has none in HubSpot.",
            fix_steps=("Add the products or services to the invoice in HubSpot.",),
        ),
        "es": Texts(
            title="La factura no tiene líneas",
            explanation="QuickBooks necesita al menos una línea en cada factura y esta no tiene ninguna en HubSpot.",
            fix_steps=("Añadir en HubSpot los productos o servicios de la factura.",),
        ),
    },
}

SQL_BY_KIND = {
    NO_CONTACT: """
        SELECT f.id AS invoice_id, f.number, json_object() AS evidence,
               'The invoice has no contact in HubSpot' AS summary
          FROM facts_invoices f WHERE f.pending = 1 AND f.contact_id IS NULL""",
    CONTACT_WITHOUT_EMAIL: """
        SELECT f.id AS invoice_id, f.number,
               json_object('contact_id', f.contact_id, 'contact_name', f.full_name) AS evidence,
               'The contact ' || coalesce(nullif(f.full_name, ''), f.contact_id) || ' has no email' AS summary
          FROM facts_invoices f
         WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.email_norm = ''""",
    NO_LINE_ITEMS: """
        SELECT f.id AS invoice_id, f.number, json_object() AS evidence,
               'The invoice has no line items in HubSpot' AS summary
          FROM facts_invoices f WHERE f.pending = 1 AND f.line_count = 0""",
}


def _never(code: str, message: str) -> bool:
    del code, message  # HubSpot refuses to send these itself; QBO never sees them
    return False


def _no_line_items(code: str, message: str) -> bool:
    return code == "2020" and "line" in message.lower()


def _kind(kind: str, rank: int, matches: object) -> SimpleNamespace:
    """A failure kind with the same attributes a kind module has (see base.py), for the registry."""
    table = TEXTS_BY_KIND[kind]
    return SimpleNamespace(KIND=kind, RANK=rank, SEVERITY="failure", TEXTS=table,
                           # fixed in HubSpot only: core.fixes.plans offers guidance made of the kind's steps
                           detect=lambda db: failures_from(db, kind, SQL_BY_KIND[kind]), matches=matches)


KINDS = (_kind(NO_CONTACT, 0, _never), _kind(CONTACT_WITHOUT_EMAIL, 1, _never),
         _kind(NO_LINE_ITEMS, 2, _no_line_items))
