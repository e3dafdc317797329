"""Parquet sink: one OUT/<table>.parquet per table, typed, written from the SQLite store
(like the CSVs, so a re-run rewrites them from exactly what the database holds). Empty values
are nulls (as in the database); DATE columns are date32 (days), read from their ISO text."""
from __future__ import annotations

from pathlib import Path

from planx.load.safety import replace_file
from planx.load.schema import TABLES, columns
from planx.load.sqlite import SqliteSink


def _arrow_type(sqltype: str):  # noqa: ANN202 - pyarrow is an optional import
    import pyarrow as pa
    base = sqltype.split()[0]
    return {"INTEGER": pa.int64(), "REAL": pa.float64(), "DATE": pa.date32()}.get(base, pa.string())


def export_parquet(sink: SqliteSink, folder: Path) -> list[Path]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise RuntimeError("--format parquet needs pyarrow: pip install 'planx[batch]'") from e
    written = []
    for table in TABLES:
        schema = pa.schema([(name, _arrow_type(sqltype)) for name, sqltype in TABLES[table]])
        cols: list[list] = [[] for _ in columns(table)]
        for row in sink.iter_rows(table):
            for i, v in enumerate(row):
                cols[i].append(v)
        arrays = [pa.array(c, type=pa.string()).cast(t) if t == pa.date32() else pa.array(c, type=t)
                  for c, t in zip(cols, schema.types, strict=True)]  # dates: ISO text → days
        data = pa.Table.from_arrays(arrays, schema=schema)
        with replace_file(folder, f"{table}.parquet", "wb") as fh:
            pq.write_table(data, fh)
        written.append(folder / f"{table}.parquet")
    return written
