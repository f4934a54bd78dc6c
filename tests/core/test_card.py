"""The invoice card over the demo company: a synced invoice, an edited one, and a preview of a push."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import app
from core.card import LABELS, invoice_card
from core.failures import registry
from core.sandbox.server import Sandbox
from core.store.db import open_db
from core.sync.payload import invoice_payload


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("card") / "cache.db"
    with Sandbox("demo") as sandbox:
        app.refresh(sandbox.endpoints(), path)
    app.diagnose(path)
    return path


def invoice_id(path: Path, number: str) -> str:
    db = open_db(path)
    try:
        return str(db.execute("SELECT id FROM hs_invoices WHERE number = ?", [number]).fetchone()[0])
    finally:
        db.close()


def test_synced_invoice_shows_no_difference(demo_db: Path) -> None:
    db = open_db(demo_db)
    card = invoice_card(db, invoice_id(demo_db, "INV-1001"))
    assert card.qbo_invoice_id and not card.is_preview
    assert not any(f.differs for f in card.fields)
    assert card.lines and all(not line.differs for line in card.lines)


def test_edited_invoice_flags_the_changed_line_and_total(demo_db: Path) -> None:
    db = open_db(demo_db)
    card = invoice_card(db, invoice_id(demo_db, "INV-1016"))  # quantity 10 in HubSpot, 8 in QuickBooks
    changed = [line for line in card.lines if line.differs]
    assert len(changed) == 1 and set(changed[0].differs) == {"qty", "amount"}
    assert changed[0].hubspot and changed[0].quickbooks
    assert changed[0].hubspot.qty == 10 and changed[0].quickbooks.qty == 8
    assert [str(f.label) for f in card.fields if f.differs] == ["Total"]
    total = next(f for f in card.fields if f.key == "total")
    assert isinstance(total.hubspot, float) and isinstance(total.quickbooks, float)   # amounts stay numbers

    added = invoice_card(db, invoice_id(demo_db, "INV-1027"))  # a line added in QuickBooks
    extra = [line for line in added.lines if line.differs]
    assert len(extra) == 1 and extra[0].hubspot is None and extra[0].differs == ("missing",)


def test_unlinked_invoice_previews_the_push(demo_db: Path) -> None:
    db = open_db(demo_db)
    inv = invoice_id(demo_db, "INV-1038")  # fails only for revenue recognition: its customer exists
    card = invoice_card(db, inv)
    assert card.is_preview
    # The push goes under the existing customer found by email: only its name may read differently, and is marked
    customer = next(f for f in card.fields if f.key == "customer")
    assert [f.key for f in card.fields if f.differs] == (["customer"] if customer.hubspot != customer.quickbooks
                                                          else [])
    payload = invoice_payload(db, inv, service_date="2026-11-01")
    assert payload["DocNumber"] == "INV-1038" and payload["CustomerRef"]["value"]
    for line in payload["Line"]:
        detail = line["SalesItemLineDetail"]
        assert detail["ServiceDate"] == "2026-11-01" and detail["ItemRef"]["value"]
        assert line["Amount"] == round(detail["Qty"] * detail["UnitPrice"], 2)


def test_labels_in_spanish(demo_db: Path) -> None:
    db = open_db(demo_db)
    card = invoice_card(db, invoice_id(demo_db, "INV-1016"))
    assert [f.label.render("es") for f in card.fields] == ["Número", "Cliente", "Correo", "Fecha",
                                                           "Fecha de vencimiento", "Moneda", "Total"]
    assert [f.key for f in card.fields] == ["number", "customer", "email", "date", "due_date", "currency", "total"]
    assert str(card.fields[4].label) == "Due date"
    assert set(LABELS) == {f.key for f in card.fields}


def test_every_stored_summary_has_a_spanish_sentence(demo_db: Path) -> None:
    """diagnose stores its summaries in English (the command line's); each kind says them in Spanish too."""
    found = app.diagnose(demo_db)
    kinds = set()
    for f in found.failures + found.warnings:
        kind = registry.BY_ID[f.kind]
        es = kind.summary(f.evidence).render("es")
        assert es and es != f.summary, (f.kind, f.summary)
        assert not [w for w in ("The ", "QuickBooks copy", "already used", "differs", "No QuickBooks") if w in es], es
        assert kind.summary(f.evidence).render("en") == f.summary
        kinds.add(f.kind)
    assert "edited_in_quickbooks" in kinds
    assert registry.BY_ID["edited_in_quickbooks"].summary({"qbo_invoice_id": "315"}).render("es") == (
        "La copia de QuickBooks (factura 315) es distinta de la de HubSpot")
    assert registry.BY_ID["duplicate_document_number"].summary({"doc_number": "1001", "collisions": [
        {"txn_type": "Invoice", "id": "7"}, {"txn_type": "CreditMemo", "id": "9"}]}).render("es") == (
        "El número 1001 ya se usa en QuickBooks: factura 7, nota de crédito 9")
    assert registry.BY_ID["edited_in_quickbooks"].summary(
        {"qbo_invoice_id": "315", "qbo_number": "INV-7", "qbo_customer": "Acme"}).render("es") == (
        "La copia de QuickBooks (factura INV-7 de Acme) es distinta de la de HubSpot")
    assert registry.BY_ID["duplicate_document_number"].summary({"doc_number": "1001", "collisions": [
        {"txn_type": "Invoice", "id": "7", "customer_name": "Acme"}]}).render("en") == (
        "Number 1001 is already used in QuickBooks by an invoice of Acme")
