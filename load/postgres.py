"""PostgreSQL sink (psycopg 3): the same tables as SQLite, loaded idempotently.

Each document is one transaction: its old rows (same doc_id, or an older version of the
same path) are deleted, then its rows inserted, so a re-run adds nothing and an
interrupted run leaves whole documents only.
"""
from __future__ import annotations

from typing import Any

from planx.load.schema import CHILD_TABLES, TABLES, columns, rows
from planx.load.sqlite import FOREIGN_KEYS, UNIQUE, _quote
from planx.normalise.records import DocResult

_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "TEXT": "TEXT", "DATE": "DATE"}
_KEYS = {"doc", "doc_id", "path"}  # keys: never NULL


def _pg_type(sqltype: str) -> str:
    base, *rest = sqltype.split(maxsplit=1)
    return " ".join([_TYPES.get(base, base), *rest])


def _pg_value(v: Any) -> Any:
    """An empty text is NULL (as in SQLite); PostgreSQL text cannot hold NUL characters
    (SQLite can): drop them."""
    if v == "":
        return None
    return v.replace("\x00", "") if isinstance(v, str) and "\x00" in v else v


def create_schema(cur: Any) -> None:
    for table, cols in TABLES.items():
        parts = [f"{_quote(name)} {_pg_type(sqltype)}" for name, sqltype in cols]
        parts += [c for c in (UNIQUE.get(table), FOREIGN_KEYS.get(table)) if c]
        cur.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(parts)})')
        for name, sqltype in cols:  # a database loaded by an older planx gains the columns added since
            plain = _pg_type(sqltype).replace("PRIMARY KEY", "").strip()
            cur.execute(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS {_quote(name)} {plain}')
        if table != "documents":
            cur.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_doc_id" ON "{table}" (doc_id)')


class PostgresSink:
    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as e:
            raise RuntimeError("--db postgresql://… needs psycopg: pip install 'planx[batch]'") from e
        self.con = psycopg.connect(url, autocommit=True)  # transactions are explicit, per document
        with self.con.transaction(), self.con.cursor() as cur:
            # two runs creating the schema at once would race: serialise them
            cur.execute("SELECT pg_advisory_xact_lock(hashtext('planx schema'))")
            create_schema(cur)

    def known(self, doc_id: str) -> bool:
        with self.con.cursor() as cur:
            cur.execute("SELECT status FROM documents WHERE doc_id = %s", (doc_id,))
            row = cur.fetchone()
        return row is not None and row[0] != "failed"

    def write(self, result: DocResult) -> None:
        tables = rows(result)
        with self.con.transaction(), self.con.cursor() as cur:
            cur.execute("SELECT doc_id FROM documents WHERE path = %s AND path != ''", (result.path,))
            stale = {result.doc_id} | {r[0] for r in cur.fetchall()}
            for table in reversed(CHILD_TABLES):
                cur.execute(f'DELETE FROM "{table}" WHERE doc_id = ANY(%s)', (list(stale),))
            cur.execute("DELETE FROM documents WHERE doc_id = ANY(%s)", (list(stale),))
            for table in TABLES:
                recs = tables[table]
                if not recs:
                    continue
                cols = columns(table)
                sql = (f'INSERT INTO "{table}" ({", ".join(_quote(c) for c in cols)}) '
                       f'VALUES ({", ".join("%s" for _ in cols)})')
                cur.executemany(sql, [tuple(r.get(c) if c in _KEYS else _pg_value(r.get(c)) for c in cols)
                                      for r in recs])

    def close(self) -> None:
        self.con.close()
