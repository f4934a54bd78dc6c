"""`POST /preferences`: the full (or sparse) update of the company's Preferences (QBO_API.md §4).

The service updates only the preferences not marked read-only. Read-only values a client sends are silently
replaced by the server's (not a fault), so a GET → change → POST round trip never fails on them. On a full update
an omitted writable preference is reset to a new company's default, or removed when it has none.
"""

from __future__ import annotations

import copy
from typing import Any

from core.sandbox.qbo_store import check_token, ensure_preferences_meta, stamp, touch, without_empty
from core.sandbox.scenario import DEFAULT_PREFERENCES
from core.sandbox.state import JSON, QboState

META = frozenset({"Id", "SyncToken", "MetaData", "domain", "sparse"})
# (block, field) pairs the reference marks read-only, with both names of the revenue recognition flag.
READ_ONLY = frozenset({
    ("CurrencyPrefs", "HomeCurrency"), ("CurrencyPrefs", "MultiCurrencyEnabled"),
    ("ProductAndServicesPrefs", "RevenueRecognitionEnabled"), ("ProductAndServicesPrefs", "RevenueRecognition"),
    ("ProductAndServicesPrefs", "RecognitionFrequencyType"),
    ("ProductAndServicesPrefs", "RevenueRecognitionFrequency"),
    ("AccountingInfoPrefs", "BookCloseDate"), ("SalesFormsPrefs", "CustomField"),
})


def update_preferences(qbo: QboState, body: JSON) -> JSON:
    """The new Preferences (also stored); QboFault 2020/5010 on a missing or stale SyncToken."""
    prefs = ensure_preferences_meta(qbo)
    body = without_empty(body)  # "" and [] are absent, as for entity writes
    check_token(prefs, body)
    sparse = body.get("sparse") is True or str(body.get("sparse")).lower() == "true"
    blocks = [b for b in prefs if b not in META] + [b for b in body if b not in META and b not in prefs]
    updated: JSON = {}
    for block in blocks:
        merged = _block(block, _dict(prefs.get(block)), body.get(block), sparse)
        if merged or block in prefs:
            updated[block] = merged
    updated.update({key: copy.deepcopy(prefs[key]) for key in META if key in prefs})
    touch(updated, stamp(qbo))
    updated["sparse"] = False
    qbo.preferences.clear()
    qbo.preferences.update(updated)
    return {"Preferences": copy.deepcopy(updated)}


def _dict(value: Any) -> JSON:
    return value if isinstance(value, dict) else {}


def _block(block: str, server: JSON, sent_value: Any, sparse: bool) -> JSON:
    if not isinstance(sent_value, dict) and sparse:
        return copy.deepcopy(server)  # a sparse update leaves blocks it does not mention alone
    sent = _dict(sent_value)
    defaults = _dict(DEFAULT_PREFERENCES.get(block))
    merged: JSON = {}
    for key in [*server, *(k for k in sent if k not in server), *(k for k in defaults if k not in server)]:
        if key in merged:
            continue
        if (block, key) in READ_ONLY:
            if key in server:
                merged[key] = copy.deepcopy(server[key])
        elif key in sent:
            merged[key] = copy.deepcopy(sent[key])
        elif sparse and key in server:
            merged[key] = copy.deepcopy(server[key])
        elif key in defaults:
            merged[key] = copy.deepcopy(defaults[key])
    return merged
