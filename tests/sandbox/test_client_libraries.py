"""The real client libraries against the sandbox over HTTP on 127.0.0.1: python-quickbooks (with intuit-oauth's
AuthClient) and HubSpot's hubspot-api-client. Every call goes through the library's own request code, and each
test checks the values against what the sandbox holds. How a library is pointed at the sandbox: README.md,
"Pointing client libraries at the sandbox"."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from core.sandbox.limits import RollingWindow
from core.sandbox.scale import generate
from core.sandbox.server import Options, Sandbox
from tests.helpers.qbo_sandbox import BASE

quickbooks = pytest.importorskip("quickbooks", reason="python-quickbooks is a dev dependency (requirements-dev.txt)")
pytest.importorskip("hubspot", reason="hubspot-api-client is a dev dependency (requirements-dev.txt)")

from hubspot import HubSpot  # noqa: E402
from hubspot.crm.associations.v4 import (  # noqa: E402
    AssociationSpec,
    BatchInputPublicAssociationMultiArchive,
    BatchInputPublicAssociationMultiPost,
    BatchInputPublicFetchAssociationsBatchRequest,
    PublicAssociationMultiArchive,
    PublicAssociationMultiPost,
    PublicFetchAssociationsBatchRequest,
    PublicObjectId,
)
from hubspot.crm.objects import (  # noqa: E402
    BatchReadInputSimplePublicObjectId,
    Filter,
    FilterGroup,
    PublicObjectSearchRequest,
    SimplePublicObjectId,
    SimplePublicObjectInput,
)
from intuitlib.client import AuthClient  # noqa: E402
from intuitlib.enums import Scopes  # noqa: E402
from quickbooks import QuickBooks  # noqa: E402
from quickbooks.batch import batch_create, batch_update  # noqa: E402
from quickbooks.cdc import change_data_capture  # noqa: E402
from quickbooks.exceptions import ObjectNotFoundException, QuickbooksException  # noqa: E402
from quickbooks.objects import Customer, Employee, Invoice, Item, Preferences, Vendor  # noqa: E402

JSON = dict[str, Any]
CLIENT_ID, CLIENT_SECRET = "sandbox-intuit-client", "sandbox-intuit-secret"
REDIRECT = "http://localhost:8766/callback"


def qbo_company() -> JSON:
    data = copy.deepcopy(BASE)
    data["qbo"]["Item"][0]["Sku"] = "CONS-H"
    data["qbo"]["Item"].append({"Id": "3", "Name": "Travel", "Sku": "TRAVEL", "Type": "Service"})
    return data


@pytest.fixture(scope="module")
def qbo_sandbox() -> Iterator[Sandbox]:
    # python-quickbooks sends API calls through requests-oauthlib, which refuses plain http unless told that
    # the transport is trusted; the sandbox is http on loopback.
    with pytest.MonkeyPatch.context() as mp, Sandbox(qbo_company(), options=Options(qbo_limit=1_000_000)) as sb:
        mp.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
        yield sb


@pytest.fixture
def qb(qbo_sandbox: Sandbox) -> QuickBooks:
    """A python-quickbooks client on a fresh copy of the company, authorized by intuit-oauth's own AuthClient."""
    from core.sandbox.scenario import load

    state = load(qbo_company())
    qbo_sandbox.state = qbo_sandbox.app.state = state
    return connect(qbo_sandbox, AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, discovery(qbo_sandbox),
                                           access_token=sorted(state.qbo.tokens)[0]))


def discovery(sb: Sandbox) -> str:
    """intuit-oauth takes a discovery document URL wherever it takes 'sandbox' or 'production'."""
    return f"{sb.base_url}/.well-known/openid_sandbox_configuration"


def connect(sb: Sandbox, auth: AuthClient) -> QuickBooks:
    client = QuickBooks(auth_client=auth, company_id=sb.state.qbo.realm, minorversion=75)
    client.api_url_v3 = f"{sb.base_url}/v3"  # the library's base URL setting (its environment is not 'sandbox')
    return client


def stored(sb: Sandbox, entity: str, oid: str) -> JSON:
    obj: JSON = sb.state.qbo.entities[entity][oid]
    return obj


