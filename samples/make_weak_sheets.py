"""Trackers with weak headings, as small teams and tools keep them, with truth (issue: sheets).

Run from the repo root: python samples/make_weak_sheets.py FOLDER [SEED ...]. Each seed writes:

- NAME_numbered.xlsx: a project's implementation plan. Headings on row 1, none of them the word
  'action': 'No | Plan Description | Response Person (merged over three) | Visit Method | Plan
  Date | Actual Date | Man Hours | Status | Remark', and under them a row of sub-headings (the
  three people marked with an 'x'); numbered phases ('1 | Preparation phase') over their steps
  ('1.1 Confirm the …'); plan dates as date cells in Excel's built-in short date format (number
  format 14, which openpyxl calls 'mm-dd-yy') or as typed ranges ('19 - 23/2/2025'); statuses
  'Done', 'In process', 'Planning'. Beside it a 'How to use' sheet whose rows are sentences.
- NAME_blank_rows.xlsx: a task list with room for ten tasks per project: '# | Project | Task |
  Assigned To | End Date | Done?', the project merged down its ten numbered rows, only some of
  them filled; 'Done?' as TRUE / FALSE cells.
- NAME_export.csv: an issue tracker's export, 40 columns ('Summary, Issue key, Issue id, Issue
  Type, Status, Project key, …, Assignee, …, Due date, Custom field (…) …'): the task in
  'Summary', the same project key on every row, statuses 'To Do', 'In Progress', 'Done', 'Backlog'.
- NAME_gantt.xlsx: a Gantt chart template's sheet: a title, a legend, a 'Project start' line and a
  row of dates above 'Milestone description | Category | Assigned to | Progress | Start | Days | M |
  T | W | T | F | S | S | M …' (the day columns' cells only filled with colour), column A left
  empty, each group of tasks under a bold name alone in its row ('Installation phase'), the
  category a risk level ('Low Risk', 'On Track'); progress as 0–100% figures; the template's note
  'To add more data, insert new rows ABOVE this one' under the last task.
- NAME_workstreams.xlsx: one sheet per workstream, named after it ('Housing', 'Adult social care',
  'Children and families'), each an 'Action | Lead | Due date | Status' table with no area column
  or title: the sheet's name is the area. Before them a 'Read me' sheet of sentences, after them
  a 'Dropdown lists' sheet of statuses and officers.
- NAME_assets.xlsx (no plan): an asset register, 'No | Asset description | Location | Purchase
  date | Status': numbered rows of wordy descriptions that are things, not things to do.

NAME.truth.json beside each.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_truth_json  # noqa: E402

PHASES = [
    ("Preparation phase", ["Confirm the budget and raise the purchase order",
                           "Agree the data migration approach with the service leads",
                           "Collect the requirements from each team and record them"]),
    ("Installation phase", ["Install the servers and configure the network",
                            "Deploy the case system to the test environment",
                            "Train the administrators and the first users"]),
    ("Go-live phase", ["Migrate the live records and check a sample of them",
                       "Publish the user guide on the intranet",
                       "Review the first month of use with the project board"]),
]
STATUSES = [("Done", "complete"), ("In process", "in_progress"), ("Planning", None)]
PEOPLE = ["Asha Patel", "Tom Reid", "Grace Obi", "Liam Walsh", "Mei Chen", "Ravi Singh"]


def _write_truth(path: Path, actions: list[dict[str, Any]]) -> None:
    truth = {"doc": path.name, "actions": actions}
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def numbered_workbook(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    for c, heading in ((1, "No"), (2, "Plan Description"), (3, "Response Person"), (6, "Visit Method"),
                       (7, "Plan Date"), (8, "Actual Date"), (9, "Man Hours"), (10, "Status"), (11, "Remark")):
        ws.cell(1, c, heading)
    ws.merge_cells(start_row=1, start_column=3, end_row=1, end_column=5)
    for c, sub in ((3, "Supplier"), (4, "IT team"), (5, "Service lead")):
        ws.cell(2, c, sub)
    truth: list[dict[str, Any]] = []
    line = 3
    start = dt.date(2025, 2, 3)
    for p, (phase, steps) in enumerate(PHASES, 1):
        ws.cell(line, 1, p)
        ws.cell(line, 2, phase)
        line += 1
        for k, step in enumerate(steps, 1):
            ws.cell(line, 2, f"{p}.{k} {step}")
            for c in rng.sample([3, 4, 5], rng.randint(1, 3)):
                ws.cell(line, c, "x")
            ws.cell(line, 6, rng.choice(["Remote", "On site"]))
            due = start + dt.timedelta(days=7 * (3 * (p - 1) + k))
            if k == 2:
                first = due - dt.timedelta(days=4)
                ws.cell(line, 7, f"{first.day} - {due.day}/{due.month}/{due.year}")  # a typed range
            else:
                ws.cell(line, 7, due).number_format = "mm-dd-yy"  # Excel's built-in short date
            raw, status = STATUSES[0] if p == 1 else rng.choice(STATUSES[1:])
            ws.cell(line, 9, rng.choice([1, 2, 4, 8]))
            ws.cell(line, 10, raw)
            record: dict[str, Any] = {"area": phase, "action": step, "due_date": due.isoformat()}
            if status:
                record["status"] = status
            truth.append(record)
            line += 1
        line += 1  # a blank row between the phases
    guide = wb.create_sheet("How to use")
    guide["A1"] = "How to use this plan"
    guide["A3"] = "Sheet"
    guide["B3"] = "Purpose"
    guide["A4"] = "Plan"
    guide["B4"] = "The steps of the project by phase. Update the status and the actual date every Friday."
    guide["A5"] = "Remark"
    guide["B5"] = "Anything the board should know. Keep it to one or two lines please."
    wb.save(path)
    return truth


def blank_rows_workbook(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tasks"
    for c, heading in enumerate(["#", "Project", "Task", "Assigned To", "End Date", "Done?"], 1):
        ws.cell(1, c, heading)
    truth: list[dict[str, Any]] = []
    line = 2
    for project, steps in (("Website refresh", PHASES[0][1]), ("Case system", PHASES[1][1])):
        first = line
        for n in range(1, 11):
            ws.cell(line, 1, n)
            if n <= len(steps):
                who = rng.choice(PEOPLE)
                due = dt.date(2025, rng.randint(3, 9), rng.choice([10, 20, 28]))
                done = rng.random() < 0.5
                ws.cell(line, 3, steps[n - 1])
                ws.cell(line, 4, who)
                ws.cell(line, 5, due).number_format = "dd/mm/yyyy"
                ws.cell(line, 6, done)
                truth.append({"area": project, "action": steps[n - 1], "lead": who, "due_date": due.isoformat(),
                              "status": "complete" if done else "not_started"})
            line += 1
        ws.cell(first, 2, project)
        ws.merge_cells(start_row=first, start_column=2, end_row=line - 1, end_column=2)
    wb.save(path)
    return truth


EXPORT_STATUSES = [("To Do", "not_started"), ("In Progress", "in_progress"), ("Done", "complete"),
                   ("Backlog", "not_started")]


def export_csv(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    system = ["Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Project type",
              "Priority", "Resolution", "Assignee", "Reporter", "Creator", "Created", "Updated", "Last Viewed",
              "Resolved", "Due date", "Votes", "Labels", "Description", "Environment", "Watchers",
              "Original estimate", "Remaining Estimate", "Time Spent", "Work Ratio", "Security Level",
              "Attachment", "Sprint", "Parent", "Parent summary", "Status Category", "Status Category Changed"]
    custom = [f"Custom field ({name})" for name in ("Rank", "Story point estimate", "Team", "Start date",
                                                     "Flagged", "Development")]
    headings = ["Summary", *system, *custom]
    truth: list[dict[str, Any]] = []
    rows = []
    tasks = [step for _, steps in PHASES for step in steps]
    for k, task in enumerate(tasks, 1):
        raw, status = rng.choice(EXPORT_STATUSES)
        who = rng.choice([*PEOPLE, ""])
        record = dict.fromkeys(headings, "")
        record.update({"Summary": task, "Issue key": f"CASE-{k}", "Issue id": str(10000 + k), "Issue Type": "Task",
                       "Status": raw, "Project key": "CASE", "Project name": "Case system", "Project type": "software",
                       "Priority": "Medium", "Assignee": who, "Reporter": PEOPLE[0], "Creator": PEOPLE[0],
                       "Created": f"{k:02d}/Jan/25 10:{k:02d} AM", "Updated": "03/Feb/25 2:00 PM",
                       "Status Category": "Done" if raw == "Done" else "To Do",
                       "Custom field (Rank)": f"0|i000{k:02d}:"})
        rows.append([record[h] for h in headings])
        truth.append({"action": task, "lead": who or None, "status": status})
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headings)
        writer.writerows(rows)
    return truth


def gantt_workbook(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Gantt Chart"
    ws["B2"] = "Case system project – Gantt chart"
    ws["B2"].font = Font(bold=True, size=16)
    start = dt.date(2025, 3, 3)  # a Monday
    ws["B4"] = "Project start:"
    ws["C4"] = start
    ws["C4"].number_format = "dd/mm/yyyy"
    days = 14
    for d in range(days):
        ws.cell(5, 7 + d, (start + dt.timedelta(days=d)).day)
    ws["B3"] = "Legend:"
    for c, word in enumerate(["On track", "Low risk", "Med risk", "High risk"], 3):
        ws.cell(3, c, word)
    for c, heading in enumerate(["Milestone description", "Category", "Assigned to", "Progress", "Start", "Days"],
                                2):
        ws.cell(6, c, heading).font = Font(bold=True)
    for d in range(days):
        ws.cell(6, 8 + d, "MTWTFSS"[d % 7])
    truth: list[dict[str, Any]] = []
    line = 7
    for phase, steps in PHASES:
        ws.cell(line, 2, phase).font = Font(bold=True)
        line += 1
        for step in steps:
            begin = rng.randrange(days - 4)
            length = rng.randint(2, 4)
            who = rng.choice(PEOPLE)
            ws.cell(line, 2, step)
            ws.cell(line, 3, rng.choice(["Low Risk", "Low Risk", "Med Risk", "High Risk", "On Track"]))
            ws.cell(line, 4, who)
            ws.cell(line, 5, rng.choice([0, 0.25, 0.5, 1])).number_format = "0%"
            ws.cell(line, 6, start + dt.timedelta(days=begin)).number_format = "dd/mm/yyyy"
            ws.cell(line, 7, length)
            for d in range(begin, begin + length):
                ws.cell(line, 8 + d).fill = PatternFill("solid", fgColor="5B9BD5")  # the bar
            truth.append({"area": phase, "action": step, "lead": who})
            line += 1
    ws.cell(line, 2, "To add more data, insert new rows ABOVE this one")
    wb.save(path)
    return truth


WORKSTREAMS = [("Housing", ["Publish the new allocations policy", "Inspect every temporary flat each quarter"]),
               ("Adult social care", ["Cut the wait for an assessment to four weeks",
                                      "Recruit six occupational therapists"]),
               ("Children and families", ["Open two family hubs in the north of the borough",
                                          "Train all early help staff in the new assessment"])]


def workstreams_workbook(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from openpyxl import Workbook

    wb = Workbook()
    readme = wb.active
    readme.title = "Read me"
    readme["A1"] = "Council improvement plan 2025-26"
    readme["A3"] = "Each workstream has its own sheet. Leads update their rows by the fifth of the month."
    truth: list[dict[str, Any]] = []
    for name, actions in WORKSTREAMS:
        ws = wb.create_sheet(name)
        ws.append(["Action", "Lead", "Due date", "Status"])
        for action in actions:
            who = rng.choice(PEOPLE)
            due = dt.date(2025, rng.randint(4, 12), 28)
            raw, status = rng.choice([("In progress", "in_progress"), ("Not started", "not_started"),
                                      ("Complete", "complete")])
            ws.append([action, who, due, raw])
            ws.cell(ws.max_row, 3).number_format = "dd/mm/yyyy"
            truth.append({"area": name, "action": action, "lead": who, "due_date": due.isoformat(), "status": status})
    lists = wb.create_sheet("Dropdown lists")
    lists.append(["Status", "Officer"])
    for k, word in enumerate(["Not started", "In progress", "Complete", "Delayed"]):
        lists.append([word, PEOPLE[k]])
    wb.save(path)
    return truth


def assets_workbook(path: Path, rng: random.Random) -> list[dict[str, Any]]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Assets"
    ws.append(["No", "Asset description", "Location", "Purchase date", "Status"])
    things = ["Laptop computer with docking station and two screens", "Colour laser printer for the second floor",
              "Meeting room display screen and its wall bracket", "Electric pool car with its charging cable",
              "Fire-proof document safe for the records office", "Tablet for the outreach team with a keyboard"]
    for k, thing in enumerate(things, 1):
        bought = dt.date(2021 + rng.randint(0, 3), rng.randint(1, 12), 1)
        ws.append([k, thing, rng.choice(["Town hall", "Depot", "Library"]), bought,
                   rng.choice(["In use", "In store", "Disposed"])])
        ws.cell(ws.max_row, 4).number_format = "dd/mm/yyyy"
    wb.save(path)
    return []


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for seed in seeds:
        rng = random.Random(seed)
        stem = f"weak_sheet_{seed}"
        for suffix, write in (("numbered.xlsx", numbered_workbook), ("blank_rows.xlsx", blank_rows_workbook),
                              ("export.csv", export_csv), ("gantt.xlsx", gantt_workbook),
                              ("workstreams.xlsx", workstreams_workbook),
                              ("assets.xlsx", assets_workbook)):
            path = folder / f"{stem}_{suffix}"
            _write_truth(path, write(path, rng))
            made.append(path)
    return made


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
