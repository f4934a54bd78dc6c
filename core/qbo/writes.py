"""QuickBooks Online v3 writes: create, update (full or sparse), delete, preferences — always with a requestid.

Every write carries `?requestid=…&minorversion=75` and is sent as idempotent, so a retry after a 5xx, a 429, a
dropped connection or an unreadable 200 resends the SAME requestid and QBO answers with its first reply instead
of writing twice. A stale SyncToken (fault 5010) raises StaleRecordError carrying the record as it is now; a
Fault inside a 200 is the refusal it names; a 200 that stays unreadable raises OutcomeUnknownError.
"""

from __future__ import annotations

import requests

from core import reply_checks, reply_words
from core.errors import ApiError
from core.fixes.errors import StaleRecordError
from core.http import json_body
from core.i18n import N_, joined, verbatim
from core.qbo.client import FAULT_IN_200_STATUS, MINOR_VERSION, QboClient, has_fault, qbo_error
from core.qbo.faults import parse_fault
from core.reply_checks import outcome_unknown
from core.types import JSON

STALE = "5010"
# {entity} is QuickBooks' record type, {record_id} its id.
STALE_RECORD = N_("Send", "{entity} {record_id} was changed in QuickBooks after the plan was made, so nothing was "
                          "written.")


def entity_path(entity: str) -> str:
    """`Customer` → `customer`, `CreditMemo` → `creditmemo` (QBO's resource names are lower case)."""
    return entity.lower()


class QboWriter(QboClient):
    """QboClient plus the writes the fixes need. Entity names are QBO's (Customer, Invoice, CreditMemo)."""

    def read(self, entity: str, record_id: str) -> JSON:
        if entity == "Preferences":
            return self.preferences()
        what = f"the read of {entity} {record_id}"
        body = self._json(self.api.request("GET", f"{self.prefix}/{entity_path(entity)}/{record_id}", what=what,
                                           params={"minorversion": MINOR_VERSION}), what)
        return reply_checks.qbo_record(body, entity, what)

    def create(self, entity: str, body: JSON, request_id: str) -> JSON:
        return self._write(entity, body, request_id, what=f"the new {entity}")

    def update(self, entity: str, body: JSON, request_id: str) -> JSON:
        """Full update, or sparse when body has `"sparse": true`; body carries Id and SyncToken."""
        if entity == "Preferences":
            return self.update_preferences(body, request_id)
        record_id = str(body.get("Id", ""))
        return self._write(entity, body, request_id, record_id=record_id, what=f"the change to {entity} {record_id}")

    def delete(self, entity: str, record_id: str, sync_token: str, request_id: str) -> JSON:
        """`?operation=delete`; the reply is `{Id, status: "Deleted"}`."""
        return self._write(entity, {"Id": record_id, "SyncToken": sync_token}, request_id,
                           record_id=record_id, operation="delete", what=f"the deletion of {entity} {record_id}")

    def update_preferences(self, body: JSON, request_id: str) -> JSON:
        what = "the change to the preferences"
        with outcome_unknown("QuickBooks", what):
            response = self.api.request("POST", f"{self.prefix}/preferences", idempotent=True, json=body,
                                        params=_params(request_id), what=what)
            return reply_checks.qbo_record(self._checked(response, "Preferences", "1", what), "Preferences", what)

    def _write(self, entity: str, body: JSON, request_id: str, *, what: str, record_id: str = "",
               operation: str = "") -> JSON:
        params = _params(request_id)
        if operation:
            params["operation"] = operation
        with outcome_unknown("QuickBooks", what):
            response = self.api.request("POST", f"{self.prefix}/{entity_path(entity)}", idempotent=True, json=body,
                                        params=params, what=what)
            return reply_checks.qbo_record(self._checked(response, entity, record_id, what), entity, what)

    def _checked(self, response: requests.Response, entity: str, record_id: str, what: str) -> JSON:
        """The reply body of a write QBO accepted. A refusal — an error status, or a 200 carrying a Fault — is
        raised as ApiError; a 5010 as StaleRecordError with the current record read back."""
        status = response.status_code
        if status == 200:
            body = json_body(response, "QuickBooks", what)
            if not isinstance(body, dict):
                raise reply_checks.bad_reply("QuickBooks", what, reply_words.NOT_JSON_OBJECT)
            if not has_fault(body):
                return body
            status = FAULT_IN_200_STATUS
        fault = parse_fault(status, response.text)
        if fault is not None and fault.code == STALE and record_id:
            try:
                current = self.read(entity, record_id)
            except ApiError:
                current = {}
            stale = STALE_RECORD.format(entity=entity, record_id=record_id)
            reason = fault.message.rstrip()
            # QuickBooks' own words follow as they are
            raise StaleRecordError(joined([stale, verbatim(reason)]) if reason else stale,
                                   current, status=status, body=response.text[:2000])
        raise qbo_error(response, status)


def _params(request_id: str) -> dict[str, str]:
    return {"requestid": request_id, "minorversion": MINOR_VERSION}
