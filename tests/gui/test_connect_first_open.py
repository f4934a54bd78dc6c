"""The Connect dialog as a bookkeeper first meets it (issue 13): sign-in buttons first, the app's keys and the
QuickBooks environment folded under "Advanced", production keys by default, no help text drawn over a button,
honest words about where secrets go, and errors without exception names."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from core.auth import app_file
from core.auth.companies import new_profile
from core.auth.connect import Connections
from core.profiles import ProfileStore
from core.secrets import TokenStore
from gui.connect_dialog import ConnectDialog

pytestmark = pytest.mark.gui

NAME = "Acme Ltd"


@pytest.fixture
def firm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "oauth-apps.json"
    path.write_text(json.dumps({"hubspot": {"client_id": "firm-hub", "client_secret": "s1"},
                                "quickbooks": {"client_id": "firm-intuit", "client_secret": "s2",
                                               "redirect_uri": "https://firm.example/callback"}}))
    monkeypatch.setenv(app_file.ENV_VAR, str(path))


def dialog_for(qtbot: QtBot, conn: Connections, opened: list[str] | None = None) -> ConnectDialog:
    dialog = ConnectDialog(conn, NAME, open_browser=(opened if opened is not None else []).append, timeout=2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def overlaps(page: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible texts or controls drawn over each other (in page coordinates)."""
    leaves = [w for w in page.findChildren(QWidget) if isinstance(w, QLabel | QPushButton | QLineEdit)
              and w.isVisible() and w.width() > 0]
    boxes = {w: QRect(w.mapTo(page, w.rect().topLeft()), w.size()) for w in leaves}
    return [(a.text(), b.text()) for a, b in combinations(leaves, 2)
            if not a.isAncestorOf(b) and not b.isAncestorOf(a) and boxes[a].intersects(boxes[b])]


def test_first_open_shows_sign_in_with_the_firms_apps(qtbot: QtBot, firm: None, token_store: TokenStore,
                                                      tmp_path: Path) -> None:
    conn = Connections(ProfileStore(), token_store, lock_dir=tmp_path / "locks")
    assert new_profile(conn, NAME).qbo_environment == "production"
    opened: list[str] = []
    dialog = dialog_for(qtbot, conn, opened)
    assert dialog.hubspot_connect.text() == "Sign in with HubSpot…" and dialog.hubspot_connect.isEnabled()
    assert not dialog.hubspot_advanced.isChecked() and not dialog.hubspot_client_id.isVisible()
    assert not dialog.hubspot_app_note.isVisible()   # the firm's file has the app: nothing to ask
    assert dialog.hubspot_client_id.text() == ""      # and its keys are not shown to the bookkeeper
    assert conn.app_credentials("hubspot") is not None and conn.app_credentials("qbo-production") is not None
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert not dialog.environment.isVisible() and dialog.environment.currentData() == "production"
    assert dialog.environment.currentText() == "Production (real companies)"
    # Production keys: Intuit sends the browser back only to the firm's HTTPS address, so the paste path.
    assert not dialog.qbo_connect.isEnabled() and "paste option" in dialog.qbo_loopback_hint.text()
    for index in (0, 1):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        area = dialog.tabs.currentWidget()
        assert isinstance(area, QScrollArea)
        assert overlaps(area.widget()) == []
    # The paste path signs in with the firm's Intuit app and its registered HTTPS redirect, nothing typed.
    with qtbot.waitSignal(dialog.work_finished, timeout=10000) as done:
        qtbot.mouseClick(dialog.qbo_open_page, Qt.MouseButton.LeftButton)
    assert done.args == ["ok"], dialog.status.text()
    assert len(opened) == 1 and "client_id=firm-intuit" in opened[0]
    assert "redirect_uri=https%3A%2F%2Ffirm.example%2Fcallback" in opened[0]
    qtbot.mouseClick(dialog.qbo_advanced, Qt.MouseButton.LeftButton)
    assert dialog.environment.isVisible() and dialog.qbo_redirect.isVisible()
    assert dialog.qbo_redirect.text() == ""   # typed values only; the firm's address is used behind it
    assert "kept in the system keychain" in dialog.qbo_secret_hint.text()
    qtbot.wait(20)
    assert overlaps(dialog.tabs.currentWidget().widget()) == []   # type: ignore[union-attr]


def test_without_a_keychain_nothing_claims_the_keychain(qtbot: QtBot, tmp_path: Path) -> None:
    conn = Connections(ProfileStore(), TokenStore(backend=keyring.backends.fail.Keyring()), lock_dir=tmp_path)
    new_profile(conn, NAME)
    dialog = dialog_for(qtbot, conn)
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [w.placeholderText()
                                                               for w in dialog.findChildren(QLineEdit)]
    assert not any("kept in the system keychain" in t or "saved in the keychain" in t for t in texts)
    assert "only until Sync Doctor closes" in dialog.hubspot_secret_hint.text()
    assert "kept in memory for this session only" in dialog.keyring_note.text()
    assert dialog.hubspot_app_note.isVisible() and "Ask your firm's administrator" in dialog.hubspot_app_note.text()


def test_network_errors_are_in_plain_words(qtbot: QtBot, token_store: TokenStore, tmp_path: Path) -> None:
    conn = Connections(ProfileStore(), token_store, lock_dir=tmp_path)
    new_profile(conn, NAME)
    conn.profiles.update(NAME, hubspot_api="http://127.0.0.1:9")   # nothing listens there
    dialog = dialog_for(qtbot, conn)
    dialog.hubspot_token.setText("pat-na1-something")
    with qtbot.waitSignal(dialog.work_finished, timeout=20000) as done:
        qtbot.mouseClick(dialog.hubspot_use_token, Qt.MouseButton.LeftButton)
    assert done.args == ["error"]
    text = dialog.status.text()
    assert text.startswith("Could not reach HubSpot to check the token: the connection failed")
    assert "Error" not in text and "(" in text   # "(check the network…)", never "(ConnectionError)"
