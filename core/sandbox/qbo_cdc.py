"""`GET /cdc?entities=A,B&changedSince=ISO`: change data capture (QBO_API.md §6).

Every object of the listed entities whose MetaData.LastUpdatedTime >= changedSince, in full, plus tombstones
(`{"Id", "status": "Deleted", "MetaData": {"LastUpdatedTime"}}`) of deleted ones. Inactive name-list objects are
included: becoming inactive is a change. At most 1000 objects per response in total (the sandbox's choice for
the UNVERIFIED per-entity/per-response question): all changes are ordered oldest first and the newest beyond
1000 are left out, so a client that asks again from the last LastUpdatedTime it received loses nothing.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from werkzeug.wrappers import Request, Response

from core.digits import ascii_digits
from core.sandbox.qbo_rules import instant
from core.sandbox.qbo_store import QboFault, invalid_property, required
from core.sandbox.replies import json_reply, qbo_now
from core.sandbox.state import JSON, QBO_ENTITIES, QboState

MAX_OBJECTS = 1000
WINDOW = timedelta(days=30)
_BY_LOWER = {name.lower(): name for name in QBO_ENTITIES}


def cdc(qbo: QboState, request: Request, xml: bool, realm: str) -> Response:
    try:
        entities = _entities(request.args.get("entities", ""))
        since = _since(request.args.get("changedSince", ""))
    except QboFault as fault:
        return fault.reply(xml)
    changes: list[tuple[datetime, int, int, str, JSON]] = []
    for rank, entity in enumerate(entities):
        for pool in (qbo.entities[entity], qbo.deleted[entity]):
            for oid, obj in pool.items():
                when = instant((obj.get("MetaData") or {}).get("LastUpdatedTime"))
                if when >= since:
                    changes.append((when, rank, int(oid) if ascii_digits(oid) else 0, entity, obj))
    changes.sort(key=lambda change: change[:3])
    grouped: dict[str, list[JSON]] = {}
    for _, _, _, entity, obj in changes[:MAX_OBJECTS]:
        grouped.setdefault(entity, []).append(obj)
    blocks: list[JSON] = [{entity: copy.deepcopy(grouped[entity]), "startPosition": 1,
                           "maxResults": len(grouped[entity])} for entity in entities if entity in grouped]
    # With no change at all the service sends one empty object (python-quickbooks tests/unit/test_cdc.py).
    return json_reply({"CDCResponse": [{"QueryResponse": blocks or [{}]}], "time": qbo_now()})


def _entities(raw: str) -> list[str]:
    names = [part.strip() for part in raw.split(",") if part.strip()]
    if not names:
        raise required("entities")
    unknown = [name for name in names if name.lower() not in _BY_LOWER]
    if unknown:
        raise invalid_property(f"entities; CDC is not supported for {', '.join(unknown)} here", "entities")
    return list(dict.fromkeys(_BY_LOWER[name.lower()] for name in names))


def _since(raw: str) -> datetime:
    raw = raw.strip()
    if len(raw) > 6 and raw[-6] == " ":  # a '+hh:mm' offset that was not URL-encoded arrives as a space
        raw = f"{raw[:-6]}+{raw[-5:]}"
    if not raw:
        raise required("changedSince")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise invalid_property(f"changedSince; {raw!r} is not an ISO-8601 date-time", "changedSince") from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if moment < datetime.now(UTC) - WINDOW:
        # Detail as reported in Wish-Org/QuickBooksSharp#19; the code is the sandbox's choice (docs/qbo.md).
        raise QboFault("500", "Unsupported Operation",
                       f"Operation cdc with changedSince date {raw} which is older than fixed days is not "
                       "supported.", "changedSince")
    return moment
