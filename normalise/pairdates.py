"""A due column of bare number pairs ('09-19', '09-22') in a dated plan is days of that plan's year.

A team's minutes dated 2024-09-17 may set its tasks due '09-19', '09-20', '09-22': a month and a
day with the year left out, as the writer knows it. The pair alone reads two ways: month-day, or
month and two-digit year ('09-19' as September 2019, dates.py's reading of '09/19'). A reader who
knows the plan's own date weighs both: the month-year reading puts every task years before the plan
was written, the month-day reading (or day-month, as UK plans write it) puts them all within the
year after it. So when a table's due cells are all such pairs, none of them reads as a month and a
year near the plan's date, and every one reads as a day of the year that follows the plan's date in
one order, each cell is read as that day. Cells without digits ('-', 'TBC') are left as they are. A
table whose pairs fit both orders (all numbers 12 or less, e.g. '03-04') is left unread: nothing
says which. The reading is a judgement: a warning says so.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from planx.normalise.records import Action

_PAIR = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")
MIN_CELLS = 2  # a column, not a cell
SLACK_DAYS = 31  # a task may be due a little before the minutes that record it were written up
AHEAD_DAYS = 366  # the tasks of a dated plan fall due within the year after its date
NEAR_YEARS = (-1, 6)  # a month-year reading this near the plan's year is plausible: left to dates.py
ORDERS = ("md", "dm")


def _day(first: int, second: int, order: str, written: dt.date) -> dt.date | None:
    """The pair read in ``order`` as the first such day on or after a month before the plan's date."""
    month, day = (first, second) if order == "md" else (second, first)
    for year in (written.year, written.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            return None
        if when >= written - dt.timedelta(days=SLACK_DAYS):
            return when if when <= written + dt.timedelta(days=AHEAD_DAYS) else None
    return None


def _month_year_near(first: int, second: int, written: dt.date) -> bool:
    """Whether the pair read as month and two-digit year lies near the plan's own year."""
    return 1 <= first <= 12 and NEAR_YEARS[0] <= 2000 + second - written.year <= NEAR_YEARS[1]


def pair_order(cells: Sequence[str], written: dt.date) -> tuple[str, list[dt.date]] | None:
    """The one order the number pairs read in as days just after ``written``, and those days;
    None when the cells are not such a column (see the module's docstring)."""
    pairs = [(int(m.group(1)), int(m.group(2))) for c in cells if (m := _PAIR.match(c))]
    if len(pairs) < MIN_CELLS or len(pairs) < len(cells):
        return None
    if any(_month_year_near(f, s, written) for f, s in pairs):
        return None
    fits = []
    for order in ORDERS:
        days = [_day(f, s, order, written) for f, s in pairs]
        if all(days):
            fits.append((order, [d for d in days if d is not None]))
    return fits[0] if len(fits) == 1 else None


def read_pair_dates(actions: list[Action], plan_date: str, warnings: list[str]) -> None:
    """Each table's due cells that are all bare number pairs are read as days of the plan's year."""
    try:
        written = dt.date.fromisoformat(plan_date)
    except ValueError:
        return  # no full date of its own: nothing to weigh the readings against
    by_table: dict[int, list[Action]] = {}
    for a in actions:
        if re.search(r"\d", a.due_raw):
            by_table.setdefault(a.table, []).append(a)
    for table, rows in by_table.items():
        found = pair_order([a.due_raw for a in rows], written)
        if found is None:
            continue
        order, days = found
        for a, day in zip(rows, days, strict=True):
            a.due_date = day.isoformat()
        spelt = {"md": "month-day", "dm": "day-month"}[order]
        warnings.append(f"table {table}: {len(rows)} due cells read as {spelt} in the year of the plan's date "
                        f"{plan_date} (e.g. '{rows[0].due_raw}' as {rows[0].due_date}); as month and year "
                        f"they would fall years away from it")


__all__ = ["pair_order", "read_pair_dates"]
