"""`planx.read(OUT)`: a conversion's (and an audit's) tables as typed pandas DataFrames.

Read from OUT/plans.sqlite when it is there (the text exactly as printed), else from the CSVs.
Columns get the types the output declares (load/schema.py; an audit's tables, the types its
database declares): whole numbers as Int64, figures as Float64, DATE columns (due_start,
due_end, ...) as datetime64, text as pandas strings; a missing value is <NA> (NaT for dates).
`due_date` stays text: it is printed at mixed precision (2015, 2015-04, 2015-04-30), which
is what due_start/due_end are for.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd

from planx.load.schema import TABLES

DB_NAME = "plans.sqlite"
DB_SUFFIXES = (".sqlite", ".sqlite3", ".db")
_DTYPES = {"INTEGER": "Int64", "REAL": "Float64", "TEXT": "string"}
_PACKAGE_TYPES = {"integer": "INTEGER", "number": "REAL", "date": "DATE", "string": "TEXT"}


def read(out: str | Path = "out", tables: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """The tables of a planx output (a folder, or its plans.sqlite), name → typed DataFrame.

    tables: only these (default: every table the output holds). A FileNotFoundError when the
    output holds no planx tables.
    """
    path = Path(out)
    db = path if path.suffix.lower() in DB_SUFFIXES else path / DB_NAME
    if db.is_file():
        return _from_sqlite(db, tables)
    if path.is_dir() and any(path.glob("*.csv")):
        return _from_csv(path, tables)
    raise FileNotFoundError(f"{out}: no planx output here (no {DB_NAME} and no CSV files)")


def typed(frame: pd.DataFrame, types: dict[str, str]) -> pd.DataFrame:
    """Each column as its SQL type says (INTEGER, REAL, DATE, TEXT); others left as they are."""
    for name, sqltype in types.items():
        if name not in frame.columns:
            continue
        base = (sqltype or "TEXT").split()[0].upper()
        column = frame[name]
        if base == "DATE":
            frame[name] = pd.to_datetime(column, format="ISO8601", errors="coerce")
        elif base in ("INTEGER", "REAL"):
            frame[name] = pd.to_numeric(column, errors="coerce").astype(_DTYPES[base])
        else:
            frame[name] = column.astype("string")
    return frame


def _from_sqlite(db: Path, only: list[str] | None) -> dict[str, pd.DataFrame]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        out = {}
        for name in names:
            if only is not None and name not in only:
                continue
            declared = {r[1]: r[2] for r in con.execute(f'PRAGMA table_info("{name}")')}
            frame = pd.read_sql_query(f'SELECT * FROM "{name}"', con)
            out[name] = typed(frame, declared)
        return out
    finally:
        con.close()


def _csv_types(folder: Path) -> dict[str, dict[str, str]]:
    """Column types per table: the datapackage.json beside the CSVs, else load/schema.py."""
    types = {table: dict(cols) for table, cols in TABLES.items()}
    package = folder / "datapackage.json"
    if package.is_file():
        for res in json.loads(package.read_text(encoding="utf-8")).get("resources", []):
            fields = res.get("schema", {}).get("fields", [])
            types[res["name"]] = {f["name"]: _PACKAGE_TYPES.get(f.get("type", "string"), "TEXT") for f in fields}
    return types


def _from_csv(folder: Path, only: list[str] | None) -> dict[str, pd.DataFrame]:
    types = _csv_types(folder)
    out = {}
    for csv_file in sorted(folder.glob("*.csv")):
        name = csv_file.stem
        if only is not None and name not in only:
            continue
        # every cell as text first ('' is missing, nothing else is: 'NA' is a word in a plan)
        frame = pd.read_csv(csv_file, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
        out[name] = typed(frame, types.get(name, {}))
    return out
