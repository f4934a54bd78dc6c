"""One catalogue for core and gui: messages (key and arguments) rendered from the .ts file, kept as JSON, and one
formatter for amounts, numbers and dates per language."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from core import formatting, i18n
from core.i18n import N_, Message, catalogue, joined, read_ts, render, verbatim

FOUND = N_("missing_customer", "No QuickBooks customer has the email {email}")


def test_a_message_is_a_key_and_arguments_until_it_is_shown() -> None:
    found = FOUND.format(email="ana@x.example")
    assert found.context == "missing_customer" and found.arguments == {"email": "ana@x.example"}
    assert str(found) == "No QuickBooks customer has the email ana@x.example"
    assert found.render("es") == "Ningún cliente de QuickBooks tiene el correo ana@x.example"
    assert found.render("es_MX") == found.render("es") and found.render("fr") == str(found)
    assert FOUND.format(email="a").format(email="b") == FOUND.format(email="b")


def test_arguments_render_by_type_in_the_reader_s_language() -> None:
    words = N_("Report", "{field}: {before} → {after}")
    assert words.format(field=N_("RecordField", "Active"), before=False, after=True).render("es") == \
        "Activo: No → Sí"
    assert render(1234.5, "en") == "1,234.50" and render(1234.5, "es") == "1.234,50"   # a float is money
    assert render(1234, "es") == "1.234" and render(Decimal("2.5"), "es") == "2,5"   # counts, quantities
    assert render(date(2026, 9, 10), "es") == "10 sept 2026" and render(None) == "—"
    assert render(datetime(2026, 9, 10, 14, 5), "en") == "10 Sep 2026, 14:05"
    assert render((N_("duplicate_document_number", "invoice {id}").format(id="7"), "x"), "es") == "factura 7, x"
    assert joined([N_("Plan", "Type a number."), N_("Plan", "The pattern is empty")], "; ").render("es") == \
        "Escriba un número.; El modelo está vacío"


def test_verbatim_text_is_never_translated_nor_formatted() -> None:
    text = verbatim('Cliente "Ferretería {López}"')
    assert text.render("en") == text.render("es") == 'Cliente "Ferretería {López}"'
    assert Message.from_json("plain text from an older version") == verbatim("plain text from an older version")


def test_messages_survive_json_with_their_arguments() -> None:
    deep = N_("Record", "Undo: {label}").format(label=N_("Record", '{entity} "{name}"').format(
        entity=N_("Record", "Invoice"), name="INV-1"))
    typed = N_("Report", "{field}: {before} → {after}").format(field=verbatim("x"), before=date(2026, 1, 2),
                                                              after=(Decimal("2.5"), 3.0, None))
    for message in (deep, typed, FOUND):
        assert Message.from_json(json.loads(json.dumps(message.to_json()))) == message
    assert deep.render("es") == 'Deshacer: Factura "INV-1"'


def test_a_damaged_translation_falls_back_to_the_english_pattern(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
                  "<context><name>missing_customer</name><message><source>No QuickBooks customer has the email "
                  "{email}</source><translation>Ningún cliente tiene {correo}</translation></message>"
                  "<message><source>Unfinished</source><translation type=\"unfinished\">A medias</translation>"
                  "</message></context></TS>", encoding="utf-8")
    read = read_ts(ts, "es")
    assert N_("missing_customer", "Unfinished") not in read   # an unfinished entry is no translation
    message = FOUND.format(email="a@b.example")
    assert message.render("es", read.find) == "No QuickBooks customer has the email a@b.example"


def test_the_catalogue_is_the_ts_file_that_ships() -> None:
    assert i18n.ts_path("es").is_file() and i18n.ts_path("es").parent.name == "translations"
    assert catalogue("en").entries == {}                      # English is the source language
    assert len(catalogue("es").entries) > 500


def test_one_format_per_language() -> None:
    assert formatting.money(1234.5, "en") == "1,234.50" and formatting.money(1234.5, "es") == "1.234,50"
    assert formatting.money(-1234567.5, "es", "eur") == "-1.234.567,50\u00a0EUR"
    assert formatting.number(1250, "en") == "1,250" and formatting.number(2.5, "es") == "2,5"
    assert formatting.day("2026-09-10", "en") == "10 Sep 2026" and formatting.day("2026-09-10", "es") == "10 sept 2026"
    assert formatting.day("not a date", "es") == "not a date" and formatting.day(None) == ""
    assert formatting.moment(datetime(2026, 5, 1, 9, 30), "es") == "1 may 2026, 09:30"
    assert formatting.language("es_MX") == "es" and formatting.language("de") == "en"
