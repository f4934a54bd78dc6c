"""The GUI's own language: Qt translators for our strings (resources/translations/*.qm) and Qt's (qtbase).

The language is the saved setting "ui/language" ("en"/"es"), else the system's. Qt strings are chosen when
widgets are built, so a change applies at the next start. Core's texts are messages (core.i18n) from the same
catalogue: `text(message)` renders one through Qt's translator, or, for a language switched live (the window's
cause texts), through core's reader of the .ts file. Amounts and dates follow core.formatting in both cases.

    i18n.install(app)             # once, before the first window is built
    if i18n.set_lang("es"):       # View ▸ Language: saved; True when a restart is needed to see it
        show(i18n.restart_note("es"))

After changing a tr() or N_() string, regenerate the catalogue (`make translations`: lupdate over core/ and
gui/), translate what lupdate marked unfinished (Qt Linguist: pyside6-linguist
resources/translations/syncdoctor_es.ts) and rebuild the .qm; tests/gui/test_i18n.py fails until both files
match the code.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from core import formatting, paths
from core.error_text import plain_message
from core.i18n import N_, render

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"   # the same key MainWindow.set_lang writes
LANGUAGES = ("en", "es")       # "en" is the source language: no catalogue
CATALOGUE = "syncdoctor"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_installed: list[QTranslator] = []
_current: str | None = None
_locale_before: QLocale | None = None   # the default locale install() replaced, put back by install(app, "en")
SPANISH_LOCALE = "es_AR"   # a Spanish whose formats are core.formatting's: "1.250,50", "10 sept 2026"


def _settings() -> QSettings:
    # The file MainWindow's settings() uses (SYNCDOCTOR_HOME in tests); not imported from there: no cycle.
    return QSettings(str(paths.home() / "settings.ini"), QSettings.Format.IniFormat)


def system_lang() -> str:
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def preferred_lang() -> str:
    """The saved choice, else the system's language; always one of LANGUAGES."""
    saved = str(_settings().value(LANGUAGE_KEY, "") or "")
    return saved if saved in LANGUAGES else system_lang()


def current_lang() -> str:
    """The language the Qt strings of this run are in (install() decided it), else the preferred one."""
    return _current or preferred_lang()


def set_lang(lang: str) -> bool:
    """Save the choice for the next start. True when it differs from this run's language (restart to see)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()
    return lang != current_lang()


# Shown right after View ▸ Language, in the language just chosen (the failure texts already switched to it):
# through core's reader of the catalogue, since Qt's translators are still the old language's.
#: "in English" names the language of the translation itself: "en español".
RESTART_NOTE = N_("Language", "Menus and buttons will be in English the next time you start Sync Doctor.")


def restart_note(lang: str) -> str:
    return render(RESTART_NOTE, lang)


def catalogue_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"{CATALOGUE}_{lang}.qm"


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues are (inside the PySide6 package for wheels)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for `lang` (default: preferred_lang()) and return the language now in use.

    Idempotent: earlier translators from this module are removed first, so install(app, "en") undoes it.
    Spanish on a system whose default QLocale formats amounts or dates otherwise than core.formatting also
    makes SPANISH_LOCALE the default (date pickers, charts); install(app, "en") puts the previous default back.
    A missing catalogue is logged and leaves English in place, never stops the app.
    """
    global _current, _locale_before
    lang = lang if lang in LANGUAGES else preferred_lang()   # None or unknown: the saved/system choice
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    if lang == "en":   # the source language; its catalogue holds only the plural forms ("%n invoice(s)")
        candidates = [(catalogue_path("en"), True)]
    else:
        if not agrees(QLocale(), lang):   # Spanish chosen on another system (or a Spanish with other formats)
            _locale_before = QLocale()
            QLocale.setDefault(QLocale(SPANISH_LOCALE))
        candidates = [(catalogue_path(lang), True), (qt_translations_dir() / f"qtbase_{lang}.qm", False)]
    for path, required in candidates:
        if not path.is_file():
            if required:
                log.warning("no translation catalogue at %s: the interface stays in English", path)
            continue
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            log.warning("could not load the translation catalogue %s", path)
    return lang


def agrees(locale: QLocale, lang: str) -> bool:
    """Whether `locale` writes amounts, numbers and dates as core.formatting does for `lang`."""
    day = QDate(2026, 9, 10)
    return (locale.toString(-1234567.5, "f", 2) == formatting.money(-1234567.5, lang)
            and locale.toString(1234) == formatting.number(1234, lang)
            and locale.toString(day, "d MMM yyyy") == formatting.day("2026-09-10", lang))


def installed_lang() -> str:
    """The language of the translators install() put in place ("en" before any)."""
    return _current or "en"


def text(value: Any, lang: str | None = None) -> str:
    """A core message (or any message argument) as text: in the language Qt's strings are in, through Qt's
    translator; in another `lang` (a language switched live, before the restart), through core's reader of
    the same catalogue."""
    installed = installed_lang()
    wanted = formatting.language(lang or installed)
    return render(value, wanted, _qt if wanted == installed else None)


def error_text(err: BaseException, lang: str | None = None) -> str | None:
    """What went wrong, in the window's language: a UserError's message, or core.error_text's plain words for
    a SQLite or file-system error; None for anything else (a bug: the caller says so generically and logs it).
    Never str(err): that is the English text for logs and the command line."""
    message = plain_message(err)
    return None if message is None else text(message, lang)


def error_words(err: BaseException, lang: str | None = None) -> str:
    """error_text(), or for an error it does not know (a bug, logged by the caller's task) the error's own text."""
    return error_text(err, lang) or str(err)


def _qt(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def tr_along(obj: object, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """tr() for a class built on layers of bases (MainWindow, AppWindow): the first class in the MRO whose context
    really translates `source`. PySide's own tr() stops at the first result that differs from the source, and
    an untranslated plural already does ("5 invoice(s)"), so a base's plural would never be translated."""
    untranslated = QCoreApplication.translate("", source, disambiguation, n)
    for cls in type(obj).__mro__:
        if cls.__module__.startswith("PySide6"):
            break
        found = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
        if found != untranslated:
            return found
    return untranslated


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language (English) and to no decision: current_lang() is the preferred one again."""
    global _current
    install(app, "en")
    _current = None


def installed_catalogues() -> list[str]:
    """File paths of the catalogues in use (for diagnostics and tests)."""
    return [t.filePath() for t in _installed]


# ---- strings tr() receives as variables ---------------------------------------------------------------------
# lupdate reads only literal arguments. A string looked up through a variable is marked where it is defined,
# QT_TRANSLATE_NOOP("Context", "…"), and looked up with QCoreApplication.translate("Context", variable) (see
# gui/activity_view.py COLUMNS, gui/wizards/words.py).
