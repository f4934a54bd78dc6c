"""Acceptance 4 of issue 15: after a fix and its undo for every seed-cause wizard, what a bookkeeper reads — the
journal's labels, the Activity rows, the CSV, XLSX and PDF exports — has no raw API data (dict or JSON text) and
no QuickBooks record named only by its internal id."""

from __future__ import annotations

import csv
import re
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from core import app, paths
from core.fixes.apply import apply_plan
from core.fixes.clients import Clients
from core.fixes.undo import undo_plan
from core.journal import Journal
from core.report import build_report, write_csv, write_xlsx
from core.sandbox.server import Sandbox
from core.services.fixes import load_journal
from gui.activity_view import ActivityView
from gui.pdf_report import write_pdf
from gui.session import Session
from tests.helpers import fixes

pytestmark = pytest.mark.gui
PROFILE = "words"
# One fix per option of every seed cause's wizard, on the demo company (as tests/core/test_fix_e2e.py plans them).
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("missing_customer", "9012", "reassign", {"contact_id": "1004"}),
    ("missing_customer", "9023", "correct_email", {"target": "quickbooks", "customer_id": "13"}),
    ("missing_customer", "9023", "correct_email", {"target": "hubspot", "customer_id": "13"}),
    ("missing_customer", "9029", "create_customer", {}),
    ("duplicate_display_name", "9017", "create_named", {}),
    ("duplicate_display_name", "9026", "rename_existing", {}),
    ("revenue_recognition_service_date", "9038", "push_with_service_date", {"rule": "due_date"}),
    ("edited_in_quickbooks", "9016", "revert_to_hubspot", {}),
    ("duplicate_document_number", "9031", "renumber_quickbooks", {}),
    ("duplicate_document_number", "9036", "renumber_hubspot_copy", {}),
    ("duplicate_document_number", "9037", "turn_off_custom_numbers", {}),
]
RAW = re.compile(r"\{'|\{\"|': |\"\s*:\s*[\"{\[\d]|\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Ref|Addr)\b")
# An internal id shown bare: "Invoice: 10001", "QuickBooks invoice 315", "Customer 58" (never a number a
# bookkeeper knows: those are written INV-…, and names are words).
BARE_ID = re.compile(r"\b(?:Invoice|invoice|Customer|customer|Credit memo|credit memo)\b:?\s+\d+\b")


def _journal_texts(journal: Journal) -> list[str]:
    from core.i18n import render

    out = []
    for e in journal.entries():
        out.append(render(e.label))
        out += [f"{render(f.field)}: {render(f.before)} → {render(f.after)}" for f in e.fields]
    return out


def _fix_and_undo_everything(sandbox: Sandbox, cache: Path) -> None:
    endpoints = sandbox.endpoints()
    for kind, invoice_id, option, params in CASES:
        (failure,) = fixes.failures_of(fixes.refresh_and_diagnose(endpoints, cache), kind, invoice_id)
        plan = fixes.plan_from(cache, kind, [failure], option, params)
        assert plan.changes, (kind, option)
        with Journal.for_profile(PROFILE) as journal, Clients.connect(endpoints) as clients:
            applied = apply_plan(plan, journal, clients)
            assert applied.ok, (kind, option, applied.results)
            apply_plan(undo_plan(journal, applied.run_id, clients), journal, clients)   # refused or not: shown
    app.refresh(endpoints, cache)
    app.diagnose(cache)


def _activity_texts(qtbot: QtBot, cache: Path) -> list[str]:
    view = ActivityView(Session(PROFILE, cache, None), None, lang="en")   # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show_journal(load_journal(PROFILE, lambda *_: None, threading.Event()))
    out = []
    tree = view.tree
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        for child in [item, *(item.child(c) for c in range(item.childCount()))]:
            out += [child.text(col) for col in range(tree.columnCount())]
    return out


def _export_texts(cache: Path, folder: Path) -> dict[str, str]:
    with Journal.for_profile(PROFILE) as journal:
        report = build_report(cache, PROFILE, "en", journal=list(journal.entries()))
    assert report.fixes, "the journal's fixes are in the report"
    texts = {}
    for target in write_csv(folder / "report.csv", report, "both"):
        with target.open(encoding="utf-8-sig", newline="") as fh:
            texts[target.name] = "\n".join(" | ".join(row) for row in csv.reader(fh))
    book = openpyxl.load_workbook(write_xlsx(folder / "report.xlsx", report, "both")[0], read_only=True)
    texts["xlsx"] = "\n".join(" | ".join(str(c) for c in row if c is not None)
                              for sheet in book.worksheets for row in sheet.iter_rows(values_only=True))
    write_pdf(folder / "report.pdf", report, "both")
    texts["pdf"] = "\n".join(page.extract_text() for page in PdfReader(folder / "report.pdf").pages)
    return texts


def _offending(lines: list[str]) -> list[str]:
    tidy = [" ".join(s.split()) for s in lines]   # the PDF's text comes back with tabs between words
    return [s for s in tidy if RAW.search(s) or BARE_ID.search(s)]


def test_no_raw_data_and_no_bare_ids_after_every_fix_and_undo(qtbot: QtBot, sandbox: Sandbox,
                                                              tmp_path: Path) -> None:
    cache = paths.cache_path(PROFILE)
    _fix_and_undo_everything(sandbox, cache)
    with Journal.for_profile(PROFILE) as journal:
        journal_texts = _journal_texts(journal)
    assert len(journal_texts) > 40
    assert _offending(journal_texts) == []

    activity = [line for cell in _activity_texts(qtbot, cache) for line in cell.split(" · ")
                for line in line.split("; ")]
    assert any("Tech Hub Coworking" in s for s in activity)   # QuickBooks invoices named by number and customer
    assert _offending(activity) == []

    exports = _export_texts(cache, tmp_path)
    for name, body in exports.items():
        lines = [part for line in body.splitlines() for part in re.split(r" \| |; ", line)]
        assert _offending(lines) == [], name
    for form in ("csv", "xlsx", "pdf"):   # the fixes part names QuickBooks invoices by number and customer
        body = "\n".join(b for n, b in exports.items() if n.endswith(form))
        assert 'INV-1031" of Tech Hub Coworking' in " ".join(body.split()), form


def test_the_scan_catches_raw_data() -> None:
    """The patterns the scan uses find what the bug report showed."""
    assert _offending(["Primary email addr: {'Address': 'a@b.c'} → {'Address': 'd@e.f'}"])
    assert _offending(["CurrencyRef: USD → USD"]) and _offending(['{"value": "USD"}'])
    assert _offending(["Change: QuickBooks invoice 315"]) and _offending(["Customer: 58 → 59"])
    assert not _offending(['Invoice "INV-1031" of Tech Hub Coworking', "Total: 1,000.00 → 1,250.00",
                           "Line 1: 8 × 125.00 = 1,000.00 (Consulting hour) → 10 × 125.00 = 1,250.00"])
