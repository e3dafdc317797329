"""A Gantt grid headed by its scale of dates only (holdout review r83b; own generated workbooks, invented
wording) (normalise/tasktables.gantt_bar_tables):

- a row holding a group's name then a week per column, each a whole date ('Core Work | 02/03/2026 |
  09/03/2026 | …'), over rows that each name a task in the first column and print its bars in the weeks
  it runs, each bar the initials of who does it: the group the area, the one set of initials every bar
  prints the lead (several people's give none), the date over the last bar the due date;
- a week printed twice in the scale (a slipped formula) is still the scale; a project form over the grid
  and the months over the scale give no action;
- near misses: a plan table whose rows hold dates under the "scale" is no chart; a grid headed by its
  own task heading is the schedule reader's.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise.taskheads import run_of_scale
from planx.normalise.tasktables import gantt_bar_tables

START = dt.date(2026, 3, 2)
FILL = {"KL": "FF00B0F0", "RT": "FF00B050", "ALL": "FFFF0000", "DV": "FFFFD966"}

ROUTINE = [("Prepare the fortnightly agenda", ["DV"] * 6),
           ("Keep the shared task board current", ["KL", "KL", "RT", "ALL", "ALL", "ALL"])]
BUILD = [("Agree the club's membership rules", ["ALL", None, None, None, None, None, None]),
         ("Draft the volunteer handbook", ["DV", "DV", None, None, None, None, None]),
         ("Set up the online sign-up form", [None, "KL", "KL", "KL", None, None, None]),
         ("Run the launch open evening", [None, None, None, None, "ALL", "ALL", "ALL"])]


def _weeks(n: int, repeat: int | None = None) -> list[dt.date]:
    days = [START + dt.timedelta(days=7 * k) for k in range(n)]
    if repeat is not None:
        days[repeat] = days[repeat - 1]  # the same week printed twice
    return days


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Community Club Launch - Timeline"
    ws["A3"], ws["B3"] = "Project Name:", "Club Launch"
    ws["A4"], ws["B4"] = "Project Lead:", "Dana Voss"
    row = 6
    for group, tasks, weeks in (("Routine Work", ROUTINE, _weeks(6, repeat=3)), ("Launch Work", BUILD, _weeks(7))):
        ws.cell(row, 2, "March")
        for k in range(len(weeks)):
            ws.cell(row + 1, 2 + k, "Check-in")
        ws.cell(row + 2, 1, group)
        for k, day in enumerate(weeks):
            ws.cell(row + 2, 2 + k, dt.datetime(day.year, day.month, day.day)).number_format = "dd/mm/yyyy"
        row += 3
        for name, bars in tasks:
            ws.cell(row, 1, name)
            for k, who in enumerate(bars):
                if who:
                    c = ws.cell(row, 2 + k, who)
                    c.fill = PatternFill("solid", fgColor=FILL[who])
            row += 1
        row += 2
    wb.save(str(path))


def test_bars_give_lead_due_and_group(tmp_path: Path) -> None:
    path = tmp_path / "timeline.xlsx"
    _workbook(path)
    result = planx.convert_file(str(path))
    got = {a.action: a for a in result.actions}
    assert list(got) == [name for name, _ in ROUTINE + BUILD]  # no action of the form or the months
    assert {a.area for a in result.actions[:2]} == {"Routine Work"}
    assert {a.area for a in result.actions[2:]} == {"Launch Work"}
    assert got["Prepare the fortnightly agenda"].lead == "DV"
    assert got["Keep the shared task board current"].lead == ""  # several people's bars: no one lead
    assert [got[name].lead for name, _ in BUILD] == ["ALL", "DV", "KL", "ALL"]
    weeks = _weeks(7)
    assert [got[name].due_date for name, _ in BUILD] == [weeks[k].isoformat() for k in (0, 1, 3, 6)]
    assert any("Gantt chart scale(s) of dates with no task heading" in w for w in result.warnings)


def _cells(*texts: str | None, fill: str | None = None) -> list[Cell]:
    return [Cell(t or "", k, fill=fill if t else None) for k, t in enumerate(texts)]


def _raw(*rows: list[Cell]) -> RawDocument:
    table = Table([Row(list(cells), 1, k) for k, cells in enumerate(rows)], 1, 1)
    return RawDocument(path="t.xlsx", name="t.xlsx", format="xlsx", blocks=[table])


def test_rows_of_dates_under_the_scale_are_no_chart() -> None:
    # near miss: a plan's rows each print four dates where the bars would be: its own columns, no chart
    raw = _raw(_cells("Stage one", "02/03/2026", "09/03/2026", "16/03/2026", "23/03/2026"),
               _cells("Book the hall", "03/03/2026", "05/03/2026", "10/03/2026", "12/03/2026"),
               _cells("Print the flyers", "04/03/2026", "06/03/2026", "11/03/2026", "13/03/2026"),
               _cells("Hire the sound kit", "05/03/2026", "07/03/2026", "12/03/2026", "14/03/2026"))
    assert gantt_bar_tables(raw) is raw


def test_a_grid_headed_by_its_task_heading_is_left_to_the_schedule_reader() -> None:
    # near miss: 'Task' over the names: the schedule's own headings read it (task_tables)
    raw = _raw(_cells("Task", "02/03/2026", "09/03/2026", "16/03/2026", "23/03/2026"),
               _cells("Book the hall", "AB", "AB", None, None, fill="#ff0000"),
               _cells("Print the flyers", None, "CD", "CD", None, fill="#ff0000"),
               _cells("Hire the sound kit", None, None, "EF", "EF", fill="#ff0000"))
    assert gantt_bar_tables(raw) is raw


def test_a_scale_that_steps_back_is_no_scale() -> None:
    # near miss: dates out of order are a row of values, not a chart's weeks
    raw = _raw(_cells("Stage one", "02/03/2026", "23/03/2026", "09/03/2026", "16/03/2026"),
               _cells("Book the hall", "AB", "AB", None, None, fill="#ff0000"),
               _cells("Print the flyers", None, "CD", "CD", None, fill="#ff0000"),
               _cells("Hire the sound kit", None, None, "EF", "EF", fill="#ff0000"))
    assert gantt_bar_tables(raw) is raw


def test_the_read_grid_keeps_every_bar_under_its_date() -> None:
    raw = _raw(_cells("Stage one", "02/03/2026", "09/03/2026", "16/03/2026", "23/03/2026"),
               _cells("Book the hall", "AB", "AB", None, None, fill="#ff0000"),
               _cells("Print the flyers", None, "CD", "EF", None, fill="#ff0000"),
               _cells("Hire the sound kit", None, None, None, None))
    out = gantt_bar_tables(raw)
    (table,) = [b for b in out.blocks if isinstance(b, Table)]
    assert [c.text for c in table.rows[0].cells[:4]] == ["Phase", "Task", "Owner", "Finish"]
    assert [[c.text for c in r.cells[:4]] for r in table.rows[1:]] == [
        ["Stage one", "Book the hall", "AB", "09/03/2026"],
        ["Stage one", "Print the flyers", "", "16/03/2026"],  # two people's bars: no owner
        ["Stage one", "Hire the sound kit", "", ""]]  # no bar: no date
    bars = [c.text for r in table.rows[1:] for c in r.cells[4:] if c.text]
    assert bars == ["AB", "AB", "CD", "EF"]


def test_a_week_printed_twice_stays_in_the_scale() -> None:
    labels = ["Task", "Owner", "02/03/2026", "09/03/2026", "09/03/2026", "16/03/2026", "23/03/2026"]
    assert run_of_scale(labels) == [2, 3, 4, 5, 6]


def test_one_date_printed_again_and_again_is_no_scale() -> None:
    # near miss: the same date in every column is a row's values, no chart's weeks
    assert run_of_scale(["Task", "09/03/2026", "09/03/2026", "09/03/2026", "09/03/2026"]) == []


def test_the_read_workbook_loses_no_cell(tmp_path: Path) -> None:
    from test_nothing_lost import lost_texts  # the nothing-lost audit every sample passes
    path = tmp_path / "timeline.xlsx"
    _workbook(path)
    # the audit walks the workbook as extracted, where the scale is no heading row yet: the scale's dates
    # are the read task lists' column headings (which the audit lets go); no task, bar, form or caption is lost
    headings = {day.strftime("%d/%m/%Y") for day in _weeks(7) + _weeks(6, repeat=3)}
    assert {text for kind, text in lost_texts(path) if text not in headings} == set()
