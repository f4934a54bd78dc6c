"""A bookkeeper's first day (issue 13), by clicks only: from an empty data folder to a client company's failures,
and removing a client company.

Real widgets, real HTTP to the sandbox (its OAuth servers and APIs), real SQLite, the real Secret Service under
tests/run.sh. The only thing simulated is the browser launch: `webbrowser.open` is replaced by a stand-in that
GETs the sign-in address from the sandbox (which approves at once) and follows its redirect to Sync Doctor's
loopback listener. The firm's app settings file is what an administrator would hand out (README).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from core.auth import app_file
from core.profiles import ProfileStore
from core.sandbox.server import Options, Sandbox
from core.secrets import SERVICE, TokenStore
from core.services import panel
from core.services.entries import FAILING, WARNING
from gui import app_window
from gui.app_window import AppWindow, profile_window, welcome_window
from gui.companies import NameDialog
from gui.connect_dialog import ConnectDialog
from tests.helpers.oauth import HUBSPOT_APP, INTUIT_APP, Browser

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_sandbox() -> Iterator[Sandbox]:
    """The demo company's two services, a little slow (as over the internet) so the first check can be watched."""
    with Sandbox("demo", options=Options(latency_ms=15)) as sb:
        yield sb


@pytest.fixture
def firm_file(demo_sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The firm's oauth-apps.json, pointing at the sandbox's OAuth servers and APIs; QuickBooks' environment is
    left out, so new companies get the default a real firm gets (production). HubSpot's redirect is registered
    with a fixed port."""
    base = demo_sandbox.base_url
    path = tmp_path / "oauth-apps.json"
    with socket.socket() as probe:   # a port free right now, as an administrator would pick one
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path.write_text(json.dumps({
        "hubspot": {"client_id": HUBSPOT_APP[0], "client_secret": HUBSPOT_APP[1], "oauth_base": base,
                    "api_base": base, "loopback_port": port},
        "quickbooks": {"client_id": INTUIT_APP[0], "client_secret": INTUIT_APP[1], "oauth_base": base,
                       "api_base": base}}), encoding="utf-8")
    monkeypatch.setenv(app_file.ENV_VAR, str(path))
    return path


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Browser:
    """The one edge simulated: the system browser."""
    stand_in = Browser()
    monkeypatch.setattr(webbrowser, "open", stand_in.open)
    return stand_in


@pytest.fixture
def keychain(token_store: TokenStore) -> Iterator[TokenStore]:
    """The real Secret Service under tests/run.sh; every SyncDoctor entry a test leaves is deleted after it."""
    yield token_store
    for profile in ProfileStore().all():
        for key in (f"hubspot:{profile.id}", f"qbo:{profile.qbo_realm}"):
            token_store.delete_secret(*key.split(":", 1))


@pytest.fixture
def windows() -> Iterator[None]:
    """Windows replace each other (a closed one is deleted by Qt), so none is handed to qtbot: whatever is still
    open at the end is closed here."""
    yield
    for window in list(app_window._OPEN):
        if shiboken6.isValid(window):
            window.close()


def click(qtbot: QtBot, widget: object) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text()   # type: ignore[attr-defined]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)   # type: ignore[arg-type]


def add_company(qtbot: QtBot, window: AppWindow, name: str, start: object) -> AppWindow:
    """Click `start` (a welcome or File-menu button), type the name, OK: the company's window replaces this one."""
    with qtbot.waitSignal(window.profile_switched, timeout=5000) as switched:
        if hasattr(start, "trigger"):
            start.trigger()   # type: ignore[attr-defined]
        else:
            click(qtbot, start)
        dialog = window.companies.dialog
        assert isinstance(dialog, NameDialog)
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.edit, name)
        click(qtbot, dialog.ok_button)
    other = switched.args[0]
    assert isinstance(other, AppWindow)
    qtbot.waitExposed(other)
    return other


def connect_both(qtbot: QtBot, dialog: ConnectDialog) -> None:
    assert not dialog.hubspot_advanced.isChecked() and not dialog.hubspot_client_id.isVisible()
    assert not dialog.hubspot_app_note.isVisible()   # the firm's file provides the app
    with qtbot.waitSignal(dialog.work_finished, timeout=20000) as done:
        click(qtbot, dialog.hubspot_connect)
    assert done.args == ["ok"], dialog.status.text()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.environment.currentData() == "production"   # a real firm's default, not development keys
    with qtbot.waitSignal(dialog.work_finished, timeout=20000) as done:
        click(qtbot, dialog.qbo_connect)
    assert done.args == ["ok"], dialog.status.text()
    assert dialog.status.text() == ("QuickBooks is connected. Both are connected: close this window to watch "
                                    "Sync Doctor check every invoice.")


