"""Data a BI tool can use as it is (issue 17): typed dates, NULL for missing values, numeric
indicator figures and their history, Word tables named by number, CSVs for Excel, planx.read."""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

import planx
from planx.load.schema import TABLES
from planx.normalise.dates import period_bounds
from planx.normalise.figures import read_figure
from planx.normalise.records import Action, DocResult, Indicator, IndicatorValue, Milestone
from tests.conftest import ROOT

KPI_PLAN = """Improvement Plan Tracker - May 2018

Key performance indicators
Indicator\tPolarity\tTarget\tFeb-18\tMar-18\tApr-18\tNotes
Initial child protection conferences within 15 working days\tHigher\t85%\t90.9%\t86.6%\t87.7%\t
Return home interviews offered within 72 hours\tHigher\t90%\t71.5%\t70.4%\t48.1%\t
Average days from referral to assessment\tLower\t45 days\t52 days\t47 days\t\t

Action\tLead\tTimescale\tStatus
Audit every open case against the threshold document\tAnn Lee\tJune 2018\tIn progress
Train all team managers in the new assessment model\tJo Smith\t2018\tNot started
Publish the revised threshold document for partners\tSeán Núñez\t\t
"""


@pytest.mark.parametrize("iso, bounds", [
    ("2016", ("2016-01-01", "2016-12-31")), ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2015-02", ("2015-02-01", "2015-02-28")), ("2015-04-30", ("2015-04-30", "2015-04-30")),
    ("", ("", "")), ("2015-13", ("", "")), ("2015-02-30", ("", "")), ("Apr-15", ("", "")),
])
def test_period_bounds_are_the_first_and_last_day_the_precision_covers(iso, bounds):
    assert period_bounds(iso) == bounds


@pytest.mark.parametrize("text, number, unit", [
    ("62.8%", 62.8, "%"), ("1,234", 1234.0, ""), ("£1.2m", 1_200_000.0, "£"), ("12 days", 12.0, "days"),
    ("85% by March 2016", 85.0, "%"), ("547.0 (June 2014)", 547.0, ""), ("-27%", -27.0, "%"),
    ("<5", 5.0, ""), ("0.5 per 10,000", 0.5, "per 10,000"), ("45 per cent", 45.0, "%"),
    ("3 of 5", None, ""), ("20-25", None, ""), ("12/15", None, ""), ("31/03/2016", None, ""),
    ("12.5.2016", None, ""), ("1,2", None, ""), ("N/A", None, ""), ("Target met", None, ""), ("", None, ""),
])
def test_figures_read_as_a_number_and_a_unit(text, number, unit):
    assert read_figure(text) == (number, unit)


def test_records_give_their_typed_companions():
    assert (Action(due_date="2016").due_start, Action(due_date="2016").due_end) == ("2016-01-01", "2016-12-31")
    assert Milestone(due_date="2015-06").due_end == "2015-06-30"
    ind = Indicator(target="85%", value="87.7", history=[IndicatorValue("Oct-17", "62.8%")])
    assert (ind.target_num, ind.value_num, ind.unit) == (85.0, 87.7, "%")  # the unit from the target
    assert (ind.history[0].period_start, ind.history[0].period_end) == ("2017-10-01", "2017-10-31")
    assert IndicatorValue("Latest", "n/a").period_start == "" and IndicatorValue("x", "n/a").value_num is None
    doc = DocResult(doc="p", doc_id="x", format="txt", plan_date="2015-06")
    assert (doc.plan_date_start, doc.plan_date_end) == ("2015-06-01", "2015-06-30")


@pytest.fixture(scope="module")
def kpi_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kpi")
    (folder / "tracker_2018-05.txt").write_text(KPI_PLAN, encoding="utf-8")
    out = tmp_path_factory.mktemp("kpi_out")
    planx.convert(folder, out=out, jobs=1)
    return out


