"""Which HubSpot invoices an incremental merge can change the facts of, so only their rows are rebuilt.

A fact row (core.store.facts) reads its invoice, the invoice's contact and company, its line items, its QuickBooks
counterpart and that document's lines, and counts QuickBooks records sharing its email, name or number. So an
invoice is touched when the merge changes any of those, and the keys it is found by are read twice: from the
cache before the merge (old values, old links) and after it (new ones). `Touched.before` and `Touched.after` run
inside the merge's transaction with the stage attached; the result stays in the temporary table `sd_touched`
for `facts.update`.

A change the rows cannot be traced from (QuickBooks items: every invoice's unknown-item count may move) makes
`everything` true: the facts are then rebuilt whole, as after a full refresh.
"""

from __future__ import annotations

import sqlite_utils

TABLE = "temp.sd_touched"

# Records the stage changed or removed, per cached table (stage tables and the ops an incremental run records).
_STAGED = "SELECT id FROM stage.{table} UNION SELECT id FROM stage.sd_deleted WHERE tbl = '{table}'"
# Tables whose changes reach no fact row.
_IGNORED = ("qbo_preferences",)
# Tables whose changes are traced below; any other table with staged rows means "everything".
_TRACED = ("hs_invoices", "hs_line_items", "hs_contacts", "hs_companies", "hs_associations", "qbo_customers",
           "qbo_vendors", "qbo_employees", "qbo_invoices", "qbo_credit_memos", "qbo_txn_lines")


def _ids(table: str) -> str:
    return _STAGED.format(table=table)


# Invoice ids touched, read from the cache as it is when run (before, then after the merge).
_INVOICES = f"""
SELECT id FROM ({_ids("hs_invoices")})
UNION SELECT a.from_id FROM main.hs_associations a
       WHERE a.from_type = 'invoices' AND a.to_type = 'contacts' AND a.to_id IN ({_ids("hs_contacts")})
UNION SELECT a.from_id FROM main.hs_associations a
       WHERE a.from_type = 'invoices' AND a.to_type = 'line_items' AND a.to_id IN ({_ids("hs_line_items")})
UNION SELECT a.from_id FROM main.hs_associations a
       WHERE a.from_type = 'invoices' AND a.to_type = 'contacts' AND a.to_id IN (
             SELECT c.from_id FROM main.hs_associations c WHERE c.from_type = 'contacts'
                AND c.to_type = 'companies' AND c.to_id IN ({_ids("hs_companies")})
             UNION SELECT id FROM main.hs_contacts WHERE associatedcompanyid IN ({_ids("hs_companies")}))
UNION SELECT f.id FROM main.facts_invoices f
       WHERE f.contact_id IN ({_ids("hs_contacts")}) OR f.company_id IN ({_ids("hs_companies")})
          OR f.qbo_invoice_id IN ({_ids("qbo_invoices")})
UNION SELECT marked_invoice FROM main.qbo_invoices
       WHERE marked_invoice <> '' AND id IN ({_ids("qbo_invoices")})
"""
# Links read again (every refresh re-reads a slice of them): only those that came back different touch anything.
_LINKS_BEFORE = """
CREATE TABLE temp.sd_links_before AS SELECT a.from_type, a.from_id, a.to_type, a.to_id, a.type_id
  FROM main.hs_associations a JOIN stage.sd_relinked r
    ON r.from_type = a.from_type AND r.to_type = a.to_type AND r.from_id = a.from_id"""
_LINKS_NOW = """
SELECT a.from_type, a.from_id, a.to_type, a.to_id, a.type_id
  FROM main.hs_associations a JOIN stage.sd_relinked r
    ON r.from_type = a.from_type AND r.to_type = a.to_type AND r.from_id = a.from_id"""
_RELINKED = f"""
SELECT from_type, from_id FROM (
  SELECT * FROM ({_LINKS_NOW}) EXCEPT SELECT * FROM temp.sd_links_before
  UNION ALL
  SELECT * FROM (SELECT * FROM temp.sd_links_before EXCEPT SELECT * FROM ({_LINKS_NOW})))"""
