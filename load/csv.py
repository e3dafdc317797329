"""CSV sink: RFC 4180, UTF-8, one file per table, written from the SQLite store.

Writing the CSVs from the database (rather than appending) keeps re-runs idempotent:
the CSVs always hold exactly the documents the database holds.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from load.safety import CAN_START_FORMULA, csv_row, inside, neutralise_formula
from load.schema import TABLES, columns
from load.sqlite import SqliteSink

CRLF = "\r\n"


def write_csv(folder: Path, table: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """FOLDER/TABLE.csv: RFC 4180, UTF-8, formula-safe cells, replaced atomically."""
    def fill(fh: TextIO) -> None:
        writer = csv.writer(fh, lineterminator=CRLF)
        writer.writerow(header)
        writer.writerows(map(csv_row, rows))  # None is written as ""
    return _replace(folder, table, fill)


def _replace(folder: Path, table: str, fill: Callable[[TextIO], None]) -> Path:
    """FOLDER/TABLE.csv written by fill() into a temporary file, then swapped in at once."""
    path = inside(folder, f"{table}.csv")
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        fill(fh)
    tmp.replace(path)
    return path


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


def export_csv(sink: SqliteSink, folder: Path) -> list[Path]:
    """Every table as FOLDER/TABLE.csv, replaced atomically."""
    def table_filler(table: str, cols: list[tuple[str, str]]) -> Callable[[TextIO], None]:
        def fill(fh: TextIO) -> None:
            fh.write(",".join(map(csv_field, columns(table))) + CRLF)
            fh.writelines(csv_lines(sink.select(table, [_as_text(n, t) for n, t in cols]), len(cols)))
        return fill
    return [_replace(folder, table, table_filler(table, cols)) for table, cols in TABLES.items()]
