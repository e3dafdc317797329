"""A log listing risks, assumptions, issues, dependencies and actions in one table, typed by a
column of its own (a RAID log): only the rows typed as actions are actions (normalise/typedrows.py)."""
from __future__ import annotations

import openpyxl
from conftest import read

import planx
from planx.extract.model import Cell, Row, Table
from planx.normalise.typedrows import type_column

HEAD = ["ID", "Type", "Description", "Owner", "Mitigation / Response", "Date due", "Status"]
ROWS = [["R01", "Risk", "Capital funding may not cover the refurbishment of the north site", "Programme Manager",
         "Seek approval for slippage from Cabinet", "", "Open"],
        ["A01", "Assumption", "The grant continues at the current level next year", "Finance Lead", "", "", "Open"],
        ["I01", "Issue", "The case system cannot record attendance at the new sites", "Digital Lead", "", "", "Open"],
        ["D01", "Dependency", "Go-live depends on the library service vacating the building", "Libraries Manager",
         "", "", "Open"],
        ["AC01", "Action", "Submit the slippage report to Cabinet for the north site", "Programme Manager", "",
         "14/01/2027", "In progress"],
        ["AC02", "Action", "Commission a workaround form so that attendance can be recorded", "Digital Lead", "",
         "18/12/2026", "Complete"],
        ["AC03", "Action", "Advertise the two vacant coordinator posts with a retention payment",
         "Hubs Manager", "", "08/01/2027", "Not started"]]


def test_only_rows_typed_action_are_read(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RAID"
    ws.append(["Transformation Programme – RAID Log"])
    ws.append(HEAD)
    for row in ROWS:
        ws.append(row)
    path = tmp_path / "raid.xlsx"
    wb.save(path)
    planx.convert([path], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["action"] for a in actions] == [r[2] for r in ROWS[4:]]
    assert [a["due_date"] for a in actions] == ["2027-01-14", "2026-12-18", "2027-01-08"]


def _table(kinds: list[str]) -> Table:
    rows = [Row([Cell("Type", 0), Cell("Description", 1)], 1, 0)]
    rows += [Row([Cell(k, 0), Cell(f"text {n}", 1)], 1, n + 1) for n, k in enumerate(kinds)]
    return Table(rows, 1, 1)


def test_type_column_needs_actions_beside_other_kinds():
    assert type_column(_table(["Risk", "Issue", "Action", "Action"])) == 0
    assert type_column(_table(["Action", "Action", "Task", "Action"])) is None  # all actions: nothing to filter
    assert type_column(_table(["Risk", "Risk", "Issue", "Issue"])) is None  # a risk register: no actions
    assert type_column(_table(["Risk", "Action", "Review the policy", "Hire staff", "Audit"])) is None
