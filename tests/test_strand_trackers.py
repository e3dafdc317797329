"""Programme trackers with one table per strand (issue 15): a heading and an 'SRO: …' line over
each table, steps listed in one cell with their name, date and status parted by bars ('S1 Draft
the specification | Oct 2025 | Complete') or dashes, a 'Status (RAG)' column of RAG words, text
laid out in columns by spaces. End to end on samples/make_strand_trackers.py, and rule by rule."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_actions_as_truth, read

import planx
from planx.extract.text import bar_rows_as_tabs
from planx.normalise.choose import rag_not_status
from planx.normalise.columns import columns_of
from planx.normalise.headers import Column, area_lead_of
from planx.normalise.milestones import date_set_apart, item_date, split_numbered, statuses_of_items
from planx.normalise.periods import ocr_period_label

FIELDS = ("area_ref", "area", "area_lead", "lead", "rag", "rag_raw")


@pytest.fixture(scope="module")
def trackers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_strand_trackers import main
    folder = tmp_path_factory.mktemp("strands")
    main(folder, [3])
    out = tmp_path_factory.mktemp("strands_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


@pytest.mark.parametrize("kind", ["aligned.txt", "web.html"])
def test_each_strand_tracker_gives_its_tasks_under_their_strands(trackers, kind):
    folder, out = trackers
    assert_actions_as_truth(folder, out, f"strand_tracker_3_{kind}", FIELDS)


@pytest.mark.parametrize("kind", ["aligned.txt", "web.html"])
def test_each_step_keeps_its_own_date_and_status(trackers, kind):
    import json
    folder, out = trackers
    doc = f"strand_tracker_3_{kind}"
    truth = json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))
    want = sorted((m["milestone"], m["due_date"], m["status"]) for a in truth["actions"] for m in a["milestones"])
    got = sorted((m["milestone"], m["due_date"], m["status"]) for m in read(out, "milestones") if m["doc"] == doc)
    assert got == want


# ---- the rules, one by one ------------------------------------------------------------------

def test_bars_inside_a_column_laid_out_by_spaces_part_no_cells():
    lines = ["No.    Task                              Steps                                     Owner       RAG",
             "1.1    Merge the duty desks into one     S1 Draft the specification | Oct 2025 | Done   Ann Lee    RED",
             "       triage hub                        S2 Go live | Jan 2026 | Delayed",
             "                                         S3 Evaluate the pilot | Mar 2026 | Not started",
             "1.2    Publish one referral form         S1 Board approval | Oct 2025 | Done     Tom Reid   AMBER",
             "                                         S2 Go live | Jun 2026 | In progress"]
    assert bar_rows_as_tabs(lines) == (lines, 0)
    typed = ["Ref | Action | Lead", "1.1 | Merge the duty desks | Ann Lee", "1.2 | Publish the form | Tom Reid"]
    assert bar_rows_as_tabs(typed)[1] == 3  # bars that part the cells of a typed table still do


def test_steps_numbered_by_a_letter_and_a_number_split_the_cell():
    cell = "M1 Evaluation report | Q2 2025/26 | Underway\nM2 Staff trained | Q2 2026/27 | Overdue"
    assert split_numbered(cell) == [(1, "Evaluation report | Q2 2025/26 | Underway"),
                                    (2, "Staff trained | Q2 2026/27 | Overdue")]
    assert split_numbered("Q1 2025/26 Q2 2026/27") is None  # quarters and their years: dates, no list
    assert split_numbered("A1 Open the hub") is None  # one item is no list
    assert split_numbered("S2 Go live S1 Draft") is None  # a list counts from 1


def test_a_bar_parts_a_steps_name_date_and_status():
    items = ["Evaluation report | Q2 2025/26 | Underway", "Staff trained | Q2 2026/27 | Overdue"]
    found = statuses_of_items(items, 2025)
    assert [(f.text, f.raw, f.status) for f in found if f is not None] == [
        ("Evaluation report | Q2 2025/26", "Underway", "in_progress"),
        ("Staff trained | Q2 2026/27", "Overdue", "delayed")]
    rest, raw, date = item_date("Evaluation report | Q2 2025/26", 2025)
    assert (rest, raw, date is not None and date.iso()) == ("Evaluation report", "Q2 2025/26", "2025-09")


def test_a_date_a_scan_left_bare_before_each_status_is_the_steps():
    assert date_set_apart("Pilot launched Q2 2025/26", 2025) == "Pilot launched – Q2 2025/26"
    assert date_set_apart("Audit the returns for 2024/25", 2025) == "Audit the returns for 2024/25"
    assert date_set_apart("Go live – Q2 2025/26", 2025) == "Go live – Q2 2025/26"
    assert date_set_apart("Go live", 2025) == "Go live"


def test_a_status_column_that_names_a_rag_and_holds_colours_is_the_rag():
    columns = [Column(0, 1, "action", "Task"), Column(1, 1, "status", "Status (BRAG)")]
    rows = [[(0, "Open the hub", None), (1, colour, None)] for colour in ("Red", "Blue", "Green", "Amber")]
    choice = rag_not_status(columns, columns_of(rows))
    assert choice is not None and choice.fields == {1: "rag"}
    words = [[(0, "Open the hub", None), (1, status, None)] for status in ("On track", "Delayed", "Complete")]
    assert rag_not_status(columns, columns_of(words)) is None  # status words stay the status
    plain = [Column(0, 1, "action", "Task"), Column(1, 1, "status", "Status")]
    # a bare 'Status' holding nothing but RAG colours is the RAG too: no status word is among them
    # (choose.rag_not_status; tests/test_authored_parity.py has the mixed cells that stay the status)
    bare = rag_not_status(plain, columns_of(rows))
    assert bare is not None and bare.fields == {1: "rag"}


def test_the_senior_responsible_owner_leads_the_area():
    assert area_lead_of("SRO: Lucy Patel") == "Lucy Patel"
    assert area_lead_of("Senior responsible owner: Lucy Patel") == "Lucy Patel"
    assert area_lead_of("Owner: Lucy Patel") == ""  # a bare owner says too little


def test_a_date_wrapped_in_a_narrow_heading_is_joined_again():
    assert ocr_period_label("Sep-2 5") == "Sep-25"
    assert ocr_period_label("Mar-2 6") == "Mar-26"
    assert ocr_period_label("Q1 2025") == "Q1 2025"
    assert ocr_period_label("Qi") == "Q1"
