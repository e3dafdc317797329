"""A task tracker exported from a CRM (issue 14): the action column chosen by what it HOLDS, not
only by its heading word (normalise/choose.fuller_action_column), and a report grouped by status
(its group labels carried down: walker_row_kinds.status_band, walker_data_rows).

The real shape (holdout22's Salesforce "Task Tracker Report", GSA/cio.gov, not copied here): the
headings `Status ↑ | Date | Subject | Comments | Next Step | Type | Owner | Assigned | Stage`, the
'Next Step' column (a heading that names an action) filled on 13 of 22 tasks, 'Comments' on 20 with
the to-do ("RC to reach out to …"), a group label 'In Progress' alone on a row over its tasks and
'Completed' printed on the first task of its group, 'Subtotal | Count | 21' rows after each group.
The sheets below are synthetic, of the same shape.
"""
from __future__ import annotations

from pathlib import Path

import openpyxl
from conftest import read

import planx
from planx.normalise.choose import commitment_share, fuller_action_column
from planx.normalise.columns import columns_of
from planx.normalise.headers import Column

HEAD = ["Status ↑", "", "Date", "Subject", "Comments", "Next Step", "Type", "Task Owner", "Assigned",
        "Opportunity Stage"]
# (date, subject, comments, next step, owner): Next Step filled on half the tasks
TASKS = [
    ("3/24/2020", "Gather intel", "RC to have a virtual coffee with Dana Roberts on 3/25",
     "Megan to provide context for the conversation", "Megan Lee"),
    ("4/10/2020", "Reach out", "RC or SS to reach out to Pebble to talk about change management", "", "Steve Stone"),
    ("4/10/2020", "Email", "ML to reach out to Austin Price about councils interested in website work", "",
     "Megan Lee"),
    ("4/10/2020", "White Paper", "ML and RC working on the white paper", "Share the content with Elena",
     "Megan Lee"),
    ("4/10/2020", "Follow up", "Megan to follow up with Dennis about the data opportunity", "", "Megan Lee"),
    ("4/10/2020", "Research", "CL to pull research on expiration dates for the contracts", "", "Chris Lark"),
    ("4/17/2020", "Email", "RC to email Wendy Stone to try to meet with Charlotte",
     "Steve to reach out to Will Brand", "Rita Cole"),
    ("4/17/2020", "Meeting", "RC to check in with Dominic Sale", "Further research on the centre", "Rita Cole"),
]
DONE = [
    ("3/20/2020", "Call", "Brian to send Wendy the framework notes before the round table", "", "Brian Gill"),
    ("3/27/2020", "Session", "Plan a round table with the leaders on employee engagement",
     "Reach out to Brian once it is scheduled", "Rita Cole"),
]


