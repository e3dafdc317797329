"""CSV sink: RFC 4180, UTF-8, one file per table, written from the SQLite store.

Writing the CSVs from the database (rather than appending) keeps re-runs idempotent:
the CSVs always hold exactly the documents the database holds.
"""
from __future__ import annotations

import csv
from pathlib import Path

from load.safety import inside, neutralise_formula
from load.schema import TABLES, columns
from load.sqlite import SqliteSink


def export_csv(sink: SqliteSink, folder: Path) -> list[Path]:
    written = []
    for table in TABLES:
        path = inside(folder, f"{table}.csv")
        tmp = path.with_suffix(".csv.tmp")
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(columns(table))
            for row in sink.iter_rows(table):
                writer.writerow(["" if v is None else neutralise_formula(v) for v in row])
        tmp.replace(path)
        written.append(path)
    return written
