"""Errors carry catalogue messages: str(err) is the exact English the command line prints, err.message renders
in the reader's language (core's reader of the .ts file, as the report and exports use)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
import requests

from core import error_text
from core.auth import words
from core.errors import ApiError, ConfigError, NetworkError
from core.http import network_message, network_words
from core.i18n import Message, render
from core.profiles import NAME_TAKEN, Profile, ProfileStore


def test_a_message_error_keeps_its_english_text_and_renders_in_spanish() -> None:
    err = ConfigError(NAME_TAKEN.format(name="Acme"))
    assert str(err) == 'A client company named "Acme" already exists. Choose another name.'
    assert err.args == (str(err),)   # logs and pickling see the English text, as before
    assert isinstance(err.message, Message)
    assert render(err.message, "es") == 'Ya existe una empresa cliente llamada "Acme". Elija otro nombre.'


def test_plain_text_still_works_and_is_shown_as_it_is() -> None:
    err = NetworkError("HubSpot is down {not a placeholder}")
    assert str(err) == "HubSpot is down {not a placeholder}"
    assert render(err.message, "es") == "HubSpot is down {not a placeholder}"


def test_subclasses_with_more_arguments_keep_them() -> None:
    err = ApiError(words.SIGN_IN_STATUS.format(service="QuickBooks", status="500", code=words.NO_ERROR_CODE), 500,
                   code="x", body="b")
    assert (err.status, err.code, err.body) == (500, "x", "b")
    assert str(err) == "QuickBooks answered 500 when signing in (no error code)."
    assert render(err.message, "es") == "QuickBooks respondió 500 al iniciar sesión (sin código de error)."


def test_a_taken_name_is_refused_in_both_languages(syncdoctor_home: Path) -> None:
    store = ProfileStore()
    store.add(Profile("Acme"))
    with pytest.raises(ConfigError) as refused:
        store.add(Profile("acme"))
    assert str(refused.value) == 'A client company named "acme" already exists. Choose another name.'
    assert render(refused.value.message, "es") == 'Ya existe una empresa cliente llamada "acme". Elija otro nombre.'
    with pytest.raises(ConfigError) as missing:
        store.get("")
    assert str(missing.value) == 'There is no profile named "".'   # an empty name stays empty, not a dash


def test_sqlite_and_file_errors_keep_the_str_api_and_have_a_message() -> None:
    locked = sqlite3.OperationalError("database is locked")
    assert error_text.sqlite_text(locked) == ("Sync Doctor's local files are in use by another program. Close it "
                                              "(or wait until it finishes) and try again.")
    assert render(error_text.sqlite_message(locked, "/data/cache.db"), "es") == (
        "Otro programa está usando los archivos locales de Sync Doctor (/data/cache.db). Ciérrelo (o espere a que "
        "termine) e inténtelo de nuevo.")
    full = OSError(errno.ENOSPC, "No space left on device", "/data/x")
    assert error_text.plain(full) == ("The disk is full, so Sync Doctor could not save its files (/data/x). Free "
                                      "some space and try again.")
    message = error_text.plain_message(full)
    assert message is not None and render(message, "es").startswith("El disco está lleno")
    assert error_text.plain(ValueError("a bug")) is None and error_text.plain_message(ValueError("x")) is None
    other = sqlite3.DatabaseError("something odd {x}")   # SQLite's own words: never read as a pattern
    assert error_text.sqlite_text(other).endswith("could not be used: something odd {x}.")


def test_network_words_stay_english_and_render_in_spanish() -> None:
    dropped = requests.ConnectionError("boom")
    assert network_words(dropped) == "the connection was dropped before a reply came"
    assert render(network_message(dropped), "es") == "la conexión se cortó antes de que llegara una respuesta"


def test_every_new_error_message_has_a_spanish_translation_with_the_same_placeholders() -> None:
    from core import http_words, profiles
    from core.i18n import catalogue

    found = [value for module in (words, http_words, profiles, error_text) for value in vars(module).values()
             if isinstance(value, Message) and value.context]
    assert len(found) > 80
    spanish = catalogue("es")
    for message in found:
        assert message in spanish, message.source
        assert _names(spanish.find(message.context, message.source)) == _names(message.source), message.source


def _names(pattern: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
