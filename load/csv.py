"""CSV sink: RFC 4180, UTF-8, one file per table, written from the SQLite store.

With bom=True (--csv-bom / --excel) each file starts with a UTF-8 byte-order mark, which is
how Excel on Windows knows the file is UTF-8 (without it 'Seán' opens as 'SeÃ¡n').

Writing the CSVs from the database (rather than appending) keeps re-runs idempotent:
the CSVs always hold exactly the documents the database holds. A new database that a
batch filled alone skips reading its big tables back: a CsvSpool wrote their lines as the
documents were stored, the same lines reading back would give (see CsvSpool).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from planx.load.safety import CAN_START_FORMULA, csv_row, inside, neutralise_formula, open_temp_file, replace_file
from planx.load.schema import TABLES, columns
from planx.load.sqlite import SqliteSink

CRLF = "\r\n"
BOM = "\ufeff"


def write_csv(folder: Path, table: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
              bom: bool = False) -> Path:
    """FOLDER/TABLE.csv: RFC 4180, UTF-8 (with a byte-order mark if bom), formula-safe cells,
    replaced atomically."""
    def fill(fh: IO[Any]) -> None:
        writer = csv.writer(fh, lineterminator=CRLF)
        writer.writerow(header)
        writer.writerows(map(csv_row, rows))  # None is written as ""
    return _replace(folder, table, fill, bom)


def _replace(folder: Path, table: str, fill: Callable[[IO[Any]], None], bom: bool = False) -> Path:
    """FOLDER/TABLE.csv written by fill() into a new temporary file, then swapped in at once."""
    with replace_file(folder, f"{table}.csv", "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        fill(fh)
    return folder / f"{table}.csv"


# a field after the first starting with a character that can start a formula (a literal
# first character, so the regex engine skips ahead to each comma in C)
_FORMULA_AFTER_COMMA = re.compile(",[" + re.escape("".join(sorted(CAN_START_FORMULA))) + "]")


def csv_field(value: str) -> str:
    """One text field as csv.writer (QUOTE_MINIMAL) writes it, formulas neutralised."""
    if value[:1] in CAN_START_FORMULA:
        value = str(neutralise_formula(value))
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def csv_lines(rows: Iterable[Sequence[str]], width: int) -> Iterable[str]:
    """CSV lines of rows of text fields (NULL already ''), byte for byte what csv.writer
    writes after csv_row. Most lines need nothing but their commas: those are joined and
    checked in C, and only the others are written field by field. csv.writer looks at
    every character twice, with a call per character (Python 3.11): it was the costliest
    part of writing a text plan."""
    separators = width - 1
    for row in rows:
        line = ",".join(row)
        if line.count(",") != separators or '"' in line or "\n" in line or "\r" in line \
                or line[:1] in CAN_START_FORMULA or _FORMULA_AFTER_COMMA.search(line):
            line = ",".join(map(csv_field, row))
        yield line + CRLF


def _as_text(column: str, sqltype: str) -> str:
    quoted = '"' + column.replace('"', '""') + '"'
    return f"coalesce({quoted}, '')" if "TEXT" in sqltype else f"coalesce(CAST({quoted} AS TEXT), '')"


def _header(table: str) -> str:
    return ",".join(map(csv_field, columns(table))) + CRLF


def export_csv(sink: SqliteSink, folder: Path, bom: bool = False) -> list[Path]:
    """Every table as FOLDER/TABLE.csv, replaced atomically: read back from the database, or
    the lines a CsvSpool wrote while the batch ran, when they are what reading would give
    (and it wrote them with the same byte-order mark, or none)."""
    sink.commit()
    spool = sink.spool if isinstance(sink.spool, CsvSpool) else None
    sink.spool = None  # used once: documents written after this export are not in its files
    usable = spool is not None and spool.bom == bom and sink.holds_only_spooled()
    spooled = spool.finish() if spool is not None and usable else {}
    if spool is not None and not spooled:
        spool.discard()

    def table_filler(table: str, cols: list[tuple[str, str]]) -> Callable[[IO[Any]], None]:
        def fill(fh: IO[Any]) -> None:
            fh.write(_header(table))
            fh.writelines(csv_lines(sink.select(table, [_as_text(n, t) for n, t in cols]), len(cols)))
        return fill
    return [spooled[table].replace(inside(folder, f"{table}.csv")) if table in spooled
            else _replace(folder, table, table_filler(table, cols), bom) for table, cols in TABLES.items()]


class _NotText(Exception):
    """A value whose text in the database a spool cannot know without reading it back."""


def _texts_of(table: str) -> Callable[[tuple], list[str]]:
    """A row's fields as the export reads them (coalesce(x, ''), CAST AS TEXT): bound as is,
    a str in a TEXT column and an int in an INTEGER column read back as exactly this text."""
    ints = [i for i, (_, sqltype) in enumerate(TABLES[table]) if sqltype == "INTEGER"]
    if not all(sqltype in ("TEXT", "DATE", "INTEGER") for _, sqltype in TABLES[table]):
        raise ValueError(f"{table}: a spool knows the text of TEXT, DATE and INTEGER columns only")

    def texts(row: tuple) -> list[str]:
        fields = list(row)
        for i in ints:
            value = fields[i]
            if value is None:
                fields[i] = ""
            elif type(value) is int:  # not a bool (SQLite stores True as 1)
                fields[i] = str(value)
            else:  # a str or a float in an INTEGER column: SQLite may convert it
                raise _NotText
        return fields  # a TEXT column's None or int: csv_lines' join raises TypeError
    return texts


class CsvSpool:
    """The CSV lines of the big tables, written as each document is stored (as a SqliteSink's
    spool) into the files export_csv fills. When the database holds just these documents
    (SqliteSink.holds_only_spooled), the export keeps these files (each document's lines
    put in (doc, doc_id) order, if they came in another) instead of reading every row back
    (a sort, a string per field): the same rows, through the same csv_lines, so the same
    bytes. Otherwise they are dropped and the tables read. Ratings are always read back
    (rows that tie in their order are ordered by SQLite's sort), and documents, indicators
    and indicator_values (their REAL columns print as SQLite prints them)."""
    TABLES = ("actions", "milestones", "leftovers")
    MAX_DOCS = 200_000  # beyond: the keys and spans held to reorder would weigh; read back

    def __init__(self, folder: Path, bom: bool = False):
        self.folder = folder
        self.bom = bom  # each file starts with a UTF-8 byte-order mark
        self.files: dict[str, IO[Any]] = {}
        self.paths: dict[str, Path] = {}  # each table's temporary file (a new random name)
        self.texts = {table: _texts_of(table) for table in self.TABLES}
        self.keys: list[tuple[str, str]] = []  # (doc, doc_id) of each document, as written
        self.spans: dict[str, list[tuple[int, int]]] = {table: [] for table in self.TABLES}
        self.sizes = dict.fromkeys(self.TABLES, 0)  # bytes written to each file so far
        self.in_order = True
        self.ok = True

    def __call__(self, tables: dict[str, list[tuple]]) -> bool:
        """Add a stored document's rows; False (and no more) when its lines cannot be known."""
        if not self.ok:
            return False
        try:
            if not self.files:
                self._open()
            key = tables["documents"][0][:2]
            if self.keys and not key > self.keys[-1]:
                self.in_order = False
            if len(self.keys) >= self.MAX_DOCS and not self.in_order:
                raise _NotText
            self.keys.append(key)
            for table in self.TABLES:
                fh = self.files[table]
                block = "".join(csv_lines(map(self.texts[table], tables[table]), len(TABLES[table]))).encode()
                self.spans[table].append((self.sizes[table], len(block)))
                self.sizes[table] += fh.write(block)
        except (_NotText, TypeError, ValueError, OSError):  # ValueError: OutputError too
            self.ok = False
        return self.ok

    def _open(self) -> None:
        for table in self.TABLES:
            fh, self.paths[table] = open_temp_file(self.folder, f"{table}.csv", "wb")
            self.files[table] = fh
            self.sizes[table] = fh.write(((BOM if self.bom else "") + _header(table)).encode())

    def _tmp(self, table: str) -> Path:
        return self.paths[table]

    def finish(self) -> dict[str, Path]:
        """The written files (table → path), closed, in output order; {} if unusable."""
        if not self.ok:
            return {}
        try:
            if not self.files:
                self._open()  # no document: the header alone
            for fh in self.files.values():
                fh.close()
            if not self.in_order:
                self._reorder()
        except (ValueError, OSError):
            self.ok = False
            return {}
        return {table: self._tmp(table) for table in self.TABLES}

    def _reorder(self) -> None:
        """Each file rewritten with its documents' lines in (doc, doc_id) order (seq order
        within a document: as row_tuples lists them)."""
        order = sorted(range(len(self.keys)), key=self.keys.__getitem__)
        for table in self.TABLES:
            tmp, spans = self._tmp(table), self.spans[table]
            dst, sorted_tmp = open_temp_file(self.folder, f"{table}.csv", "wb")
            try:
                with open(tmp, "rb") as src, dst:
                    dst.write(src.read(spans[0][0]) if spans else src.read())  # the header
                    for i in order:
                        start, size = spans[i]
                        src.seek(start)
                        dst.write(src.read(size))
            except BaseException:
                sorted_tmp.unlink(missing_ok=True)
                raise
            tmp.unlink()
            self.paths[table] = sorted_tmp

    def discard(self) -> None:
        for fh in self.files.values():
            fh.close()
        for tmp in self.paths.values():
            tmp.unlink(missing_ok=True)
        self.files.clear()
        self.paths.clear()
        self.ok = False
