"""SQLite sink: typed tables, keys, all of a document or none of it.

A re-run replaces a document's rows instead of adding to them, and a failure while writing a
document rolls back that document only (a savepoint per document). Documents are committed in
groups, at most COMMIT_EVERY seconds or COMMIT_DOCS documents apart: a commit per document cost
0.8 ms, a third of writing a text plan. A crash loses at most the last group, whole documents
that a re-run converts again.

Every input file has its documents row, keyed (doc_id, path): a file whose bytes another file
already gave is a `duplicate` row naming that doc_id (load/schema.py). The rows of the other
tables belong to the one row of their doc_id that is not a duplicate; triggers keep it so (a
foreign key to documents(doc_id) cannot, as doc_id alone is no longer unique there).

Two runs may write into the same output at once: each write transaction starts with BEGIN
IMMEDIATE, taking the write lock before it reads, and waits up to BUSY_TIMEOUT seconds for it
(under WAL a plain BEGIN that reads first cannot wait: its upgrade to a writer fails at once
with "database is locked").
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from planx.load.safety import OutputError, database_path
from planx.load.schema import CHILD_TABLES, PRIMARY_KEYS, TABLES, columns, row_tuples
from planx.load.views import VIEW_NAMES, create_views
from planx.normalise.records import DocResult

FOREIGN_KEYS = {
    "milestones": "FOREIGN KEY (doc_id, action_seq) REFERENCES actions(doc_id, seq) ON DELETE CASCADE",
    "ratings": "FOREIGN KEY (doc_id, action_seq) REFERENCES actions(doc_id, seq) ON DELETE CASCADE",
}
UNIQUE = {"actions": "UNIQUE (doc_id, seq)"}
INDEXES = {"actions": ("doc", "seq"), "milestones": ("doc", "action_seq", "seq"), "ratings": ("doc", "action_seq"),
           "indicators": ("doc", "seq"), "leftovers": ("doc", "seq"),
           "recommendations": ("doc", "seq")}
# the tables whose rows hang on a document (milestones and ratings hang on their action)
DOCUMENT_CHILDREN = tuple(t for t in CHILD_TABLES if t not in FOREIGN_KEYS)
BUSY_TIMEOUT = 600.0  # seconds a writer waits for another one's transaction (each lasts well under 1 s)
OPEN_ATTEMPTS, OPEN_PAUSE = 20, 0.1  # tries at opening a database another run is setting up, and the pause


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def add_missing_columns(con: sqlite3.Connection, table: str, cols: list[tuple[str, str]]) -> None:
    """A table written by an older planx gains the columns added since, instead of failing."""
    have = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
    for name, sqltype in cols:
        if name not in have:
            plain = sqltype.replace("PRIMARY KEY", "").replace("NOT NULL", "").strip()
            con.execute(f'ALTER TABLE "{table}" ADD COLUMN {_quote(name)} {plain}')


def table_sql(table: str, name: str | None = None) -> str:
    """CREATE TABLE for one of TABLES (under another name while a table is rebuilt)."""
    parts = [f'"{col}" {sqltype}' for col, sqltype in TABLES[table]]
    if table in PRIMARY_KEYS:
        parts.append(f"PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
    parts += [c for c in (UNIQUE.get(table), FOREIGN_KEYS.get(table)) if c]
    return f'CREATE TABLE IF NOT EXISTS {_quote(name or table)} ({", ".join(parts)})'


def create_schema(con: sqlite3.Connection) -> None:
    rekey_old_tables(con)
    for table, cols in TABLES.items():
        con.execute(table_sql(table))
        add_missing_columns(con, table, cols)
        if table in INDEXES:
            con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_doc" ON "{table}" '
                        f'({", ".join(INDEXES[table])})')
        con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_doc_id" ON "{table}" (doc_id)')
    # each write looks for an older version of the same file: without it, a scan per document
    con.execute('CREATE INDEX IF NOT EXISTS "idx_documents_path" ON documents (path)')
    for table in DOCUMENT_CHILDREN:
        con.execute(f'CREATE TRIGGER IF NOT EXISTS "{table}_have_their_document" BEFORE INSERT ON "{table}" '
                    "WHEN NOT EXISTS (SELECT 1 FROM documents WHERE doc_id = NEW.doc_id AND status IS NOT 'duplicate') "
                    f"BEGIN SELECT RAISE(ABORT, '{table} row without its document'); END")
    # a converted document's rows go with it (what ON DELETE CASCADE did); a duplicate has none
    deletes = " ".join(f'DELETE FROM "{t}" WHERE doc_id = OLD.doc_id;' for t in DOCUMENT_CHILDREN)
    con.execute('CREATE TRIGGER IF NOT EXISTS "documents_take_their_rows" AFTER DELETE ON documents '
                f"WHEN OLD.status IS NOT 'duplicate' BEGIN {deletes} END")


def _keyed_the_old_way(con: sqlite3.Connection) -> bool:
    """Does this database key documents on doc_id alone (planx before duplicate rows)?"""
    info = list(con.execute('PRAGMA table_info("documents")'))
    if not info:
        return False
    key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0]
    return key != list(PRIMARY_KEYS["documents"])


def rekey_old_tables(con: sqlite3.Connection) -> None:
    """Rebuild the tables of a database written by an older planx, whose documents were keyed
    on doc_id alone and whose other tables referred to it by a foreign key: each table made
    anew and its rows copied (SQLite cannot change a key in place). Runs once per database,
    inside the caller's transaction, with foreign keys off (SqliteSink opens it so)."""
    if not _keyed_the_old_way(con):
        return
    for view in VIEW_NAMES:  # views over the old tables: re-created afterwards by create_views
        con.execute(f'DROP VIEW IF EXISTS "{view}"')
    for table in TABLES:
        old = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        if not old:
            continue
        new = f"planx_rekey_{table}"
        con.execute(f'DROP TABLE IF EXISTS "{new}"')
        con.execute(table_sql(table, new))
        shared = ", ".join(_quote(c) for c in columns(table) if c in old)
        fill = "coalesce(path, '')" if table == "documents" else None
        select = shared.replace('"path"', f"{fill} AS path") if fill else shared
        con.execute(f'INSERT INTO "{new}" ({shared}) SELECT {select} FROM "{table}"')
        con.execute(f'DROP TABLE "{table}"')
        con.execute(f'ALTER TABLE "{new}" RENAME TO "{table}"')


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
        self.path = database_path(path.parent, path.name)  # no link to follow, here or beside it
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self._open()
                return
            except sqlite3.OperationalError as e:
                # switching a new file to WAL needs the file to itself: SQLite answers 'locked' at once,
                # without waiting, while another run creates or switches the same database
                if "locked" not in str(e) or attempt + 1 == OPEN_ATTEMPTS:
                    raise OutputError(f"cannot use {path} as planx's database: {e}") from None
                if getattr(self, "con", None) is not None:
                    self.con.close()
                time.sleep(OPEN_PAUSE * (attempt + 1))
            except sqlite3.DatabaseError as e:
                raise OutputError(f"cannot use {path} as planx's database: {e}") from None

    def _open(self) -> None:
        # autocommit mode: transactions are begun and ended here, explicitly
        self.con = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT)
        self.con.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: each commit is atomic, without an fsync each time
        self.con.execute("PRAGMA synchronous = NORMAL")
        self._temp_in_memory = False
        self._since: float | None = None  # when the open group of documents began
        self._pending = 0  # documents in the open group
        self.con.execute("PRAGMA foreign_keys = OFF")  # while an old database's tables are rebuilt
        self.con.execute("BEGIN IMMEDIATE")
        try:
            new = self.con.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").fetchone() is None
            create_schema(self.con)
            create_views(self.con)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("PRAGMA foreign_keys = ON")
        # a spool (load.csv.CsvSpool) is handed each document's rows once stored; does the
        # database hold just those documents (holds_only_spooled)? So far, when it is new
        self.spool: Callable[[dict[str, list[tuple]]], bool] | None = None
        self._only_spooled = new
        self._version = self._data_version()

    def known(self, doc_id: str) -> bool:
        """Are these bytes converted in the database (a row that is not failed or a duplicate)?"""
        row = self.con.execute("SELECT 1 FROM documents WHERE doc_id = ? AND status IN ('ok', 'partial')",
                               (doc_id,)).fetchone()
        return row is not None

    def done(self, doc_id: str, path: str) -> bool:
        """Has the file at `path`, with these bytes, its row already: converted, or a duplicate
        of bytes that are converted?"""
        row = self.con.execute("SELECT status FROM documents WHERE doc_id = ? AND path = ?", (doc_id, path)).fetchone()
        if row is None:
            return False
        return row[0] in ("ok", "partial") or (row[0] == "duplicate" and self.known(doc_id))

    def converted_path(self, doc_id: str) -> str | None:
        """The path of the file these bytes were converted from, if any."""
        row = self.con.execute("SELECT path FROM documents WHERE doc_id = ? AND status IS NOT 'duplicate'",
                               (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def write(self, result: DocResult) -> None:
        tables = row_tuples(result)
        only_spooled, self._only_spooled = self._only_spooled, False  # until written and spooled
        if self._since is None:
            self._temp_store(memory=True)
            self.con.execute("BEGIN IMMEDIATE")
            self._since = time.monotonic()
        self.con.execute("SAVEPOINT doc")  # all of the document or none of it
        try:
            stale = self._make_room(result)
            if stale is not None:
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

    def _make_room(self, result: DocResult) -> bool | None:
        """Delete the rows this document's rows replace: the file's own row (the same path), and,
        for converted bytes, their earlier conversion under another path (whose file, if it is
        still there, becomes a duplicate row of this one). True if anything was deleted; None
        when the document must not be written (a duplicate of the file's own conversion)."""
        duplicate = result.status == "duplicate"
        found = self.con.execute(
            "SELECT doc_id, path, status, doc, format FROM documents WHERE (path = :path AND path != '') "
            "OR (doc_id = :id AND path = :path) "
            "OR (:content AND doc_id = :id AND doc_id != '' AND status IS NOT 'duplicate')",
            {"path": result.path, "id": result.doc_id, "content": not duplicate}).fetchall()
        if duplicate and any(d == result.doc_id and st != "duplicate" for d, _, st, _, _ in found):
            return None  # the row at this path holds the conversion of these very bytes: keep it
        moved: list[DocResult] = []
        for doc_id, path, status, doc, fmt in found:
            # its rows in the other tables go with it (trigger documents_take_their_rows)
            self.con.execute("DELETE FROM documents WHERE doc_id = ? AND path = ?", (doc_id, path))
            if status != "duplicate" and path != result.path and path and os.path.lexists(path):
                moved.append(DocResult(doc=doc, doc_id=doc_id, format=fmt, path=path, status="duplicate",
                                       duplicate_of=doc_id, error=duplicate_note(result.path, doc_id)))
        for dup in moved:  # the file converted before is still there: now a copy of this one
            self._insert("documents", row_tuples(dup)["documents"])
        return bool(found)

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


def duplicate_note(original: str, doc_id: str) -> str:
    """A duplicate row's `error`: which file's conversion holds its rows."""
    return f"the same bytes as {original} (doc_id {doc_id}): not converted again"
