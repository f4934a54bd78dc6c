"""The window fits a laptop screen (issue 13): it opens inside 1366×768 and 1280×800, in English and Spanish,
with the demo company loaded and an invoice's card open, and no visible text is cut short without a tooltip
carrying it, opened or maximised. It remembers its size, place and maximised state, and a saved place on a
screen that is gone is fitted back onto the one there is.

Each screen size is a process of its own (tests/gui/window_fit_probe.py): Qt's offscreen platform takes its
screen from a JSON file when it starts. The PNGs of every case are kept in the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import window_geometry
from gui.main_window import MainWindow
from gui.panel_layout import settings
from gui.session import Session

ROOT = Path(__file__).resolve().parents[2]


def _probe(tmp_path: Path, width: int, height: int, lang: str) -> dict[str, Any]:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96}]}))
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "SYNCDOCTOR_HOME": str(home),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.gui.window_fit_probe", lang, str(tmp_path)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 800)])
def test_window_fits_the_screen_and_cuts_no_text(tmp_path: Path, width: int, height: int, lang: str) -> None:
    report = _probe(tmp_path, width, height, lang)
    for state in ("opened", "maximised"):
        seen = report[state]
        assert seen["available"] == [0, 0, width, height]
        assert seen["fits"], f"{state}: the window's frame {seen['frame']} leaves the screen {seen['available']}"
        assert seen["clipped"] == [], f"{state} at {width}×{height} in {lang}: {seen['clipped']}"
        assert Path(seen["png"]).stat().st_size > 10_000
    # A laptop's task bar or top bar takes some of the screen: the window can still shrink into the rest.
    minimum = report["opened"]["minimum"]
    assert minimum[0] <= width - 60 and minimum[1] <= height - 120, minimum


def _window(qtbot: QtBot, session: Session) -> MainWindow:
    win = MainWindow(session)
    qtbot.addWidget(win)
    return win


def test_size_place_and_maximised_state_are_remembered(qtbot: QtBot, session: Session) -> None:
    first = _window(qtbot, session)
    available = first.screen().availableGeometry()
    assert available.contains(first.geometry())   # the first time: the preferred size, inside the screen
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(available.x() + 70, available.y() + 90, 900, 600))
    first.close()

    second = _window(qtbot, session)
    assert second.geometry() == QRect(available.x() + 70, available.y() + 90, 900, 600)
    second.show()
    qtbot.waitExposed(second)
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    second.close()

    third = _window(qtbot, session)
    third.show()
    qtbot.waitUntil(third.isMaximized)   # maximised again, and back to 900×600 when un-maximised
    assert third.normalGeometry().size().width() == 900 and third.normalGeometry().size().height() == 600
    third.close()


def test_a_place_on_a_screen_that_is_gone_is_fitted_back(qtbot: QtBot, session: Session) -> None:
    available = QApplication.primaryScreen().availableGeometry()
    stored = settings()
    stored.setValue(window_geometry.GEOMETRY_KEY, [available.right() + 2000, 40, 1600, 1000])   # a second monitor
    stored.setValue(window_geometry.MAXIMISED_KEY, "false")
    stored.sync()
    win = _window(qtbot, session)
    assert available.contains(win.geometry())
    stored.setValue(window_geometry.GEOMETRY_KEY, ["left", "top", 1, 2])   # unreadable: the first-run size
    stored.sync()
    again = _window(qtbot, session)
    assert again.geometry() == window_geometry.fitted(available)


def test_a_smaller_screen_than_the_saved_size_shrinks_the_window_into_it() -> None:
    laptop = QRect(0, 0, 1366, 728)   # 1366×768 less a 40 px task bar
    rect = window_geometry.fitted(laptop, window_geometry.PREFERRED)
    frame = rect.adjusted(-window_geometry.FRAME_ALLOWANCE.width() // 2,
                          -(window_geometry.FRAME_ALLOWANCE.height() - window_geometry.FRAME_ALLOWANCE.width() // 2),
                          window_geometry.FRAME_ALLOWANCE.width() // 2, window_geometry.FRAME_ALLOWANCE.width() // 2)
    assert laptop.contains(frame), (rect, frame)
    assert rect.width() == 1280 and rect.height() == 728 - window_geometry.FRAME_ALLOWANCE.height()


def test_the_walk_finds_text_cut_short(qtbot: QtBot) -> None:
    """The walk the screen tests rely on reports what it should: a label, a button and a header section too
    narrow for their text, until a tooltip carries the text (or a wrapped label gets its height)."""
    from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

    from tests.gui.clipping import clipped

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("Falta la fecha de servicio (reconocimiento de ingresos)")
    label.setFixedWidth(120)
    button = QPushButton("Mostrar todas las facturas")
    button.setFixedWidth(80)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["QuickBooks (lo que enviaría una sincronización)", "HubSpot"])
    table.horizontalHeader().setStretchLastSection(False)
    table.setFixedWidth(260)
    for widget in (label, button, table):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(clipped(root))
    assert "QLabel" in found and "QPushButton" in found and "QHeaderView" in found, found
    label.setToolTip(label.text())
    button.setToolTip("Mostrar todas las facturas")
    item = table.horizontalHeaderItem(0)
    assert item is not None
    item.setToolTip(item.text())
    assert clipped(root) == []
