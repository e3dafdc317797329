"""A topic printed once over rows whose column named as the action only labels them.

An audit remarks tracker: `No | Process name | Project name | Finding description | Owner | Status`,
the process merged down over its rows. 'Project name' reads as an action heading ('name' after a
thing worked on) but its cells are a few labels repeated down the rows ('Atlas', 'Atlas / Borealis'),
while 'Finding description' holds an instruction on every row. The instructions are the actions, the
process their theme, the project labels kept aside (normalise/choose.py _labels_beside_steps).
A project column of a different name on every row may be the items themselves: the rule leaves it."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from conftest import read

import planx
from planx.normalise.choose import parent_and_steps
from planx.normalise.columns import columns_of
from planx.normalise.headers import Column

HEAD = ["No", "Process name", "Project name", "Finding description", "Owner", "Status"]
# (process printed once, project, finding, owner, status)
ROWS = [
    ("CFG", "Atlas", "Add a baseline column to the configuration register", "Priya", "Done"),
    ("", "Atlas / Borealis", "Record every change request in the change log with its approver", "Tomas", "Done"),
    ("", "Atlas / Borealis", "Prepare a release checklist and keep it beside the build notes", "Priya", "Open"),
    ("VER", "Atlas / Borealis", "Review the unit test template with the quality lead", "Marek", "Done"),
    ("", "Atlas", "Write peer review minutes for each design walkthrough", "Tomas", "Open"),
    ("", "Atlas / Borealis", "Link each test case to its requirement in the matrix", "Marek", "Done"),
]


def workbook(path: Path, projects: list[str] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    for k, (area, project, finding, owner, status) in enumerate(ROWS, 1):
        ws.append([k, area, projects[k - 1] if projects else project, finding, owner, status])
    ws.merge_cells("B2:B4")
    ws.merge_cells("B5:B7")
    wb.save(path)
    return path


def test_instructions_beside_repeated_labels_are_the_actions_under_their_theme(tmp_path: Path):
    out = tmp_path / "out"
    planx.convert([workbook(tmp_path / "remarks.xlsx")], out=out, report=False)
    actions = read(out, "actions")
    assert [(a["area"], a["action"], a["lead"]) for a in actions] == [
        (("CFG" if k < 3 else "VER"), finding, owner) for k, (_, _, finding, owner, _) in enumerate(ROWS)]
    kept = {lo["text"] for lo in read(out, "leftovers")}
    assert {"Atlas", "Atlas / Borealis"} <= kept
    notes = read(out, "documents")[0]["warnings"]
    assert "'Project name' repeats a few labels" in notes


def _choice(projects: list[str]):
    columns = [Column(0, 1, "area_ref", "No"), Column(1, 1, "action", "Process name"),
               Column(2, 1, "", "Project name"), Column(3, 1, "", "Finding description"),
               Column(4, 1, "lead", "Owner"), Column(5, 1, "status", "Status")]
    data = [[(c, t, None) for c, t in enumerate([str(k), area, project, finding, owner, status]) if t]
            for k, ((area, _, finding, owner, status), project) in enumerate(zip(ROWS, projects, strict=True), 1)]
    cells = [{c: t for c, t, _ in row} for row in data]
    distinct = {c: len({row[c] for row in cells if c in row}) for c in range(6)}
    return parent_and_steps(columns, columns_of(data), len(data), distinct, cells)


def test_the_labels_are_kept_aside_and_the_instructions_taken():
    choice = _choice([p for _, p, _, _, _ in ROWS])
    assert choice is not None and choice.fields == {1: "area", 3: "action", 2: ""}


def test_a_different_name_on_every_row_may_be_the_items_and_stays():
    names = ["Atlas", "Borealis", "Cygnus", "Draco", "Eridanus", "Fornax"]
    choice = _choice(names)
    assert choice is not None and choice.fields.get(2) == "action" and 3 not in choice.fields
