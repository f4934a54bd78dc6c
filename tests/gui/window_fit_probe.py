"""Opens the app's window on a simulated screen and reports how it fits: run by tests/gui/test_window_fits.py.

A screen's size is fixed when Qt starts, so each screen is its own process: the offscreen platform reads the
screen from a JSON file (`QT_QPA_PLATFORM=offscreen:configfile=…`, written by the test). The demo company is
refreshed and diagnosed, the window opens as the app opens it (size and place from gui.window_geometry), one
invoice's card is opened, and then the window is measured, walked for clipped text and saved as a PNG; the
same once more maximised, and on the Activity and History tabs. Prints one JSON document on stdout.

    python -m tests.gui.window_fit_probe LANG OUT_DIR
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from core.services import panel
from gui import i18n
from gui.app_window import AppWindow
from gui.session import demo_session
from tests.gui.clipping import clipped


def _settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _measure(app: QApplication, window: AppWindow, png: Path) -> dict[str, object]:
    _settle(app)
    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    window.grab().save(str(png), "PNG")
    if window.card.isVisible():   # the card alone, to look at its side-by-side
        window.card.widget().grab().save(str(png.with_name(png.stem + "-card.png")), "PNG")
    return {"available": [available.x(), available.y(), available.width(), available.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "fits": available.contains(frame),
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "clipped": clipped(window), "png": str(png)}


def main(lang: str, out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    i18n.install(app, lang)
    session = demo_session()
    try:
        snapshot = panel.refresh_and_diagnose(session.endpoints, session.db_path, lambda *_: None,  # type: ignore[arg-type]
                                             threading.Event())
        window = AppWindow(session, lang=lang)
        window.show()
        window.show_snapshot(snapshot or panel.load_snapshot(session.db_path))
        entries = window.model.visible_entries()
        pick = next((e for e in entries if len(e.kinds) > 1), entries[0])
        window.select_invoice(pick.id)
        deadline = time.monotonic() + 10
        while window.card.card is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        report = {"opened": _measure(app, window, out_dir / f"window-{lang}.png")}
        window.showMaximized()
        report["maximised"] = _measure(app, window, out_dir / f"window-{lang}-maximised.png")
        window.showNormal()
        for name, show in (("activity", window.show_activity), ("history", window.show_history)):
            show()
            report[name] = _measure(app, window, out_dir / f"window-{lang}-{name}.png")
        window.close()
        QCoreApplication.processEvents()
    finally:
        session.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2])))
