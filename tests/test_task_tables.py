"""Project tools' task tables: MS Project / GanttProject exports, Excel Gantt templates, team task
trackers and CSV Gantt exports (normalise/taskheads.py, normalise/tasktables.py, vocab_tasks.py).

The shapes are those of the dev set dev_tasktables (real schedules from public repositories; the
texts below are reworded or invented, not copied): a WBS-numbered export `WBS_ID | Task_Name |
Owner | Baseline_Start | Baseline_Finish | … | %_Complete | Status_RAG`; an activity tracker `N |
Activity | Status | Completion (%)`; an Excel Gantt template whose task list sits beside a chart
headed by day numbers (`14 | 15 | … | 30 | 1 | 2`) with a bar's label in a phase row; a
'Task,Start,Finish,Member,Category' CSV; a printed MS Project page whose legend ('Task | Inactive
Summary | External Tasks') and scale letters ('F S S') were read as rows.

Main at eefe5ae read none of these: no heading row was accepted (a chart's day numbers are no
headings, 'Finish' and 'N' named nothing), and where one was, summary tasks stood beside their
sub-tasks as actions.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import planx
from planx.normalise.draft import Draft
from planx.normalise.headers import _read_columns, read_heading
from planx.normalise.taskheads import percent_status, run_of_scale, schedule_labels, task_heading
from planx.normalise.tasktables import legend_row


def _fields(labels: list[str]) -> dict[str, str]:
    reading = _read_columns(tuple((i, 1, t) for i, t in enumerate(labels)))
    assert reading is not None, labels
    return {c[3]: c[2] for c in reading[0] if c[3]}


# ---- headings ---------------------------------------------------------------------------------

def test_a_schedule_tool_s_headings_name_the_task_its_finish_and_who():
    fields = _fields(["ID", "Task Mode", "WBS", "Task Name", "Duration", "Start", "Finish", "Predecessors",
                      "Resource Names"])
    assert fields["Task Name"] == "action" and fields["Finish"] == "due" and fields["Resource Names"] == "lead"
    assert fields["Duration"] == fields["Predecessors"] == fields["Start"] == fields["Task Mode"] == ""
    # a baseline finish is the date in force; the actual finish, effort and variance are records
    fields = _fields(["WBS_ID", "Task_Name", "Owner", "Baseline_Start", "Baseline_Finish", "Actual_Finish",
                      "Baseline_Effort_hrs", "%_Complete", "Status_RAG"])
    assert fields["Baseline_Finish"] == "due" and fields["Actual_Finish"] == ""
    assert fields["%_Complete"] == "status" and fields["Status_RAG"] == "rag" and fields["WBS_ID"] == "area_ref"


def test_a_share_complete_is_the_status_and_n_a_number_sign():
    for label in ("% Complete", "Completion (%)", "PERCENT COMPLETE", "%_Complete", "% done"):
        assert task_heading(label) is not None and task_heading(label)[0] == "status", label
    assert read_heading("Completion (%)")[0].field == "status"  # not a completion date
    assert task_heading("% of budget spent") is None and task_heading("Progress") is None
    assert task_heading("N")[0] == "area_ref"
    fields = _fields(["N", "Activity", "Status", "Completion (%)"])
    assert fields == {"N": "area_ref", "Activity": "action", "Status": "status", "Completion (%)": ""}


def test_shares_complete_map_to_statuses():
    assert percent_status("100%") == "complete" and percent_status("0%") == "not_started"
    assert percent_status("45 %") == "in_progress" and percent_status("75") == "in_progress"
    # bare 1–9 may be a rating's or a dropdown's codes, a bare 0 a count; words are no share
    assert percent_status("3") == "" and percent_status("0") == "" and percent_status("On track") == ""
    assert percent_status("150%") == ""


def test_a_chart_s_scale_is_no_heading_of_a_field():
    days = [str(d) for d in range(14, 31)] + ["1", "2", "3"]
    assert run_of_scale(["Task", "Lead", "Start", "End", "Days", "Progress", *days]) == list(range(6, 26))
    assert run_of_scale(["Activity", *[str(w) for w in range(1, 21)]]) == list(range(1, 21))
    assert run_of_scale(["N", "Activity", "6-Jan", "7-Jan", "8-Jan", "9-Jan"]) == [2, 3, 4, 5]
    assert run_of_scale(["Task", "week commencing", "22-Feb", "29-Feb", "7-Mar", "14-Mar"]) == [1, 2, 3, 4, 5]
    assert run_of_scale(["Task", "Wk - 1", "Wk - 2", "Wk - 3", "Wk - 4"]) == [1, 2, 3, 4]
    # the scale cut at a printed page's edge: day letters, a month over a day letter
    assert run_of_scale(["ID", "Task Name", "Finish", "S", "S", "Oct\nM"]) == [3, 4, 5]
    # a plan's own headings and periods stay: numbers that do not count up, two months alone
    assert run_of_scale(["No", "Item", "2", "3"]) == []
    assert run_of_scale(["Action", "Lead", "May", "June"]) == []
    assert run_of_scale(["Ref", "Action", "1", "5", "2", "9"]) == []
    # one number beside months that step by one is a spreadsheet's month and year ('mmm-yy'): months of
    # a progress grid (periods.py), not days; a week's steps through one month stay a chart's scale
    assert run_of_scale(["Ref", "Action", "Owner", "Apr-26", "May-26", "Jun-26", "Jul-26", "Update"]) == []
    assert run_of_scale(["Task", "Jan-06", "Jan-13", "Jan-20", "Jan-27"]) == [1, 2, 3, 4]
    fields = _fields(["Task", "Project Lead", "Start Date", "End Date", "Days", "Progress", *days])
    assert fields == {"Task": "action", "Project Lead": "lead", "Start Date": "", "End Date": "due", "Days": "",
                      "Progress": "progress"}


def test_schedule_headings_need_a_tool_s_own_column():
    assert schedule_labels(["Task", "Duration", "Start", "Finish"])
    assert schedule_labels(["Task name", "Start date", "End date", "Cost", "24", "25", "26", "27"])  # a scale
    assert schedule_labels(["Activity", "Status", "% Complete", "Start"])
    # a council plan's start and end dates make no schedule
    assert not schedule_labels(["Action", "Lead", "Start date", "End date", "RAG"])


def test_a_printed_chart_s_legend_and_scale_letters_are_no_tasks():
    def draft(**pieces: str) -> Draft:
        d = Draft()
        for name, text in pieces.items():
            d.add(name, text)
        return d
    assert legend_row(draft(action="Task Inactive Summary External Tasks"))
    assert legend_row(draft(action="Duration-only"))
    assert legend_row(draft(action="F S S", progress="F S S"))
    assert not legend_row(draft(action="Task 1", due="15 Dec 24"))
    assert not legend_row(draft(action="Review the milestone plan"))
    assert not legend_row(draft(action="Milestone", due="30/06/2025", lead="PM"))


# ---- files ------------------------------------------------------------------------------------

def _actions(result: Any) -> list[dict[str, str]]:
    return [{"action": a.action, "area": a.area, "lead": a.lead, "due": a.due_date, "status": a.status}
            for a in result.actions]


def test_a_wbs_export_reads_summary_tasks_as_the_area(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["WBS_ID", "Task_Name", "Owner", "Baseline_Start", "Baseline_Finish", "Predecessor(s)",
               "Actual_Finish", "%_Complete", "Status_RAG"])
    rows = [("1", "Initiation", "PM", "2024-04-01", "2024-04-05", "", "2024-04-05", 100, "Green"),
            ("1.1", "Kick-off and charter", "PM", "2024-04-01", "2024-04-02", "", "2024-04-02", 100, "Green"),
            ("1.2", "Stakeholder register", "PM", "2024-04-03", "2024-04-05", "1.1", "2024-04-05", 100, "Amber"),
            ("2", "Build", "Dev A", "2024-04-08", "2024-05-17", "1", "2024-05-20", 60, "Amber"),
            ("2.1", "Ingestion service", "Dev A", "2024-04-08", "2024-04-26", "1.2", "2024-04-29", 100, "Amber"),
            ("2.2", "Search index", "Dev B", "2024-04-29", "2024-05-17", "2.1", "", 20, "Red"),
            ("3", "Go-live", "PM", "2024-05-20", "2024-05-24", "2", "", 0, "Green")]
    for ref, name, owner, start, finish, pred, actual, pct, rag in rows:
        ws.append([ref, name, owner, dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(finish), pred,
                   dt.datetime.fromisoformat(actual) if actual else None, pct, rag])
    path = tmp_path / "schedule.xlsx"
    wb.save(path)
    result = planx.convert_file(path)
    got = _actions(result)
    assert [a["action"] for a in got] == ["Kick-off and charter", "Stakeholder register", "Ingestion service",
                                          "Search index", "Go-live"]
    assert [a["area"] for a in got] == ["Initiation", "Initiation", "Build", "Build", ""]
    assert [a["due"] for a in got] == ["2024-04-02", "2024-04-05", "2024-04-26", "2024-05-17", "2024-05-24"]
    assert [a["status"] for a in got] == ["complete", "complete", "complete", "in_progress", ""]
    assert any("summary task" in w for w in result.warnings)
    kept = {lo.text for lo in result.leftovers}
    assert "Initiation" in kept and "Build" in kept  # the summaries' cells are kept aside


def test_an_activity_tracker_with_a_share_complete_rolls_up_its_outline(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([None, "N", "Activity", "Status", "Completion (%)"])
    for row in [(1, "Site preparation", "Completed", 100), (1.1, "   Site clearing", "Completed", 100),
                (1.2, "   Land levelling", "Completed", 100), (2, "Finishing", "Ongoing", 40),
                (2.1, "   Fixing of windows", "Completed", 100), (2.2, "   Internal painting", "Not Started", 0)]:
        ws.append([None, *row])
    path = tmp_path / "tracker.xlsx"
    wb.save(path)
    got = _actions(planx.convert_file(path))
    assert [(a["action"], a["area"], a["status"]) for a in got] == [
        ("Site clearing", "Site preparation", "complete"), ("Land levelling", "Site preparation", "complete"),
        ("Fixing of windows", "Finishing", "complete"), ("Internal painting", "Finishing", "not_started")]


def test_an_excel_gantt_template_reads_its_task_list_beside_the_chart(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Project Name: Online booking"])
    ws.append([])
    days = [dt.date(2024, 11, 14) + dt.timedelta(days=k) for k in range(24)]
    ws.append(["Task", "Project Lead", "Start Date", "End Date", "Days", "Progress", *[d.day for d in days]])
    ws.append(["Requirement Analysis", None, None, None, None, None, None, "Submission"])
    ws.append(["Booking system", "Ann Lee", dt.datetime(2024, 11, 14), dt.datetime(2024, 11, 15), 2, "50%"])
    ws.append(["Payment processing", "Raj Patel", dt.datetime(2024, 11, 14), dt.datetime(2024, 11, 22), 9, "100%"])
    ws.append(["Top-Level Design", None, None, None, None, None, None, None, "Review"])
    ws.append(["System architecture", "Ann Lee", dt.datetime(2024, 11, 21), dt.datetime(2024, 11, 29), 9, "0%"])
    ws.append(["Interface design", "Raj Patel", dt.datetime(2024, 11, 21), dt.datetime(2024, 11, 29), 9, "25%"])
    path = tmp_path / "gantt.xlsx"
    wb.save(path)
    result = planx.convert_file(path)
    got = _actions(result)
    assert [(a["action"], a["area"], a["lead"], a["due"], a["status"]) for a in got] == [
        ("Booking system", "Requirement Analysis", "Ann Lee", "2024-11-15", "in_progress"),
        ("Payment processing", "Requirement Analysis", "Raj Patel", "2024-11-22", "complete"),
        ("System architecture", "Top-Level Design", "Ann Lee", "2024-11-29", "not_started"),
        ("Interface design", "Top-Level Design", "Raj Patel", "2024-11-29", "in_progress")]
    kept = {lo.text: lo.reason for lo in result.leftovers}
    assert "Gantt chart" in kept.get("Submission", "")  # the bar's label: the chart's, nothing lost


def test_a_csv_gantt_export(tmp_path: Path):
    path = tmp_path / "gantt.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["", "Task", "Start", "Finish", "Member", "Time required", "Category"])
        w.writerow([0, "Write the requirements", "2021-08-28", "2021-09-06", "All", 1, "Documentation"])
        w.writerow([1, "Draw the UML diagrams", "2021-09-13", "2021-09-20", "Arslan, Aditya", 1, "Documentation"])
        w.writerow([2, "Train the chatbot", "2021-10-18", "2021-11-01", "Clifton", 2, "Chatbot"])
    got = _actions(planx.convert_file(path))
    assert [(a["action"], a["area"], a["lead"], a["due"]) for a in got] == [
        ("Write the requirements", "Documentation", "All", "2021-09-06"),
        ("Draw the UML diagrams", "Documentation", "Arslan, Aditya", "2021-09-20"),
        ("Train the chatbot", "Chatbot", "Clifton", "2021-11-01")]


@pytest.mark.parametrize("rows", [
    # a lecture timetable: codes, rooms, dates and times of day
    [["ModuleCode", "Venue", "Date", "StartTime", "EndTime"], ["NWEG5155", "LR01", "2023-10-16", "13:00", "14:50"],
     ["PROG6112", "CR01", "2023-10-16", "15:00", "16:50"], ["PRSE6212", "LR01", "2023-10-17", "15:00", "16:50"]],
    # a data set of task figures
    [["task_id", "estimated_days", "actual_days", "priority", "dependencies"], ["1", "5", "7", "3", "2"],
     ["2", "3", "3", "1", "0"], ["3", "10", "14", "5", "4"]],
])
def test_timetables_and_task_figures_are_no_plans(tmp_path: Path, rows: list[list[str]]):
    path = tmp_path / "table.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    assert planx.convert_file(path).actions == []


def test_a_gantt_chart_printed_as_lines_of_text_is_read_as_its_task_table(tmp_path: Path):
    # a PDF whose task list has no grid: the heading 'Activity  Weeks', the scale '1 2 … 12', then
    # outline-numbered lines beside drawn bars (dev_tasktables' monadie_gantt.pdf, reworded)
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas
    path = tmp_path / "gantt.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    c.setFont("Helvetica", 10)
    c.drawString(40, 560, "Activity")
    c.drawString(400, 560, "Weeks")
    for k in range(12):
        c.drawString(200 + 40 * k, 545, str(k + 1))
    lines = [("1.1", "Initiating"), ("1.1.1", "Develop scope and plan"), ("1.1.2", "Acquire funds"),
             ("1.2", "Planning"), ("1.2.1", "Estimate the costs"), ("1.2.2", "Obtain approvals")]
    for k, (ref, name) in enumerate(lines):
        y = 520 - 22 * k
        c.drawString(40, y, f"{ref} {name}")
        c.rect(200 + 40 * k, y - 2, 80, 10, fill=1)
    c.save()
    result = planx.convert_file(path)
    got = _actions(result)
    assert [(a["action"], a["area"]) for a in got] == [
        ("Develop scope and plan", "Initiating"), ("Acquire funds", "Initiating"),
        ("Estimate the costs", "Planning"), ("Obtain approvals", "Planning")]
    assert any("printed as lines of text" in w for w in result.warnings)
