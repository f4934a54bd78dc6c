"""Driving fix wizards like a user: real clicks (counted), from the banner's Details to the verdict."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from gui.wizards.base import FixWizard, PageId
from tests.gui.helpers import refresh_and_wait

TIMEOUT = 15_000


class Clicks:
    """Counts every user click the test makes, so the "≤ 5 clicks" promise is measured, not claimed."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.log: list[str] = []

    def button(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), f"{button.objectName() or button.text()} not clickable"
        self.log.append(button.objectName() or button.text())
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def at(self, widget: QWidget, pos: QPoint, what: str) -> None:
        self.log.append(what)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    @property
    def count(self) -> int:
        return len(self.log)


def turn_off_revenue_recognition(sb: Sandbox) -> None:
    """The demo company has revenue recognition on, which adds a second cause to every pending invoice;
    turning it off leaves each seed cause alone on its invoice, so "now syncs" is the fix's doing."""
    with sb.state.lock:
        sb.state.qbo.preferences["ProductAndServicesPrefs"]["RevenueRecognitionEnabled"] = False


def loaded_window(qtbot: QtBot, win: MainWindow) -> None:
    assert refresh_and_wait(qtbot, win) == "ok"


def open_from_panel(qtbot: QtBot, win: MainWindow, clicks: Clicks, kind: str, invoice_id: str) -> FixWizard:
    """Banner Details → the invoice's row → its card's Fix… for `kind`; returns the wizard the window opened."""
    clicks.button(win.banner.details_button)
    row = win.model.row_of(invoice_id)
    assert row >= 0, f"invoice {invoice_id} is not in the table"
    if win.current_entry() is None or win.current_entry().id != invoice_id:
        win.table.scrollTo(win.model.index(row, 0))
        rect = win.table.visualRect(win.table.model().index(row, 0))
        clicks.at(win.table.viewport(), rect.center(), f"row {invoice_id}")
    qtbot.waitUntil(lambda: win.current_entry() is not None and win.current_entry().id == invoice_id,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: kind in win.card.fix_buttons and win.card.fix_buttons[kind].isVisible(),
                    timeout=TIMEOUT)
    with qtbot.waitSignal(win.wizard_opened, timeout=TIMEOUT) as opened:
        clicks.button(win.card.fix_buttons[kind])
    wizard = cast(FixWizard, opened.args[0])
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.EXPLAIN
    return wizard


def from_the_banner(qtbot: QtBot, win: MainWindow, sandbox: Sandbox, kind: str, invoice_id: str, *,
                    revenue_recognition: bool = False) -> tuple[FixWizard, Clicks]:
    """The counted path's start: (revenue recognition turned off unless asked to keep it,) the panel loaded, and
    `kind`'s wizard opened from the banner with its clicks counted."""
    if not revenue_recognition:
        turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, win)
    clicks = Clicks(qtbot)
    return open_from_panel(qtbot, win, clicks, kind, invoice_id), clicks


def wait_page(qtbot: QtBot, wizard: QWizard, page: PageId, timeout: int = TIMEOUT) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() in (page, PageId.ERROR), timeout=timeout)
    assert wizard.currentId() == page, getattr(wizard, "error_text", "")


def commit(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.CommitButton)


def next_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def express_to_preview(qtbot: QtBot, wizard: FixWizard, clicks: Clicks) -> None:
    """Explain's "Preview the recommended fix" → the Preview page with its plan ready."""
    page = wizard.explain_page
    qtbot.waitUntil(page.recommended.isEnabled, timeout=TIMEOUT)
    clicks.button(page.recommended)
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete() or wizard.currentId() == PageId.ERROR,
                    timeout=TIMEOUT)
    assert commit(wizard).isVisible() and commit(wizard).isEnabled()


def apply_and_verify(qtbot: QtBot, wizard: FixWizard, clicks: Clicks) -> None:
    """Preview's "Apply changes" → (Apply, automatic) → Verify with its verdict in."""
    clicks.button(commit(wizard))
    wait_page(qtbot, wizard, PageId.VERIFY, timeout=30_000)
    qtbot.waitUntil(lambda: wizard.verify_page.isComplete() and wizard.verify_page.verdict.property("state")
                    in ("fixed", "failing"), timeout=30_000)


