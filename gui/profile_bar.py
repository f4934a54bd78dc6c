"""The main window's top row: which profile (client company) is open, how its two connections are, Connect….

The bar only shows and asks: switching and connecting are the window's job (signals `switch_requested`,
`connect_requested`); statuses arrive as core forecasts through `set_statuses`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.auth.expiry import Forecast, Status
from gui.widgets import repolish

_STYLE = """
QLabel[role="badge"] { border-radius: 8px; padding: 1px 7px; font-weight: 600; color: white; }
QLabel[role="badge"][state="expires_soon"] { background: #D27F00; }
QLabel[role="badge"][state="reconnect_needed"] { background: #C0392B; }
QLabel[role="status"][state="connected"] { color: #2E8B47; }
QLabel[role="status"][state="expires_soon"] { color: #B36B00; }
QLabel[role="status"][state="reconnect_needed"] { color: #C0392B; font-weight: 600; }
QLabel[role="status"][state="offline"], QLabel[role="status"][state="not_connected"] {
    color: palette(placeholder-text); }
"""


class ProfileBar(QWidget):
    switch_requested = Signal(str)   # the person picked another profile
    connect_requested = Signal()     # the Connect… button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBar")
        self.setStyleSheet(_STYLE)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Profile"))
        self.combo.setToolTip(self.tr("The client company you are working on"))
        self.combo.setMinimumContentsLength(16)
        self.combo.activated.connect(self._on_activated)  # user choices only, not set_profiles()
        label = QLabel(self.tr("Profile:"), self)
        label.setBuddy(self.combo)

        self.hubspot_status, self.hubspot_badge = self._status_pair(self.tr("HubSpot connection"))
        self.qbo_status, self.qbo_badge = self._status_pair(self.tr("QuickBooks connection"))

        self.connect_button = QPushButton(self.tr("Connect…"), self)
        self.connect_button.setAccessibleName(self.tr("Connect"))
        self.connect_button.setToolTip(self.tr("Connect HubSpot and QuickBooks for this profile"))
        self.connect_button.clicked.connect(self.connect_requested)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addSpacing(16)
        for widget in (self.hubspot_status, self.hubspot_badge, self.qbo_status, self.qbo_badge):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)  # a badge keeps its own height
            if widget is self.hubspot_badge:
                row.addSpacing(12)
        row.addStretch(1)
        row.addWidget(self.connect_button)
        self.set_statuses(Forecast(Status.NOT_CONNECTED), Forecast(Status.NOT_CONNECTED))

    def _status_pair(self, name: str) -> tuple[QLabel, QLabel]:
        status = QLabel(self)
        status.setProperty("role", "status")
        status.setAccessibleName(name)
        badge = QLabel(self)
        badge.setProperty("role", "badge")
        badge.setAccessibleName(self.tr("{name} warning").format(name=name))
        badge.hide()
        return status, badge

    # --- profiles ----------------------------------------------------------------------------------------
    def set_profiles(self, names: list[str], current: str | None) -> None:
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItems(names)
            if current is not None and current in names:
                self.combo.setCurrentIndex(names.index(current))
        finally:
            self.combo.blockSignals(False)

    def current_profile(self) -> str:
        return self.combo.currentText()

    def _on_activated(self, index: int) -> None:
        name = self.combo.itemText(index)
        if name:
            self.switch_requested.emit(name)

    # --- statuses ------------------------------------------------------------------------------------------
    def set_statuses(self, hubspot: Forecast, qbo: Forecast) -> None:
        self._show(self.hubspot_status, self.hubspot_badge, self.tr("HubSpot"), hubspot)
        self._show(self.qbo_status, self.qbo_badge, self.tr("QuickBooks"), qbo)

    def _show(self, status: QLabel, badge: QLabel, system: str, forecast: Forecast) -> None:
        status.setText(self.tr("{system}: {state}").format(system=system, state=self.state_text(forecast)))
        status.setProperty("state", forecast.status.value)
        tip = ""
        if forecast.expires_at is not None:
            tip = self.tr("The saved connection works until {date} unless it is used before then.").format(
                date=forecast.expires_at.astimezone().strftime("%Y-%m-%d"))
        status.setToolTip(tip)
        badge.setProperty("state", forecast.status.value)
        if forecast.status is Status.EXPIRES_SOON:
            days = max(forecast.days_left or 0, 0)
            # English has no catalogue: its singular is its own string; Spanish takes both from the plural.
            badge.setText(self.tr("1 day") if days == 1 else self.tr("%n days", "", days))
            badge.setToolTip(self.tr("Reconnect {system} before it expires").format(system=system))
            badge.show()
        elif forecast.status is Status.RECONNECT_NEEDED:
            badge.setText("!")
            badge.setToolTip(self.tr("Reconnect {system}").format(system=system))
            badge.show()
        else:
            badge.hide()
        for widget in (status, badge):
            repolish(widget)

    def state_text(self, forecast: Forecast) -> str:
        if forecast.status is Status.CONNECTED:
            return self.tr("Connected")
        if forecast.status is Status.EXPIRES_SOON:
            days = max(forecast.days_left or 0, 0)
            if days <= 1:
                return self.tr("Expires today") if days == 0 else self.tr("Expires tomorrow")
            return self.tr("Expires in %n days", "", days)
        if forecast.status is Status.RECONNECT_NEEDED:
            return self.tr("Reconnect needed")
        if forecast.status is Status.OFFLINE:
            return self.tr("Offline")
        return self.tr("Not connected")
