"""A whole fix and its undo in Spanish, over the sandbox's real HTTP and a real journal: what the journal keeps,
the Activity rows, the undo's messages, the exports (CSV, XLSX, PDF) hold no English of ours, and an amount and
a date read the same in the window, the wizard and the PDF."""

from __future__ import annotations

import csv
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from core import formatting, paths
from core.fixes.errors import UndoRefused
from core.i18n import render
from core.journal import Journal
from core.sandbox.server import Sandbox
from core.services import fixes
from gui import i18n
from gui.activity_view import ActivityView
from gui.export_dialog import export
from gui.failures_model import Column
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.texts import english_in, pdf_text, visible_texts
from tests.gui.wizard_steps import (
    Clicks,
    apply_until_fixed,
    click,
    confirm_undo,
    express_to_preview,
    loaded_window,
    open_from_panel,
    turn_off_revenue_recognition,
    undo_dialog,
)

pytestmark = pytest.mark.gui

# Our own English words that could leak into Spanish output (names and the services' replies are not ours).
OURS = re.compile(r"\b(Invoice|Customer|Contact|Line \d|Undo|Total in|Lines in|Changed in|Does not sync|May not|"
                  r"Done|Refused|Undone|Not sent|Date|Amount|Status|Causes|Cause|Fixes|When|Change|Details|"
                  r"Result|Problem|Company|Period|Prepared|Last checked|Page \d|Yes|removed|cannot|already|"
                  r"differs|QuickBooks invoice|Number|Email|Name)\b")


def no_english(texts: list[str]) -> list[str]:
    return [t for t in texts if OURS.search(t)] + english_in(texts)


def test_a_fix_and_its_undo_in_spanish(qtbot: QtBot, spanish: None, session: Session, sandbox: Sandbox,
                                       tmp_path: Path) -> None:
    turn_off_revenue_recognition(sandbox)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1400, 1000)
    win.show()
    qtbot.waitExposed(win)
    assert win.lang == "es"
    loaded_window(qtbot, win)

    # The window: INV-1016's amount and date, through the one formatter.
    entry = next(e for e in win.model.entries() if e.number == "INV-1016")
    row = win.model.row_of(entry.id)
    money = formatting.money(float(entry.amount or 0), "es")            # "1.250,00"
    day = formatting.day(entry.date, "es")                               # "10 sept 2026"
    assert win.model.index(row, Column.AMOUNT).data() == f"{money}\u00a0{entry.currency}"
    assert win.model.index(row, Column.DATE).data() == day

    # The wizard: the same amount in its totals, Spanish throughout, then the fix.
    clicks = Clicks(qtbot)
    wizard = open_from_panel(qtbot, win, clicks, "edited_in_quickbooks", entry.id)
    qtbot.waitUntil(lambda: "HubSpot" in wizard.line_diff.totals.text() if wizard.line_diff else False,
                    timeout=10_000)
    assert money in wizard.line_diff.totals.text() and formatting.money(1000.0, "es") in wizard.line_diff.totals.text()
    assert not no_english(visible_texts(wizard.explain_page))
    express_to_preview(qtbot, wizard, clicks)
    assert not no_english(visible_texts(wizard.preview_page)), no_english(visible_texts(wizard.preview_page))
    apply_until_fixed(qtbot, wizard, clicks)
    assert not no_english([wizard.verify_page.verdict.text()])

    # Undo from the last page: done, and its words Spanish.
    page = wizard.verify_page
    click(qtbot, page.undo_button)
    dialog = undo_dialog(qtbot, wizard)
    assert not no_english(visible_texts(dialog)), no_english(visible_texts(dialog))
    confirm_undo(qtbot, dialog)
    qtbot.waitUntil(lambda: page.undo_status.text().startswith("Deshecho"), timeout=20_000)
    assert not no_english([page.undo_status.text(), page.verdict.text()])
    click(qtbot, page.retry_button)   # check again: the invoice fails again, and the exports say so
    qtbot.waitUntil(lambda: page.verdict.property("state") == "failing", timeout=30_000)
    assert "Modificada en QuickBooks" in page.verdict.text() and not no_english([page.verdict.text()])
    wizard.close()

    # The journal keeps keys and arguments, and reads back in Spanish.
    journal_path = paths.profile_dir(session.profile) / "journal.sqlite"
    with Journal(journal_path) as journal:
        entries = journal.entries()
        runs = journal.runs()
    assert len(entries) == 2 and {r.kind for r in runs} == {"edited_in_quickbooks", "undo"}
    shown = [e.label.render("es") for e in entries] + [
        f"{f.field.render('es')}: {render(f.before, 'es')} → {render(f.after, 'es')}"
        for e in entries for f in e.fields]
    assert not no_english(shown), no_english(shown)
    assert {e.label.render("es") for e in entries} == {'Factura "INV-1016" de Taquería Los Cuates',
                                                       'Deshacer: Factura "INV-1016" de Taquería Los Cuates'}
    with sqlite3.connect(journal_path) as db:
        stored = [row[0] for row in db.execute("SELECT label_json FROM entries")]
    assert all('"context"' in s and "Factura" not in s for s in stored)   # keys, not the sentence shown

    # A second undo is refused, in Spanish.
    fix_run = next(r.run_id for r in runs if r.kind == "edited_in_quickbooks")
    with pytest.raises(UndoRefused) as refused:
        fixes.undo(session.profile, sandbox.endpoints(), fix_run, lambda *_: None, threading.Event())
    reason = i18n.text(refused.value.reason)
    assert reason.startswith("No se aplicó nada") and not no_english([reason])

    # The Activity view.
    view = ActivityView(session, win.bridge)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    view.tree.expandAll()
    texts = [t for t in visible_texts(view) if t != "root"]   # the OS user's name is not ours to translate
    assert texts and not no_english(texts), no_english(texts)
    assert {view.row_text(r, 2) for r in view.run_ids()} == {"Modificada en QuickBooks",
                                                            "Deshacer una corrección anterior"}

    # The exports: headers, titles, states and labels in Spanish; the PDF's amount and date as the window's.
    out = export(session.db_path, session.profile, "es", "csv", "both", tmp_path / "informe.csv")
    for path in out.paths:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert not no_english(header), header
        assert not no_english([cell for r in rows for cell in r[:3] + r[5:7]]), path
    out = export(session.db_path, session.profile, "es", "xlsx", "both", tmp_path / "informe.xlsx")
    book = load_workbook(out.paths[0])
    assert book.sheetnames == ["Errores", "Correcciones"]
    assert not no_english([str(c.value) for sheet in book for c in sheet[1]])
    out = export(session.db_path, session.profile, "es", "pdf", "both", tmp_path / "informe.pdf")
    text = " ".join(pdf_text(out.paths[0]))
    assert "Facturas que no se sincronizan" in text and "Correcciones hechas" in text
    assert not no_english([text]), no_english([text])
    assert money in text and day in text
