"""Sorted indexes behind list pages, searches and queries (tables.py, sorted_index.py, hubspot_pages.py,
qbo_query_index.py): the same answers as evaluating every record, also after records change in place."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

from core.sandbox import hubspot_pages, hubspot_search
from core.sandbox.qbo_query import run
from core.sandbox.scenario import load
from core.sandbox.tables import Table, Tracked
from tests.helpers.qbo_records import NOW, customer, invoice

JSON = dict[str, Any]


# ---- tracked tables ----------------------------------------------------------------------------------------
def test_tables_report_changes_at_any_depth_and_copy_as_plain_dicts() -> None:
    seen: list[str] = []
    table = Table({"1": {"Id": "1", "MetaData": {"LastUpdatedTime": "t0"}}})
    table.listen("test", seen.append)
    table["1"]["MetaData"]["LastUpdatedTime"] = "t1"
    table["1"].setdefault("CustomerRef", {})["value"] = "7"  # setdefault hands back the stored dict
    table["2"] = {"Id": "2"}
    table["2"].update(Active=False)
    table["2"].pop("Active")
    del table["1"]
    assert seen == ["1", "1", "1", "2", "2", "2", "1"] and table.version == 7
    plain = copy.deepcopy(table)
    assert type(plain) is dict and type(plain["2"]) is dict and plain == {"2": {"Id": "2"}}
    assert isinstance(table["2"], Tracked) and json.loads(json.dumps(table)) == plain


# ---- QBO queries -------------------------------------------------------------------------------------------
def qbo_rows() -> dict[str, list[JSON]]:
    rng = random.Random(5)
    customers = [customer(i, rng.choice(["Acme", "acme", "Beta", "Zoë", "O'Brien"]) + f" {i % 7}",
                          active=rng.choice([True, False, None]), balance=rng.choice([0, 10, 10.5, 99]),
                          updated=f"2024-0{1 + i % 3}-{1 + i % 27:02d}T{i % 24:02d}:00:00-07:00") for i in range(1, 60)]
    customers[3]["Balance"] = "n/a"  # a column of mixed kinds: comparisons no longer follow the index order
    del customers[4]["MetaData"]
    invoices = [invoice(1000 + i, f"INV-{i % 9}", str(i % 5), rng.choice([5.0, 100.0, 75.25]),
                        f"2024-0{1 + i % 6}-{1 + i % 20:02d}") for i in range(40)]
    return {"Customer": customers, "Invoice": invoices}


QUERIES = [
    "SELECT * FROM Customer", "SELECT COUNT(*) FROM Customer", "SELECT * FROM Customer WHERE Active IN (true, false)",
    "SELECT * FROM Customer ORDERBY DisplayName", "SELECT * FROM Customer ORDERBY DisplayName DESC, Id",
    "SELECT * FROM Customer WHERE Id > '20' AND Id <= 41", "SELECT * FROM Customer WHERE Id = '007'",
    "SELECT * FROM Customer WHERE Balance >= 10 ORDERBY Balance DESC",
    "SELECT * FROM Customer WHERE Balance < 10.5 ORDERBY Balance",
    "SELECT * FROM Customer WHERE MetaData.LastUpdatedTime >= '2024-02-10T00:00:00Z' "
    "ORDER BY MetaData.LastUpdatedTime",
    "SELECT * FROM Customer WHERE MetaData.LastUpdatedTime < '2024-02-10' ORDERBY MetaData.LastUpdatedTime DESC",
    "SELECT COUNT(*) FROM Customer WHERE MetaData.LastUpdatedTime > '2024-03-01T00:00:00-07:00' "
    "ORDERBY MetaData.LastUpdatedTime",
    "SELECT * FROM Customer WHERE DisplayName = 'ACME 3' ORDERBY DisplayName",
    "SELECT * FROM Customer WHERE DisplayName >= 'b' AND DisplayName < 'z' ORDERBY DisplayName DESC",
    "SELECT * FROM Customer WHERE DisplayName LIKE 'a%' AND Active = false",
    "SELECT * FROM Invoice WHERE TxnDate >= '2024-03-01' AND TxnDate <= '2024-05-01' ORDERBY TxnDate",
    "SELECT * FROM Invoice WHERE TotalAmt > 5 ORDERBY TotalAmt DESC, DocNumber",
    "SELECT * FROM Invoice WHERE CustomerRef = '3' ORDERBY CustomerRef",
    "SELECT COUNT(*) FROM Invoice WHERE TotalAmt <= 75.25 ORDERBY TotalAmt",
]


def pages(text: str, entities: dict[str, Any], hidden: tuple[tuple[str, str], ...] = ()) -> list[Any]:
    """The whole answer, and the same rows paged 7 at a time (in order, then one page out of order)."""
    out = [run(text, entities, now=NOW, hidden=hidden)]
    if "COUNT" not in text:
        out += [run(f"{text} STARTPOSITION {start} MAXRESULTS 7", entities, now=NOW, hidden=hidden)
                for start in (1, 8, 15, 22, 29, 36, 43, 50, 57, 29)]
    return out


def as_tables(rows: dict[str, list[JSON]]) -> dict[str, Table]:
    return {entity: Table({r["Id"]: copy.deepcopy(r) for r in objs}) for entity, objs in rows.items()}


def test_qbo_pages_over_indexes_equal_a_full_evaluation() -> None:
    rows = qbo_rows()
    tables = as_tables(rows)
    for text in QUERIES:
        assert pages(text, tables) == pages(text, rows), text
    hidden = (("Customer", "12"), ("Customer", "13"), ("Invoice", "1003"))
    assert pages(QUERIES[2], tables, hidden) == pages(QUERIES[2], rows, hidden)

    # Changes in place, additions and removals move records in the indexes built above.
    for objs, by_id in ((rows["Customer"], tables["Customer"]), (rows["Invoice"], tables["Invoice"])):
        for obj in objs[::3]:
            stored = by_id[obj["Id"]]
            for target in (obj, stored):
                target.setdefault("MetaData", {})["LastUpdatedTime"] = "2024-02-15T08:00:00-07:00"
                target["DisplayName" if "DisplayName" in target else "TotalAmt"] = \
                    "zz" if "DisplayName" in target else 42.0
    gone = rows["Customer"].pop(10)
    del tables["Customer"][gone["Id"]]
    extra = customer(500, "Acme 500", updated="2024-02-11T00:00:00Z")
    rows["Customer"].append(extra)
    tables["Customer"]["500"] = copy.deepcopy(extra)
    for text in QUERIES:
        assert pages(text, tables) == pages(text, rows), text


# ---- HubSpot lists and searches ----------------------------------------------------------------------------
def hubspot_company() -> JSON:
    rng = random.Random(9)
    contacts = [{"id": str(100 + i), "email": f"c{i}@x.example", "firstname": rng.choice(["Ana", "bob", "Cid", ""]),
                 "lastname": f"L{i % 4}", "hs_lead_score": rng.choice(["5", "12", "", "7.5"])} for i in range(45)]
    return {"hubspot": {"contacts": contacts}}


def reference(objects: dict[str, JSON], body: JSON) -> tuple[int, list[str]]:
    """Search the slow way: test every record, sort the matches, cut the page."""
    kinds = {p.name: hubspot_search._kind(p.type) for p in hubspot_search.CATALOGUE["contacts"]}
    groups = hubspot_search.parse_groups(body, kinds)
    hits = [o for o in objects.values() if not o["archived"]
            and (not groups or any(all(hubspot_search.matches(f, o["properties"]) for f in g) for g in groups))]
    ordered = sorted(hits, key=lambda o: int(o["id"]))
    for prop, desc in reversed(hubspot_search.parse_sorts(body.get("sorts"))):
        kind = kinds.get(prop, "string")
        keyed = [(hubspot_search._key(kind, o["properties"].get(prop) or ""), o) for o in ordered]
        present = [(k, o) for k, o in keyed if k is not None and o["properties"].get(prop) not in (None, "")]
        ordered = [o for _, o in sorted(present, key=lambda pair: pair[0], reverse=desc)] + \
                  [o for k, o in keyed if k is None or o["properties"].get(prop) in (None, "")]
    after, limit = int(body.get("after") or 0), int(body.get("limit") or 10)
    return len(ordered), [o["id"] for o in ordered[after:after + limit]]


SEARCHES: list[JSON] = [
    {}, {"sorts": ["-hs_lead_score"]}, {"sorts": [{"propertyName": "firstname", "direction": "ASCENDING"}]},
    {"filterGroups": [{"filters": [{"propertyName": "hs_lead_score", "operator": "GTE", "value": "7"}]}],
     "sorts": ["hs_lead_score"]},
    {"filterGroups": [{"filters": [{"propertyName": "hs_lead_score", "operator": "BETWEEN", "value": "5",
                                    "highValue": "7.5"}]}], "sorts": [{"propertyName": "hs_lead_score",
                                                                       "direction": "DESCENDING"}]},
    {"filterGroups": [{"filters": [{"propertyName": "hs_object_id", "operator": "GT", "value": "120"},
                                   {"propertyName": "firstname", "operator": "NEQ", "value": "bob"}]}]},
    {"filterGroups": [{"filters": [{"propertyName": "firstname", "operator": "EQ", "value": "ANA"}]},
                      {"filters": [{"propertyName": "lastname", "operator": "EQ", "value": "l1"}]}],
     "sorts": ["firstname", "-lastname"]},
    {"filterGroups": [{"filters": [{"propertyName": "firstname", "operator": "EQ", "value": "ana"},
                                   {"propertyName": "hs_lead_score", "operator": "GTE", "value": "6"}]}],
     "sorts": ["-hs_lead_score"]},
    {"filterGroups": [{"filters": [{"propertyName": "lastname", "operator": "EQ", "value": "L2"},
                                   {"propertyName": "firstname", "operator": "NEQ", "value": "cid"}]}],
     "sorts": ["firstname"]},
    {"filterGroups": [{"filters": [{"propertyName": "lastmodifieddate", "operator": "LT",
                                    "value": "2026-01-05T09:30:00Z"}]}], "sorts": ["lastmodifieddate"]},
]


def search_pages(state: Any, body: JSON) -> list[tuple[int, list[str]]]:
    out = []
    for after in (0, 7, 14, 21, 28, 35, 42, 14):  # in order, then back
        reply = hubspot_search.run(state.hubspot, "contacts", {**body, "after": str(after), "limit": 7})
        out.append((reply["total"], [r["id"] for r in reply["results"]]))
    return out


def expected_pages(state: Any, body: JSON) -> list[tuple[int, list[str]]]:
    objects = state.hubspot.objects["contacts"]
    return [reference(objects, {**body, "after": after, "limit": 7}) for after in (0, 7, 14, 21, 28, 35, 42, 14)]


def test_searches_and_lists_over_indexes_equal_a_full_evaluation() -> None:
    state = load(hubspot_company())
    contacts = state.hubspot.objects["contacts"]
    for body in SEARCHES:
        assert search_pages(state, body) == expected_pages(state, body), body
    contacts["105"]["properties"]["hs_lead_score"] = "99"
    contacts["106"]["archived"] = True
    contacts["107"]["properties"]["lastmodifieddate"] = "2026-01-05T09:01:00.000Z"
    contacts["107"]["properties"].pop("firstname")
    del contacts["108"]
    contacts["999"] = {"id": "999", "properties": {"firstname": "Ana", "hs_lead_score": "6", "hs_object_id": "999"},
                       "createdAt": "x", "updatedAt": "x", "archived": False}
    for body in SEARCHES:
        assert search_pages(state, body) == expected_pages(state, body), body

    seen, after = [], None
    while True:
        page, after = hubspot_pages.list_page(contacts, after, 6, archived=False)
        seen += [o["id"] for o in page]
        if after is None:
            break
    assert seen == sorted((i for i, o in contacts.items() if not o["archived"]), key=int)
    assert [o["id"] for o in hubspot_pages.list_page(contacts, None, 10, archived=True)[0]] == ["106"]


@pytest.mark.parametrize("after", ["0", "9990"])
def test_search_cap_still_applies_over_indexes(after: str) -> None:
    state = load(hubspot_company())
    reply = hubspot_search.run(state.hubspot, "contacts", {"after": after, "limit": 200})
    assert reply["total"] == 45 and len(reply["results"]) == (45 if after == "0" else 0)
