"""Audit tables in OUTDIR/plans.sqlite, and their CSV copies.

The database is the store: each run replaces the rows of the version pairs (and
documents) it audited and keeps the others, so one folder can hold the audit of many
pairs; the CSVs are rewritten from it, as load/csv.py does for the conversion tables.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from planx.load.csv import write_csv
from planx.load.sqlite import add_missing_columns
from planx.load.views import create_views

Rows = list[dict[str, Any]]

# (column, type); the contract's columns first. Keys say which rows a re-run replaces.
AUDIT_TABLES: dict[str, list[tuple[str, str]]] = {
    "changes": [("old_doc", "TEXT"), ("new_doc", "TEXT"), ("kind", "TEXT"), ("old_seq", "INTEGER"),
                ("new_seq", "INTEGER"), ("action", "TEXT"), ("before", "TEXT"), ("after", "TEXT"),
                ("similarity", "REAL"), ("flag", "TEXT"), ("days", "INTEGER"), ("milestone", "TEXT"),
                ("before_raw", "TEXT"), ("after_raw", "TEXT"), ("area_ref", "TEXT"), ("area", "TEXT"),
                ("old_page", "INTEGER"), ("old_line", "INTEGER"), ("new_page", "INTEGER"), ("new_line", "INTEGER"),
                ("old_table_no", "INTEGER"), ("new_table_no", "INTEGER")],
    # every paired action (changed or not): the RAG matrix and series chains read it
    "pairs": [("old_doc", "TEXT"), ("new_doc", "TEXT"), ("old_seq", "INTEGER"), ("new_seq", "INTEGER"),
              ("similarity", "REAL"), ("old_rag", "TEXT"), ("new_rag", "TEXT"), ("old_due_date", "TEXT"),
              ("new_due_date", "TEXT"), ("area_ref", "TEXT"), ("area", "TEXT"), ("action", "TEXT")],
    "audits": [("old_doc", "TEXT"), ("new_doc", "TEXT"), ("old_actions", "INTEGER"), ("new_actions", "INTEGER"),
               ("paired", "INTEGER"), ("changes", "INTEGER"), ("warning", "TEXT"), ("old_plan_date", "TEXT"),
               ("new_plan_date", "TEXT"), ("old_path", "TEXT"), ("new_path", "TEXT")],
    "timeline": [("series", "TEXT"), ("chain", "INTEGER"), ("doc", "TEXT"), ("seq", "INTEGER"),
                 ("action", "TEXT"), ("area_ref", "TEXT"), ("versions", "INTEGER"), ("first_doc", "TEXT"),
                 ("last_doc", "TEXT"), ("first_due_date", "TEXT"), ("last_due_date", "TEXT"),
                 ("slip_count", "INTEGER"), ("days_slipped", "INTEGER"), ("history", "TEXT")],
    "findings": [("doc", "TEXT"), ("code", "TEXT"), ("action_seq", "INTEGER"), ("evidence", "TEXT"),
                 ("action", "TEXT"), ("page", "INTEGER"), ("line", "INTEGER"), ("table_no", "INTEGER")],
}
PAIR_KEYED = {"changes", "pairs", "audits"}  # replaced by (old_doc, new_doc)


def columns(table: str) -> list[str]:
    return [c for c, _ in AUDIT_TABLES[table]]


def _create(con: sqlite3.Connection) -> None:
    for table, cols in AUDIT_TABLES.items():
        con.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(f"{c} {t}" for c, t in cols)})')
        add_missing_columns(con, table, cols)
        key = "old_doc, new_doc" if table in PAIR_KEYED else ("series" if table == "timeline" else "doc")
        con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_key" ON "{table}" ({key})')


def _insert(con: sqlite3.Connection, table: str, rows: Rows) -> None:
    cols = columns(table)
    con.executemany(f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})',
                    [tuple(r.get(c) for c in cols) for r in rows])


def save(db: Path, pair_keys: Iterable[tuple[str, str]], docs: Iterable[str], series: str | Iterable[str],
         tables: dict[str, Rows]) -> None:
    """Replace this run's rows (its version pairs, documents and series) in one transaction."""
    con = sqlite3.connect(db)
    try:
        with con:
            _create(con)
            create_views(con)  # slippage_by_area reads changes once they exist
            for old, new in pair_keys:
                for t in PAIR_KEYED:
                    con.execute(f'DELETE FROM "{t}" WHERE old_doc = ? AND new_doc = ?', (old, new))
            for d in docs:
                con.execute("DELETE FROM findings WHERE doc = ?", (d,))
            for name in [series] if isinstance(series, str) else series:
                con.execute("DELETE FROM timeline WHERE series = ?", (name,))
            for table, rows in tables.items():
                _insert(con, table, rows)
    finally:
        con.close()


def read(db: Path, table: str) -> Rows:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        _create(con)
        order = {"changes": "old_doc, new_doc, rowid", "pairs": "old_doc, new_doc, new_seq",
                 "audits": "rowid", "timeline": "series, chain", "findings": "doc, action_seq, code"}[table]
        return [dict(r) for r in con.execute(f'SELECT * FROM "{table}" ORDER BY {order}')]
    finally:
        con.close()


def export_csv(db: Path, folder: Path, bom: bool = False) -> list[Path]:
    """OUTDIR/<table>.csv for every audit table, RFC 4180, formula-safe (bom: with a UTF-8 byte-order mark)."""
    written = []
    for table in AUDIT_TABLES:
        cols = columns(table)
        written.append(write_csv(folder, table, cols, ([r[c] for c in cols] for r in read(db, table)), bom))
    return written
