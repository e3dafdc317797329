"""The whole pipeline on the text samples, through the Python API and the CLI."""
from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import SHARED, needs_shared, read

from planx.load.schema import TABLES


def action(out: Path, doc: str, text: str) -> dict[str, str]:
    return next(r for r in read(out, "actions") if r["doc"] == doc and r["action"].startswith(text))


def test_contract_columns_in_csv_and_sqlite(converted):
    out, _ = converted
    con = sqlite3.connect(out / "plans.sqlite")
    for table, cols in TABLES.items():
        names = [c for c, _ in cols]
        with open(out / f"{table}.csv", encoding="utf-8") as fh:
            assert next(csv.reader(fh)) == names
        assert [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')] == names


def test_monitoring_framework_banner_milestones_and_lookalikes(converted):
    out, _ = converted
    a = action(out, "family_support_framework_2016.txt", "Map the young carers")
    assert (a["area_ref"], a["area"], a["area_lead"]) == (
        "1", "Make sure that young carers are identified early", "Priya Nandakumar")
    assert (a["due_date"], a["status"], a["rag"], a["rag_raw"]) == ("2016-09", "in_progress", "amber", "Α")
    assert a["objective"] == "Young carers are known to schools"
    ms = [m for m in read(out, "milestones") if m["doc"] == a["doc"] and m["action_seq"] == a["seq"]]
    assert [(m["milestone"], m["due_raw"], m["due_date"], m["status"]) for m in ms] == [
        ("School survey sent", "Jul I6", "2016-07", "complete"),
        ("List shared with the centre", "Sep I6", "2016-09", "in_progress")]
    b = action(out, "family_support_framework_2016.txt", "Add a duty worker")
    assert (b["area_ref"], b["area"], b["due_date"]) == ("2", "Shorten the wait for a first visit", "2016-11-15")


def test_diagnostic_plan_letters_carried_down_and_page_break_continuation(converted):
    out, _ = converted
    doc = "short_breaks_diagnostic_2014.txt"
    club = action(out, doc, "Open a Saturday club")
    assert (club["area_ref"], club["area"]) == ("A", "Short break choice")
    assert club["progress"] == "Venue found and staff being recruited"
    assert club["due_date"] == "2015-03" and club["lead"] == "Maeve O’Connor"  # read as Windows-1252
    assert action(out, doc, "Agree a single transport")["area_ref"] == "B"
    assert action(out, doc, "Agree a single transport")["due_date"] == ""  # "Ongoing"
    row = [r for r in read(out, "documents") if r["doc"] == doc][0]
    # a clean Windows-1252 file: the encoding is a note (every character sits as in real text), not a doubt
    assert row["status"] == "ok" and "read as cp1252 (not UTF-8)" in row["notes"]


def test_inspection_plan_html_and_timeframes(converted):
    out, _ = converted
    a = action(out, "youth_justice_inspection_plan.txt", "Run a caseload audit")
    assert a["action"] == "Run a caseload audit; Reallocate cases without a manager"
    assert (a["timeframe"], a["lead"]) == ("Immediately", "Olu Adeyemi")
    assert a["area"] == "Check that every young person has a named case manager."
    assert action(out, "youth_justice_inspection_plan.txt", "Introduce")["timeframe"] == "Within six months"


def test_indicator_form(converted):
    out, _ = converted
    [ind] = [r for r in read(out, "indicators") if r["doc"] == "indicator_form_2017.txt"]
    assert (ind["indicator"], ind["target"], ind["value"]) == ("Care leavers in suitable accommodation", "90%",
                                                               "78.5%")
    kept = [r["text"] for r in read(out, "leftovers") if r["doc"] == "indicator_form_2017.txt"]
    assert "Several young people moved into emergency placements over the winter." in kept
    assert "Several young people mov" not in kept  # the clipped duplicate is dropped


def test_hierarchical_refs_area_rows_and_numeric_rag_key(converted):
    out, _ = converted
    doc = "early_help_plan_2018.txt"
    a = action(out, doc, "Publish a single referral form")
    assert (a["area_ref"], a["area"], a["area_lead"], a["rag"], a["due_date"]) == (
        "1", "Front door", "Carys Lloyd", "amber", "2018-03")
    hub = action(out, doc, "Open the east family hub")
    assert (hub["area_ref"], hub["status"], hub["rag"]) == ("2", "delayed", "red")
    assert len([r for r in read(out, "actions") if r["doc"] == doc]) == 3  # area rows are not actions


def test_rerun_adds_no_rows(text_samples, tmp_path):
    import planx
    planx.convert(text_samples, out=tmp_path)
    first = {t: len(read(tmp_path, t)) for t in TABLES}
    again = planx.convert(text_samples, out=tmp_path)
    assert again.skipped == len(list(text_samples.glob("*.txt")))
    forced = planx.convert(text_samples, out=tmp_path, force=True)
    assert forced.files == again.skipped
    assert {t: len(read(tmp_path, t)) for t in TABLES} == first


def test_cli_mirrors_the_api(text_samples, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", str(text_samples), "-o", str(tmp_path),
                           "--no-progress"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "5 file(s)" in proc.stdout and "11 actions" in proc.stdout
    assert (tmp_path / "plans.sqlite").exists()


@needs_shared
def test_seeds_and_corpus_text_plans_score_well(tmp_path):
    import planx
    docs = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus").glob("*.txt"))
    planx.convert(docs, out=tmp_path)
    for truth_root in ("seeds",):
        proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(tmp_path), str(SHARED / truth_root),
                               "--json"], capture_output=True, text=True)
        report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
        assert report["score"] >= 80, report["score"]


def test_line_endings_and_form_feeds_of_text_plans(tmp_path):
    """Windows (CRLF), old Mac (CR) and Unix line ends read alike; a form feed starts a page."""
    from planx.extract.text import parse_text
    lines = ["Improvement plan", "Action\tLead\tTimescale", "Review the policy\tAnn Lee\tMay 2016",
             "\fAgree the audit\tJo Smith\tJune 2016", "", "Notes after the table"]
    read = {}
    for name, end in (("unix", "\n"), ("windows", "\r\n"), ("mac", "\r")):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(end.join(lines).encode("utf-8"))
        raw = parse_text(path)
        read[name] = [(type(b).__name__, getattr(b, "text", None) or [r.texts() for r in b.rows]) for b in raw.blocks]
        assert raw.pages == 2
        assert [r.page for r in raw.blocks[1].rows] == [1, 1, 2]
    assert read["unix"] == read["windows"] == read["mac"]
    assert read["unix"][1][1][2] == ["Agree the audit", "Jo Smith", "June 2016"]
