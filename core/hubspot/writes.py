"""HubSpot CRM writes the fixes use: read one object, PATCH its properties, v4 association PUT/DELETE.

HubSpot has no idempotency key; every write here is naturally idempotent (PATCH sets values, the labeled PUT
and the DELETE of a pair converge), so retries after 5xx, and after a 2xx whose body could not be read, are
allowed. A write whose reply stays unreadable raises OutcomeUnknownError: it may have been applied.
"""

from __future__ import annotations

from core import reply_checks
from core.hubspot.assoc_types import default_type
from core.hubspot.client import HubSpotClient
from core.reply_checks import outcome_unknown
from core.types import JSON


class HubSpotWriter(HubSpotClient):
    """HubSpotClient plus single-object reads and the writes of the fixes."""

    def read_object(self, object_type: str, object_id: str, properties: list[str] | None = None) -> JSON:
        params = {"properties": ",".join(properties)} if properties else {}
        what = f"the read of {object_type} {object_id}"
        body = self._json(self.api.request("GET", f"/crm/v3/objects/{object_type}/{object_id}", params=params,
                                           what=what), what)
        return reply_checks.hubspot_object(body, what)

    def patch_object(self, object_type: str, object_id: str, properties: JSON) -> JSON:
        what = f"the change to {object_type} {object_id}"
        with outcome_unknown("HubSpot", what):
            body = self._json(self.api.request("PATCH", f"/crm/v3/objects/{object_type}/{object_id}",
                                               idempotent=True, json={"properties": properties}, what=what), what)
            return reply_checks.hubspot_object(body, what)

    def associations(self, from_type: str, from_id: str, to_type: str) -> dict[str, list[int]]:
        """to_id → typeIds of every association from one record to a type (follows paging)."""
        what = f"the {to_type} associations of {from_type} {from_id}"
        out: dict[str, list[int]] = {}
        after: str | None = None
        while True:
            params = {"limit": "500", **({"after": after} if after else {})}
            body = self._json(self.api.request(
                "GET", f"/crm/v4/objects/{from_type}/{from_id}/associations/{to_type}", params=params, what=what),
                what)
            pairs, after = reply_checks.hubspot_record_associations(body, what)
            for to_id, types in pairs:
                out.setdefault(to_id, []).extend(types)
            if not after:
                return out

    def associate(self, from_type: str, from_id: str, to_type: str, to_id: str, type_id: int | None = None) -> JSON:
        """v4 labeled PUT with one HUBSPOT_DEFINED type (177 for invoice → contact)."""
        spec = [{"associationCategory": "HUBSPOT_DEFINED",
                 "associationTypeId": type_id if type_id is not None else default_type(from_type, to_type)}]
        what = f"the link from {from_type} {from_id} to {to_type} {to_id}"
        with outcome_unknown("HubSpot", what):
            return self._json(self.api.request(
                "PUT", f"/crm/v4/objects/{from_type}/{from_id}/associations/{to_type}/{to_id}", idempotent=True,
                json=spec, what=what), what, ok=(200, 201))

    def dissociate(self, from_type: str, from_id: str, to_type: str, to_id: str) -> None:
        """v4 DELETE: removes every association between the two records (both directions)."""
        what = f"the removal of the link from {from_type} {from_id} to {to_type} {to_id}"
        # The reply (204, no body) carries nothing to read, so its body is not held to being JSON.
        response = self.api.request("DELETE", f"/crm/v4/objects/{from_type}/{from_id}/associations/{to_type}/{to_id}",
                                    idempotent=True, what=what, json_reply=False)
        if response.status_code not in (200, 204):
            self._json(response, what)  # raises the typed error