# The emails, names and numbers whose QuickBooks counts or counterparts may change.
_KEYS = f"""
SELECT 'email' AS kind, email_norm AS value FROM main.qbo_customers WHERE id IN ({_ids("qbo_customers")})
UNION SELECT 'name', name_norm FROM main.qbo_customers WHERE id IN ({_ids("qbo_customers")})
UNION SELECT 'name', name_norm FROM main.qbo_vendors WHERE id IN ({_ids("qbo_vendors")})
UNION SELECT 'name', name_norm FROM main.qbo_employees WHERE id IN ({_ids("qbo_employees")})
UNION SELECT 'number', doc_number FROM main.qbo_invoices WHERE id IN ({_ids("qbo_invoices")})
UNION SELECT 'number', doc_number FROM main.qbo_credit_memos WHERE id IN ({_ids("qbo_credit_memos")})
"""


class Touched:
    """The invoices one merge touches; `everything` when they cannot be told apart from the rest."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.everything = "facts_invoices" not in db.table_names() or self._untraced()

    def _untraced(self) -> bool:
        staged = [t for t in db_tables(self.db, "stage") if t not in _TRACED and t not in _IGNORED
                  and t not in ("sd_deleted", "sd_relinked", "meta")]
        if any(self.db.execute(f"SELECT 1 FROM stage.{t} LIMIT 1").fetchone() for t in staged):
            return True
        return self.db.execute("SELECT 1 FROM stage.sd_deleted WHERE tbl NOT IN "
                               f"({', '.join(repr(t) for t in _TRACED)}) LIMIT 1").fetchone() is not None

    def before(self) -> None:
        """Read what the merge is about to change: the old links and values."""
        if self.everything:
            return
        self.db.execute(f"DROP TABLE IF EXISTS {TABLE}")
        self.db.execute(f"CREATE TABLE {TABLE} (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("DROP TABLE IF EXISTS temp.sd_links_before")
        self.db.execute(_LINKS_BEFORE)
        self.db.execute("DROP TABLE IF EXISTS temp.sd_touched_keys")
        self.db.execute("CREATE TABLE temp.sd_touched_keys (kind TEXT, value TEXT, PRIMARY KEY (kind, value)) "
                        "WITHOUT ROWID")
        self._collect()

    def after(self) -> None:
        """Read the new links and values, then every invoice a changed email, name or number concerns."""
        if self.everything:
            return
        self._collect()
        self.db.execute("DROP TABLE IF EXISTS temp.sd_relinked_changed")
        self.db.execute(f"CREATE TABLE temp.sd_relinked_changed AS SELECT DISTINCT * FROM ({_RELINKED})")
        self.db.execute(   # an invoice whose own links moved, and every invoice billed to a contact whose did
            f"INSERT OR IGNORE INTO {TABLE} SELECT from_id FROM temp.sd_relinked_changed WHERE from_type = 'invoices' "
            "UNION SELECT a.from_id FROM main.hs_associations a JOIN temp.sd_relinked_changed r "
            "ON r.from_type = 'contacts' AND a.to_id = r.from_id "
            "WHERE a.from_type = 'invoices' AND a.to_type = 'contacts' "
            "UNION SELECT f.id FROM main.facts_invoices f JOIN temp.sd_relinked_changed r "
            "ON r.from_type = 'contacts' AND f.contact_id = r.from_id")
        for kind, column in (("email", "email_norm"), ("name", "would_be_name_norm"), ("number", "number")):
            # One indexed lookup per key (facts_invoices is indexed on each of these columns). Empty emails
            # never match (rules and linking skip them); empty names and numbers are compared like the rules do.
            self.db.execute(
                f"INSERT OR IGNORE INTO {TABLE} SELECT f.id FROM temp.sd_touched_keys k "
                f"JOIN main.facts_invoices f ON f.{column} = k.value WHERE k.kind = ?"
                + (" AND k.value <> ''" if kind == "email" else ""), [kind])

    def _collect(self) -> None:
        self.db.execute(f"INSERT OR IGNORE INTO {TABLE} SELECT id FROM ({_INVOICES}) WHERE id IS NOT NULL")
        self.db.execute(f"INSERT OR IGNORE INTO temp.sd_touched_keys SELECT kind, value FROM ({_KEYS}) "
                        "WHERE value IS NOT NULL")

    def count(self) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])


def db_tables(db: sqlite_utils.Database, schema_name: str) -> list[str]:
    return [str(r[0]) for r in db.execute(f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table'")]
