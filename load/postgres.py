"""PostgreSQL sink (psycopg 3): the same tables as SQLite, loaded idempotently.

Each document is one transaction: the rows it replaces are deleted (the file's own row, and
an earlier conversion of the same bytes: see load/sqlite.py), then its rows inserted, so a
re-run adds nothing and an interrupted run leaves whole documents only. documents is keyed
(doc_id, path), as in SQLite: every input file has its row, a copy of another as `duplicate`.
"""
from __future__ import annotations

import os
from typing import Any

from planx.load.schema import CHILD_TABLES, PRIMARY_KEYS, TABLES, columns, rows
from planx.load.sqlite import FOREIGN_KEYS, UNIQUE, _quote, duplicate_note
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
        if table in PRIMARY_KEYS:
            parts.append(f"PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
        parts += [c for c in (UNIQUE.get(table), FOREIGN_KEYS.get(table)) if c]
        cur.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(parts)})')
        for name, sqltype in cols:  # a database loaded by an older planx gains the columns added since
            plain = _pg_type(sqltype).replace("PRIMARY KEY", "").replace("NOT NULL", "").strip()
            cur.execute(f'ALTER TABLE "{table}" ADD COLUMN IF NOT EXISTS {_quote(name)} {plain}')
        if table != "documents":
            cur.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_doc_id" ON "{table}" (doc_id)')
    cur.execute('CREATE INDEX IF NOT EXISTS "idx_documents_path" ON documents (path)')
    rekey_documents(cur)


def rekey_documents(cur: Any) -> None:
    """A database loaded by an older planx keys documents on doc_id alone, and the other tables
    refer to it: drop those foreign keys and key documents on (doc_id, path)."""
    cur.execute("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                "WHERE contype = 'f' AND confrelid = 'documents'::regclass")
    for table, name in cur.fetchall():
        cur.execute(f"ALTER TABLE {table} DROP CONSTRAINT {_quote(name)}")
    cur.execute("SELECT conname, array_to_string(array(SELECT attname FROM pg_attribute a "
                "JOIN unnest(c.conkey) WITH ORDINALITY k(n, i) ON a.attnum = k.n "
                "WHERE a.attrelid = c.conrelid ORDER BY k.i), ',') "
                "FROM pg_constraint c WHERE contype = 'p' AND conrelid = 'documents'::regclass")
    found = cur.fetchone()
    if found is not None and found[1] != ",".join(PRIMARY_KEYS["documents"]):
        cur.execute(f"ALTER TABLE documents DROP CONSTRAINT {_quote(found[0])}")
        cur.execute("UPDATE documents SET path = '' WHERE path IS NULL")
        cur.execute(f"ALTER TABLE documents ADD PRIMARY KEY ({', '.join(PRIMARY_KEYS['documents'])})")


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
        """Are these bytes converted in the database (a row that is not failed or a duplicate)?"""
        with self.con.cursor() as cur:
            cur.execute("SELECT 1 FROM documents WHERE doc_id = %s AND status IN ('ok', 'partial')", (doc_id,))
            return cur.fetchone() is not None

    def done(self, doc_id: str, path: str) -> bool:
        """Has the file at `path`, with these bytes, its row already (see SqliteSink.done)?"""
        with self.con.cursor() as cur:
            cur.execute("SELECT status FROM documents WHERE doc_id = %s AND path = %s", (doc_id, path))
            row = cur.fetchone()
        if row is None:
            return False
        return row[0] in ("ok", "partial") or (row[0] == "duplicate" and self.known(doc_id))

    def converted_path(self, doc_id: str) -> str | None:
        with self.con.cursor() as cur:
            cur.execute("SELECT path FROM documents WHERE doc_id = %s AND status IS DISTINCT FROM 'duplicate'",
                        (doc_id,))
            row = cur.fetchone()
        return None if row is None else str(row[0])

    def write(self, result: DocResult) -> None:
        tables = rows(result)
        duplicate = result.status == "duplicate"
        with self.con.transaction(), self.con.cursor() as cur:
            cur.execute("SELECT doc_id, path, status, doc, format FROM documents "
                        "WHERE (path = %(path)s AND path != '') OR (doc_id = %(id)s AND path = %(path)s) "
                        "OR (%(content)s AND doc_id = %(id)s AND doc_id != '' AND status IS DISTINCT FROM 'duplicate')",
                        {"path": result.path, "id": result.doc_id, "content": not duplicate})
            found = cur.fetchall()
            if duplicate and any(d == result.doc_id and st != "duplicate" for d, _, st, _, _ in found):
                return  # the row at this path holds the conversion of these very bytes: keep it
            converted = {doc_id for doc_id, _, status, _, _ in found if status != "duplicate"}
            if not duplicate and result.doc_id:
                converted.add(result.doc_id)  # rows left by a documents row deleted by hand go too
            for table in reversed(CHILD_TABLES):
                cur.execute(f'DELETE FROM "{table}" WHERE doc_id = ANY(%s)', (list(converted),))
            for doc_id, path, status, doc, fmt in found:
                cur.execute("DELETE FROM documents WHERE doc_id = %s AND path = %s", (doc_id, path))
                if status != "duplicate" and path != result.path and path and os.path.lexists(path):
                    moved = DocResult(doc=doc, doc_id=doc_id, format=fmt, path=path, status="duplicate",
                                      duplicate_of=doc_id, error=duplicate_note(result.path, doc_id))
                    tables["documents"] += rows(moved)["documents"]
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