def _quiet(step: str, done: int, total: int) -> None:
    del step, done, total


def test_first_day_from_an_empty_data_folder(qtbot: QtBot, syncdoctor_home: Path, tmp_path: Path, demo_sandbox: Sandbox,
                                             firm_file: Path, browser: Browser, keychain: TokenStore,
                                             windows: None) -> None:
    assert list(syncdoctor_home.iterdir()) == []
    assert profile_window(None) is None   # what gui.app.run finds: no company, so the welcome page
    window = welcome_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.pages.currentWidget() is window.welcome_page and window.welcome_page.isVisible()
    assert window.welcome_page.demo_button.text() == "Try the demo company"

    acme = add_company(qtbot, window, "Acme Ltd", window.welcome_page.connect_button)
    assert acme.session.profile == "Acme Ltd" and acme.pages.currentWidget() is not acme.welcome_page
    dialog = acme.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()   # a new company is connected at once
    connect_both(qtbot, dialog)
    # Both connected: the first check starts with a progress bar and Cancel, behind the dialog.
    qtbot.waitUntil(lambda: acme.progress.isVisible() and acme.cancel_button.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: "record" in acme.progress_step.text(), timeout=15000)
    with qtbot.waitSignal(acme.refresh_finished, timeout=60000) as finished:
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    assert finished.args == ["ok"], acme.messages.text()
    assert not acme.progress.isVisible()
    # The bar counted the requests against HubSpot's sizes, counted first; the line said what was left.
    assert acme.progress.maximum() > 0 and acme.progress.value() == acme.progress.maximum()
    searched = [r["path"] for r in demo_sandbox.app.requests if r["path"].endswith("/search")]
    # companies, contacts, invoices, line items: one count each; then the invoices themselves, one page of 200
    assert sorted(searched) == sorted([*(f"/crm/v3/objects/{t}/search" for t in
                                         ("companies", "contacts", "invoices", "line_items")),
                                       "/crm/v3/objects/invoices/search"])
    said = acme.progress_step.text()
    assert "requests sent" in said and "less than a minute left" in said, said
    # The panel shows that company's failures.
    assert acme.session.db_path == syncdoctor_home / "profiles" / "Acme_Ltd" / "cache.db"
    expected = panel.refresh_and_diagnose(demo_sandbox.endpoints(), tmp_path / "check.db", _quiet,
                                         threading.Event())   # the same company, checked on its own
    assert expected is not None and expected.entries
    shown = {e.id for e in acme.model.visible_entries()}
    assert shown == {e.id for e in expected.entries if e.status in (FAILING, WARNING)}   # those needing attention
    assert acme.banner.title.text() == f"{len(shown)} invoices cannot sync"
    assert acme.windowTitle() == "Sync Doctor — Acme Ltd"

    registered = json.loads(firm_file.read_text())["hubspot"]["loopback_port"]
    assert f"localhost%3A{registered}%2Fcallback" in browser.opened[0]   # the redirect the firm registered
    profile = ProfileStore().get("Acme Ltd")
    assert profile.qbo_environment == "production" and profile.qbo_realm == demo_sandbox.state.qbo.realm
    if os.environ.get("SYNCDOCTOR_TEST_KEYRING") == "secretservice":
        assert type(keyring.get_keyring()).__name__ == "Keyring"   # keyring.backends.SecretService
        assert keyring.get_keyring().__module__ == "keyring.backends.SecretService"
    hubspot_token = keyring.get_password(SERVICE, f"hubspot:{profile.id}")
    qbo_token = keyring.get_password(SERVICE, f"qbo:{profile.qbo_realm}")
    assert hubspot_token and hubspot_token in demo_sandbox.state.oauth.hubspot.by_refresh
    assert qbo_token and qbo_token in demo_sandbox.state.oauth.intuit.by_refresh   # the rotated one, saved
    saved = (syncdoctor_home / "profiles.json").read_text(encoding="utf-8")
    assert hubspot_token not in saved and qbo_token not in saved   # tokens only in the keyring


def connect_and_check(qtbot: QtBot, window: AppWindow) -> None:
    """Connect both services in the company's Connect dialog, wait for the first check, close the dialog."""
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog)
    with qtbot.waitSignal(window.refresh_finished, timeout=60000) as finished:
        connect_both(qtbot, dialog)
    assert finished.args == ["ok"], window.messages.text()
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))


