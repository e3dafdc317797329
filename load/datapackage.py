"""Descriptors beside the output, so tools load it typed without guesswork.

datapackage.json: a Frictionless Data Package (Table Schema per CSV: field types,
primary keys, foreign keys, enums) that pandas/Frictionless/BI tools read.
metadata.json: Datasette's table and column descriptions, views included.
Both are written from load/schema.py and load/describe.py, so they follow the tables.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from planx.load.describe import DATE_COLUMNS, ISO_PARTIAL_DATE, TABLE_DOCS, describe, enum
from planx.load.safety import replace_file
from planx.load.schema import TABLES
from planx.load.views import VIEW_NAMES

DB_NAME = "plans.sqlite"
TYPES = {"INTEGER": "integer", "REAL": "number", "TEXT": "string", "DATE": "date"}
UTF8_BOM = b"\xef\xbb\xbf"
PRIMARY_KEYS = {"documents": ["doc_id", "path"], "actions": ["doc_id", "seq"],
                "milestones": ["doc_id", "action_seq", "seq"], "indicators": ["doc_id", "seq"],
                "indicator_values": ["doc_id", "indicator_seq", "seq"], "leftovers": ["doc_id", "seq"],
                "recommendations": ["doc_id", "seq"]}
FOREIGN_KEYS = {
    "actions": [(["doc_id"], "documents", ["doc_id"])],
    "milestones": [(["doc_id", "action_seq"], "actions", ["doc_id", "seq"])],
    "ratings": [(["doc_id", "action_seq"], "actions", ["doc_id", "seq"])],
    "indicators": [(["doc_id"], "documents", ["doc_id"])],
    "indicator_values": [(["doc_id", "indicator_seq"], "indicators", ["doc_id", "seq"])],
    "leftovers": [(["doc_id"], "documents", ["doc_id"])],
    "recommendations": [(["doc_id"], "documents", ["doc_id"])],
}


def _other_tables(db: Path) -> dict[str, list[tuple[str, str]]]:
    """Tables of the database beyond the conversion's (the audit's changes, findings ...), with
    their declared types: whatever wrote them, the package describes what the folder holds."""
    if not db.is_file():
        return {}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        return {name: [(r[1], r[2] or "TEXT") for r in con.execute(f'PRAGMA table_info("{name}")')]
                for name in names if name not in TABLES}
    except sqlite3.Error:
        return {}
    finally:
        con.close()


def all_tables(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """The conversion's tables (load/schema.py), then those others the folder's database holds."""
    return {**TABLES, **_other_tables(folder / DB_NAME)}


def field(table: str, name: str, sqltype: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": TYPES.get(sqltype.split()[0], "string")}
    if text := describe(table, name):
        out["description"] = text
    constraints: dict[str, Any] = {}
    if name in DATE_COLUMNS:
        constraints["pattern"] = ISO_PARTIAL_DATE
    if values := enum(table, name):
        constraints["enum"] = values
    if table in PRIMARY_KEYS and name in PRIMARY_KEYS[table]:
        constraints["required"] = True
    if constraints:
        out["constraints"] = constraints
    return out


def resource(table: str, cols: list[tuple[str, str]], encoding: str = "utf-8") -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [field(table, n, t) for n, t in cols], "missingValues": [""]}
    if table in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[table]
    if table in FOREIGN_KEYS:
        schema["foreignKeys"] = [{"fields": f, "reference": {"resource": r, "fields": rf}}
                                 for f, r, rf in FOREIGN_KEYS[table]]
    return {"name": table, "path": f"{table}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": encoding, "description": TABLE_DOCS.get(table, ""),
            "schema": schema}


def datapackage(folder: Path) -> dict[str, Any]:
    """The package of the CSVs present in folder (a table whose CSV is absent is left out)."""
    resources = [resource(t, cols, _encoding(folder / f"{t}.csv")) for t, cols in all_tables(folder).items()
                 if (folder / f"{t}.csv").is_file()]
    return {"profile": "tabular-data-package", "name": "planx-plans", "title": "Improvement and action plans",
            "description": "Actions, milestones, RAG ratings and indicators read from plan documents by planx "
                           "(see CONTRACT.md). Dates are ISO 8601 at the precision printed (due_date); "
                           "the date-typed columns (due_start, due_end ...) give the first and last day "
                           "it covers. An empty cell is a missing value.",
            "resources": resources}


def _encoding(csv_file: Path) -> str:
    """utf-8-sig for a CSV written with a byte-order mark (--csv-bom), else utf-8."""
    with open(csv_file, "rb") as fh:
        return "utf-8-sig" if fh.read(3) == UTF8_BOM else "utf-8"


def _columns_of(db: Path, name: str) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
    except sqlite3.Error:  # a view over tables this database lacks
        return []
    finally:
        con.close()


def _described(table: str, names: list[str]) -> dict[str, Any]:
    """A table's or view's entry in metadata.json: its description and its described columns."""
    columns = {n: text for n in names if (text := describe(table, n))}
    return {"description": TABLE_DOCS.get(table, ""), "columns": columns}


def datasette_metadata(folder: Path) -> dict[str, Any]:
    db = folder / DB_NAME
    tables = {table: _described(table, [n for n, _ in cols]) for table, cols in all_tables(folder).items()}
    for view in VIEW_NAMES:
        tables[view] = _described(view, _columns_of(db, view) if db.is_file() else [])
    return {"title": "planx: improvement and action plans",
            "description": "Plans converted by planx; the views answer the usual dashboard questions.",
            "databases": {Path(DB_NAME).stem: {"tables": tables}}}


def _write_json(folder: Path, name: str, data: dict[str, Any]) -> Path:
    with replace_file(folder, name, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return folder / name


def write_descriptors(folder: Path) -> list[Path]:
    """OUT/datapackage.json (for the CSVs present) and OUT/metadata.json (for Datasette)."""
    return [_write_json(folder, "datapackage.json", datapackage(folder)),
            _write_json(folder, "metadata.json", datasette_metadata(folder))]
