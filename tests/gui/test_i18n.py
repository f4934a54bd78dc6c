"""The Spanish interface: the catalogue is complete and current, and a real window comes up in Spanish."""

from __future__ import annotations

import inspect
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar
from pytestqt.qtbot import QtBot

from gui import activity_view, i18n
from gui.app_window import AppWindow
from gui.failures_model import Column, _headers, status_text
from gui.jobs import FAILING, IGNORED, WARNING
from gui.main_window import MainWindow
from gui.session import Session
from gui.wizards.base import FixWizard

ROOT = Path(__file__).resolve().parents[2]
TS = i18n.TRANSLATIONS_DIR / "syncdoctor_es.ts"
QM = i18n.catalogue_path("es")
TOOLS = Path(sys.executable).parent   # pyside6-lupdate/-lrelease sit beside the venv's python
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&([^&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def messages(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if numerus else (tr.text or "",)
            out.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "", numerus,
                               tr.get("type") is None, forms))
    return out


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed")
        path = Path(found)
    return path


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The user chose Spanish (the saved setting) and the app installed its translators, as at start-up."""
    i18n.set_lang("es")
    assert i18n.install(qapp) == "es"
    yield
    i18n.uninstall(qapp)   # the QApplication is shared: later tests expect English


def menu_texts(bar: QMenuBar) -> list[str]:
    return [a.text() for a in bar.actions()]


def assert_unique_accelerators(texts: list[str], where: str) -> None:
    letters = [m.group(1).lower() for t in texts for m in [ACCELERATOR.search(t.replace("&&", ""))] if m]
    assert len(letters) == len(set(letters)), f"{where}: accelerators clash in {texts}"


# ---- a real window --------------------------------------------------------------------------------------
def test_main_window_in_spanish(qtbot: QtBot, session: Session, spanish: None) -> None:
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)

    assert menu_texts(win.menuBar()) == ["&Archivo", "&Edición", "&Factura", "&Ver"]
    assert win.refresh_button.text() == "Actualizar"
    assert win.refresh_action.text() == "&Actualizar"
    assert win.windowTitle().startswith("Sync Doctor — ")
    # Strings looked up through QCoreApplication.translate("FailuresModel", …) at call time.
    assert win.model.headerData(Column.INVOICE, Qt.Orientation.Horizontal) == "Factura"
    assert status_text(FAILING) == "No se sincroniza"
    # Accelerators stay unique in the menu bar and in each menu.
    assert_unique_accelerators(menu_texts(win.menuBar()), "menu bar")
    for action in win.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert_unique_accelerators([a.text() for a in menu.actions()], action.text())


def test_subclass_finds_the_base_class_strings(qtbot: QtBot, session: Session, spanish: None) -> None:
    """AppWindow(MainWindow): self.tr in MainWindow's code runs with an AppWindow; PySide6 searches the
    contexts along the MRO, so MainWindow's catalogue entries still apply. Also the extract-only lists."""
    win = AppWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.refresh_button.text() == "Actualizar"                 # context MainWindow, called on AppWindow
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["Errores", "Actividad", "Historial"]
    header = win.activity.tree.headerItem()
    assert [header.text(i) for i in range(header.columnCount())][:2] == ["Cuándo", "Quién"]


def test_english_without_a_translator(qtbot: QtBot, session: Session, qapp: QApplication) -> None:
    i18n.uninstall(qapp)
    win = MainWindow(session)
    qtbot.addWidget(win)
    assert menu_texts(win.menuBar()) == ["&File", "&Edit", "&Invoice", "&View"]
    assert win.refresh_button.text() == "Refresh"


def test_qt_own_strings_in_spanish(spanish: None) -> None:
    if not (i18n.qt_translations_dir() / "qtbase_es.qm").is_file():
        pytest.skip("this PySide6 ships no qtbase_es.qm")
    assert len(i18n.installed_catalogues()) == 2
    assert QCoreApplication.translate("QWizard", "Cancel") == "Cancelar"


# ---- the setting ----------------------------------------------------------------------------------------
def test_setting_wins_and_set_lang_says_when_a_restart_is_needed(qapp: QApplication) -> None:
    try:
        i18n.set_lang("es")
        assert i18n.preferred_lang() == "es"
        assert i18n.install(qapp) == "es"
        assert i18n.current_lang() == "es"
        assert i18n.set_lang("en") is True      # saved for the next start; this run stays Spanish
        assert i18n.preferred_lang() == "en" and i18n.current_lang() == "es"
        assert i18n.set_lang("es") is False
        with pytest.raises(ValueError):
            i18n.set_lang("fr")
    finally:
        i18n.uninstall(qapp)
    assert i18n.installed_catalogues() == []


def test_restart_note_is_in_the_chosen_language() -> None:
    assert "español" in i18n.restart_note("es")
    assert "English" in i18n.restart_note("en")


def test_without_a_setting_the_system_language_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "system_lang", lambda: "es")
    assert i18n.preferred_lang() == "es"
    monkeypatch.setattr(i18n, "system_lang", lambda: "en")
    assert i18n.preferred_lang() == "en"


# ---- the catalogue --------------------------------------------------------------------------------------
def test_every_message_is_translated_with_its_placeholders() -> None:
    problems = []
    for m in messages(TS):
        if not m.finished or not all(f.strip() for f in m.forms):
            problems.append(f"not translated: {m.context}: {m.source!r}")
            continue
        want = sorted(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != want and not (m.numerus and "%n" not in form):
                problems.append(f"placeholders differ: {m.context}: {m.source!r} -> {form!r}")
            if len(ACCELERATOR.findall(m.source)) != len(ACCELERATOR.findall(form)):
                problems.append(f"accelerator lost or added: {m.context}: {m.source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def test_catalogue_matches_the_code(tmp_path: Path) -> None:
    """lupdate over gui/ finds exactly the committed messages: a new or changed tr() string needs
    `make translations` and a translation."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([str(tool("pyside6-lupdate")), "-silent", "-no-obsolete", "-source-language", "en",
                    "-target-language", "es", *sources, "-ts", str(fresh)], cwd=ROOT, check=True, timeout=120)
    committed = {m.key for m in messages(TS)}
    extracted = {m.key: m for m in messages(fresh)}
    added = sorted(k for k in extracted if k not in committed)
    removed = sorted(k for k in committed if k not in extracted)
    assert not added and not removed, (
        f"resources/translations/syncdoctor_es.ts is out of date (run `make translations`, translate, rebuild).\n"
        f"new strings: {added}\ngone strings: {removed}")


def test_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / QM.name
    subprocess.run([str(tool("pyside6-lrelease")), "-silent", str(TS), "-qm", str(built)], check=True, timeout=120)
    assert QM.read_bytes() == built.read_bytes(), "syncdoctor_es.qm is stale: run pyside6-lrelease (make translations)"


def test_extract_only_strings_still_match_the_code() -> None:
    """gui/i18n.py lists strings tr() gets through a variable; each list must still cover the code's."""
    listed: dict[str, set[str]] = {}
    for m in messages(TS):
        listed.setdefault(m.context, set()).add(m.source)
    assert set(activity_view.COLUMNS) <= listed["ActivityView"]
    assert set(_headers().values()) | {status_text(s) for s in (FAILING, WARNING, IGNORED)} <= listed["FailuresModel"]
    names = set(re.findall(r'WizardButton\.\w+, "([^"]+)"\)', inspect.getsource(FixWizard.__init__)))
    assert names and names <= listed["FixWizard"]
