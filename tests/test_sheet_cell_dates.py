"""Excel date cells whose number format hides the year ('d-mmm' shows 28-Feb for 2017-02-28): the
cell holds the whole date, so the due date is read from it (extract/xlsx.held_date,
RawDocument.cell_dates, normalise/celldates.py) while due_raw keeps what the cell prints. Shapes:
'd-mmm', 'mmm-dd', 'mmmm' (a month), escaped separators; near-misses: a format that prints the year,
a time, a text cell that looks the same, the same printed text for two years."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from planx.extract import extract
from planx.extract.xlsx import cell_text, held_date
from planx.normalise import normalise


@pytest.mark.parametrize(("fmt", "printed", "held"), [
    ("d-mmm", "28-Feb", "2017-02-28"),
    ("mmm-dd", "Feb-28", "2017-02-28"),
    ("dd\\ mmmm", "28 February", "2017-02-28"),
    ("[$-809]d mmm", "28 Feb", "2017-02-28"),
    ("mmmm", "February", "2017-02"),
])
def test_a_format_that_hides_the_year_keeps_the_date_the_cell_holds(fmt: str, printed: str, held: str):
    value = dt.datetime(2017, 2, 28)
    assert cell_text(value, fmt) == printed
    assert held_date(value, fmt) == held


@pytest.mark.parametrize("fmt", ["dd/mm/yyyy", "mmm-yy", "mm-dd-yy", "General", "h:mm", "yyyy"])
def test_a_format_that_prints_the_year_or_no_month_holds_nothing_more(fmt: str):
    assert held_date(dt.datetime(2017, 2, 28, 9, 30), fmt) == ""
    assert held_date("28-Feb", "d-mmm") == ""  # text typed in: what it prints is all there is


def _calendar(path: Path, fmt: str, extra: list[tuple[dt.datetime, str]] = ()) -> Path:  # type: ignore[assignment]
    wb = Workbook()
    ws = wb.active
    ws.append(["Action", "Lead", "Target date"])
    days = [(dt.datetime(2017, 2, 28), "Determine if suitable printing equipment exists"),
            (dt.datetime(2017, 3, 5), "Write code that determines rod placement along a chain"),
            (dt.datetime(2017, 3, 12), "Print a functioning rod and test it"),
            *extra]
    for day, task in days:
        ws.append([task, "Project lead", day])
        ws.cell(ws.max_row, 3).number_format = fmt
    wb.save(path)
    return path


def test_due_dates_read_from_the_cells_of_a_calendar_plan(tmp_path: Path):
    result = normalise(extract(_calendar(tmp_path / "plan.xlsx", "d-mmm")))
    got = {a.action[:12]: (a.due_raw, a.due_date) for a in result.actions}
    assert got["Determine if"] == ("28-Feb", "2017-02-28")
    assert got["Write code t"] == ("5-Mar", "2017-03-05")
    assert any("read by the date the cell holds" in w for w in result.warnings)


def test_a_printed_year_is_read_as_printed_and_no_note(tmp_path: Path):
    result = normalise(extract(_calendar(tmp_path / "plan.xlsx", "dd/mm/yyyy")))
    assert {a.due_date for a in result.actions} >= {"2017-02-28", "2017-03-05"}
    assert not any("read by the date the cell holds" in w for w in result.warnings)


def test_one_printed_text_for_two_years_is_not_taken_from_the_cells(tmp_path: Path):
    doc = extract(_calendar(tmp_path / "plan.xlsx", "d-mmm", [(dt.datetime(2018, 2, 28), "Review the rod design")]))
    assert "28-Feb" not in doc.cell_dates
    assert doc.cell_dates["5-Mar"] == "2017-03-05"
