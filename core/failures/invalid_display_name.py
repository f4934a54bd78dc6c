"""The name the new QBO customer would get breaks QBO's rules: a colon, tab or new line, or over 500 characters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from
from core.fixes import naming
from core.fixes import records as rec
from core.fixes.model import Change, FieldChange, Option, Plan

KIND = "invalid_display_name"
RANK = 15
SEVERITY = "failure"
TEXTS = {
    "en": Texts(
        title="Customer name not allowed in QuickBooks",
        explanation="The customer this contact would become needs a name without colons, tabs or line breaks, and "
                    "of at most 500 characters. QuickBooks uses the colon to separate customers from their "
                    "sub-customers, so it refuses names that contain one.",
        fix_steps=("Remove the colon, tab or line break from the company or contact name in HubSpot.",
                   "Create the customer in QuickBooks under a corrected name."),
    ),
    "es": Texts(
        title="Nombre de cliente no permitido en QuickBooks",
        explanation="El cliente en que se convertiría este contacto necesita un nombre sin dos puntos, "
                    "tabulaciones ni saltos de línea, y de 500 caracteres como máximo. QuickBooks usa los dos "
                    "puntos para separar clientes y subclientes, por eso rechaza los nombres que los contienen.",
        fix_steps=("Quitar los dos puntos, la tabulación o el salto de línea del nombre en HubSpot.",
                   "Crear el cliente en QuickBooks con el nombre corregido."),
    ),
}

SQL = """
SELECT f.id AS invoice_id, f.number,
       json_object('display_name', f.would_be_name, 'length', length(f.would_be_name),
                   'has_colon', instr(f.would_be_name, ':') > 0,
                   'has_tab_or_newline', instr(f.would_be_name, char(9)) + instr(f.would_be_name, char(10))
                                         + instr(f.would_be_name, char(13)) > 0) AS evidence,
       CASE WHEN length(f.would_be_name) > 500 THEN 'The customer name would be longer than 500 characters'
            ELSE 'The customer name "' || f.would_be_name || '" contains a colon, tab or line break' END AS summary
  FROM facts_invoices f
 WHERE f.pending = 1 AND f.contact_id IS NOT NULL AND f.customers_with_email = 0
   AND (instr(f.would_be_name, ':') > 0 OR instr(f.would_be_name, char(9)) > 0
        OR instr(f.would_be_name, char(10)) > 0 OR instr(f.would_be_name, char(13)) > 0
        OR length(f.would_be_name) > 500)
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    # QBO names the field only in `element`; the 500-character limit in the detail identifies DisplayName.
    text = message.lower().replace(" ", "")
    return "max:500" in text or ("displayname" in text and ("character" in text or "cannotcontain" in text))


# ---------------------------------------------------------------- fixes (plans are pure: cache in, Plan out)

CREATE_CLEANED, RENAME_IN_HUBSPOT = "create_cleaned", "rename_in_hubspot"
OPTIONS = (CREATE_CLEANED, RENAME_IN_HUBSPOT)


def options(db: sqlite_utils.Database, failures: Sequence[Failure], lang: str = "en") -> list[Option]:
    create = plan(db, failures, CREATE_CLEANED, {}, lang)
    rename = plan(db, failures, RENAME_IN_HUBSPOT, {}, lang)
    return [
        Option(CREATE_CLEANED, rec.tr(lang, "Create the customer under a corrected name",
                                      "Crear el cliente con el nombre corregido"),
               rec.tr(lang, "Create the QuickBooks customer with the name cleaned of colons, tabs and line breaks "
                            "(and cut to 500 characters), with the contact's email so the invoice finds it.",
                      "Crear el cliente de QuickBooks con el nombre sin dos puntos, tabulaciones ni saltos de línea "
                      "(y de 500 caracteres como máximo), con el correo del contacto para que la factura lo "
                      "encuentre."),
               available=not create.empty, reason="; ".join(dict.fromkeys(w for _, w in create.problems)),
               params={"names": {c.invoice_ids[0]: c.body["DisplayName"] for c in create.changes}}),
        Option(RENAME_IN_HUBSPOT, rec.tr(lang, "Correct the name in HubSpot", "Corregir el nombre en HubSpot"),
               rec.tr(lang, "Remove the characters QuickBooks refuses from the company (or contact) name in HubSpot, "
                            "so the next sync creates the customer.",
                      "Quitar del nombre de la empresa (o del contacto) en HubSpot los caracteres que QuickBooks "
                      "rechaza, para que la próxima sincronización cree el cliente."),
               available=not rename.empty, reason="; ".join(dict.fromkeys(w for _, w in rename.problems))),
    ]