def use_firm_file(path: Path, sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    base = sb.base_url
    path.write_text(json.dumps({
        "hubspot": {"client_id": HUBSPOT_APP[0], "client_secret": HUBSPOT_APP[1], "oauth_base": base,
                    "api_base": base},
        "quickbooks": {"client_id": INTUIT_APP[0], "client_secret": INTUIT_APP[1], "oauth_base": base,
                       "api_base": base}}), encoding="utf-8")
    monkeypatch.setenv(app_file.ENV_VAR, str(path))


def test_removing_a_company_deletes_its_files_and_keyring_entries_only(
        qtbot: QtBot, syncdoctor_home: Path, tmp_path: Path, browser: Browser, keychain: TokenStore,
        windows: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two client companies, each with its own HubSpot portal and QuickBooks company (two sandboxes; the
    # firm's file is pointed at the second before the second company is added).
    with Sandbox({"hubspot": {"portal_id": "111"}, "qbo": {"realm": "9130000000000001"}}) as first, \
            Sandbox({"hubspot": {"portal_id": "222"}, "qbo": {"realm": "9130000000000002"}}) as second:
        use_firm_file(tmp_path / "oauth-apps.json", first, monkeypatch)
        window = welcome_window()
        window.show()
        acme = add_company(qtbot, window, "Acme Ltd", window.welcome_page.connect_button)
        connect_and_check(qtbot, acme)
        use_firm_file(tmp_path / "oauth-apps.json", second, monkeypatch)
        beta = add_company(qtbot, acme, "Beta LLC", acme.new_company_action)
        connect_and_check(qtbot, beta)

        store = ProfileStore()
        kept, gone = store.get("Acme Ltd"), store.get("Beta LLC")
        gone_dir, kept_dir = syncdoctor_home / "profiles" / "Beta_LLC", syncdoctor_home / "profiles" / "Acme_Ltd"
        (syncdoctor_home / "locks").mkdir(exist_ok=True)
        gone_lock = syncdoctor_home / "locks" / f"qbo-{gone.qbo_realm}.lock"
        gone_lock.touch()   # as a token renewal leaves it
        assert (gone_dir / "cache.db").exists() and (kept_dir / "cache.db").exists()
        assert "writer.lock" in {p.name for p in gone_dir.iterdir()}   # not only the cache goes
        kept_files = sorted(p.name for p in kept_dir.iterdir())
        secrets = {name: (keyring.get_password(SERVICE, f"hubspot:{p.id}"),
                          keyring.get_password(SERVICE, f"qbo:{p.qbo_realm}")) for name, p in
                   (("kept", kept), ("gone", gone))}
        assert all(all(pair) for pair in secrets.values())

        # File ▸ Remove client company… on the open company (Beta), after a confirmation.
        with qtbot.waitSignal(beta.profile_switched, timeout=5000) as switched:
            beta.remove_company_action.trigger()
            box = beta.companies.confirm_box
            assert box is not None and "Beta LLC" in box.text()
            qtbot.waitExposed(box)
            click(qtbot, box.findChild(QPushButton, "confirmYes"))
        after = switched.args[0]
        assert isinstance(after, AppWindow) and after.session.profile == "Acme Ltd"
        qtbot.waitUntil(lambda: "was removed" in after.messages.text(), timeout=30000)

        assert not gone_dir.exists() and not gone_lock.exists()
        assert keyring.get_password(SERVICE, f"hubspot:{gone.id}") is None
        assert keyring.get_password(SERVICE, f"qbo:{gone.qbo_realm}") is None
        assert not second.state.oauth.hubspot.by_refresh and not second.state.oauth.intuit.by_refresh  # revoked
        assert [p.name for p in ProfileStore().all()] == ["Acme Ltd"]
        # The other company is untouched: its files, its keyring entries, its grants, its window.
        assert set(kept_files) <= {p.name for p in kept_dir.iterdir()}   # (its window reopened the cache)
        assert keyring.get_password(SERVICE, f"hubspot:{kept.id}") == secrets["kept"][0]
        assert keyring.get_password(SERVICE, f"qbo:{kept.qbo_realm}") is not None
        assert first.state.oauth.hubspot.by_refresh and first.state.oauth.intuit.by_refresh
        assert after.profile_bar.combo.count() == 1 and after.profile_bar.current_profile() == "Acme Ltd"
        after.close()


def test_try_the_demo_company_from_the_welcome_page(qtbot: QtBot, syncdoctor_home: Path, windows: None,
                                                    token_store: TokenStore) -> None:
    window = welcome_window()
    window.show()
    qtbot.waitExposed(window)
    assert not window.profile_bar.isVisible() and not window.refresh_action.isEnabled()
    assert not window.export_action.isEnabled() and not window.undo_action.isEnabled()
    window.resize(1280, 800)
    qtbot.wait(20)
    for label in window.welcome_page.findChildren(QLabel):   # every line of the page shown whole
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    with qtbot.waitSignal(window.profile_switched, timeout=10000) as switched:
        click(qtbot, window.welcome_page.demo_button)
    demo = switched.args[0]
    assert isinstance(demo, AppWindow) and demo.session.profile == "demo" and demo.session.online
    with qtbot.waitSignal(demo.refresh_finished, timeout=60000) as finished:
        pass   # it starts on its own once the welcome window is gone
    assert finished.args == ["ok"] and demo.model.rowCount() > 0
    assert ProfileStore().names() == []   # trying the demo saves no client company


def test_rename_a_client_company(qtbot: QtBot, syncdoctor_home: Path, windows: None, token_store: TokenStore,
                                 tmp_path: Path) -> None:
    window = welcome_window()
    window.show()
    acme = add_company(qtbot, window, "Acme", window.welcome_page.connect_button)
    assert acme.connect_dialog is not None
    acme.connect_dialog.reject()
    old_id = ProfileStore().get("Acme").id
    (syncdoctor_home / "profiles" / "Acme" / "notes.txt").write_text("kept")
    with qtbot.waitSignal(acme.profile_switched, timeout=5000) as switched:
        acme.rename_company_action.trigger()
        dialog = acme.companies.dialog
        assert isinstance(dialog, NameDialog) and dialog.edit.text() == "Acme"
        dialog.edit.clear()
        assert not dialog.ok_button.isEnabled()   # a name is needed
        qtbot.keyClicks(dialog.edit, "Acme Holdings")
        click(qtbot, dialog.ok_button)
    renamed = switched.args[0]
    assert renamed.session.profile == "Acme Holdings" and renamed.windowTitle() == "Sync Doctor — Acme Holdings"
    assert ProfileStore().get("Acme Holdings").id == old_id   # keyring entries are keyed by id: they follow
    assert (syncdoctor_home / "profiles" / "Acme_Holdings" / "notes.txt").read_text() == "kept"
    assert not (syncdoctor_home / "profiles" / "Acme").exists()
    assert renamed.profile_bar.current_profile() == "Acme Holdings"
    assert renamed.profile_bar.connect_button.isEnabled()   # a saved company can always be connected


class _QuitFromWelcome(QObject):
    """Finds the window gui.app.run opened, notes what it shows, and quits it with File ▸ Quit (Ctrl+Q)."""

    def __init__(self) -> None:
        super().__init__()
        self.showed_welcome = False
        self.timed_out = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(50)
        QTimer.singleShot(15000, self.give_up)   # a safety net: the test fails if it was needed

    def poll(self) -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, AppWindow) and w.isVisible()]
        if not found:
            return
        window = found[0]
        if not window.isActiveWindow():   # shortcuts go to the active window, as on a desktop
            window.activateWindow()
            return
        self.timer.stop()
        self.showed_welcome = window.pages.currentWidget() is window.welcome_page
        QTest.keyClick(window.welcome_page.demo_button, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    def give_up(self) -> None:
        self.timed_out = True
        QApplication.closeAllWindows()


def test_main_opens_the_welcome_page_on_an_empty_data_folder(syncdoctor_home: Path, token_store: TokenStore) -> None:
    from gui import app as gui_app

    quitter = _QuitFromWelcome()
    assert gui_app.run(demo=False) == 0   # the event loop ends: Ctrl+Q closed the window
    assert quitter.showed_welcome and not quitter.timed_out
    assert ProfileStore().names() == []


def test_a_taken_name_is_refused_in_the_dialog_and_removing_the_last_company_goes_back_to_welcome(
        qtbot: QtBot, syncdoctor_home: Path, windows: None, token_store: TokenStore) -> None:
    window = welcome_window()
    window.show()
    acme = add_company(qtbot, window, "Acme", window.welcome_page.connect_button)
    assert acme.connect_dialog is not None
    acme.connect_dialog.reject()
    acme.new_company_action.trigger()
    dialog = acme.companies.dialog
    assert isinstance(dialog, NameDialog)
    qtbot.keyClicks(dialog.edit, "acme")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "already exists" in dialog.error.text() and dialog.error.isVisible()
    qtbot.keyClicks(dialog.edit, " 2")
    assert not dialog.error.isVisible()   # typing clears the complaint
    dialog.reject()
    assert ProfileStore().names() == ["Acme"]

    with qtbot.waitSignal(acme.profile_switched, timeout=5000) as switched:
        acme.remove_company_action.trigger()
        box = acme.companies.confirm_box
        assert box is not None
        qtbot.waitExposed(box)
        click(qtbot, box.findChild(QPushButton, "confirmYes"))
    back = switched.args[0]
    assert isinstance(back, AppWindow) and back.pages.currentWidget() is back.welcome_page
    qtbot.waitUntil(lambda: back.companies.notice is not None, timeout=15000)
    assert back.companies.notice is not None and "“Acme” was removed" in back.companies.notice.text()
    assert ProfileStore().names() == [] and not (syncdoctor_home / "profiles" / "Acme").exists()
