"""A due column of bare six-digit numbers is dates written without separators, not day counts.

A workplan kept in a spreadsheet may type its dates as numbers: '151121' for 15/11/21, and, since a
number keeps no leading zero, '51221' for 05/12/21 and '70122' for 07/01/22. A five-digit number
alone could be Excel's day count of a date cell that lost its format ('44440' is 2021-09-01,
dates.excel_serial); a six-digit one cannot be a day count of this century (more than 73050), and
reads as a date only as day, month and year run together. A reader who sees the column as a whole
reads all its cells the same way: when the due cells of one table are all such numbers, every one
of them reads as a date in one order (day-month-year, as UK plans write it; month-day-year or
year-month-day only when day-month-year fails on some cell and that order fits them all), at least
one of them cannot be a day count, and the dates fall within a few years of each other, each cell
is read in that order. The reading is a judgement: a warning says so.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from planx.normalise.dates import SERIAL_RANGE
from planx.normalise.records import Action

_DIGITS = re.compile(r"^\s*(\d{5,6})(?:\.0+)?\s*$")
MIN_CELLS = 3  # a column, not a cell
SPAN_YEARS = 6  # the dates of one plan lie this close together at most
# the orders digits run in, first tried first (UK plans write day-month-year)
ORDERS = ("dmy", "ymd", "mdy")


def _read(digits: str, order: str) -> dt.date | None:
    six = digits.zfill(6)
    parts = dict(zip(order, (int(six[0:2]), int(six[2:4]), int(six[4:6])), strict=False))
    try:
        return dt.date(2000 + parts["y"], parts["m"], parts["d"])
    except ValueError:
        return None


def column_order(cells: Sequence[str]) -> tuple[str, list[dt.date]] | None:
    """The one order all the cells read in as dates (see the module's docstring), and the dates;
    None when the cells are no such column."""
    digits = [m.group(1) for c in cells if (m := _DIGITS.match(c))]
    if len(digits) < MIN_CELLS or len(digits) < len(cells):
        return None
    if not any(len(d) == 6 and int(d) > SERIAL_RANGE[1] for d in digits):
        return None  # every cell could be a day count: dates.excel_serial reads them
    for order in ORDERS:
        dates = [_read(d, order) for d in digits]
        if all(dates):
            found = [d for d in dates if d is not None]
            if (max(found) - min(found)).days <= SPAN_YEARS * 366:
                return order, found
    return None


def read_numeric_dates(actions: list[Action], warnings: list[str]) -> None:
    """Each table's due cells that are all numbers run together from dates are read as those dates."""
    by_table: dict[int, list[Action]] = {}
    for a in actions:
        if a.due_raw:
            by_table.setdefault(a.table, []).append(a)
    for table, rows in by_table.items():
        found = column_order([a.due_raw for a in rows])
        if found is None:
            continue
        order, dates = found
        for a, day in zip(rows, dates, strict=False):
            a.due_date = day.isoformat()
            serial = f"due {a.due_raw.strip()!r} read as an Excel date serial"  # actions.due_of's reading, undone
            warnings[:] = [w for w in warnings if not w.startswith(serial)]
        spelt = {"dmy": "ddmmyy", "ymd": "yymmdd", "mdy": "mmddyy"}[order]
        warnings.append(f"table {table}: {len(rows)} due cells read as dates written {spelt} without separators "
                        f"(e.g. '{rows[0].due_raw}' as {rows[0].due_date}); a six-digit cell cannot be a day count")


__all__ = ["column_order", "read_numeric_dates"]
