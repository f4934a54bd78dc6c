"""Error replies of every shape map to the right cause; every cause speaks English and Spanish."""

from __future__ import annotations

import json

import pytest

from core.failures import notices, registry
from core.failures.base import Fault
from core.i18n import Message, catalogue


def qbo_json(code: str, message: str, detail: str) -> str:
    return json.dumps({"Fault": {"Error": [{"Message": message, "Detail": detail, "code": code, "element": ""}],
                                 "type": "ValidationFault"}, "time": "2026-11-24T09:17:31.892-07:00"})


def qbo_xml(code: str, message: str, detail: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><IntuitResponse '
            'xmlns="http://schema.intuit.com/finance/v3" time="2026-11-24T09:17:31.892-07:00">'
            f'<Fault type="ValidationFault"><Error code="{code}"><Message>{message}</Message>'
            f"<Detail>{detail}</Detail></Error></Fault></IntuitResponse>")


# Replies as QBO and HubSpot send them (QBO_API.md §1, the HubSpot article); expected kind.
RECORDED = [
    (400, qbo_json("6240", "Duplicate Name Exists Error", "The name supplied already exists. : Another customer, "
                   "vendor or employee is already using this name. Please use a different name."),
     "duplicate_display_name"),
    (400, qbo_xml("6240", "Duplicate Name Exists Error", "The name supplied already exists."),
     "duplicate_display_name"),
    (400, qbo_json("6140", "Duplicate Document Number Error", "Duplicate Document Number Error : You must specify a "
                   "different number. This number has already been used. DocNumber=1234 is assigned to "
                   "TxnType=Credit Memo with TxnId=111"), "duplicate_document_number"),
    (400, qbo_json("6210", "Duplicate Doc Num", "Duplicate Doc Num"), "duplicate_document_number"),
    (400, qbo_json("6210", "Account Period Closed", "The account period has closed."), "books_closed"),
    (400, qbo_json("6000", "A business validation error has occurred while processing your request",
                   "Business Validation Error: Enter a service date for the revenue recognition line item."),
     "revenue_recognition_service_date"),
    (400, qbo_xml("6000", "A business validation error has occurred while processing your request",
                  "Business Validation Error: Enter a service date for the revenue recognition line item."),
     "revenue_recognition_service_date"),
    (400, qbo_json("610", "Object Not Found", "Object Not Found : Something you're trying to use has been made "
                   "inactive. Check the fields with accounts, customers, items, vendors or employees."),
     "inactive_customer"),
    (400, qbo_json("2500", "Invalid Reference Id", "Invalid Reference Id : Item assigned to this transaction "
                   "has been deleted."), "unknown_item"),
    (400, qbo_json("2050", "String length is either shorter or longer than supported by specification",
                   "String length specified does not match the supported length. Min:0 Max:500 supported. "
                   "Supplied length:501"), "invalid_display_name"),
    (400, qbo_json("2020", "Required param missing, need to supply the required value for the API",
                   "Required parameter Line is missing in the request"), "no_line_items"),
    (400, json.dumps({"status": "error", "message": "Las modificaciones de los elementos de pedido o de la cantidad "
                      "de la factura en las Facturas nativas de HubSpot no se pueden realizar a través de "
                      "aplicaciones externas.", "category": "VALIDATION_ERROR"}), "edited_in_quickbooks"),
    (400, json.dumps({"status": "error", "message": "An invoice must have an associated customer. Make sure the "
                      "associated customer is present in both HubSpot and QuickBooks Online to sync this invoice",
                      "category": "VALIDATION_ERROR"}), "missing_customer"),
]


@pytest.mark.parametrize(("status", "body", "kind"), RECORDED)
def test_recorded_replies_are_classified(status: int, body: str, kind: str) -> None:
    assert registry.classify_reply(status, body) == kind


def test_lowercase_401_and_throttles_are_not_invoice_causes() -> None:
    auth = json.dumps({"warnings": None, "fault": {"error": [{"message": "message=AuthenticationFailed; "
                       "errorCode=003200; statusCode=401", "detail": "Token expired", "code": "3200"}],
                       "type": "AUTHENTICATION"}, "time": 1533811101733})
    throttle = qbo_xml("3001", "message=ThrottleExceeded; errorCode=003001; statusCode=429",
                       "The request limit was reached.  Try again later")
    assert registry.classify_reply(401, auth) is None
    assert registry.classify_reply(429, throttle) is None
    assert registry.classify_reply(500, "<html>gateway</html>") is None


def test_a_code_alone_names_a_kind_only_for_quickbooks() -> None:
    assert registry.classify(Fault("quickbooks", "6240", "")) == "duplicate_display_name"
    assert registry.classify(Fault("quickbooks", "6140", "")) == "duplicate_document_number"
    assert registry.classify(Fault("hubspot", "6240", "")) is None   # HubSpot sends no codes: not one of QBO's
    # HubSpot's own refusals are HubSpot's: the same words in a QuickBooks fault say nothing about the invoice
    words = "An invoice must have an associated customer."
    assert registry.classify(Fault("hubspot", "", words)) == "missing_customer"
    assert registry.classify(Fault("quickbooks", "", words)) is None


def test_classification_follows_the_stated_priority() -> None:
    """A 2500 naming both a customer and an item matches two kinds; their priorities, not the list, decide."""
    fault = Fault("quickbooks", "2500", "Invalid Reference Id : the customer or the item has been deleted")
    both = {k.id for k in registry.KINDS if k.matches(fault)}
    assert both == {"inactive_customer", "unknown_item"}
    assert registry.classify(fault) == "inactive_customer"
    assert registry.BY_ID["inactive_customer"].priority < registry.BY_ID["unknown_item"].priority
    assert [k.priority for k in registry.BY_PRIORITY] == sorted(k.priority for k in registry.KINDS)


def texts_of(words: object) -> list[Message]:
    title, explanation, steps = (getattr(words, n) for n in ("title", "explanation", "fix_steps"))
    return [title, explanation, *steps]


def test_every_cause_and_notice_has_complete_texts_in_every_language() -> None:
    tables = {k.id: k for k in registry.KINDS} | dict(notices.TEXTS)
    assert set(registry.SEED_KINDS) <= set(tables)
    spanish = catalogue("es")
    for kind, words in tables.items():
        assert str(words.title).strip() and len(str(words.explanation)) > 40 and words.fix_steps, kind
        for message in texts_of(words):
            # A translation, not a copy, in the one catalogue every text goes through.
            assert message in spanish, (kind, message.source)
            assert message.render("es").strip() and message.render("es") != message.render("en"), (kind, message)


def test_texts_fall_back_to_english_and_accept_regional_tags() -> None:
    kind = registry.BY_ID["missing_customer"]
    assert kind.title.render("es_MX") == kind.title.render("es") == "Sin cliente equivalente en QuickBooks"
    assert kind.title.render("de") == str(kind.title) == "No matching customer in QuickBooks"


def test_kinds_have_unique_ids_ranks_priorities_and_known_severities() -> None:
    ids = [k.id for k in registry.KINDS]
    assert len(ids) == len(set(ids))
    assert len({k.priority for k in registry.KINDS}) == len(ids)   # classification order is never a tie
    assert len({k.rank for k in registry.KINDS}) == len(ids)       # nor is the fix-first order
    assert all(k.severity in ("failure", "warning") for k in registry.KINDS)
    assert registry.BY_ID["duplicate_display_name"].rank < registry.BY_ID["missing_customer"].rank
