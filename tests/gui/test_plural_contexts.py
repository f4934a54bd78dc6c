"""Plurals written in the window's mixins are translated in the window the app really opens (AppWindow), not
only in MainWindow: PySide's tr() alone would stop at AppWindow's context with "Cargando 5 invoices…"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.app_window import AppWindow
from gui.main_window import MainWindow
from gui.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def offline(tmp_path: Path) -> Session:
    return Session("Acme", tmp_path / "cache.db", None)


@pytest.mark.usefixtures("spanish")
def test_a_mixins_plural_is_spanish_in_the_app_window(qtbot: QtBot, offline: Session) -> None:
    window = AppWindow(offline, lang="es")
    qtbot.addWidget(window)
    assert window.tr("Loading %n invoices…", "", 5) == "Cargando 5 facturas…"      # MainWindow's own
    assert window.tr("%n fix(es) were cut short before every change was confirmed (the app closed or the "
                     "connection dropped). Open the Activity tab (Ctrl+2) to finish or undo them.", "",
                     2).startswith("Se interrumpieron 2 correcciones")               # AppWindow's own
    assert window.tr("&Refresh") == "&Actualizar"                                   # a mixin's (PanelLayout)
    plain = MainWindow(offline, lang="es")
    qtbot.addWidget(plain)
    assert plain.tr("Loading %n invoices…", "", 1) == "Cargando 1 factura…"


def test_english_keeps_its_plural_forms(qtbot: QtBot, offline: Session) -> None:
    window = AppWindow(offline, lang="en")
    qtbot.addWidget(window)
    assert window.tr("Loading %n invoices…", "", 1) == "Loading 1 invoice…"
    assert window.tr("Not a source text") == "Not a source text"


@pytest.fixture(autouse=True)
def _no_leftover(offline: Session) -> Iterator[None]:
    yield
    offline.close()
