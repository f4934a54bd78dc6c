"""The invoice card: HubSpot beside QBO (the counterpart, or what a push would send), differences flagged.

Texts come in the card's language (`lang` "en"/"es"): the row labels (`field_label`) and, for the causes the
card lists, a sentence built from each failure's evidence (`summary_text`): the summary diagnose stores is
English, and stays so (the CLI and the JSON output use it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from core.store import facts
from core.sync.payload import Line, hubspot_lines, qbo_lines


@dataclass(frozen=True)
class FieldRow:
    label: str
    hubspot: str
    quickbooks: str
    differs: bool
    key: str = ""   # number, customer, email, date, due_date, currency, total: field_label(key, lang) relabels


@dataclass(frozen=True)
class LineRow:
    hubspot: Line | None
    quickbooks: Line | None
    differs: tuple[str, ...]  # names of the fields that differ: qty, unit_price, amount, or 'missing'


@dataclass(frozen=True)
class InvoiceCard:
    hubspot_invoice_id: str
    number: str
    sync_status: str
    qbo_invoice_id: str | None       # None: the QuickBooks column shows what a push would send
    fields: list[FieldRow] = field(default_factory=list)
    lines: list[LineRow] = field(default_factory=list)

    @property
    def is_preview(self) -> bool:
        return self.qbo_invoice_id is None


FIELD_LABELS: dict[str, tuple[str, str]] = {   # key -> (English, Spanish), in the card's order
    "number": ("Number", "Número"), "customer": ("Customer", "Cliente"), "email": ("Email", "Correo"),
    "date": ("Date", "Fecha"), "due_date": ("Due date", "Fecha de vencimiento"),
    "currency": ("Currency", "Moneda"), "total": ("Total", "Total"),
}


def _es(lang: str) -> bool:
    return lang[:2].lower() == "es"


def field_label(key: str, lang: str = "en") -> str:
    """A card row's label in `lang`; an unknown key comes back as it is."""
    en, es = FIELD_LABELS.get(key, (key, key))
    return es if _es(lang) else en


def _money(value: object) -> str:
    return "" if value is None else f"{float(str(value)):.2f}"


def pair_lines(left: list[Line], right: list[Line]) -> list[LineRow]:
    """Pair identical lines first (order does not matter in QBO), then the rest in order, flagging fields."""
    rows: list[LineRow] = []
    pending = list(right)
    unmatched_left = []
    for line in left:
        twin = next((r for r in pending if (r.qty, r.unit_price, r.amount) == (line.qty, line.unit_price,
                                                                                 line.amount)), None)
        if twin is None:
            unmatched_left.append(line)
        else:
            pending.remove(twin)
            rows.append(LineRow(line, twin, ()))
    for line in unmatched_left:
        other = pending.pop(0) if pending else None
        if other is None:
            rows.append(LineRow(line, None, ("missing",)))
        else:
            diff = tuple(name for name in ("qty", "unit_price", "amount")
                         if getattr(line, name) != getattr(other, name))
            rows.append(LineRow(line, other, diff))
    rows.extend(LineRow(None, other, ("missing",)) for other in pending)
    return rows


def invoice_card(db: sqlite_utils.Database, hubspot_invoice_id: str, sync_status: str = "",
                 lang: str = "en") -> InvoiceCard:
    facts.ensure_fresh(db)
    inv = next(db.query("SELECT * FROM facts_invoices WHERE id = ?", [hubspot_invoice_id]), None)
    if inv is None:
        raise KeyError(hubspot_invoice_id)
    hs_due = db.execute("SELECT due_date FROM hs_invoices WHERE id = ?", [hubspot_invoice_id]).fetchone()[0]
    left = hubspot_lines(db, hubspot_invoice_id)
    qid = inv["qbo_invoice_id"]
    hs_customer = inv["would_be_name"] or ""
    hs_email = inv["email"] or ""
    if qid:
        q = next(db.query("SELECT * FROM qbo_invoices WHERE id = ?", [qid]))
        cust = next(db.query("SELECT display_name, email FROM qbo_customers WHERE id = ?", [q["customer_id"]]), {})
        right = qbo_lines(db, qid)
        qbo_values = {"number": q["doc_number"], "customer": cust.get("display_name", ""),
                      "email": cust.get("email", ""), "date": q["txn_date"] or "", "currency": q["currency"] or "",
                      "total": _money(q["total_amt"])}
        q_due = (db.execute("SELECT json_extract(raw, '$.DueDate') FROM qbo_invoices WHERE id = ?", [qid])
                 .fetchone()[0] or "")
    else:  # a preview of the push: same lines, the customer found by email or the one that would be created
        cust = next(db.query(
            "SELECT display_name, email FROM qbo_customers WHERE email_norm = ? AND email_norm <> '' "
            "ORDER BY active DESC LIMIT 1", [inv["email_norm"]]), {})
        right = left
        qbo_values = {"number": inv["number"], "customer": cust.get("display_name") or hs_customer,
                      "email": cust.get("email") or hs_email, "date": inv["invoice_date"] or "",
                      "currency": (inv["currency"] or "").upper(), "total": _money(sum(x.amount for x in left))}
        q_due = hs_due or ""
    hs_values = {"number": inv["number"], "customer": hs_customer, "email": hs_email,
                 "date": inv["invoice_date"] or "", "currency": (inv["currency"] or "").upper(),
                 "total": _money(inv["amount_billed"])}
    rows = []
    for key in ("number", "customer", "email", "date", "currency", "total"):
        a, b = str(hs_values[key] or ""), str(qbo_values[key] or "")
        same = a.strip().casefold() == b.strip().casefold() if key in ("email", "customer", "currency") else a == b
        # The customer's name may differ legitimately (matched by email), so only email decides the link.
        rows.append(FieldRow(field_label(key, lang), a, b, differs=not same and key != "customer", key=key))
    rows.insert(4, FieldRow(field_label("due_date", lang), hs_due or "", q_due, differs=(hs_due or "") != q_due,
                            key="due_date"))
    return InvoiceCard(hubspot_invoice_id, inv["number"], sync_status, qid, rows, pair_lines(left, right))


