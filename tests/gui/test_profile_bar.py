"""The profile bar: switching profiles, per-system statuses with an expiry badge, Connect…."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.auth.expiry import Forecast, Status
from gui.profile_bar import ProfileBar

pytestmark = pytest.mark.gui


class Listener(QWidget):
    """A GUI-thread receiver that writes down what the bar asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.switches: list[str] = []
        self.connects = 0

    def on_switch(self, name: str) -> None:
        self.switches.append(name)

    def on_connect(self) -> None:
        self.connects += 1


@pytest.fixture
def bar(qtbot: QtBot) -> ProfileBar:
    widget = ProfileBar()
    qtbot.addWidget(widget)
    widget.resize(900, 40)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_switch_and_connect_signals(qtbot: QtBot, bar: ProfileBar) -> None:
    listener = Listener()
    bar.switch_requested.connect(listener.on_switch)
    bar.connect_requested.connect(listener.on_connect)
    bar.set_profiles(["Acme Ltd", "Beta Co"], "Beta Co")
    assert bar.current_profile() == "Beta Co" and listener.switches == []  # setting is not a request
    bar.combo.activated.emit(0)  # what a person's choice in the list emits
    assert listener.switches == ["Acme Ltd"]
    qtbot.mouseClick(bar.connect_button, Qt.MouseButton.LeftButton)
    assert listener.connects == 1
    assert bar.combo.accessibleName() == "Profile" and bar.connect_button.text() == "Connect…"


def test_statuses_and_badges(bar: ProfileBar, tmp_path: Path) -> None:
    assert bar.hubspot_status.text() == "HubSpot: Not connected" and bar.hubspot_badge.isHidden()
    expires = datetime.now(UTC) + timedelta(days=9)
    bar.set_statuses(Forecast(Status.CONNECTED), Forecast(Status.EXPIRES_SOON, 9, expires))
    assert bar.hubspot_status.text() == "HubSpot: Connected" and bar.hubspot_badge.isHidden()
    assert bar.qbo_status.text() == "QuickBooks: Expires in 9 days"
    assert not bar.qbo_badge.isHidden() and bar.qbo_badge.text() == "9 days"
    assert expires.astimezone().strftime("%Y-%m-%d") in bar.qbo_status.toolTip()
    out = os.environ.get("SYNCDOCTOR_SHOTS")
    bar.grab().save(str(Path(out) / "profile-bar.png") if out else str(tmp_path / "bar.png"))

    bar.set_statuses(Forecast(Status.RECONNECT_NEEDED), Forecast(Status.OFFLINE, 40))
    assert bar.hubspot_status.text() == "HubSpot: Reconnect needed" and bar.hubspot_badge.text() == "!"
    assert bar.qbo_status.text() == "QuickBooks: Offline" and bar.qbo_badge.isHidden()
    bar.set_statuses(Forecast(Status.CONNECTED), Forecast(Status.EXPIRES_SOON, 1))
    assert bar.qbo_status.text() == "QuickBooks: Expires tomorrow" and bar.qbo_badge.text() == "1 day"
    assert bar.qbo_status.property("state") == "expires_soon"