def rows(out: Path, table: str) -> list[dict[str, str]]:
    with open(out / f"{table}.csv", newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_indicator_history_is_a_table_of_its_own(kpi_out):
    values = rows(kpi_out, "indicator_values")
    first = [(v["period"], v["period_start"], v["period_end"], v["value"], v["value_num"]) for v in values
             if v["indicator_seq"] == "1"]
    assert first == [("Feb-18", "2018-02-01", "2018-02-28", "90.9%", "90.9"),
                     ("Mar-18", "2018-03-01", "2018-03-31", "86.6%", "86.6"),
                     ("Apr-18", "2018-04-01", "2018-04-30", "87.7%", "87.7")]
    assert {v["unit"] for v in values} == {"%", "days"}
    days = [v for v in values if v["indicator_seq"] == "3"]
    assert [v["value"] for v in days] == ["52 days", "47 days"]  # an empty cell is no value
    # the monthly figures are no longer leftovers
    assert not [lo for lo in rows(kpi_out, "leftovers") if lo["text"] in {"90.9%", "86.6%", "71.5%"}]
    inds = rows(kpi_out, "indicators")
    assert [(i["target_num"], i["value_num"], i["unit"]) for i in inds] == \
        [("85.0", "87.7", "%"), ("90.0", "48.1", "%"), ("45.0", "47.0", "days")]


def test_dates_are_typed_and_empty_values_are_null(kpi_out):
    con = sqlite3.connect(kpi_out / "plans.sqlite")
    declared = {r[1]: r[2] for r in con.execute("PRAGMA table_info(actions)")}
    assert declared["due_start"] == declared["due_end"] == "DATE" and declared["due_date"] == "TEXT"
    got = con.execute("SELECT action, due_date, due_start, due_end FROM actions ORDER BY seq").fetchall()
    assert [g[1:] for g in got] == [("2018-06", "2018-06-01", "2018-06-30"), ("2018", "2018-01-01", "2018-12-31"),
                                    (None, None, None)]
    assert con.execute("SELECT plan_date, plan_date_start, plan_date_end FROM documents").fetchone() == \
        ("2018-05", "2018-05-01", "2018-05-31")
    for table, cols in TABLES.items():  # no '' anywhere: a missing value is NULL
        for name, sqltype in cols:
            if sqltype.split()[0] in ("TEXT", "DATE"):
                n = con.execute(f'SELECT count(*) FROM "{table}" WHERE "{name}" = \'\'').fetchone()[0]
                assert n == 0, (table, name)
    assert rows(kpi_out, "actions")[2]["due_start"] == ""  # the CSV keeps an empty cell


def test_pandas_reads_the_dates_the_datapackage_declares(kpi_out):
    package = json.loads((kpi_out / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    dated = {r["name"] for r in package["resources"] if any(f["type"] == "date" for f in r["schema"]["fields"])}
    assert dated == {"actions", "milestones", "documents", "indicator_values"}
    for table in ("actions", "documents", "indicator_values"):  # (this plan has no milestones)
        schema = resources[table]["schema"]
        assert schema["missingValues"] == [""]
        dates = [f["name"] for f in schema["fields"] if f["type"] == "date"]
        frame = pd.read_csv(kpi_out / f"{table}.csv", parse_dates=dates)
        assert len(frame), table
        assert all(str(frame[d].dtype).startswith("datetime64") for d in dates), table
        con = sqlite3.connect(kpi_out / "plans.sqlite")
        from_sql = pd.read_sql(f'SELECT * FROM "{table}"', con, parse_dates=dates)
        assert all(str(from_sql[d].dtype).startswith("datetime64") for d in dates), table
    numbers = {f["name"]: f["type"] for f in resources["indicators"]["schema"]["fields"]}
    assert numbers["target_num"] == numbers["value_num"] == "number"


def test_frictionless_validates_the_new_tables(kpi_out):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(kpi_out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_parquet_has_date32_and_nulls(kpi_out, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install '.[batch]')")
    (tmp_path / "plan.txt").write_text(KPI_PLAN, encoding="utf-8")
    planx.convert(tmp_path / "plan.txt", out=tmp_path / "out", format=["parquet"])
    tmp_path = tmp_path / "out"
    table = pq.read_table(tmp_path / "actions.parquet")
    assert str(table.schema.field("due_start").type) == "date32[day]"
    assert table.column("due_start").null_count == 1 and table.column("status").null_count == 1
    assert str(pq.read_table(tmp_path / "indicators.parquet").schema.field("value_num").type) == "double"


def test_word_rows_name_their_table_and_leave_the_page_empty(tmp_path):
    docs = [ROOT / "samples" / "word_brag_tracker_2018.docx", ROOT / "samples" / "word_indicator_form_2018.docx"]
    planx.convert(docs, out=tmp_path)
    con = sqlite3.connect(tmp_path / "plans.sqlite")
    assert con.execute("SELECT count(*), count(page), min(table_no) FROM actions").fetchone() == (4, 0, 1)
    assert con.execute("SELECT count(*), count(page), count(table_no) FROM indicators").fetchone() == (2, 0, 2)
    assert con.execute("SELECT count(page) FROM leftovers WHERE doc LIKE '%.docx'").fetchone() == (0,)


def _word_with_page_marks(src: Path, dest: Path, before_rows: list[int], saved_pages: int) -> Path:
    """A copy of a Word file as Word saves it: w:lastRenderedPageBreak where its layout broke the
    pages (before the text of these table rows, 0-based) and the page count in docProps/app.xml."""
    import re
    import zipfile
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                starts = [m.start() for m in re.finditer(r"<w:tr[ >]", xml)]
                for i in sorted(before_rows, reverse=True):
                    t = xml.index("<w:t>", starts[i])
                    xml = xml[:t] + "<w:lastRenderedPageBreak/>" + xml[t:]
                data = xml.encode("utf-8")
            elif item.filename == "docProps/app.xml":
                data = re.sub(rb"<Pages>\d+</Pages>", f"<Pages>{saved_pages}</Pages>".encode(), data)
            zout.writestr(item, data)
    return dest


def test_word_pages_where_words_own_layout_marks_them(tmp_path):
    src = ROOT / "samples" / "word_brag_tracker_2018.docx"  # heading row + 4 actions (rows 0-4 of its table)
    marked = _word_with_page_marks(src, tmp_path / "marked.docx", [3], saved_pages=2)
    assert [a.page for a in planx.convert_file(marked).actions] == [1, 1, 2, 2]
    # marks that disagree with the saved page count (a file edited since): pages unknown
    stale = _word_with_page_marks(src, tmp_path / "stale.docx", [3], saved_pages=5)
    assert {a.page for a in planx.convert_file(stale).actions} == {0}


def test_a_real_word_file_saved_by_word_gets_its_pages():
    real = ROOT / "tests" / "fixtures" / "real" / "dfe_safeguarding_planner.docx"  # 4 pages, 3 marks
    result = planx.convert_file(real)
    rows = sorted({(x.table, x.line, x.page) for x in [*result.actions, *result.leftovers] if x.table})
    pages = [page for _, _, page in rows]  # (read as actions or kept aside: each row has its page)
    assert pages == sorted(pages) and set(pages) == {1, 2, 3, 4} and result.pages == 4


def test_text_plans_keep_their_page(kpi_out):
    assert {r["page"] for r in rows(kpi_out, "actions")} == {"1"}
    assert {r["table_no"] for r in rows(kpi_out, "indicators")} == {"1"}


@pytest.mark.parametrize("force", [False, True])  # the spooled CSVs, and the CSVs read back from the database
def test_csv_bom_for_excel(tmp_path, force):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.txt").write_text(KPI_PLAN, encoding="utf-8")
    planx.convert(tmp_path / "in", out=tmp_path / "out", csv_bom=True)
    if force:
        planx.convert(tmp_path / "in", out=tmp_path / "out", csv_bom=True, force=True)
    for f in (tmp_path / "out").glob("*.csv"):
        assert f.read_bytes().startswith(b"\xef\xbb\xbf"), f.name
    assert any(r["lead"] == "Seán Núñez" for r in rows(tmp_path / "out", "actions"))
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["encoding"] for r in package["resources"]} == {"utf-8-sig"}
    planx.convert(tmp_path / "in", out=tmp_path / "plain")
    assert not (tmp_path / "plain" / "actions.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("source", ["sqlite", "csv"])
def test_read_gives_typed_frames(kpi_out, tmp_path, source):
    out = kpi_out
    if source == "csv":  # the CSVs alone, as a BI user may be sent them
        out = tmp_path / "csv"
        out.mkdir()
        for f in kpi_out.glob("*.csv"):
            (out / f.name).write_bytes(f.read_bytes())
        (out / "datapackage.json").write_bytes((kpi_out / "datapackage.json").read_bytes())
    frames = planx.read(out)
    assert set(frames) >= set(TABLES)
    actions = frames["actions"]
    assert str(actions["due_start"].dtype).startswith("datetime64")
    assert actions["due_end"].tolist()[:2] == [pd.Timestamp("2018-06-30"), pd.Timestamp("2018-12-31")]
    assert pd.isna(actions["due_start"].iloc[2]) and pd.isna(actions["status"].iloc[2])
    assert str(actions["seq"].dtype) == "Int64" and str(actions["action"].dtype).startswith("string")
    assert frames["indicators"]["value_num"].tolist() == [87.7, 48.1, 47.0]
    assert str(frames["documents"]["actions"].dtype) == "Int64"


def test_read_says_when_there_is_no_output(tmp_path):
    with pytest.raises(FileNotFoundError, match="no planx output"):
        planx.read(tmp_path)
