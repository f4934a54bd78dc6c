"""Missing customer, from the panel: correct Javier Peña's old email (the recommended fix: same name, while the
only contact to bill instead is of another company), bill another contact, or create the customer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.normalize import norm_text
from core.sandbox.server import Sandbox
from core.store.db import open_db
from gui.main_window import MainWindow
from gui.wizards.base import PageId
from tests.gui.wizard_steps import (
    apply_until_fixed,
    click,
    commit_until_fixed,
    express_to_preview,
    from_the_banner,
    loaded_window,
    next_button,
    next_to_preview,
    open_at_choose,
    previewed,
    qbo,
    shoot,
    turn_off_revenue_recognition,
    wait_page,
)

pytestmark = pytest.mark.gui
INVOICE = "9012"   # INV-1012: contact javier@fotopena.example, no QuickBooks customer has that email


def test_correct_the_old_email_from_the_banner_in_five_clicks(qtbot: QtBot, window: MainWindow, sandbox: Sandbox,
                                                              tmp_path: Path) -> None:
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "missing_customer", INVOICE)
    assert next_button(wizard).isEnabled()
    shoot(wizard, tmp_path / "explain.png")

    express_to_preview(qtbot, wizard, clicks)
    assert wizard.currentId() == PageId.PREVIEW
    assert wizard.choose_page.selected() is not None and wizard.choose_page.selected().id == "correct_email"
    assert wizard.choose_page.editors["correct_email"].params()["customer_id"] == "12"   # Javier Peña
    assert wizard.choose_page.editors["reassign"].params() == {}   # Andrés Peña, of another company: not picked
    rows = previewed(wizard)
    assert ("Email", "jpena@correo-viejo.example", "javier@fotopena.example") in rows
    with sandbox.state.lock:   # nothing written by the preview
        assert sandbox.state.qbo.entities["Customer"]["12"]["PrimaryEmailAddr"]["Address"] == \
            "jpena@correo-viejo.example"

    apply_until_fixed(qtbot, wizard, clicks)
    assert "INV-1012 can now sync" in wizard.verify_page.verdict.text()
    assert clicks.count <= 5, clicks.log
    with sandbox.state.lock:   # as previewed
        assert sandbox.state.qbo.entities["Customer"]["12"]["PrimaryEmailAddr"]["Address"] == \
            "javier@fotopena.example"
    qtbot.waitUntil(lambda: window.model.row_of(INVOICE) < 0, timeout=10_000)   # the panel reloaded


def test_another_companys_contact_is_labelled_and_needs_a_pick(qtbot: QtBot, window: MainWindow) -> None:
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "missing_customer", INVOICE)
    click(qtbot, wizard.choose_page.radios["reassign"])
    editor = wizard.choose_page.editors["reassign"]
    assert not next_button(wizard).isEnabled()   # nothing pre-picked: the only candidate is of another company
    item = editor.list.item(0)
    assert "Andrés Peña" in item.text() and "another company" in item.text()
    editor.list.setCurrentRow(0)
    assert next_button(wizard).isEnabled()


def test_create_the_customer_shows_it_field_by_field(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "missing_customer", INVOICE)
    radio = wizard.choose_page.radios["create_customer"]
    click(qtbot, radio)
    assert radio.isChecked() and next_button(wizard).isEnabled()
    email = wizard.choose_page.editors["correct_email"]
    assert not email.isEnabled()   # only the chosen option's inputs are live
    next_to_preview(qtbot, wizard)
    rows = dict((f, after) for f, _before, after in previewed(wizard))
    assert rows["Name"] == "Estudio Fotográfico Peña" and rows["Email"] == "javier@fotopena.example"

    commit_until_fixed(qtbot, wizard)
    made = [c for c in qbo(sandbox, "Customer") if c.get("DisplayName") == "Estudio Fotográfico Peña"]
    assert len(made) == 1 and made[0]["PrimaryEmailAddr"]["Address"] == "javier@fotopena.example"


def test_correct_email_needs_a_valid_address(qtbot: QtBot, window: MainWindow) -> None:
    loaded_window(qtbot, window)
    wizard = open_at_choose(qtbot, window, "missing_customer", INVOICE)
    click(qtbot, wizard.choose_page.radios["correct_email"])
    editor = wizard.choose_page.editors["correct_email"]
    assert editor.isEnabled() and next_button(wizard).isEnabled()
    editor.email.setText("not an email")
    assert not next_button(wizard).isEnabled()   # isComplete() gates Next
    editor.email.setText("javier@fotopena.example")
    assert next_button(wizard).isEnabled()


NO_SUGGESTION = "9029"   # INV-1029: nobody else to bill, and no QuickBooks customer resembles the contact


def test_express_previews_the_first_fix_that_needs_nothing_typed(qtbot: QtBot, window: MainWindow,
                                                                 sandbox: Sandbox) -> None:
    """Correcting an email is listed first, but with no customer to correct it needs input: the express button
    names the fix it previews (creating the customer) and goes straight to its Preview."""
    wizard, clicks = from_the_banner(qtbot, window, sandbox, "missing_customer", NO_SUGGESTION)
    qtbot.waitUntil(wizard.explain_page.recommended.isEnabled)
    assert wizard.explain_page.recommended.text() == "Preview the recommended fix: Create the customer"
    express_to_preview(qtbot, wizard, clicks)
    assert wizard.choose_page.selected() is not None and wizard.choose_page.selected().id == "create_customer"

    click(qtbot, wizard.button(wizard.WizardButton.BackButton))   # Choose says what the first fix needs
    wait_page(qtbot, wizard, PageId.CHOOSE)
    click(qtbot, wizard.choose_page.radios["correct_email"])
    hint = wizard.choose_page.needed
    assert not next_button(wizard).isEnabled() and hint.isVisible()
    assert "To continue: No QuickBooks customer looks like this contact" in hint.text()
    editor = wizard.choose_page.editors["correct_email"]
    click(qtbot, editor.on_hubspot)   # as the hint says: the HubSpot side, with the customer's email
    editor.email.setText("orders@tallercastillo.example")
    assert next_button(wizard).isEnabled() and not hint.isVisible()


def test_express_stops_on_choose_only_saying_what_to_type(qtbot: QtBot, window: MainWindow,
                                                          sandbox: Sandbox) -> None:
    """When every fix needs input, the express button says so and Choose says what to type."""
    turn_off_revenue_recognition(sandbox)
    loaded_window(qtbot, window)
    first = window.open_fix_wizard("missing_customer", [NO_SUGGESTION])
    assert first is not None
    qtbot.waitUntil(first.explain_page.recommended.isEnabled)
    [name] = next(o for o in first.choices if o.id == "create_customer").params["names"].values()
    first.close()
    db = open_db(window.session.db_path)   # a vendor saved since the last check took the name
    try:
        db["qbo_vendors"].insert({"id": "977", "display_name": name, "name_norm": norm_text(name), "active": 1},
                                 alter=False)
    finally:
        db.close()

    wizard = window.open_fix_wizard("missing_customer", [NO_SUGGESTION])
    assert wizard is not None
    express = wizard.explain_page.recommended
    qtbot.waitUntil(express.isEnabled)
    assert express.text() == "No fix is clearly right: choose one"   # no customer alike, the name now taken
    click(qtbot, express)
    wait_page(qtbot, wizard, PageId.CHOOSE)
    assert not next_button(wizard).isEnabled()
    assert wizard.choose_page.needed.isVisible() and "To continue: " in wizard.choose_page.needed.text()
    status = wizard.choose_page.status   # nothing pre-selected, and the page says why
    assert wizard.choose_page.selected() is None
    assert status.isVisible() and status.text().startswith("No fix is clearly right for this invoice")
