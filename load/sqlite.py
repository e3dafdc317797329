"""SQLite sink: typed tables, foreign keys, all of a document or none of it.

A re-run replaces a document's rows (keyed on doc_id) instead of adding to them, and a
failure while writing a document rolls back that document only (a savepoint per document).
Documents are committed in groups, at most COMMIT_EVERY seconds or COMMIT_DOCS documents
apart: a commit per document cost 0.8 ms, a third of writing a text plan. A crash loses at most the last group,
whole documents that a re-run converts again.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from planx.load.schema import CHILD_TABLES, TABLES, columns, row_tuples
from planx.load.views import create_views
from planx.normalise.records import DocResult

FOREIGN_KEYS = {
    "actions": "FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE",
    "milestones": "FOREIGN KEY (doc_id, action_seq) REFERENCES actions(doc_id, seq) ON DELETE CASCADE",
    "ratings": "FOREIGN KEY (doc_id, action_seq) REFERENCES actions(doc_id, seq) ON DELETE CASCADE",
    "indicators": "FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE",
    "leftovers": "FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE",
}
UNIQUE = {"actions": "UNIQUE (doc_id, seq)"}
INDEXES = {"actions": ("doc", "seq"), "milestones": ("doc", "action_seq", "seq"), "ratings": ("doc", "action_seq"),
           "indicators": ("doc", "seq"), "leftovers": ("doc", "seq")}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def add_missing_columns(con: sqlite3.Connection, table: str, cols: list[tuple[str, str]]) -> None:
    """A table written by an older planx gains the columns added since, instead of failing."""
    have = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
    for name, sqltype in cols:
        if name not in have:
            plain = sqltype.replace("PRIMARY KEY", "").strip()
            con.execute(f'ALTER TABLE "{table}" ADD COLUMN {_quote(name)} {plain}')


def create_schema(con: sqlite3.Connection) -> None:
    for table, cols in TABLES.items():
        parts = [f'"{name}" {sqltype}' for name, sqltype in cols]
        parts += [c for c in (UNIQUE.get(table), FOREIGN_KEYS.get(table)) if c]
        con.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({", ".join(parts)})')
        add_missing_columns(con, table, cols)
        if table in INDEXES:
            con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_doc" ON "{table}" '
                        f'({", ".join(INDEXES[table])})')
        con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_doc_id" ON "{table}" (doc_id)')
    # each write looks for an older version of the same file: without it, a scan per document
    con.execute('CREATE INDEX IF NOT EXISTS "idx_documents_path" ON documents (path)')


# the keys of a document's rows (documents is keyed by file and path): never NULL, whatever their value
_KEYS = {"doc", "doc_id", "path"}


def _placeholder(name: str, sqltype: str) -> str:
    """An empty text is stored as NULL (what SQL, pandas and BI tools read as missing); the
    records and the CSVs keep '' (load/csv.py writes NULL as an empty cell)."""
    return "NULLIF(?, '')" if sqltype.split()[0] in ("TEXT", "DATE") and name not in _KEYS else "?"


def _insert_statement(table: str) -> str:
    """INSERT for a table's rows as tuples in column order (schema.row_tuples)."""
    names = ", ".join(_quote(c) for c in columns(table))
    values = ", ".join(_placeholder(name, sqltype) for name, sqltype in TABLES[table])
    return f'INSERT INTO "{table}" ({names}) VALUES ({values})'


_INSERTS = {table: _insert_statement(table) for table in TABLES}
COMMIT_EVERY = 0.5  # seconds: what another reader (or a crash) may miss of a running batch
COMMIT_DOCS = 32  # documents: ~3% of the commits of one per document


