"""A date cell whose format hides the year is read by the date it holds.

A workbook may format its date cells to print only the day and month ('28-Feb', number format
'd-mmm') or only the month ('Mar'): the cell still holds a whole date, and Excel shows the year in
the formula bar. The extractor keeps what the cell prints and records, for such cells, the date
each printed text stands for (RawDocument.cell_dates, extract/xlsx.held_date). A due cell that
prints exactly such a text is due on that date, at the precision printed, in the cell's own year:
no guess from the plan's year is needed. A printed text that two cells give different years for is
not recorded, and is read as printed. The reading is the file's own: a Note says so.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from planx.normalise.records import Action
from planx.normalise.severity import Note


def read_cell_dates(actions: Sequence[Action], cell_dates: Mapping[str, str], warnings: list[str]) -> None:
    """Each action's and milestone's due cell that prints a date cell's text takes the date it holds."""
    if not cell_dates:
        return
    read: list[tuple[str, str]] = []
    for a in actions:
        for item in (a, *a.milestones):
            held = cell_dates.get(item.due_raw.strip())
            if held and item.due_date != held:
                item.due_date = held
                read.append((item.due_raw.strip(), held))
    if read:
        raw, held = read[0]
        warnings.append(Note(f"{len(read)} due cell(s) read by the date the cell holds, its year hidden by "
                             f"the cell's format (e.g. '{raw}' as {held})"))


__all__ = ["read_cell_dates"]
