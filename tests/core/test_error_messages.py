"""Errors carry catalogue messages: str(err) is the exact English the command line prints, err.message renders
in the reader's language (core's reader of the .ts file, as the report and exports use). The Spanish texts are
spelled out: an error raised with plain English text renders as that English and fails them."""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import requests

from core import app, error_text, formatting, http, refresh, reply_words, writer_lock
from core.auth import words
from core.errors import (
    ApiError,
    AuthError,
    CacheError,
    ConfigError,
    MalformedReplyError,
    NetworkError,
    OutcomeUnknownError,
    seconds_setting,
)
from core.fixes import plan_file
from core.fixes.plan_file import PlanFileError
from core.http import ApiSession, network_message, network_words
from core.hubspot.client import HubSpotClient
from core.i18n import Message, render
from core.journal import Journal, JournalError
from core.profiles import NAME_TAKEN, Profile, ProfileStore
from core.qbo.writes import QboWriter
from core.sandbox import qbo_cdc
from core.sandbox.faults import FaultPlan
from core.sandbox.hostile import HostilePlan
from core.sandbox.server import Options, Sandbox
from core.secrets import KeyringLockedError, TokenStore
from core.store import db as cache_db
from tests.helpers.hostile_server import Scripted, ok
from tests.helpers.keyrings import LockedKeyring
from tests.helpers.locks import held_elsewhere


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


def test_a_locked_keychain_is_said_in_spanish() -> None:
    with pytest.raises(KeyringLockedError) as locked:
        TokenStore(LockedKeyring()).check()
    assert str(locked.value) == ("The system keychain (LockedKeyring) is locked. Unlock it (for example by logging in "
                                 "again or opening your keychain app), then try again.")
    assert render(locked.value.message, "es") == (
        "El llavero del sistema (LockedKeyring) está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar "
        "sesión o abriendo su aplicación de llavero) e inténtelo de nuevo.")


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """Another process holding the client company's writer lock for a push: (its folder, its pid)."""
    folder = tmp_path / "company"
    with held_elsewhere(folder) as pid:
        yield folder, pid


def test_a_second_writer_is_told_in_spanish_who_holds_the_company(holder: tuple[Path, int]) -> None:
    folder, pid = holder
    since = json.loads((folder / writer_lock.OWNER_FILE).read_text(encoding="utf-8"))["since"]
    with pytest.raises(writer_lock.Busy) as busy, writer_lock.hold(folder, "refresh", wait=0.2):
        pass
    assert str(busy.value) == (f"This client company is busy: process {pid} (push, since {since}) is writing to it. "
                               "Wait until it finishes, then try again.")
    assert render(busy.value.message, "es") == (
        f"Esta empresa cliente está ocupada: el proceso {pid} (envío, desde las {since}) está escribiendo en ella. "
        "Espere a que termine e inténtelo de nuevo.")


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox("demo") as sandbox:
        yield sandbox


