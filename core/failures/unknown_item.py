"""A line's product has no QBO item with the same SKU or name. A warning: the integration may map the line to a
default item or create one, but the books will not show the product the bookkeeper expects."""

from __future__ import annotations

import sqlite_utils

from core.failures.base import Failure, Texts
from core.failures.rows import failures_from

KIND = "unknown_item"
RANK = 70
SEVERITY = "warning"
TEXTS = {
    "en": Texts(
        title="Product not found in QuickBooks",
        explanation="A line on this invoice is for a product or service that has no item in QuickBooks with the "
                    "same SKU or name. The line may land on a generic item, or the sync may stop.",
        fix_steps=("Create the item in QuickBooks with the same SKU.",
                   "Map the HubSpot product to an existing QuickBooks item."),
    ),
    "es": Texts(
        title="Producto no encontrado en QuickBooks",
        explanation="Una línea de esta factura corresponde a un producto o servicio que no tiene artículo en "
                    "QuickBooks con el mismo SKU o nombre. La línea puede acabar en un artículo genérico, o la "
                    "sincronización puede detenerse.",
        fix_steps=("Crear el artículo en QuickBooks con el mismo SKU.",
                   "Relacionar el producto de HubSpot con un artículo existente de QuickBooks."),
    ),
}

# Only meaningful when the company's items were fetched at all.
SQL = """
WITH f AS MATERIALIZED (
    SELECT * FROM facts_invoices WHERE pending = 1 AND unknown_item_lines > 0)
SELECT f.id AS invoice_id, f.number,
       json_object('lines', json_group_array(json_object('line_item_id', li.id, 'name', li.name,
                                                          'sku', li.sku))) AS evidence,
       'No QuickBooks item for ' || group_concat(coalesce(nullif(li.sku, ''), li.name), ', ') AS summary
  FROM f
  JOIN hs_associations a ON a.from_type = 'invoices' AND a.from_id = f.id AND a.to_type = 'line_items'
  JOIN hs_line_items li ON li.id = a.to_id
 WHERE NOT EXISTS (SELECT 1 FROM qbo_items i WHERE li.sku_norm <> '' AND i.sku_norm = li.sku_norm)
   AND NOT EXISTS (SELECT 1 FROM qbo_items i WHERE i.name_norm = li.name_norm)
 GROUP BY f.id
"""


def detect(db: sqlite_utils.Database) -> list[Failure]:
    return failures_from(db, KIND, SQL)


def matches(code: str, message: str) -> bool:
    text = message.lower()
    return code == "2500" and "item" in text


# Fixes: guidance only (the change is made in HubSpot or QuickBooks); core.fixes.plans builds it from TEXTS.
