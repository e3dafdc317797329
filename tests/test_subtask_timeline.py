"""A project timeline workbook: 'TASK NAME | SUB TASK NAME | STATUS | ASSIGNED TO | START DATE | END
DATE', each sub task assigned and tracked on its own row under its task's name (choose._rated_milestones),
and tasks with no sub task that are actions themselves (walker_data_rows.group_is_its_own_task)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

import planx

HEAD = ["TASK NAME", "SUB TASK NAME", "STATUS", "ASSIGNED TO", "START DATE", "END DATE", "COMMENTS"]
ROWS = [
    ("Documentation", "Requirements document and schedule", "Complete", "Dana, Jo, Sam", (3, 1), (3, 7)),
    ("Design", "Account class, Card class", "In Progress", "Jo", (3, 8), (3, 20)),
    ("Design", "Customer class, Manager class", "Not Started", "Sam", (3, 8), (3, 20)),
    ("Account class", "open(), close()", "Not Started", "TBD", (3, 21), (3, 25)),
    ("Account class", "deposit(), withdraw()", "Not Started", "TBD", (3, 21), (3, 25)),
    ("Account class", "balance(), statement()", "Not Started", "TBD", (3, 21), (3, 25)),
    ("Card class", "validate(), block()", "Not Started", "Dana", (3, 26), (3, 30)),
    ("Card class", "pin(), limit()", "Not Started", "Dana", (3, 26), (3, 30)),
    ("Card class", "expiry(), renew()", "Not Started", "Dana", (3, 26), (3, 30)),
    ("Testing", "", "Not Started", "TBD", (4, 1), (4, 6)),
    ("Tuning", "", "Not Started", "TBD", (4, 7), (4, 10)),
]


def timeline(path: Path, head: list[str] = HEAD, rows: list[tuple] = ROWS, tracked: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(["PROJECT TIMELINE"])
    ws.append([])
    ws.append(head)
    for task, sub, status, who, start, end in rows:
        cells = [task, sub or None, status if tracked else None, who if tracked else None,
                 dt.datetime(2023, *start), dt.datetime(2023, *end), None]
        ws.append(cells)
        for c in ws[ws.max_row][4:6]:
            c.number_format = "mm/dd"
    wb.save(str(path))
    return path


def test_sub_tasks_tracked_on_their_own_rows_are_the_actions(tmp_path: Path):
    result = planx.convert_file(str(timeline(tmp_path / "schedule.xlsx")))
    assert [a.action for a in result.actions] == [r[1] or r[0] for r in ROWS]
    assert [a.area for a in result.actions][:4] == ["Documentation", "Design", "Design", "Account class"]
    assert [a.lead for a in result.actions] == [r[3] for r in ROWS]
    assert result.actions[3].due_date == "2023-03-25" and result.actions[-1].due_date == "2023-04-10"
    assert result.actions[1].status == "in_progress" and result.actions[-1].status == "not_started"


def test_untracked_sub_tasks_stay_steps_of_their_task(tmp_path: Path):
    # no status and no one assigned on the rows: the sub tasks are the task's steps, as before
    head = ["TASK NAME", "SUB TASK NAME", "STATUS", "ASSIGNED TO", "START DATE", "END DATE", "COMMENTS"]
    rows = [r for r in ROWS if r[1]]
    result = planx.convert_file(str(timeline(tmp_path / "steps.xlsx", head, rows, tracked=False)))
    assert len(result.actions) < len(rows)