# ---- the causes' sentences -------------------------------------------------------------------------------------
_DOCUMENTS = {"Invoice": "factura", "CreditMemo": "nota de crédito"}   # QuickBooks transaction types


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _spanish_summary(kind: str, ev: Mapping[str, Any]) -> str:
    """The sentence diagnose stores in English (each kind's SQL), rebuilt in Spanish from the evidence."""
    if kind == "books_closed":
        return (f"La factura tiene fecha {_text(ev.get('invoice_date'))} y los libros están cerrados hasta el "
                f"{_text(ev.get('book_close_date'))}")
    if kind == "currency_mismatch":
        return f"La factura está en {_text(ev.get('invoice_currency'))}, que QuickBooks no puede usar para ella"
    if kind == "document_number_too_long":
        return (f"El número tiene {_text(ev.get('length'))} caracteres; QuickBooks admite "
                f"{_text(ev.get('max_length'))}")
    if kind == "duplicate_display_name":
        return f"El nombre “{_text(ev.get('display_name'))}” ya se usa en QuickBooks"
    if kind == "duplicate_document_number":
        docs = ", ".join(f"{_DOCUMENTS.get(_text(c.get('txn_type')), 'documento')} {_text(c.get('id'))}"
                         for c in ev.get("collisions") or [] if isinstance(c, Mapping))
        return f"El número {_text(ev.get('doc_number'))} ya se usa en QuickBooks: {docs}"
    if kind == "edited_in_quickbooks":
        return f"La copia de QuickBooks (factura {_text(ev.get('qbo_invoice_id'))}) es distinta de la de HubSpot"
    if kind == "inactive_customer":
        return f"El cliente de QuickBooks con el correo {_text(ev.get('contact_email'))} está inactivo"
    if kind == "no_contact":
        return "La factura no tiene contacto en HubSpot"
    if kind == "contact_without_email":
        return f"El contacto {_text(ev.get('contact_name') or ev.get('contact_id'))} no tiene correo"
    if kind == "no_line_items":
        return "La factura no tiene líneas en HubSpot"
    if kind == "invalid_display_name":
        if int(ev.get("length") or 0) > 500:
            return "El nombre del cliente tendría más de 500 caracteres"
        return (f"El nombre del cliente “{_text(ev.get('display_name'))}” contiene dos puntos, una tabulación o "
                "un salto de línea")
    if kind == "missing_customer":
        return f"Ningún cliente de QuickBooks tiene el correo {_text(ev.get('contact_email')) or '(ninguno)'}"
    if kind == "revenue_recognition_service_date":
        return "El reconocimiento de ingresos está activado en QuickBooks y las líneas no tienen fecha de servicio"
    if kind == "unknown_item":
        items = ", ".join(_text(x.get("sku") or x.get("name")) for x in ev.get("lines") or [] if isinstance(x, Mapping))
        return f"No hay un artículo de QuickBooks para {items}"
    return ""


def summary_text(kind: str, summary: str, evidence: Mapping[str, Any], lang: str = "en") -> str:
    """What was found, in `lang`: the stored (English) summary, or the same sentence in Spanish built from the
    evidence. A kind this does not know keeps its stored summary."""
    if not _es(lang):
        return summary
    return _spanish_summary(kind, evidence) or summary
