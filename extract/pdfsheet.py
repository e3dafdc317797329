"""A spreadsheet printed with its row and column headings: the sheet's furniture taken off its table.

Excel and LibreOffice can print a sheet's headings ('Print row and column headings'): the column
letters over the columns (A, B, C … AA, AB) and the row numbers down the left (1, 2, 3 …). The
table engine reads them as one more row and one more column of the table; they are the sheet's
coordinates, not its content. A table whose first row holds nothing but column letters running on
in order, and whose first column holds nothing but whole numbers rising down the page (the row
numbers, where the sheet's own rows start; empty where a tall row goes on from the page before),
loses that row and that column here, before tables are stitched over pages — so that the heading
row the sheet repeats on each page (its print titles) reads as the same row on every page, and the
rest of a row the page break cut, which has no row number of its own, joins the row above.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.pdftables import FoundTable, GridCell

COLUMN_LETTERS = re.compile(r"^[A-Z]{1,2}$")  # 'A' … 'Z', 'AA' … 'ZZ': a sheet's column heading
ROW_NUMBER = re.compile(r"^\d{1,6}$")  # '1' … : a sheet's row heading
MIN_HEADINGS = 3  # the fewest column letters (and row numbers) that show a sheet's headings printed


def column_index(letters: str) -> int:
    """A column's letters as its number: 'A' → 1, 'Z' → 26, 'AA' → 27."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n


def letters_row(row: list[GridCell], ncols: int) -> bool:
    """The row is the printed column headings: every column but the first (the row numbers' own,
    left empty) holds one cell of column letters, each the next column's after the one before it."""
    if ncols - 1 < MIN_HEADINGS or any(c.colspan != 1 or c.rowspan != 1 for c in row if c.text.strip()):
        return False
    texts = {c.c: c.text.strip() for c in row}
    if texts.get(0):
        return False
    letters = [texts.get(col, "") for col in range(1, ncols)]
    if not all(COLUMN_LETTERS.match(x) for x in letters):
        return False
    numbers = [column_index(x) for x in letters]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def number_column(rows: list[list[GridCell]]) -> bool:
    """The first column (under the letters row) holds only row numbers, rising down the page, or
    nothing (a row going on from the page before); MIN_HEADINGS of them at least."""
    numbers = []
    for row in rows:
        first = next((c for c in row if c.c == 0), None)
        text = first.text.strip() if first is not None else ""
        if not text:
            continue
        if first is None or first.colspan != 1 or not ROW_NUMBER.match(text):
            return False
        numbers.append(int(text))
    return len(numbers) >= MIN_HEADINGS and all(b > a for a, b in zip(numbers, numbers[1:], strict=False))


def without_sheet_headings(table: FoundTable) -> FoundTable:
    """The table without the sheet's printed headings (its first row and first column) where it
    has them (letters_row, number_column); else the table as found."""
    grid = table.grid()
    if len(grid) < MIN_HEADINGS + 1 or not letters_row(grid[0], table.ncols) or not number_column(grid[1:]):
        return table
    cells = [replace(c, r=c.r - 1, c=c.c - 1) for c in table.cells if c.r > 0 and c.c > 0]
    evidence = dict(table.evidence, sheet_headings=True)
    x0, top, x1, bottom = table.bbox
    x0 = table.col_edges[1] if table.ruled and len(table.col_edges) > 1 else x0
    top = table.row_edges[1] if len(table.row_edges) > 1 else top
    return replace(table, cells=cells, nrows=table.nrows - 1, ncols=table.ncols - 1, bbox=(x0, top, x1, bottom),
                   col_edges=table.col_edges[1:], col_gaps=table.col_gaps[1:],
                   row_edges=table.row_edges[1:], evidence=evidence)