def plan(db: sqlite_utils.Database, failures: Sequence[Failure], option_id: str, params: Mapping[str, Any],
         lang: str = "en") -> Plan:
    rec.require_option(KIND, option_id, OPTIONS)
    namer = naming.Namer.from_db(db)
    done: dict[str, Change] = {}
    problems: list[tuple[str, str]] = []
    for failure in failures:
        inv = failure.hubspot_invoice_id
        facts = rec.invoice_facts(db, inv)
        cleaned = naming.clean(facts["would_be_name"] or "")
        from_company = bool(str(facts["company_name"] or "").strip())
        key = f"company:{facts['company_id']}" if from_company else f"contact:{facts['contact_id']}"
        if key in done:
            done[key] = replace(done[key], invoice_ids=tuple(dict.fromkeys((*done[key].invoice_ids, inv))))
            continue
        if not cleaned:
            problems.append((inv, rec.tr(lang, "Nothing is left of the name once cleaned.",
                                         "Del nombre no queda nada al corregirlo.")))
        elif option_id == CREATE_CLEANED:
            name = namer.claim(str(rec.per_invoice(params, inv).get("name") or "") or cleaned)
            done[key] = rec.qbo_create("Customer", rec.new_customer_body(db, inv, name),
                                       rec.entity_label("Customer", name, lang), [inv], rec.customer_labels(lang))
        elif not namer.is_free(cleaned):
            problems.append((inv, rec.tr(lang, f'The corrected name "{cleaned}" is already used in QuickBooks; '
                                               "create the customer under another name instead.",
                                         f'El nombre corregido "{cleaned}" ya se usa en QuickBooks; cree el cliente '
                                         "con otro nombre.")))
        else:
            try:
                done[key] = _rename(db, facts, from_company, inv, lang)
                namer.claim(cleaned)
            except rec.PlanError as err:
                problems.append((inv, str(err)))
    return Plan(KIND, option_id, rec.invoice_ids(failures), tuple(done.values()), (), tuple(problems), dict(params))


def _rename(db: sqlite_utils.Database, facts: Mapping[str, Any], from_company: bool, inv: str, lang: str) -> Change:
    if from_company:
        row = rec.one(db, "SELECT * FROM hs_companies WHERE id = ?", [facts["company_id"]])
        props = {"name": naming.clean(str(row["name"] or ""))} if row else {}
        labels = {"name": rec.tr(lang, "Name", "Nombre")}
        object_type = "companies"
    else:
        row = rec.contact(db, facts["contact_id"])
        props = {k: naming.clean(str(row[k] or "")) for k in ("firstname", "lastname")} if row else {}
        props = {k: v for k, v in props.items() if row and v != (row[k] or "")}
        labels = {"firstname": rec.tr(lang, "First name", "Nombre de pila"),
                  "lastname": rec.tr(lang, "Last name", "Apellidos")}
        object_type = "contacts"
    if row is None:
        raise rec.PlanError("The HubSpot record is not in the cache; refresh first")
    fields = [FieldChange(labels[k], row[k], v) for k, v in props.items()]
    label = rec.entity_label(object_type, str(row["name"] if from_company else row["full_name"]), lang)
    return rec.hs_patch(object_type, row, props, label, fields, [inv])