class SqliteSink:
    def __init__(self, path: Path):
        self.path = path
        # autocommit mode: transactions are begun and ended here, explicitly
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA foreign_keys = ON")
        self.con.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: each commit is atomic, without an fsync each time
        self.con.execute("PRAGMA synchronous = NORMAL")
        self._temp_in_memory = False
        self._since: float | None = None  # when the open group of documents began
        self._pending = 0  # documents in the open group
        self.con.execute("BEGIN")
        new = self.con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone() is None
        create_schema(self.con)
        create_views(self.con)
        self.con.execute("COMMIT")
        # a spool (load.csv.CsvSpool) is handed each document's rows once stored; does the
        # database hold just those documents (holds_only_spooled)? So far, when it is new
        self.spool: Callable[[dict[str, list[tuple]]], bool] | None = None
        self._only_spooled = new
        self._version = self._data_version()

    def known(self, doc_id: str) -> bool:
        """Is this document already in the database (converted, not failed)?"""
        row = self.con.execute("SELECT status FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row is not None and row[0] != "failed"

    def write(self, result: DocResult) -> None:
        tables = row_tuples(result)
        only_spooled, self._only_spooled = self._only_spooled, False  # until written and spooled
        if self._since is None:
            self._temp_store(memory=True)
            self.con.execute("BEGIN")
            self._since = time.monotonic()
        self.con.execute("SAVEPOINT doc")  # all of the document or none of it
        try:
            # the same bytes (doc_id), or an older version of the same file (path), are replaced
            # (child rows exist only under a documents row: written in the same savepoint)
            stale = {r[0] for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE doc_id = ? OR (path = ? AND path != '')",
                (result.doc_id, result.path))}
            for doc_id in stale:
                for table in reversed(CHILD_TABLES):
                    self.con.execute(f'DELETE FROM "{table}" WHERE doc_id = ?', (doc_id,))
                self.con.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            for table in TABLES:
                self._insert(table, tables[table])
        except BaseException:  # Ctrl-C included: the documents before this one stay
            self.con.execute("ROLLBACK TO doc")
            self.con.execute("RELEASE doc")
            raise
        self.con.execute("RELEASE doc")
        if only_spooled and not stale and self.spool is not None:
            self._only_spooled = self.spool(tables)
        self._pending += 1
        if self._pending >= COMMIT_DOCS or time.monotonic() - self._since >= COMMIT_EVERY:
            self.commit()

    def holds_only_spooled(self) -> bool:
        """Does the database hold exactly the rows handed to the spool? True when this sink
        made it and wrote every document in it, each whole and spooled, none replaced, and
        no other connection has written to it since."""
        return self._only_spooled and self._data_version() == self._version

    def _data_version(self) -> int:
        return int(self.con.execute("PRAGMA data_version").fetchone()[0])

    def commit(self) -> None:
        """Make the documents written so far durable and visible to other readers."""
        if self._since is not None:
            self.con.execute("COMMIT")
            self._since, self._pending = None, 0

    def _temp_store(self, memory: bool) -> None:
        """Writing: temporary files in memory. The savepoint of each document journals the
        pages it changes: past 64 KiB SQLite spills that journal to a temporary file, two
        writes per page (~45 syscalls per text plan); in memory it costs nothing. Reading
        (the export's sorts): back to files, so sorting a huge table needs no memory for it.
        (Read by SQLite when a transaction begins: set only between transactions.)"""
        if memory != self._temp_in_memory:
            self.con.execute(f"PRAGMA temp_store = {'MEMORY' if memory else 'DEFAULT'}")
            self._temp_in_memory = memory

    def _insert(self, table: str, records: list[tuple]) -> None:
        if records:
            self.con.executemany(_INSERTS[table], records)

    def iter_rows(self, table: str) -> Iterator[tuple]:
        """A table's rows in output order."""
        return self.select(table, [_quote(name) for name in columns(table)])

    def select(self, table: str, exprs: list[str]) -> Iterator[tuple]:
        """SQL expressions over a table's rows, in output order (the CSV sink builds its lines
        in SQL)."""
        self.commit()
        self._temp_store(memory=False)
        order = "doc, doc_id" + (", seq" if "seq" in columns(table) and table != "milestones" else "")
        if table == "milestones":
            order = "doc, doc_id, action_seq, seq"
        if table == "ratings":
            order = "doc, doc_id, action_seq"
        return self.con.execute(f'SELECT {", ".join(exprs)} FROM "{table}" ORDER BY {order}')

    def close(self) -> None:
        self.commit()
        self.con.close()