def test_refresh_refusals_are_said_in_spanish(sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache.db"
    with pytest.raises(refresh.IncrementalUnavailable) as unavailable:
        app.refresh(sb.endpoints(), path, mode="incremental")
    assert str(unavailable.value) == ("An incremental refresh is not possible: No complete refresh to continue from. "
                                      "Run a full refresh.")
    assert render(unavailable.value.message, "es") == (
        "No es posible una actualización incremental: No hay ninguna actualización completa desde la que continuar. "
        "Haga una actualización completa.")

    app.refresh(sb.endpoints(), path)
    monkeypatch.setattr(qbo_cdc, "WINDOW", timedelta(seconds=0))   # QuickBooks now refuses every changedSince
    with pytest.raises(refresh.CdcWindowError) as window:
        app.refresh(sb.endpoints(), path, mode="incremental")
    since, refusal = window.value.message.arguments["since"], window.value.message.arguments["error"]
    assert isinstance(since, date) and isinstance(refusal, Message)
    assert str(window.value) == f"QuickBooks no longer has the changes since {formatting.day(since)}: {refusal}"
    assert render(window.value.message, "es") == (f"QuickBooks ya no conserva los cambios desde el "
                                                  f"{formatting.day(since, 'es')}: {render(refusal, 'es')}")


def test_plan_file_refusals_are_said_in_spanish(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"kind": "missing_customer"}', encoding="utf-8")
    with pytest.raises(PlanFileError) as not_a_plan:
        plan_file.load(notes)
    assert str(not_a_plan.value) == ("notes.json is not a Sync Doctor plan. Choose a file saved with “Save plan…” on "
                                     "a fix's preview.")
    assert render(not_a_plan.value.message, "es") == (
        "notes.json no es un plan de Sync Doctor. Elija un archivo guardado con «Guardar el plan…» en la vista "
        "previa de una corrección.")
    damaged = tmp_path / "p.json"
    damaged.write_text(json.dumps({"format": "syncdoctor-plan/2", "plan": {"kind": 1}}), encoding="utf-8")
    with pytest.raises(PlanFileError) as broken:
        plan_file.load(damaged)
    detail = str(broken.value.message.arguments["error"])
    assert str(broken.value) == f"p.json is damaged and cannot be applied ({detail})."
    assert render(broken.value.message, "es") == f"p.json está dañado y no se puede aplicar ({detail})."
    with pytest.raises(PlanFileError) as gone:
        plan_file.load(tmp_path / "gone.json")
    assert render(gone.value.message, "es") == f"El archivo {tmp_path / 'gone.json'} no existe."


def test_a_damaged_journal_is_said_in_spanish(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    path.write_bytes(b"this is not a database, it only has the name of one\n" * 200)
    with pytest.raises(JournalError) as damaged:
        Journal(path)
    detail = "file is not a database"   # SQLite's own words: never translated
    assert path.read_bytes().startswith(b"this is not a database")   # left exactly as it was
    assert str(damaged.value) == (f"The fix journal {path} is damaged or unreadable ({detail}). It was left exactly "
                                  "as it is, and nothing was sent. Keep the file (it records every change made) and "
                                  "contact support.")
    assert render(damaged.value.message, "es") == (
        f"El registro de correcciones {path} está dañado o no se puede leer ({detail}). Se dejó exactamente como "
        "estaba y no se envió nada. Conserve el archivo (registra cada cambio realizado) y contacte con soporte.")


def test_bad_environment_settings_are_said_in_spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNCDOCTOR_LOCK_WAIT", "-3")
    with pytest.raises(ConfigError) as negative:
        seconds_setting("SYNCDOCTOR_LOCK_WAIT", 5.0)
    assert str(negative.value) == ("SYNCDOCTOR_LOCK_WAIT must be a number of seconds (0 or more), not '-3'. Correct "
                                   "it or unset it.")
    assert render(negative.value.message, "es") == ("SYNCDOCTOR_LOCK_WAIT debe ser un número de segundos (0 o más), "
                                                    "no '-3'. Corríjalo o elimínelo.")
    monkeypatch.setenv("SYNCDOCTOR_HUBSPOT_TOKEN", "pat-na1-x")
    for name in ("SYNCDOCTOR_QBO_TOKEN", "SYNCDOCTOR_QBO_REALM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError) as missing:
        app.endpoints_from_env()
    assert str(missing.value) == ("Missing settings: SYNCDOCTOR_QBO_TOKEN, SYNCDOCTOR_QBO_REALM. Set them all, or "
                                  "none.")
    assert render(missing.value.message, "es") == ("Faltan ajustes: SYNCDOCTOR_QBO_TOKEN, SYNCDOCTOR_QBO_REALM. "
                                                   "Defínalos todos o ninguno.")


def no_pauses(api: ApiSession) -> ApiSession:
    api.sleep = lambda _seconds: None   # the retries still happen, only their waits are skipped
    return api


def test_a_web_page_instead_of_json_is_said_in_spanish() -> None:
    """A proxy's maintenance page (HTML with status 200) in place of a HubSpot list page."""
    spoilt = HostilePlan("html_200", r"^/crm/v3/objects/contacts$", "GET")
    with Sandbox("demo", options=Options(hostile=[spoilt])) as sb:
        ep = sb.endpoints()
        client = HubSpotClient(ep.hubspot_api, ep.hubspot_token)
        no_pauses(client.api)
        with pytest.raises(MalformedReplyError) as garbage:
            list(client.fetch_objects("contacts"))
        client.close()
    assert spoilt.applied == http.HTTP_ATTEMPTS   # every retry got the page too
    assert str(garbage.value) == ("HubSpot sent a reply that is not valid JSON (it looks like a web page), in answer "
                                  "to the contacts list; it was not used.")
    assert render(garbage.value.message, "es") == (
        "HubSpot envió una respuesta que no es JSON válido (parece una página web) para la lista de contactos; no se "
        "utilizó.")


def test_a_reply_of_the_wrong_shape_is_said_in_spanish() -> None:
    """The frame, the request and the problem are translated; the field names the reply's own keys."""
    with Scripted(ok({"results": [{"id": None, "properties": {}}]})) as server:
        client = HubSpotClient(server.url, "t", session=no_pauses(ApiSession("HubSpot", server.url, "t")))
        with pytest.raises(MalformedReplyError) as wrong:
            list(client.search_all("invoices"))   # its request is named as text: read back into the catalogue
        client.close()
    assert str(wrong.value) == ("HubSpot sent an unexpected reply to the invoices search: result 1's id is null, not "
                                "an id.")
    assert render(wrong.value.message, "es") == (
        "HubSpot envió una respuesta inesperada para la búsqueda de facturas: result 1's id es null, no un id.")
    long_text = "x" * 70_000
    with Scripted(ok({"results": [{"id": "1", "properties": {"notes": long_text}}]})) as server:
        client = HubSpotClient(server.url, "t", session=no_pauses(ApiSession("HubSpot", server.url, "t")))
        with pytest.raises(MalformedReplyError) as too_long:
            list(client.fetch_objects("contacts", archived=True))
        client.close()
    assert str(too_long.value) == ("HubSpot sent an unexpected reply to the archived contacts list: property notes of "
                                   "result 1 is 70,000 characters long (HubSpot allows 65,536).")
    assert render(too_long.value.message, "es") == (
        "HubSpot envió una respuesta inesperada para la lista archivada de contactos: la propiedad notes de result 1 "
        "tiene 70.000 caracteres (HubSpot admite 65.536).")


def test_every_request_name_reads_back_into_the_catalogue() -> None:
    named = {"the invoices list": "la lista de facturas", "the archived line_items list":
             "la lista archivada de líneas de factura", "the new Customer": "el nuevo registro Customer",
             "the change to Invoice 130": "el cambio en Invoice 130", "the change to the preferences":
             "el cambio en las preferencias", "the Customer query": "la consulta de Customer",
             "the removal of the link from invoices 7 to contacts 9":
             "la eliminación del vínculo de facturas 7 con contactos 9"}
    for english, spanish in named.items():
        message = reply_words.subject(english)
        assert message.context and str(message) == english and render(message, "es") == spanish
    unknown = reply_words.subject("the {odd} thing")
    assert not unknown.context and render(unknown, "es") == "the {odd} thing"


def test_a_write_whose_reply_is_garbage_is_said_in_spanish() -> None:
    """QuickBooks saved the customer, but a proxy swapped every reply for a web page: the outcome is unknown."""
    spoilt = HostilePlan("html_200", r"/customer$", "POST")
    with Sandbox("demo", options=Options(hostile=[spoilt])) as sb:
        ep = sb.endpoints()
        writer = QboWriter(ep.qbo_api, ep.qbo_token, ep.qbo_realm)
        no_pauses(writer.api)
        with pytest.raises(OutcomeUnknownError) as unknown:
            writer.create("Customer", {"DisplayName": "Bob Beta"}, "req-42")
        writer.close()
        with sb.state.lock:
            saved = [c for c in sb.state.qbo.entities["Customer"].values() if c["DisplayName"] == "Bob Beta"]
    assert len(saved) == 1   # the write did happen, once: only its answer was lost
    assert str(unknown.value) == (
        "It is not known whether QuickBooks saved the new Customer: its reply could not be read. QuickBooks sent a "
        "reply that is not valid JSON (it looks like a web page), in answer to the new Customer; it was not used.")
    assert render(unknown.value.message, "es") == (
        "No se sabe si QuickBooks guardó el nuevo registro Customer: no se pudo leer su respuesta. QuickBooks envió "
        "una respuesta que no es JSON válido (parece una página web) para el nuevo registro Customer; no se utilizó.")


def test_a_quickbooks_login_refusal_is_said_in_spanish() -> None:
    expired = FaultPlan(rate=1.0, kinds=("expired_token",), apis=("qbo",))
    with Sandbox("demo", options=Options(faults=expired)) as sb:
        ep = sb.endpoints()
        writer = QboWriter(ep.qbo_api, ep.qbo_token, ep.qbo_realm)
        with pytest.raises(AuthError) as refused:
            writer.preferences()
        writer.close()
    assert str(refused.value) == ("QuickBooks did not accept the login (HTTP 401): it has expired or was revoked. "
                                  "Reconnect to continue.")
    assert render(refused.value.message, "es").startswith("QuickBooks no aceptó el inicio de sesión (HTTP 401)")

    # QuickBooks also refuses a login inside a 200 (its Fault shape): the fault's own words stay as they are
    fault = {"Fault": {"Error": [{"Message": "AuthenticationFailed", "Detail": "Token revoked", "code": "3200"}],
                       "type": "AUTHENTICATION"}}
    with Scripted(ok(fault)) as server:
        writer = QboWriter(server.url, "t", "42", session=no_pauses(ApiSession("QuickBooks", server.url, "t")))
        with pytest.raises(AuthError) as in_200:
            writer.preferences()
        writer.close()
    assert str(in_200.value) == "QuickBooks did not accept the login: AuthenticationFailed. Reconnect to continue."
    assert render(in_200.value.message, "es") == ("QuickBooks no aceptó el inicio de sesión: AuthenticationFailed. "
                                                  "Vuelva a conectar para continuar.")
    refusal = {"Fault": {"Error": [{"Message": "Duplicate Name Exists Error", "Detail": "The name supplied already "
                                    "exists. : Id=7", "code": "6240"}], "type": "ValidationFault"}}
    with Scripted(ok(refusal)) as server:
        writer = QboWriter(server.url, "t", "42", session=no_pauses(ApiSession("QuickBooks", server.url, "t")))
        with pytest.raises(ApiError) as duplicate:
            writer.create("Customer", {"DisplayName": "Bob"}, "req-1")
        writer.close()
    assert str(duplicate.value) == ("QuickBooks error 6240: Duplicate Name Exists Error (The name supplied already "
                                    "exists. : Id=7)")
    assert render(duplicate.value.message, "es") == ("Error de QuickBooks 6240: Duplicate Name Exists Error (The name "
                                                     "supplied already exists. : Id=7)")


def test_a_cache_from_a_newer_version_is_said_in_spanish(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    db = cache_db.open_db(path)
    with db.conn:   # what a later release writes into a cache it opened
        db.table("meta").upsert({"key": "schema_version", "value": str(cache_db.schema.SCHEMA_VERSION + 1)}, pk="key")
    db.close()
    with pytest.raises(CacheError) as newer:
        cache_db.open_db(path)
    assert str(newer.value) == "The local cache was written by a newer Sync Doctor. Update the app to open it."
    assert render(newer.value.message, "es") == ("La caché local la escribió una versión más reciente de Sync Doctor. "
                                                 "Actualice la aplicación para abrirla.")


def test_every_new_error_message_has_a_spanish_translation_with_the_same_placeholders() -> None:
    from core import errors, http_words, journal, paths, profiles, secrets
    from core.fixes import send
    from core.hubspot import client as hubspot_client
    from core.i18n import catalogue
    from core.qbo import client as qbo_client
    from core.qbo import faults, writes
    from core.refresh import incremental
    from core.store import set_aside

    modules = (words, http_words, profiles, error_text, secrets, hubspot_client, qbo_client, refresh, incremental,
               plan_file, journal, writer_lock, errors, paths, app, reply_words, cache_db, set_aside, send, faults,
               writes)
    found = [value for module in modules for value in vars(module).values()
             if isinstance(value, Message) and value.context]
    found += list(writer_lock.ACTIVITIES.values())
    assert len(found) > 200
    spanish = catalogue("es")
    for message in found:
        assert message in spanish, message.source
        assert _names(spanish.find(message.context, message.source)) == _names(message.source), message.source


def _names(pattern: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(pattern) if name}
