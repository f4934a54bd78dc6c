"""The Connect dialog against the sandbox's OAuth servers: both providers, the paste path, errors in plain words.

Only the browser launch is replaced: the test plays the browser (tests.core.test_oauth_flows.Browser).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from core.auth.connect import Connections
from core.auth.expiry import Status
from core.profiles import Profile, ProfileStore
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from gui.connect_dialog import ConnectDialog
from tests.helpers.keyrings import LockedKeyring, MemoryKeyring
from tests.helpers.oauth import HUBSPOT_APP, INTUIT_APP, PROFILE, REALM, Browser, with_query

pytestmark = pytest.mark.gui


@pytest.fixture
def token_store() -> Iterator[TokenStore]:
    previous = keyring.get_keyring()
    if os.environ.get("SYNCDOCTOR_TEST_KEYRING") != "secretservice":
        keyring.set_keyring(MemoryKeyring())
    store = TokenStore()
    yield store
    for key, client in (("hubspot", HUBSPOT_APP[0]), ("qbo-sandbox", INTUIT_APP[0])):
        store.delete_client_secret(key, client)
    store.delete_refresh_token("qbo", REALM)
    keyring.set_keyring(previous)


def connections_for(sb: Sandbox, store: TokenStore, tmp_path: Path, environment: str = "sandbox") -> Connections:
    conn = Connections(ProfileStore(), store, lock_dir=tmp_path / "locks")
    base = sb.base_url
    conn.profiles.add(Profile(PROFILE, hubspot_api=base, hubspot_oauth_base=base, qbo_api=base, qbo_oauth_base=base,
                              qbo_environment=environment))
    return conn


@pytest.fixture
def conn(oauth_sandbox: Sandbox, token_store: TokenStore, tmp_path: Path) -> Iterator[Connections]:
    connections = connections_for(oauth_sandbox, token_store, tmp_path)
    yield connections
    token_store.delete_refresh_token("hubspot", connections.profiles.get(PROFILE).id)


def make_dialog(qtbot: QtBot, conn: Connections, browser: Browser | None = None, timeout: float = 10) -> ConnectDialog:
    dialog = ConnectDialog(conn, PROFILE, open_browser=(browser or Browser()).open, timeout=timeout)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, dialog: ConnectDialog, button: QPushButton, timeout: int = 15000) -> str:
    """Click like a person (the button must be enabled) and wait until the dialog has shown the outcome."""
    assert button.isEnabled(), button.text()
    with qtbot.waitSignal(dialog.work_finished, timeout=timeout) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def type_app(dialog: ConnectDialog, provider: str) -> None:
    if provider == "hubspot":
        dialog.hubspot_client_id.setText(HUBSPOT_APP[0])
        dialog.hubspot_secret.setText(HUBSPOT_APP[1])
    else:
        dialog.qbo_client_id.setText(INTUIT_APP[0])
        dialog.qbo_secret.setText(INTUIT_APP[1])


def test_connect_hubspot_in_the_browser(qtbot: QtBot, conn: Connections, tmp_path: Path) -> None:
    browser = Browser()
    dialog = make_dialog(qtbot, conn, browser)
    assert "system keychain" in dialog.keyring_note.text()
    assert dialog.hubspot_state.text() == "HubSpot is not connected yet."
    assert not dialog.hubspot_disconnect.isEnabled()
    type_app(dialog, "hubspot")
    with qtbot.waitSignal(dialog.connected, timeout=15000) as got:
        assert click(qtbot, dialog, dialog.hubspot_connect) == "ok"
    assert got.args == ["hubspot"]
    assert dialog.status.text() == "HubSpot is connected."
    assert dialog.hubspot_state.text() == "HubSpot is connected."
    assert conn.status(PROFILE)["hubspot"].status is Status.CONNECTED
    assert conn.store.get_client_secret("hubspot", HUBSPOT_APP[0]) == HUBSPOT_APP[1]  # saved once, in the keyring
    assert dialog.hubspot_disconnect.isEnabled()
    dialog.grab().save(str(tmp_path / "connect-hubspot.png"))

    # The app credentials are remembered: a new dialog shows the id and says the secret is saved.
    again = make_dialog(qtbot, conn, browser)
    assert again.hubspot_client_id.text() == HUBSPOT_APP[0]
    assert "saved in the keychain" in again.hubspot_secret.placeholderText()
    assert click(qtbot, again, again.hubspot_disconnect) == "ok"
    assert again.status.text() == "HubSpot is disconnected."
    assert again.hubspot_state.text() == "HubSpot is not connected yet."


def test_connect_quickbooks_in_the_browser(qtbot: QtBot, conn: Connections) -> None:
    dialog = make_dialog(qtbot, conn)
    dialog.tabs.setCurrentIndex(1)
    type_app(dialog, "qbo")
    assert click(qtbot, dialog, dialog.qbo_connect) == "ok"
    assert dialog.status.text() == "QuickBooks is connected."
    assert dialog.qbo_state.text() == "QuickBooks is connected."
    assert conn.profiles.get(PROFILE).qbo_realm == REALM


def test_quickbooks_paste_the_address_the_browser_landed_on(qtbot: QtBot, conn: Connections) -> None:
    browser = Browser(follow=False)  # nothing listens at the redirect address: the person copies it
    dialog = make_dialog(qtbot, conn, browser)
    dialog.tabs.setCurrentIndex(1)
    type_app(dialog, "qbo")
    dialog.qbo_redirect.setText("http://localhost:8766/callback")
    assert not dialog.qbo_finish.isEnabled()
    assert click(qtbot, dialog, dialog.qbo_open_page) == "ok"
    assert "copy the address" in dialog.status.text()
    browser.join()
    landed = browser.landed[0]

    dialog.qbo_landed.setText("this is not it")
    assert click(qtbot, dialog, dialog.qbo_finish) == "error"
    assert "does not look like the address" in dialog.status.text()

    dialog.qbo_landed.setText(with_query(landed, state="forged"))
    assert click(qtbot, dialog, dialog.qbo_finish) == "error"
    assert "does not belong to the sign-in Sync Doctor started" in dialog.status.text()

    dialog.qbo_landed.setText(landed)
    assert click(qtbot, dialog, dialog.qbo_finish) == "ok"
    assert dialog.status.text() == "QuickBooks is connected."
    assert dialog.qbo_landed.text() == "" and not dialog.qbo_finish.isEnabled()
    assert conn.profiles.app("qbo-sandbox").redirect_uri == "http://localhost:8766/callback"


def test_invalid_code_is_shown_in_plain_words(qtbot: QtBot, conn: Connections) -> None:
    browser = Browser(follow=False)
    dialog = make_dialog(qtbot, conn, browser)
    type_app(dialog, "qbo")
    dialog.qbo_redirect.setText("http://localhost:8766/callback")
    click(qtbot, dialog, dialog.qbo_open_page)
    browser.join()
    pending = dialog.pending
    dialog.qbo_landed.setText(browser.landed[0])
    assert click(qtbot, dialog, dialog.qbo_finish) == "ok"
    dialog.pending = pending  # the same answer a second time: a replayed code
    dialog.qbo_finish.setEnabled(True)
    dialog.qbo_landed.setText(browser.landed[0])
    assert click(qtbot, dialog, dialog.qbo_finish) == "error"
    assert "refused the sign-in code: it was already used" in dialog.status.text()


def test_state_mismatch_denied_and_timeout_are_plain(qtbot: QtBot, conn: Connections) -> None:
    # A forged state is refused by the loopback listener itself, which keeps waiting for the real answer.
    forged = Browser(tamper=lambda location: with_query(location, state="forged"))
    dialog = make_dialog(qtbot, conn, forged, timeout=1.5)
    type_app(dialog, "hubspot")
    assert click(qtbot, dialog, dialog.hubspot_connect) == "error"
    assert "No answer came back from the browser" in dialog.status.text()
    forged.join()
    assert "not the one Sync Doctor is waiting for" in forged.pages[0]
    dialog.timeout = 10

    dialog.open_browser = Browser(tamper=lambda location: with_query(location, error="access_denied")).open
    assert click(qtbot, dialog, dialog.hubspot_connect) == "error"
    assert dialog.status.text().startswith("You did not allow Sync Doctor to access HubSpot.")

    opened: list[str] = []
    dialog.open_browser = opened.append  # the person never comes back
    dialog.timeout = 0.5
    assert click(qtbot, dialog, dialog.hubspot_connect) == "error"
    assert "No answer came back from the browser" in dialog.status.text()
    assert "crm.objects.contacts.write" in dialog.scopes_label.text() and dialog.scopes_label.isVisible()
    out = os.environ.get("SYNCDOCTOR_SHOTS")
    if out:
        dialog.grab().save(str(Path(out) / "connect-error.png"))


def test_stop_waiting_cancels(qtbot: QtBot, conn: Connections) -> None:
    opened: list[str] = []
    dialog = ConnectDialog(conn, PROFILE, open_browser=opened.append, timeout=30)
    qtbot.addWidget(dialog)
    dialog.show()
    type_app(dialog, "qbo")
    with qtbot.waitSignal(dialog.work_finished, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.qbo_connect, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(opened) == 1 and dialog.cancel_button.isVisible())
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert dialog.status.text() == "Connecting was cancelled. Nothing was changed."
    assert not dialog.cancel_button.isVisible() and dialog.qbo_connect.isEnabled()


def test_private_app_token(qtbot: QtBot, conn: Connections, oauth_sandbox: Sandbox) -> None:
    dialog = make_dialog(qtbot, conn)
    dialog.hubspot_token.setText("pat-na1-wrong")
    assert click(qtbot, dialog, dialog.hubspot_use_token) == "error"
    assert dialog.status.text().startswith("HubSpot did not accept this token.")
    assert "pat-na1-wrong" not in dialog.status.text()
    dialog.hubspot_token.setText(sorted(oauth_sandbox.state.hubspot.tokens)[0])
    assert click(qtbot, dialog, dialog.hubspot_use_token) == "ok"
    assert dialog.status.text() == "HubSpot is connected." and dialog.hubspot_token.text() == ""


def test_missing_app_credentials(qtbot: QtBot, conn: Connections) -> None:
    dialog = make_dialog(qtbot, conn)
    missing = ("This computer has no HubSpot app set up yet. Ask your firm's administrator for the app settings "
               "file (oauth-apps.json), or enter the app's details under Advanced.")
    assert dialog.hubspot_app_note.isVisible() and dialog.hubspot_app_note.text() == missing
    assert click(qtbot, dialog, dialog.hubspot_connect) == "error"
    assert dialog.status.text() == missing


def test_production_keys_need_the_paste_path(qtbot: QtBot, oauth_sandbox: Sandbox, token_store: TokenStore,
                                             tmp_path: Path) -> None:
    conn = Connections(ProfileStore(), token_store, lock_dir=tmp_path)
    conn.profiles.add(Profile(PROFILE, qbo_environment="production"))
    dialog = make_dialog(qtbot, conn)
    assert dialog.environment.currentData() == "production"
    assert not dialog.qbo_connect.isEnabled()
    assert "only for development keys" in dialog.qbo_loopback_hint.text()
    dialog.environment.setCurrentIndex(dialog.environment.findData("sandbox"))
    assert dialog.qbo_connect.isEnabled()


def test_locked_keychain_is_reported_before_the_browser(qtbot: QtBot, oauth_sandbox: Sandbox,
                                                        tmp_path: Path) -> None:
    conn = connections_for(oauth_sandbox, TokenStore(backend=LockedKeyring()), tmp_path)
    opened: list[str] = []
    dialog = ConnectDialog(conn, PROFILE, open_browser=opened.append, timeout=5)
    qtbot.addWidget(dialog)
    dialog.show()
    type_app(dialog, "hubspot")
    assert click(qtbot, dialog, dialog.hubspot_connect) == "error"
    assert "is locked. Unlock it" in dialog.status.text()
    assert opened == []


def test_no_recommended_keychain_says_memory_only(qtbot: QtBot, oauth_sandbox: Sandbox, tmp_path: Path) -> None:
    conn = connections_for(oauth_sandbox, TokenStore(backend=keyring.backends.fail.Keyring()), tmp_path)
    dialog = make_dialog(qtbot, conn)
    assert "kept in memory for this session only" in dialog.keyring_note.text()
    type_app(dialog, "qbo")
    assert click(qtbot, dialog, dialog.qbo_connect) == "ok"
    assert dialog.status.text() == ("QuickBooks is connected. Tokens are kept in memory for this session only.")


def test_renders(qtbot: QtBot, conn: Connections, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, conn)
    dialog.resize(680, 640)
    for index, name in enumerate(("hubspot", "quickbooks")):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        image = dialog.grab()
        assert image.width() >= 620
        out = os.environ.get("SYNCDOCTOR_SHOTS")
        image.save(str(Path(out) / f"connect-{name}.png") if out else str(tmp_path / f"connect-{name}.png"))


def test_profile_session_builds_endpoints_from_the_keyring(qtbot: QtBot, conn: Connections,
                                                           oauth_sandbox: Sandbox) -> None:
    from gui.session import profile_session

    dialog = make_dialog(qtbot, conn)
    type_app(dialog, "hubspot")
    click(qtbot, dialog, dialog.hubspot_connect)
    type_app(dialog, "qbo")
    click(qtbot, dialog, dialog.qbo_connect)
    # A new Connections (as after a restart) reads the refresh tokens from the keychain and refreshes.
    restarted = Connections(ProfileStore(), TokenStore(), lock_dir=conn.lock_dir)
    session = profile_session(PROFILE, restarted)
    assert session.profile == PROFILE and session.db_path == conn.profiles.get(PROFILE).cache_path
    assert session.endpoints is not None and session.endpoints.qbo_realm == REALM
    assert session.endpoints.qbo_token in oauth_sandbox.state.qbo.tokens
    assert session.endpoints.hubspot_token in oauth_sandbox.state.hubspot.tokens
    assert session.endpoints.qbo_token not in repr(session.endpoints)
