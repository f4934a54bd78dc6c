"""Property definitions (`GET /crm/v3/properties/{objectType}`): the catalogue writes and search consult.

Only the properties our scenarios use are defined here; any other property a scenario puts on an object
(custom or `hs_*`) is listed as a writable, non-HubSpot-defined string so reads, writes and search agree.
Read-only flags follow HUBSPOT_API.md §2.4 (amounts/balances calculated) and the system timestamps.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.wrappers import Request, Response

from core.sandbox.hubspot_common import object_type, unknown_type
from core.sandbox.replies import hs_error, json_reply
from core.sandbox.state import JSON, HubSpotState

INVOICE_STATUSES = ("draft", "open", "paid", "voided")


@dataclass(frozen=True)
class Prop:
    name: str
    label: str
    type: str = "string"          # string | number | date | datetime | enumeration | bool
    field_type: str = "text"
    group: str = "information"
    calculated: bool = False
    read_only: bool = False
    options: tuple[str, ...] = ()
    unique: bool = False
    hubspot_defined: bool = True


def _system(group: str) -> list[Prop]:
    """The properties HubSpot sets itself on every object; never writable."""
    return [Prop("hs_object_id", "Record ID", "number", "number", group, calculated=True, read_only=True,
                 unique=True),
            Prop("createdate", "Create Date", "datetime", "date", group, read_only=True),
            Prop("hs_createdate", "Object create date/time", "datetime", "date", group, read_only=True),
            Prop("hs_lastmodifieddate", "Last Modified Date", "datetime", "date", group, read_only=True),
            Prop("lastmodifieddate", "Last Modified Date", "datetime", "date", group, read_only=True)]


def _address(group: str) -> list[Prop]:
    return [Prop(n, n.capitalize(), group=group) for n in ("phone", "address", "city", "state", "zip", "country")]


CATALOGUE: dict[str, list[Prop]] = {
    "contacts": [
        Prop("email", "Email", group="contactinformation", unique=True),
        Prop("firstname", "First Name", group="contactinformation"),
        Prop("lastname", "Last Name", group="contactinformation"),
        Prop("company", "Company Name", group="contactinformation"),
        # Writable: setting it moves the contact's primary company (hubspot_writes). [UNVERIFIED]
        Prop("associatedcompanyid", "Primary Associated Company ID", "number", "number", "contactinformation"),
        *_address("contactinformation"), *_system("contactinformation"),
    ],
    "companies": [
        Prop("name", "Company name", group="companyinformation"),
        Prop("domain", "Company Domain Name", group="companyinformation"),
        *_address("companyinformation"), *_system("companyinformation"),
    ],
    "invoices": [
        Prop("hs_number", "Number", group="invoice_information"),
        Prop("hs_invoice_status", "Invoice status", "enumeration", "select", "invoice_information",
             options=INVOICE_STATUSES),
        Prop("hs_currency", "Currency", group="invoice_information"),
        Prop("hs_invoice_date", "Invoice date", "date", "date", "invoice_information"),
        Prop("hs_due_date", "Due date", "date", "date", "invoice_information"),
        Prop("hs_amount_billed", "Amount billed", "number", "calculation_equation", "invoice_information",
             calculated=True, read_only=True),
        Prop("hs_balance_due", "Balance due", "number", "calculation_equation", "invoice_information",
             calculated=True, read_only=True),
        Prop("hs_invoice_source", "Invoice source", group="invoice_information", read_only=True),
        Prop("hs_purchase_order_number", "Purchase order number", group="invoice_information"),
        Prop("hs_comments", "Comments", "string", "textarea", "invoice_information"),
        Prop("hs_tax_id", "Tax ID", group="invoice_information"),
        Prop("hs_invoice_link", "Invoice link", group="invoice_information", read_only=True),
        Prop("hs_pdf_download_link", "PDF download link", group="invoice_information", read_only=True),
        *_system("invoice_information"),
    ],
    "line_items": [
        Prop("name", "Name", group="lineiteminformation"),
        Prop("quantity", "Quantity", "number", "number", "lineiteminformation"),
        Prop("price", "Unit price", "number", "number", "lineiteminformation"),
        Prop("amount", "Net price", "number", "calculation_equation", "lineiteminformation", calculated=True,
             read_only=True),
        Prop("discount", "Unit discount", "number", "number", "lineiteminformation"),
        Prop("hs_discount_percentage", "Discount percentage", "number", "number", "lineiteminformation"),
        Prop("hs_sku", "SKU", group="lineiteminformation"),
        Prop("hs_product_id", "Product ID", "number", "number", "lineiteminformation"),
        Prop("description", "Description", "string", "textarea", "lineiteminformation"),
        *_system("lineiteminformation"),
    ],
}
DATE_TYPES = ("date", "datetime")


def catalogue(hs: HubSpotState, otype: str) -> dict[str, Prop]:
    """Every property of a type: the defined ones plus any other name found on the type's objects."""
    props = {p.name: p for p in CATALOGUE[otype]}
    for obj in hs.objects[otype].values():
        for name in obj["properties"]:
            if name not in props:
                props[name] = Prop(name, name, group="custom", hubspot_defined=name.startswith("hs_"))
    return props


def prop_type(hs: HubSpotState, otype: str, name: str) -> str:
    found = catalogue(hs, otype).get(name)
    return found.type if found else "string"


def describe(prop: Prop, order: int) -> JSON:
    """A Property as the Properties API returns it."""
    options = [{"label": o.capitalize(), "value": o, "displayOrder": i, "hidden": False}
               for i, o in enumerate(prop.options)]
    return {
        "name": prop.name, "label": prop.label, "type": prop.type, "fieldType": prop.field_type,
        "description": "", "groupName": prop.group, "options": options, "displayOrder": order,
        "calculated": prop.calculated, "externalOptions": False, "hasUniqueValue": prop.unique,
        "hidden": False, "hubspotDefined": prop.hubspot_defined, "archived": False,
        "formField": not prop.read_only,
        "modificationMetadata": {"archivable": not prop.hubspot_defined, "readOnlyDefinition": prop.hubspot_defined,
                                 "readOnlyValue": prop.read_only},
        "createdAt": "2020-01-01T00:00:00.000Z", "updatedAt": "2020-01-01T00:00:00.000Z",
    }


def list_properties(hs: HubSpotState, request: Request, otype: str) -> Response:
    found = object_type(otype)
    if found is None:
        return unknown_type(otype)
    props = list(catalogue(hs, found).values())
    return json_reply({"results": [describe(p, i) for i, p in enumerate(props)]})


def get_property(hs: HubSpotState, request: Request, otype: str, name: str) -> Response:
    found = object_type(otype)
    if found is None:
        return unknown_type(otype)
    props = list(catalogue(hs, found).values())
    for i, prop in enumerate(props):
        if prop.name == name:
            return json_reply(describe(prop, i))
    return hs_error(404, "OBJECT_NOT_FOUND", f"Unable to find property {name} for object type {found}",
                    context={"propertyName": [name]})
