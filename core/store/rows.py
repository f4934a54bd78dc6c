"""Writing many rows of one shape: what a refresh does for every page it saves.

sqlite_utils' upsert_all and insert_all build and check every row's statement in Python (two statements per
chunk for an upsert); a refresh saves tens of thousands of rows while its fetching threads wait on the same
interpreter. These send one prepared statement for the whole page, with the same outcome.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import sqlite_utils


def upsert(db: sqlite_utils.Database, table: str, rows: Sequence[Mapping[str, object]],
           pk: str | tuple[str, ...]) -> None:
    """Insert each row, or update the columns it gives of the row already there with its key."""
    if not rows:
        return
    keys = (pk,) if isinstance(pk, str) else pk
    columns = _columns(rows)
    others = [c for c in columns if c not in keys]
    action = ("DO UPDATE SET " + ", ".join(f'"{c}" = excluded."{c}"' for c in others)) if others else "DO NOTHING"
    db.conn.executemany(f"{_insert(table, columns)} ON CONFLICT ({_names(keys)}) {action}", _values(rows, columns))


def insert(db: sqlite_utils.Database, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    """Insert each row (a row whose key is already there is an error, as with insert_all)."""
    if rows:
        columns = _columns(rows)
        db.conn.executemany(_insert(table, columns), _values(rows, columns))


def _columns(rows: Sequence[Mapping[str, object]]) -> list[str]:
    return list(dict.fromkeys(c for row in rows for c in row))


def _names(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _insert(table: str, columns: Sequence[str]) -> str:
    return f'INSERT INTO "{table}" ({_names(columns)}) VALUES ({", ".join("?" * len(columns))})'


def _values(rows: Sequence[Mapping[str, object]], columns: Sequence[str]) -> list[list[object]]:
    # A list or dict (never expected from the row builders) is stored as JSON text, as sqlite_utils would.
    return [[json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list, tuple)) else v
             for v in (row.get(c) for c in columns)] for row in rows]
