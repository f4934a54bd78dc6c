"""Views that link the two systems; every failure rule is a query over them.

Linking (ARCHITECTURE.md): a HubSpot invoice's QBO counterpart is a QBO Invoice with the same number whose
customer has the invoice contact's email (trimmed, case-insensitive). Other documents with that number are
collisions, not counterparts.
"""

from __future__ import annotations

import sqlite_utils

VIEWS: dict[str, str] = {
    # The invoice's bill-to contact: typeId 177 first, then any other invoice→contact label.
    "v_invoice_contact": """
        SELECT i.id AS invoice_id,
               (SELECT a.to_id FROM hs_associations a
                 WHERE a.from_type = 'invoices' AND a.from_id = i.id AND a.to_type = 'contacts'
                 ORDER BY a.type_id = 177 DESC, a.to_id LIMIT 1) AS contact_id
          FROM hs_invoices i""",
    # A contact's primary company: the contact→company association labelled Primary (typeId 1),
    # else the associatedcompanyid property HubSpot keeps in step with it.
    "v_contact_company": """
        SELECT c.id AS contact_id,
               coalesce((SELECT a.to_id FROM hs_associations a
                          WHERE a.from_type = 'contacts' AND a.from_id = c.id AND a.to_type = 'companies'
                            AND a.type_id = 1 LIMIT 1),
                        nullif(c.associatedcompanyid, '')) AS company_id
          FROM hs_contacts c""",
    # Every HubSpot invoice with what the integration derives from it.
    "v_hs_invoices": """
        SELECT i.id, i.number, i.status, i.currency, i.invoice_date, i.due_date, i.amount_billed,
               i.status IN ('open', 'paid') AS in_scope,
               ic.contact_id, ct.email, coalesce(ct.email_norm, '') AS email_norm, ct.full_name,
               co.id AS company_id, co.name AS company_name,
               CASE WHEN trim(coalesce(co.name, '')) <> '' THEN trim(co.name) ELSE ct.full_name END
                   AS would_be_name,
               CASE WHEN trim(coalesce(co.name, '')) <> '' THEN co.name_norm ELSE ct.full_name_norm END
                   AS would_be_name_norm
          FROM hs_invoices i
          LEFT JOIN v_invoice_contact ic ON ic.invoice_id = i.id
          LEFT JOIN hs_contacts ct ON ct.id = ic.contact_id
          LEFT JOIN v_contact_company cc ON cc.contact_id = ct.id
          LEFT JOIN hs_companies co ON co.id = cc.company_id""",
    # 1. our own link (an invoice Sync Doctor pushed, whatever its number); 2. an invoice carrying Sync Doctor's
    # mark for it (a push the journal could not confirm); 3. same number and same customer.
    "v_counterparts": """
        SELECT l.hubspot_invoice_id AS invoice_id, l.qbo_invoice_id
          FROM sd_links l JOIN qbo_invoices q ON q.id = l.qbo_invoice_id
        UNION ALL
        SELECT q.marked_invoice AS invoice_id, min(q.id) AS qbo_invoice_id
          FROM qbo_invoices q
         WHERE q.marked_invoice <> ''
           AND NOT EXISTS (SELECT 1 FROM sd_links l2 JOIN qbo_invoices q2 ON q2.id = l2.qbo_invoice_id
                            WHERE l2.hubspot_invoice_id = q.marked_invoice)
         GROUP BY q.marked_invoice
        UNION ALL
        SELECT v.id AS invoice_id, min(q.id) AS qbo_invoice_id
          FROM v_hs_invoices v
          JOIN qbo_invoices q ON q.doc_number = v.number
          JOIN qbo_customers c ON c.id = q.customer_id AND c.email_norm = v.email_norm
         WHERE v.email_norm <> ''
           AND NOT EXISTS (SELECT 1 FROM sd_links l2 JOIN qbo_invoices q2 ON q2.id = l2.qbo_invoice_id
                            WHERE l2.hubspot_invoice_id = v.id)
           AND NOT EXISTS (SELECT 1 FROM qbo_invoices q3 WHERE q3.marked_invoice = v.id)
         GROUP BY v.id""",
    # In-scope invoices that have no counterpart yet: the ones a push would try to create.
    "v_unlinked": """
        SELECT v.* FROM v_hs_invoices v
         WHERE v.in_scope AND NOT EXISTS (SELECT 1 FROM v_counterparts p WHERE p.invoice_id = v.id)""",
    # The name list QBO keeps unique across customers, vendors and employees, inactive ones included.
    "v_qbo_names": """
        SELECT 'Customer' AS entity, id, display_name, name_norm, active FROM qbo_customers
        UNION ALL SELECT 'Vendor', id, display_name, name_norm, active FROM qbo_vendors
        UNION ALL SELECT 'Employee', id, display_name, name_norm, active FROM qbo_employees""",
    # Both sides of every line, as one comparable string per document (sorted, so order does not matter).
    "v_hs_line_sigs": """
        SELECT invoice_id, group_concat(sig, '|') AS sig, count(*) AS n FROM (
            SELECT a.from_id AS invoice_id,
                   printf('%.4f/%.2f/%.2f', coalesce(li.quantity, 0), coalesce(li.price, 0),
                          coalesce(li.amount, coalesce(li.quantity, 0) * coalesce(li.price, 0))) AS sig
              FROM hs_associations a JOIN hs_line_items li ON li.id = a.to_id
             WHERE a.from_type = 'invoices' AND a.to_type = 'line_items'
             ORDER BY a.from_id, sig)
         GROUP BY invoice_id""",
    "v_qbo_line_sigs": """
        SELECT txn_id AS qbo_invoice_id, group_concat(sig, '|') AS sig, count(*) AS n FROM (
            SELECT txn_id, printf('%.4f/%.2f/%.2f', coalesce(qty, 0), coalesce(unit_price, 0),
                                  coalesce(amount, 0)) AS sig
              FROM qbo_txn_lines
             WHERE txn_type = 'Invoice' AND detail_type = 'SalesItemLineDetail'
             ORDER BY txn_id, sig)
         GROUP BY txn_id""",
}


def ensure_views(db: sqlite_utils.Database) -> None:
    """(Re)create the views; dropping first lets a new app version change their definitions."""
    for name in reversed(list(VIEWS)):
        db.execute(f"DROP VIEW IF EXISTS {name}")
    for name, sql in VIEWS.items():
        db.execute(f"CREATE VIEW {name} AS {sql}")
