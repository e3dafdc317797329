"""CSV sink: RFC 4180, UTF-8, one file per table, written from the SQLite store.

Writing the CSVs from the database (rather than appending) keeps re-runs idempotent:
the CSVs always hold exactly the documents the database holds.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from load.safety import csv_row, inside, register_sql, sql_guard
from load.schema import TABLES, columns
from load.sqlite import SqliteSink


def write_csv(folder: Path, table: str, header: Sequence[str], rows: Iterable[Sequence[Any]], *,
              neutralised: bool = False) -> Path:
    """FOLDER/TABLE.csv: RFC 4180, UTF-8, formula-safe cells (already, when `neutralised`),
    replaced atomically."""
    path = inside(folder, f"{table}.csv")
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows if neutralised else map(csv_row, rows))  # None is written as ""
    tmp.replace(path)
    return path


def export_csv(sink: SqliteSink, folder: Path) -> list[Path]:
    register_sql(sink.con)
    return [write_csv(folder, table, columns(table), sink.iter_rows(table, sql_guard), neutralised=True)
            for table in TABLES]