# ---- python-quickbooks -------------------------------------------------------------------------------------
def test_all_and_count_return_what_the_company_holds(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    qbo = qbo_sandbox.state.qbo
    for cls in (Customer, Vendor, Employee, Item, Invoice):
        name = cls.qbo_object_name
        active = sorted((o["Id"] for o in qbo.entities[name].values() if o.get("Active", True)), key=int)
        assert [o.Id for o in cls.all(qb=qb)] == active, name
        assert cls.count(qb=qb) == len(active), name
    assert {i.Id: i.Sku for i in Item.all(qb=qb)} == {"1": "CONS-H", "3": "TRAVEL"}  # SELECT *, Sku FROM Item
    assert [i.Id for i in Item.all(order_by="Name DESC", start_position=2, max_results=1, qb=qb)] == ["1"]
    assert Customer.count("Active = false", qb=qb) == 1


def test_filter_where_choose_query_get(qb: QuickBooks) -> None:
    assert [c.Id for c in Customer.filter(DisplayName="Acme Corp", qb=qb)] == ["2"]
    assert [c.DisplayName for c in Customer.filter(Active=True, order_by="DisplayName", max_results=1, qb=qb)] \
        == ["Acme Corp"]
    page = Customer.where("Active IN (true, false)", order_by="Id DESC", start_position=2, max_results=2, qb=qb)
    assert [c.Id for c in page] == ["2", "1"]
    assert [c.Id for c in Customer.choose(["1", "3"], qb=qb)] == ["1"]  # inactive 3 is hidden by default
    invoices = Invoice.query("select * from Invoice where DocNumber = 'INV-1002' orderby TxnDate", qb=qb)
    assert [(i.Id, i.TotalAmt, i.Balance) for i in invoices] == [("302", 400.0, 100.0)]
    customer = Customer.get("1", qb=qb)
    assert (customer.DisplayName, customer.PrimaryEmailAddr.Address) == ("Ferretería López", "ana@ferreterialopez.es")
    invoice = Invoice.get("301", qb=qb)
    assert (invoice.DocNumber, invoice.CustomerRef.value, invoice.Line[0].SalesItemLineDetail.Qty) == \
        ("INV-1001", "1", 2)
    with pytest.raises(ObjectNotFoundException):
        Invoice.get("999", qb=qb)


def test_create_with_requestid_replays(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    first = Customer()
    first.DisplayName, first.GivenName = "Lib Test Co", "Lib"
    created = first.save(qb=qb, request_id="lib-create-1")
    again = Customer()
    again.DisplayName = "Lib Test Co"
    replayed = again.save(qb=qb, request_id="lib-create-1")  # a retry: the first reply, nothing written
    assert replayed.Id == created.Id
    names = [c["DisplayName"] for c in qbo_sandbox.state.qbo.entities["Customer"].values()]
    assert names.count("Lib Test Co") == 1
    assert stored(qbo_sandbox, "Customer", created.Id)["GivenName"] == "Lib"
    assert "FamilyName" not in stored(qbo_sandbox, "Customer", created.Id)  # sent as "", kept as absent


def test_full_and_sparse_updates(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    invoice = Invoice.get("301", qb=qb)
    invoice.Line[0].SalesItemLineDetail.Qty = 3
    invoice.Line[0].Amount = 450.0
    saved = invoice.save(qb=qb)
    assert (saved.SyncToken, saved.TotalAmt) == ("1", 450.0)
    kept = stored(qbo_sandbox, "Invoice", "301")
    assert kept["TotalAmt"] == 450.0 and "DueDate" not in kept and "ServiceDate" not in \
        kept["Line"][0]["SalesItemLineDetail"]

    customer = Customer.get("2", qb=qb)
    customer.sparse = True
    customer.Notes = "Paid by transfer"
    assert customer.save(qb=qb).Notes == "Paid by transfer"
    assert stored(qbo_sandbox, "Customer", "2")["Notes"] == "Paid by transfer"
    assert stored(qbo_sandbox, "Customer", "2")["SyncToken"] == "1"


def test_void_and_delete_an_invoice(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    voided = Invoice.get("301", qb=qb).void(qb=qb)["Invoice"]
    assert (voided["TotalAmt"], voided["PrivateNote"]) == (0, "Voided")
    assert stored(qbo_sandbox, "Invoice", "301")["Balance"] == 0
    reply = Invoice.get("302", qb=qb).delete(qb=qb)
    assert reply["Invoice"] == {"Id": "302", "status": "Deleted", "domain": "QBO"}
    assert "302" not in qbo_sandbox.state.qbo.entities["Invoice"]
    with pytest.raises(ObjectNotFoundException):
        Invoice.get("302", qb=qb)


def test_batch_create_and_update(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    new = []
    for n in range(30):  # one full batch: python-quickbooks sends at most 30 items per request
        customer = Customer()
        customer.DisplayName = f"Batch Customer {n:02d}"
        new.append(customer)
    clash = Customer()
    clash.DisplayName = "acme corp"  # 6240: the name is taken (compared case-insensitively)
    result = batch_create([*new, clash], qb=qb)
    assert sorted(c.DisplayName for c in result.successes) == [f"Batch Customer {n:02d}" for n in range(30)]
    assert [f.Error[0].code for f in result.faults] == ["6240"]
    held = {c["DisplayName"]: c for c in qbo_sandbox.state.qbo.entities["Customer"].values()}
    assert all(f"Batch Customer {n:02d}" in held for n in range(30))

    changed = Customer.filter(Active=True, qb=qb)[:2]
    for customer in changed:
        customer.Notes = "batch updated"
    updated = batch_update(changed, qb=qb)
    assert not updated.faults and {c.Notes for c in updated.successes} == {"batch updated"}
    assert all(stored(qbo_sandbox, "Customer", c.Id)["Notes"] == "batch updated" for c in changed)


def test_change_data_capture(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    since = datetime.now(UTC) - timedelta(minutes=5)  # python-quickbooks sends it without an offset
    customer = Customer.get("2", qb=qb)
    customer.sparse, customer.Notes = True, "changed"
    customer.save(qb=qb)
    Invoice.get("302", qb=qb).delete(qb=qb)
    changes = change_data_capture([Customer, Invoice], since, qb=qb)
    assert [c.Id for c in changes.Customer] == ["2"] and changes.Customer[0].Notes == "changed"
    assert [(i.Id, i.status) for i in changes.Invoice] == [("302", "Deleted")]
    quiet = change_data_capture([Vendor], datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), qb=qb)
    assert not hasattr(quiet, "Vendor")


def test_preferences_read_and_full_update(qb: QuickBooks, qbo_sandbox: Sandbox) -> None:
    prefs = Preferences.get(qb=qb)
    assert prefs.SalesFormsPrefs.CustomTxnNumbers is False
    assert prefs.CurrencyPrefs.HomeCurrency.value == "USD"
    prefs.SalesFormsPrefs.CustomTxnNumbers = True
    saved = prefs.save(qb=qb)
    assert saved.SalesFormsPrefs.CustomTxnNumbers is True and saved.SyncToken == "1"
    assert qbo_sandbox.state.qbo.preferences["SalesFormsPrefs"]["CustomTxnNumbers"] is True


def test_intuit_oauth_connects_and_refreshes(qbo_sandbox: Sandbox) -> None:
    """intuit-oauth's own authorize URL, code exchange and refresh, then python-quickbooks on the new token."""
    auth = AuthClient(CLIENT_ID, CLIENT_SECRET, REDIRECT, discovery(qbo_sandbox))
    url = auth.get_authorization_url([Scopes.ACCOUNTING])
    redirect = requests.get(url, allow_redirects=False, timeout=10)
    params = {k: v[0] for k, v in parse_qs(urlsplit(redirect.headers["Location"]).query).items()}
    auth.get_bearer_token(params["code"], realm_id=params["realmId"])
    first_refresh = auth.refresh_token
    client = connect(qbo_sandbox, auth)
    assert [c.Id for c in Customer.filter(DisplayName="Acme Corp", qb=client)] == ["2"]
    auth.refresh()
    assert auth.refresh_token != first_refresh  # the sandbox rotates on every refresh
    client = connect(qbo_sandbox, auth)
    assert Customer.count(qb=client) == 2
    auth.access_token = "revoked-or-wrong"
    with pytest.raises(QuickbooksException):
        Customer.count(qb=connect(qbo_sandbox, auth))


def test_a_business_rule_fault_reaches_the_library(qb: QuickBooks) -> None:
    invoice = Invoice()
    invoice.CustomerRef = Customer.get("1", qb=qb).to_ref()
    invoice.Line = []
    with pytest.raises(QuickbooksException) as raised:
        invoice.save(qb=qb)
    assert raised.value.error_code == 2020


# ---- hubspot-api-client ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hs_sandbox() -> Iterator[Sandbox]:
    with Sandbox(generate(150), options=Options(hubspot_limit=1_000_000)) as sb:
        yield sb


@pytest.fixture
def hs(hs_sandbox: Sandbox) -> Iterator[HubSpot]:
    """HubSpot's client on a fresh copy of a 150-invoice company (355 line items: several list pages)."""
    from core.sandbox.scenario import load

    state = load(generate(150))
    state.hubspot.search_window = RollingWindow(1_000_000, 1.0)
    hs_sandbox.state = hs_sandbox.app.state = state
    yield HubSpot(access_token=sorted(state.hubspot.tokens)[0], host=hs_sandbox.base_url)


def records(sb: Sandbox, otype: str) -> dict[str, JSON]:
    objects: dict[str, JSON] = sb.state.hubspot.objects[otype]
    return objects


def by_id(ids: Any) -> list[str]:
    return sorted(ids, key=int)


def test_get_page_with_properties_and_associations(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    api = hs.crm.objects.basic_api
    for otype, prop in (("invoices", "hs_number"), ("contacts", "email"), ("companies", "name"),
                        ("line_items", "price")):
        page = api.get_page(otype, limit=5, properties=[prop, "hs_object_id"], archived=False)
        held = records(hs_sandbox, otype)
        assert [o.id for o in page.results] == by_id(held)[:5], otype
        assert all(o.properties[prop] == held[o.id]["properties"][prop] for o in page.results), otype
        nxt = api.get_page(otype, limit=5, after=page.paging.next.after, properties=[prop])
        assert [o.id for o in nxt.results] == by_id(held)[5:10], otype
    invoices = api.get_page("invoices", limit=3, associations=["contacts", "line_items"]).results
    for invoice in invoices:
        links = hs_sandbox.state.hubspot.links("invoices", invoice.id, "line_items")
        assert sorted(a.id for a in invoice.associations["line_items"].results) == sorted(links)
        assert [a.id for a in invoice.associations["contacts"].results] == \
            list(hs_sandbox.state.hubspot.links("invoices", invoice.id, "contacts"))


def test_get_all_follows_every_page(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    for otype in ("line_items", "invoices", "contacts", "companies"):
        got = hs.crm.objects.get_all(otype, properties=["hs_object_id"])
        assert [o.id for o in got] == by_id(records(hs_sandbox, otype)), otype
    assert len(hs.crm.line_items.get_all()) == len(records(hs_sandbox, "line_items")) == 355
    assert [o.id for o in hs.crm.commerce.invoices.get_all()] == by_id(records(hs_sandbox, "invoices"))


def test_get_by_id_idproperty_and_history(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    contact = next(iter(records(hs_sandbox, "contacts").values()))
    email = contact["properties"]["email"]
    found = hs.crm.objects.basic_api.get_by_id("contacts", email.upper(), id_property="email",
                                               properties=["email", "firstname"],
                                               properties_with_history=["firstname"], associations=["companies"])
    assert found.id == contact["id"] and found.properties["firstname"] == contact["properties"]["firstname"]
    assert found.properties_with_history["firstname"][0].value == contact["properties"]["firstname"]
    assert [a.id for a in found.associations["companies"].results][:1] == [contact["properties"]["associatedcompanyid"]]


def test_batch_read(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    held = records(hs_sandbox, "invoices")
    ids = by_id(held)[:100]
    body = BatchReadInputSimplePublicObjectId(inputs=[SimplePublicObjectId(id=i) for i in ids],
                                              properties=["hs_number", "hs_amount_billed"], properties_with_history=[])
    reply = hs.crm.objects.batch_api.read("invoices", body, archived=False)
    assert sorted((o.id, o.properties["hs_number"]) for o in reply.results) == \
        sorted((i, held[i]["properties"]["hs_number"]) for i in ids)
    emails = [c["properties"]["email"] for c in list(records(hs_sandbox, "contacts").values())[:3]]
    by_email = hs.crm.objects.batch_api.read("contacts", BatchReadInputSimplePublicObjectId(
        inputs=[SimplePublicObjectId(id=e) for e in emails], properties=["email"], properties_with_history=[],
        id_property="email"))
    assert sorted(o.properties["email"] for o in by_email.results) == sorted(emails)


def test_search_with_filters_sorts_and_after(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    held = records(hs_sandbox, "invoices")
    paid = sorted((o for o in held.values() if o["properties"]["hs_invoice_status"] == "paid"),
                  key=lambda o: (-float(o["properties"]["hs_amount_billed"]), int(o["id"])))
    request = PublicObjectSearchRequest(
        filter_groups=[FilterGroup(filters=[Filter(property_name="hs_invoice_status", operator="EQ", value="paid")])],
        sorts=[{"propertyName": "hs_amount_billed", "direction": "DESCENDING"}],
        properties=["hs_number", "hs_amount_billed"], limit=10, after="10")
    reply = hs.crm.objects.search_api.do_search("invoices", request)
    assert reply.total == len(paid)
    assert [o.id for o in reply.results] == [o["id"] for o in paid[10:20]]
    assert reply.paging.next.after == "20"
    first_id = by_id(held)[0]
    workaround = PublicObjectSearchRequest(
        filter_groups=[FilterGroup(filters=[Filter(property_name="hs_object_id", operator="GT", value=first_id)])],
        sorts=["hs_object_id"], limit=200)
    ids = [o.id for o in hs.crm.commerce.invoices.search_api.do_search(public_object_search_request=workaround).results]
    assert ids == by_id(held)[1:]


def test_associations_v4_reads(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    invoice_id = by_id(records(hs_sandbox, "invoices"))[0]
    links = hs_sandbox.state.hubspot.links("invoices", invoice_id, "line_items")
    page = hs.crm.associations.v4.basic_api.get_page("invoices", invoice_id, "line_items", limit=500)
    assert sorted(str(r.to_object_id) for r in page.results) == sorted(links)
    assert {t.type_id for r in page.results for t in r.association_types} == {409}
    ids = by_id(records(hs_sandbox, "invoices"))[:20]
    inputs = BatchInputPublicFetchAssociationsBatchRequest(
        inputs=[PublicFetchAssociationsBatchRequest(id=i) for i in ids])
    batch = hs.crm.associations.v4.batch_api.get_page("invoices", "contacts", inputs)
    got = {r._from.id: [str(t.to_object_id) for t in r.to] for r in batch.results}
    assert got == {i: list(hs_sandbox.state.hubspot.links("invoices", i, "contacts")) for i in ids
                   if hs_sandbox.state.hubspot.links("invoices", i, "contacts")}


def test_associations_v4_writes(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    state = hs_sandbox.state.hubspot
    invoice_id = by_id(records(hs_sandbox, "invoices"))[0]
    company_ids = by_id(records(hs_sandbox, "companies"))
    contact_ids = by_id(records(hs_sandbox, "contacts"))
    target = next(c for c in company_ids if c not in state.links("invoices", invoice_id, "companies"))
    hs.crm.associations.v4.basic_api.create_default("invoices", invoice_id, "companies", target)
    assert state.links("invoices", invoice_id, "companies")[target] == [179]
    hs.crm.associations.v4.basic_api.archive("invoices", invoice_id, "companies", target)
    assert target not in state.links("invoices", invoice_id, "companies")

    contact = next(c for c in contact_ids if not state.links("contacts", c, "companies"))
    labeled = hs.crm.associations.v4.basic_api.create("contacts", contact, "companies", company_ids[0], [
        AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=1)])
    assert labeled.labels == ["Primary"]
    assert records(hs_sandbox, "contacts")[contact]["properties"]["associatedcompanyid"] == company_ids[0]
    other = next(c for c in contact_ids if c != contact and not state.links("contacts", c, "companies"))
    hs.crm.associations.v4.batch_api.create("contacts", "companies", BatchInputPublicAssociationMultiPost(inputs=[
        PublicAssociationMultiPost(_from=PublicObjectId(id=other), to=PublicObjectId(id=company_ids[1]), types=[
            AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=279)])]))
    assert state.links("contacts", other, "companies") == {company_ids[1]: [279]}
    hs.crm.associations.v4.batch_api.archive("contacts", "companies", BatchInputPublicAssociationMultiArchive(inputs=[
        PublicAssociationMultiArchive(_from=PublicObjectId(id=other), to=[PublicObjectId(id=company_ids[1])])]))
    assert not state.links("contacts", other, "companies")


def test_update_is_a_patch(hs: HubSpot, hs_sandbox: Sandbox) -> None:
    invoice_id = next(i for i, o in records(hs_sandbox, "invoices").items()
                      if o["properties"]["hs_invoice_status"] == "open")
    reply = hs.crm.objects.basic_api.update("invoices", invoice_id,
                                            SimplePublicObjectInput(properties={"hs_invoice_status": "paid"}))
    assert reply.properties["hs_invoice_status"] == "paid"
    assert records(hs_sandbox, "invoices")[invoice_id]["properties"]["hs_invoice_status"] == "paid"
    contact = next(iter(records(hs_sandbox, "contacts").values()))
    hs.crm.contacts.basic_api.update(contact["properties"]["email"], SimplePublicObjectInput(
        properties={"firstname": "Renamed", "lastname": None}), id_property="email")
    assert contact["properties"]["firstname"] == "Renamed" and contact["properties"].get("lastname") is None