def tracker(path: Path, tasks: list[tuple[str, ...]] = TASKS, done: list[tuple[str, ...]] = DONE,
            bands: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Task Tracker Report"
    ws.append(["Task Tracker Report"])
    ws.append(["As of 2020-04-06 10:32:20"])
    ws.append([])
    ws.append(HEAD)

    def task(status: str, t: tuple[str, ...]) -> list[str]:
        date, subject, comments, step, owner = t
        return [status, "", date, subject, comments, step, "Email", owner, "Rita Cole", "Identified"]

    if bands:
        ws.append(["In Progress"])
    for i, t in enumerate(tasks):
        ws.append(task("" if bands else ("In Progress" if i == 0 else ""), t))
    if bands:
        ws.append(["Subtotal", "Count", str(len(tasks))])
    for i, t in enumerate(done):
        ws.append(task("Completed" if bands and i == 0 else "", t))
    if bands:
        ws.append(["Subtotal", "Count", str(len(done))])
        ws.append(["Total", "Count", str(len(tasks) + len(done))])
    wb.save(path)
    return path


def convert(tmp_path: Path, **kw) -> tuple[list[dict[str, str]], list[dict[str, str]], str]:
    out = tmp_path / "out"
    planx.convert([tracker(tmp_path / "tracker.xlsx", **kw)], out=out)
    return read(out, "actions"), read(out, "leftovers"), read(out, "documents")[0]["warnings"]


def test_the_column_filled_with_todos_is_the_action_not_the_sparse_named_one(tmp_path: Path):
    actions, leftovers, warnings = convert(tmp_path)
    assert [a["action"] for a in actions] == [t[2] for t in TASKS + DONE]
    assert [a["lead"] for a in actions] == [t[4] for t in TASKS + DONE]
    assert [a["due_raw"] for a in actions] == [t[0] for t in TASKS + DONE]
    # nothing lost: the 'Next Step' cells are kept aside under their heading
    aside = {r["text"] for r in leftovers if r["heading"] == "Next Step"}
    assert aside == {t[3] for t in TASKS + DONE if t[3]}
    assert "'Comments' taken as the action" in warnings and "'Next Step' on 50% only" in warnings


def test_a_group_label_alone_on_its_row_is_the_status_of_the_rows_below(tmp_path: Path):
    actions, leftovers, _ = convert(tmp_path)
    assert [(a["status_raw"], a["status"]) for a in actions] == \
        [("In Progress", "in_progress")] * len(TASKS) + [("Completed", "complete")] * len(DONE)
    assert all(a["area"] == "Identified" for a in actions)  # the label is no area
    # the export's counts are no task, and no note on the task above them
    assert {r["text"] for r in leftovers if r["reason"] == "totals row"} >= {"Subtotal", "Total", "Count"}
    assert not any("Subtotal" in a["progress"] for a in actions)


def test_without_group_labels_a_status_printed_once_is_not_carried_down(tmp_path: Path):
    actions, _, _ = convert(tmp_path, bands=False)
    assert [a["status_raw"] for a in actions] == ["In Progress"] + [""] * (len(TASKS) + len(DONE) - 1)


def test_a_named_column_filled_on_most_rows_keeps_the_action(tmp_path: Path):
    # 'Next Step' filled on every task: the heading's reading stands, 'Comments' stays aside
    tasks = [(d, s, c, n or f"Follow up on {s.lower()} with the client", o) for d, s, c, n, o in TASKS]
    done = [(d, s, c, n or "Close the task in the tracker", o) for d, s, c, n, o in DONE]
    actions, _, warnings = convert(tmp_path, tasks=tasks, done=done)
    assert [a["action"] for a in actions] == [t[3] for t in tasks + done]
    assert "taken as the action: it is filled" not in warnings


def _columns(labels: list[str], fields: list[str]) -> list[Column]:
    return [Column(col=i, span=1, label=lab, field=f, value="", score=90.0 if f else 0.0,
                   basis="heading" if f else "unread") for i, (lab, f) in enumerate(zip(labels, fields, strict=True))]


def test_notes_that_are_no_todos_do_not_take_the_action():
    # a column full of notes of what happened ('Meeting held …') beside a sparse 'Next Step': the
    # cells do not read as things to do, so the heading's reading stands
    labels = ["Date", "Notes", "Next Step", "Owner"]
    fields = ["due", "progress", "action", "lead"]
    notes = ["Meeting held with the finance team on the budget", "The supplier confirmed the delivery date",
             "Discussion was positive and the board agreed the scope", "Report was circulated to all members",
             "No response has been received from the council yet", "The pilot finished on time last week"]
    rows = [{0: "4/10/2020", 1: n, 2: ("Agree the next meeting date" if i % 2 else ""), 3: "Ann Lee"}
            for i, n in enumerate(notes)]
    assert commitment_share(notes) < 0.5
    profiles = columns_of([[(c, t, None) for c, t in r.items()] for r in rows])
    assert fuller_action_column(_columns(labels, fields), profiles, rows) is None
    # the same notes written as to-dos: the cells decide
    todos = ["Ann to agree the budget with the finance team", "Confirm the delivery date with the supplier",
             "RC to send the scope to the board", "Circulate the report to all members",
             "Chase the council for a response", "Ann or Bo to write up the pilot"]
    rows = [{**r, 1: t} for r, t in zip(rows, todos, strict=True)]
    profiles = columns_of([[(c, t, None) for c, t in r.items()] for r in rows])
    choice = fuller_action_column(_columns(labels, fields), profiles, rows)
    assert choice is not None and choice.fields == {1: "action", 2: ""}


def test_a_status_alone_under_a_row_without_one_is_not_a_group_label(tmp_path: Path):
    # 'Complete' printed on the row below a task that has no status: that task's status printed
    # below it (or nothing), never the status of every task after it
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Action", "Lead", "Due", "Status"])
    ws.append(["Review the admissions policy with governors", "Ann Lee", "May 2025", "In progress"])
    ws.append(["Publish the new uniform guidance on the website", "Bo Ray", "June 2025", ""])
    ws.append(["", "", "", "Complete"])
    ws.append(["Recruit two parent governors for the board", "Cy Dow", "July 2025", ""])
    ws.append(["Train all staff in the new safeguarding procedure", "Ann Lee", "Sept 2025", ""])
    wb.save(tmp_path / "plan.xlsx")
    planx.convert([tmp_path / "plan.xlsx"], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["status_raw"] for a in actions][2:] == ["", ""]
    assert actions[0]["status_raw"] == "In progress"
