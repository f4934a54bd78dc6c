"""The stage edits an incremental or targeted refresh makes besides saving pages: records gone upstream,
associations re-read whole, records read by id, and the ids links point to that neither copy holds."""

from __future__ import annotations

from collections.abc import Iterable

from core.hubspot import save as hs_save
from core.hubspot.client import HubSpotClient
from core.qbo import save as qbo_save
from core.refresh.run import Run, chunks, save_hubspot_pages


def _marks(n: int) -> str:
    return ",".join("?" * n)


def remove_hubspot(run: Run, object_type: str, ids: Iterable[str]) -> int:
    """Objects HubSpot no longer serves (archived): the rows and the associations read from them go at merge.
    Returns how many the cache or the stage held."""
    return _remove(run, hs_save.TABLES[object_type], object_type, ids, "hs_associations", "from_type", "from_id")


def remove_qbo(run: Run, entity: str, ids: Iterable[str]) -> int:
    """QBO objects deleted upstream (CDC tombstones, or an Id a read by id no longer finds)."""
    table = qbo_save.NAME_TABLES.get(entity) or qbo_save.TXN_TABLES.get(entity) or "qbo_items"
    if entity in qbo_save.TXN_TABLES:
        return _remove(run, table, entity, ids, "qbo_txn_lines", "txn_type", "txn_id")
    return _remove(run, table, entity, ids)


def _remove(run: Run, table: str, otype: str, ids: Iterable[str], dependent: str = "", type_column: str = "",
            id_column: str = "") -> int:
    """Drop the records from the stage (with their `dependent` rows) and record them gone for the merge."""
    wanted = list(dict.fromkeys(ids))
    gone = 0
    with run.db.atomic():
        for chunk in chunks(wanted, 500):
            marks = _marks(len(chunk))
            gone += _count(run, table, chunk)
            run.db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)
            if dependent:
                run.db.execute(f"DELETE FROM {dependent} WHERE {type_column} = ? AND {id_column} IN ({marks})",
                               [otype, *chunk])
        run.stage.deleted(table, otype, wanted)
    return gone


def _count(run: Run, table: str, ids: list[str]) -> int:
    """How many of these ids the run still holds, in the stage or in the cache not yet removed (what a removal
    takes away; an overlapping page that repeats a deletion counts nothing)."""
    marks = _marks(len(ids))
    query = f"SELECT count(*) FROM (SELECT id FROM main.{table} WHERE id IN ({marks})"
    args = list(ids)
    if run.stage.cache_attached:
        query += (f" UNION SELECT id FROM cache.{table} WHERE id IN ({marks})"
                  " AND id NOT IN (SELECT id FROM sd_deleted WHERE tbl = ?)")
        args += [*ids, table]
    return int(run.db.execute(query + ")", args).fetchone()[0])


def relink(run: Run, client: HubSpotClient, from_type: str, to_type: str, ids: Iterable[str]) -> None:
    """Re-read every association from these records to a type; at merge they replace the cached ones (so
    removed links go too). 1000 records per request."""
    for chunk in chunks(list(dict.fromkeys(ids)), 1000):
        rows = [row for page in client.fetch_associations(from_type, to_type, chunk) for row in page]
        with run.db.atomic():
            run.db.execute(f"DELETE FROM hs_associations WHERE from_type = ? AND to_type = ? AND from_id IN "
                           f"({_marks(len(chunk))})", [from_type, to_type, *chunk])
            hs_save.save_associations(run.db, from_type, to_type, rows, run.refresh_id)
            run.stage.relinked(from_type, to_type, chunk)
        run.tick(f"HubSpot {from_type} → {to_type}", run.add(f"{from_type}_{to_type}", len(rows)))


def read_hubspot(run: Run, client: HubSpotClient, object_type: str, ids: Iterable[str]) -> list[str]:
    """Batch-read objects by id into the stage; ids HubSpot no longer has are removed. Returns the ids read."""
    wanted = list(dict.fromkeys(ids))
    found = save_hubspot_pages(run, object_type, client.batch_read(object_type, wanted), f"HubSpot {object_type}")
    missing = set(wanted) - set(found)
    if missing:
        remove_hubspot(run, object_type, sorted(missing))
    return found


def dangling(run: Run, to_type: str) -> list[str]:
    """Ids the links will point to after the merge that neither the stage nor the cache holds as records
    (e.g. a line item attached to an invoice without being modified since the watermark)."""
    table = hs_save.TABLES[to_type]
    if not run.stage.cache_attached:
        rows = run.db.execute(f"SELECT DISTINCT a.to_id FROM hs_associations a LEFT JOIN {table} t "
                              "ON t.id = a.to_id WHERE a.to_type = ? AND t.id IS NULL", [to_type]).fetchall()
        return [str(r[0]) for r in rows]
    rows = run.db.execute(f"""
        WITH links AS (
            SELECT to_id FROM hs_associations WHERE to_type = :to
            UNION
            SELECT a.to_id FROM cache.hs_associations a
             WHERE a.to_type = :to
               AND NOT EXISTS (SELECT 1 FROM sd_relinked r WHERE r.from_type = a.from_type
                                  AND r.to_type = a.to_type AND r.from_id = a.from_id)
               AND NOT EXISTS (SELECT 1 FROM sd_deleted d WHERE d.otype = a.from_type AND d.id = a.from_id))
        SELECT to_id FROM links
         WHERE to_id NOT IN (SELECT id FROM {table}) AND to_id NOT IN (SELECT id FROM cache.{table})""",
        {"to": to_type}).fetchall()
    return [str(r[0]) for r in rows]
