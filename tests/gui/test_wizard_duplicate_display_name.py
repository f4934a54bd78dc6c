"""Customer name already taken, from the panel: a new name from a pattern, previewed live, created in QuickBooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.sandbox.server import Sandbox
from gui.main_window import MainWindow
from tests.gui.wizard_steps import (
    apply_until_fixed,
    express_to_preview,
    from_the_banner,
    loaded_window,
    next_button,
    open_at_choose,
    previewed,
    qbo,
    shoot,
)

pytestmark = pytest.mark.gui
INVOICE = "9017"   # INV-1017: Diego's customer would be "Panadería La Espiga", which Lucía's customer holds


def test_new_name_from_the_banner_in_five_clicks(qtbot: QtBot, window: MainWindow, sandbox: Sandbox,
                                                 tmp_path: Path) -> None:
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "duplicate_display_name", INVOICE)
    express_to_preview(qtbot, wizard, clicks)
    shoot(wizard, tmp_path / "preview.png")
    rows = dict((f, after) for f, _before, after in previewed(wizard))
    assert rows["Name"] == "Panadería La Espiga (Diego Morales)"
    assert rows["Email"] == "diego@laespiga-demo.com"
    assert not [c for c in qbo(sandbox, "Customer") if c["DisplayName"] == rows["Name"]]   # not written yet

    apply_until_fixed(qtbot, wizard, clicks)
    assert clicks.count <= 5, clicks.log
    made = [c for c in qbo(sandbox, "Customer") if c["DisplayName"] == rows["Name"]]
    assert len(made) == 1 and made[0]["PrimaryEmailAddr"]["Address"] == rows["Email"]


def test_pattern_shows_the_proposed_name_live(qtbot: QtBot, window: MainWindow) -> None:
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "duplicate_display_name", INVOICE)
    editor = wizard.choose_page.editors["create_named"]
    assert editor.proposed.text() == "“Panadería La Espiga (Diego Morales)”"
    editor.pattern.setEditText("{company} - {email}")
    assert not next_button(wizard).isEnabled()   # until the new name is known
    qtbot.waitUntil(lambda: editor.proposed.text() == "“Panadería La Espiga - diego@laespiga-demo.com”")
    assert next_button(wizard).isEnabled()
    editor.pattern.setEditText("{nonsense}")
    qtbot.waitUntil(lambda: editor.proposed.text().startswith("Not possible"))
    assert not next_button(wizard).isEnabled()
    # A vendor holds INV-1021's name: renaming or mapping are offered, disabled, with the reason as tooltip.
    other = window.open_fix_wizard("duplicate_display_name", ["9021"])
    assert other is not None
    qtbot.waitUntil(other.explain_page.recommended.isEnabled)
    rename = other.choose_page.radios["rename_existing"]
    assert not rename.isEnabled() and "vendor or an employee" in rename.toolTip()
