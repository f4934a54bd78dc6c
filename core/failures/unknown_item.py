"""A line's product has no QBO item with the same SKU or name. A warning: the integration may map the line to a
default item or create one, but the books will not show the product the bookkeeper expects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.failures import evidence as ev
from core.failures.base import FactColumn, FailureKind, Fault, labels
from core.i18n import N_, Message

SUMMARY = N_("unknown_item", "No QuickBooks item for {items}")
# Only meaningful when the company's items were fetched at all.
UNKNOWN_ITEM_LINES = FactColumn("unknown_item_lines", """CASE WHEN EXISTS (SELECT 1 FROM qbo_items) THEN
           (SELECT count(*) FROM hs_associations a JOIN hs_line_items li ON li.id = a.to_id
             WHERE a.from_type = 'invoices' AND a.from_id = v.id AND a.to_type = 'line_items'
               AND NOT EXISTS (SELECT 1 FROM qbo_items i WHERE li.sku_norm <> '' AND i.sku_norm = li.sku_norm)
               AND NOT EXISTS (SELECT 1 FROM qbo_items i WHERE i.name_norm = li.name_norm))
       ELSE 0 END""", indexed=True)


class UnknownItem(FailureKind):
    id = "unknown_item"
    rank = 70
    priority = 110
    severity = "warning"
    title = N_("unknown_item", "Product not found in QuickBooks")
    explanation = N_("unknown_item", "A line on this invoice is for a product or service that has no item in "
                                     "QuickBooks with the same SKU or name. The line may land on a generic item, "
                                     "or the sync may stop.")
    fix_steps = (N_("unknown_item", "Create the item in QuickBooks with the same SKU."),
                 N_("unknown_item", "Map the HubSpot product to an existing QuickBooks item."))
    facts = (UNKNOWN_ITEM_LINES,)
    evidence_labels = labels(lines=ev.LINES_WITHOUT_ITEM)
    sql = """
WITH f AS MATERIALIZED (
    SELECT * FROM facts_invoices WHERE pending = 1 AND unknown_item_lines > 0)
SELECT f.id AS invoice_id, f.number,
       json_object('lines', json_group_array(json_object('line_item_id', li.id, 'name', li.name,
                                                          'sku', li.sku))) AS evidence
  FROM f
  JOIN hs_associations a ON a.from_type = 'invoices' AND a.from_id = f.id AND a.to_type = 'line_items'
  JOIN hs_line_items li ON li.id = a.to_id
 WHERE NOT EXISTS (SELECT 1 FROM qbo_items i WHERE li.sku_norm <> '' AND i.sku_norm = li.sku_norm)
   AND NOT EXISTS (SELECT 1 FROM qbo_items i WHERE i.name_norm = li.name_norm)
 GROUP BY f.id
"""

    def summary(self, evidence: Mapping[str, Any]) -> Message:
        items = tuple(str(x.get("sku") or x.get("name") or "") for x in evidence.get("lines") or []
                      if isinstance(x, Mapping))
        return SUMMARY.format(items=items)

    def matches(self, fault: Fault) -> bool:
        return fault.code == "2500" and "item" in fault.message.lower()


KIND = UnknownItem()   # fixed in HubSpot or QuickBooks: the guide made of its fix steps