def apply_until_fixed(qtbot: QtBot, wizard: FixWizard, clicks: Clicks) -> None:
    """apply_and_verify, and the verdict is "fixed" (its details are the message when it is not)."""
    apply_and_verify(qtbot, wizard, clicks)
    assert wizard.verify_page.verdict.property("state") == "fixed", wizard.verify_page.details.text()


def open_at_choose(qtbot: QtBot, win: MainWindow, kind: str, invoice_id: str) -> FixWizard:
    """`kind`'s wizard opened straight from the window (no counted clicks), past Explain to the Choose page."""
    opened = win.open_fix_wizard(kind, [invoice_id])
    assert opened is not None
    wizard = cast(FixWizard, opened)
    qtbot.waitUntil(wizard.explain_page.recommended.isEnabled)
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.CHOOSE)
    return wizard


def next_to_preview(qtbot: QtBot, wizard: FixWizard) -> None:
    """Choose's Next (not counted) → the Preview page with its plan ready."""
    click(qtbot, next_button(wizard))
    wait_page(qtbot, wizard, PageId.PREVIEW)
    qtbot.waitUntil(wizard.preview_page.isComplete)


def commit_until_fixed(qtbot: QtBot, wizard: FixWizard) -> None:
    """Preview's commit button (not counted) → Verify, whose verdict turns "fixed"."""
    click(qtbot, commit(wizard))
    wait_page(qtbot, wizard, PageId.VERIFY, timeout=30_000)
    qtbot.waitUntil(lambda: wizard.verify_page.verdict.property("state") == "fixed", timeout=30_000)


def previewed(wizard: FixWizard) -> list[tuple[str, str, str]]:
    return wizard.preview_page.table.field_rows()


def qbo(sb: Sandbox, entity: str) -> list[dict[str, Any]]:
    with sb.state.lock:
        return [dict(r) for r in sb.state.qbo.entities[entity].values()]


def shoot(widget: QWidget, path: Any) -> None:
    """Offscreen PNG of a page, for looking at (tests keep them under tmp_path)."""
    widget.grab().save(str(path))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A click that is not counted (paths other than the shortest one)."""
    assert button.isVisible() and button.isEnabled(), f"{button.objectName() or button.text()} not clickable"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_in_quickbooks(sb: Sandbox, entity: str, record_id: str, **fields: Any) -> None:
    """Someone else saves the record in QuickBooks: the fields change and the SyncToken moves on."""
    from core.sandbox.qbo_store import stamp, touch

    with sb.state.lock:
        record = sb.state.qbo.entities[entity][record_id]
        record.update(fields)
        touch(record, stamp(sb.state.qbo))


def qbo_record(sb: Sandbox, entity: str, record_id: str) -> dict[str, Any]:
    with sb.state.lock:
        return dict(sb.state.qbo.entities[entity][record_id])


def sales_lines(invoice: dict[str, Any]) -> list[tuple[float, float]]:
    return [(ln["SalesItemLineDetail"]["Qty"], ln["Amount"]) for ln in invoice["Line"]
            if ln.get("DetailType") == "SalesItemLineDetail"]


def undo_dialog(qtbot: QtBot, owner: QWidget) -> Any:
    """The undo preview `owner` (a wizard or the Activity view) just opened, once it shows its preview or why
    there is none."""
    from gui.undo_dialog import UndoDialog

    def shown() -> list[UndoDialog]:
        return [d for d in owner.findChildren(UndoDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=TIMEOUT)
    dialog = shown()[-1]
    qtbot.waitUntil(lambda: dialog.proposal is not None or dialog.verdict.isVisible(), timeout=TIMEOUT)
    return dialog


def confirm_undo(qtbot: QtBot, dialog: Any) -> None:
    """Click the preview's Undo, and wait for its result."""
    with qtbot.waitSignal(dialog.undone, timeout=30_000):
        click(qtbot, dialog.confirm_button)


def activity_view(qtbot: QtBot, window: Any, session: Any) -> Any:
    """The Activity view on `session`'s journal, shown and loaded, sharing the window's task bridge."""
    from gui.activity_view import ActivityView

    view = ActivityView(session, window.bridge)
    qtbot.addWidget(view)
    view.resize(1100, 420)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    return view
