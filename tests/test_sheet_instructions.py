"""Office's Gantt template: a task table beside formula-driven day columns, column A holding the
template's instructions for each row ('Enter Project information starting in cell B9 …', 'This
row contains headers …'), a title in B1 beside 'Legend:'. The instructions are no column of the
table (extract/xlsx.instruction_columns: set aside into leftovers), so the task table's headings
are read; the title is the sheet's first cell (normalise/title.title_rows). Near-misses: an action
column that mentions a cell once, a header row's first cell beside other headings."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from planx.extract import extract
from planx.extract.grid import GridCell
from planx.extract.xlsx import instruction_columns
from planx.normalise import normalise

INSTRUCTIONS = [
    "Create a Gantt Chart in this worksheet. Enter title of this project in cell B1. Legend title is in cell N1.",
    "Enter Company Name in cell B2. A legend is in cells N2 through AC2.",
    "Enter the name of the Project Lead in cell B3. Enter the Project Start date in cell F3.",
    "Cells M5 through BL5 contain the day number of the month and are auto calculated.",
    "This row contains headers for the project schedule that follows below them. Navigate from B7 through BL7.",
    "Enter Project information starting in cell B9 through cell G9. Sample data is in cells B9 through G33.",
]
TASKS = [("Set-up Project Environment", dt.datetime(2022, 7, 18), dt.datetime(2022, 7, 19), "Completed"),
         ("Literature Review", dt.datetime(2022, 8, 15), dt.datetime(2022, 9, 11), "Completed"),
         ("Model Tuning", dt.datetime(2022, 10, 1), dt.datetime(2022, 10, 30), "To Do"),
         ("Project Submission", dt.datetime(2023, 1, 7), dt.datetime(2023, 1, 7), "To Do")]


def _gantt(path: Path, instructions: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Gantt Chart"
    for r, text in enumerate(instructions, 1):
        ws.cell(r if r < 6 else r + 1, 1, text)
    ws["B1"], ws["N1"] = "MSc Data Analytics Project", "Legend:"
    ws["B2"], ws["N2"], ws["O2"] = "Booking Challenge", "On Track", "Low Risk"
    ws["E3"], ws["G3"] = "Project Start Date:", dt.datetime(2022, 7, 15)
    for k in range(20):
        ws.cell(5, 13 + k, dt.datetime(2022, 8, 20) + dt.timedelta(days=k)).number_format = "d"
        ws.cell(7, 13 + k, "SSMTWTF"[k % 7])
    for c, head in enumerate(["Milestone Description", "Type", "Progress", "Start", "End", "Status"], 2):
        ws.cell(7, c, head)
    for r, (task, start, end, status) in enumerate(TASKS, 9):
        for c, value in enumerate([task, "Task", 0, start, end, status], 2):
            ws.cell(r, c, value)
            if isinstance(value, dt.datetime):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
    wb.save(path)
    return path


def test_a_column_of_the_templates_instructions_is_no_column_of_the_table(tmp_path: Path):
    result = normalise(extract(_gantt(tmp_path / "tracker.xlsx", INSTRUCTIONS)))
    got = {a.action: (a.due_date, a.status) for a in result.actions}
    assert got["Literature Review"] == ("2022-09-11", "complete")
    assert got["Project Submission"] == ("2023-01-07", "not_started")
    assert result.title == "MSc Data Analytics Project"
    kept = [lo for lo in result.leftovers if "instructions for the sheet" in lo.reason]
    assert len(kept) == len(INSTRUCTIONS)  # nothing lost


def _cells(texts: list[str], col: int = 0) -> dict[tuple[int, int], GridCell]:
    return {(r, col): GridCell(text=t) for r, t in enumerate(texts)}


def test_instruction_columns_and_near_misses():
    assert instruction_columns(_cells(INSTRUCTIONS[:3])) == [0]
    # short markers beside them go with them ('This is an empty row')
    assert instruction_columns(_cells(INSTRUCTIONS[:4] + ["This is an empty row"] * 3)) == [0]
    # an action column that names a cell once, among actions: no instructions
    actions = ["Update the formula in cell B9 of the finance workbook so totals agree with the ledger",
               "Agree the budget with the finance team before the March committee meets",
               "Publish the revised policy on the intranet and brief every team leader",
               "Train all staff on the new safeguarding procedure by the end of the term"]
    assert instruction_columns(_cells(actions)) == []
    # two instructions only: too few to call a column
    assert instruction_columns(_cells(INSTRUCTIONS[:2])) == []


def test_the_first_cell_beside_a_legend_label_is_the_title_and_headings_are_not():
    from planx.extract.model import Cell, Row, Table
    from planx.normalise.title import title_rows

    def table(first: list[str]) -> Table:
        rows = [Row([Cell(t, c * 5) for c, t in enumerate(first)], page=1, line=1)]
        rows += [Row([Cell(f"row {k}", 0), Cell("x", 5)], page=1, line=k) for k in range(2, 5)]
        return Table(rows=rows, page=1, index=1)

    assert [p.text for p in title_rows([table(["Team Delivery Tracker", "Key:"])])] == ["Team Delivery Tracker"]
    assert [p.text for p in title_rows([table(["Project Plan 2025", "Legend:", "Status key:"])])] == \
        ["Project Plan 2025"]
    # a heading row: its other cells are headings, not labels of blocks further along
    assert title_rows([table(["Action", "Lead", "Due date"])]) == []
    assert title_rows([table(["Owner:", "Legend:"])]) == []
