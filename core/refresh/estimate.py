"""How many HubSpot requests a full refresh will take, so the window can say how long is left.

HubSpot is what paces a full refresh: its lists and batch reads come 100 records a request under one budget per
account (100 requests per 10 s), while QuickBooks answers the whole company in a few batched queries. Four counts
(one search each) give the sizes before anything is read; the time left is then the requests still to make at
HubSpot's ten-secondly budget (the invoice search and the link reads, on budgets of their own, run alongside).
Best effort: a count HubSpot refuses or leaves out only means no estimate, never a failed refresh.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from core.errors import UserError
from core.hubspot.assoc_types import INVOICE_LINKS
from core.hubspot.client import ASSOC_BATCH, BATCH_READ, LIST_LIMIT, SEARCH_LIMIT, HubSpotClient

log = logging.getLogger(__name__)

LISTED = ("companies", "contacts")   # read as lists, LIST_LIMIT a request
# invoices are searched, SEARCH_LIMIT a request, their links read for the first page, then ASSOC_BATCH at a time
# (refresh/full.py); line items are read by id, BATCH_READ a request
COUNTED = (*LISTED, "invoices", "line_items")


@dataclass(frozen=True)
class Estimate:
    requests: int    # every request a full refresh makes to HubSpot, the counts included
    budgeted: int    # of which draw on the ten-secondly budget: the ones that set the pace


def hubspot_requests(client: HubSpotClient) -> Estimate | None:
    """What a full refresh will ask of HubSpot; None when a count is missing."""
    counts: dict[str, int] = {}
    for object_type in COUNTED:
        try:
            found = client.count(object_type)
        except UserError as err:   # a refused or spoilt count: the refresh itself will say what is wrong
            log.info("no estimate: the %s count failed (%s)", object_type, err)
            return None
        if found is None:
            return None
        counts[object_type] = found
    pages = sum(max(math.ceil(counts[t] / LIST_LIMIT), 1) for t in LISTED)
    invoices = counts["invoices"]
    searches = max(math.ceil(invoices / SEARCH_LIMIT), 1)
    chunks = 1 + math.ceil(max(invoices - SEARCH_LIMIT, 0) / ASSOC_BATCH) if invoices else 0
    budgeted = pages + math.ceil(counts["line_items"] / BATCH_READ)
    return Estimate(len(COUNTED) + searches + len(INVOICE_LINKS) * chunks + budgeted, budgeted)


def seconds_left(expected: int, done: int, limit: int, window: float) -> int:
    """Seconds the requests still to make take at `limit` requests per `window` seconds."""
    if limit <= 0 or window <= 0:
        return 0
    return math.ceil(max(expected - done, 0) * window / limit)
