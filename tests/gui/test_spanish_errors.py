"""Errors core raises reach a Spanish window in Spanish: the name dialog refusing a taken client company name,
the Connect dialog refusing a pasted token or failing to reach HubSpot, a refresh of a client company another
process is writing to, a refresh answered with a proxy's web page. Real widgets, real ProfileStore, real HTTP to
the sandbox, a real second process. The texts are spelled out: a window falling back to str(err) shows the
English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core import http, writer_lock
from core.auth.connect import Connections
from core.profiles import Profile, ProfileStore
from core.sandbox.hostile import HostilePlan, Hostility
from core.sandbox.server import Sandbox
from core.secrets import TokenStore
from gui import app_window
from gui.app_window import welcome_window
from gui.banner import MessageLevel
from gui.companies import NameDialog
from gui.connect_dialog import ConnectDialog
from gui.main_window import MainWindow
from gui.session import Session
from tests.gui.helpers import refresh_and_wait
from tests.helpers.locks import held_elsewhere
from tests.helpers.oauth import PROFILE

pytestmark = pytest.mark.gui


@pytest.fixture
def windows() -> Iterator[None]:
    yield
    for window in list(app_window._OPEN):
        if shiboken6.isValid(window):
            window.close()


def test_a_taken_client_company_name_is_refused_in_spanish(qtbot: QtBot, spanish: None, syncdoctor_home: Path,
                                                           windows: None, token_store: TokenStore) -> None:
    ProfileStore().add(Profile("Acme"))
    window = welcome_window()
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.welcome_page.connect_button, Qt.MouseButton.LeftButton)   # "New client company"
    dialog = window.companies.dialog
    assert isinstance(dialog, NameDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.edit, "acme")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == 'Ya existe una empresa cliente llamada "acme". Elija otro nombre.'
    dialog.reject()
    assert ProfileStore().names() == ["Acme"]


@pytest.fixture
def conn(oauth_sandbox: Sandbox, token_store: TokenStore, tmp_path: Path, syncdoctor_home: Path) -> Connections:
    connections = Connections(ProfileStore(), token_store, lock_dir=tmp_path / "locks")
    base = oauth_sandbox.base_url
    connections.profiles.add(Profile(PROFILE, hubspot_api=base, hubspot_oauth_base=base, qbo_api=base,
                                     qbo_oauth_base=base, qbo_environment="sandbox"))
    return connections


def use_token(qtbot: QtBot, conn: Connections, token: str) -> ConnectDialog:
    dialog = ConnectDialog(conn, PROFILE, open_browser=lambda _url: None, timeout=10)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.hubspot_token.setText(token)
    with qtbot.waitSignal(dialog.work_finished, timeout=15000) as blocker:
        qtbot.mouseClick(dialog.hubspot_use_token, Qt.MouseButton.LeftButton)
    assert blocker.args == ["error"]
    return dialog


def test_a_refused_token_is_said_in_spanish(qtbot: QtBot, spanish: None, conn: Connections) -> None:
    dialog = use_token(qtbot, conn, "pat-na1-wrong")
    assert dialog.status.text() == ("HubSpot no aceptó este token. Cópielo de nuevo desde HubSpot (app privada o "
                                    "clave de servicio) y pegue el token completo.")


def test_an_unreachable_hubspot_is_said_in_spanish(qtbot: QtBot, spanish: None, conn: Connections,
                                                   oauth_sandbox: Sandbox) -> None:
    oauth_sandbox.stop()   # the network is gone: nothing answers at the address any more
    dialog = use_token(qtbot, conn, "pat-na1-anything")
    assert dialog.status.text() == (
        "No se pudo contactar con HubSpot para comprobar el token: la conexión falló (revise la red o si la "
        "dirección es correcta). Revise su conexión a internet e inténtelo de nuevo.")


def test_a_client_company_busy_in_another_process_is_said_in_spanish(qtbot: QtBot, spanish: None, window: MainWindow,
                                                                    session: Session,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_lock, "WAIT", 0.3)
    folder = session.db_path.parent
    with held_elsewhere(folder) as pid:
        since = json.loads((folder / writer_lock.OWNER_FILE).read_text(encoding="utf-8"))["since"]
        assert refresh_and_wait(qtbot, window) == "error"
        assert window.messages.level is MessageLevel.ERROR
        assert (f"Esta empresa cliente está ocupada: el proceso {pid} (envío, desde las {since}) está "
                "escribiendo en ella. Espere a que termine e inténtelo de nuevo.") in window.messages.text()


def test_a_web_page_instead_of_a_reply_is_said_in_spanish(qtbot: QtBot, spanish: None, window: MainWindow,
                                                          sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http, "BACKOFF", 0.01)   # the retries still happen, quickly
    spoilt = HostilePlan("html_200", r"^/crm/v3/objects/contacts$", "GET")
    sandbox.app.hostility = Hostility([spoilt], sandbox.app.stopping)
    assert refresh_and_wait(qtbot, window) == "error"
    assert spoilt.applied and window.messages.level is MessageLevel.ERROR
    assert ("HubSpot envió una respuesta que no es JSON válido (parece una página web) para la lista de contactos; "
            "no se utilizó.") in window.messages.text()
