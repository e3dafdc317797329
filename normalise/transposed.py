"""Transposed plan tables: the headings run down the first column, each further column is an action.

    Action       | Recruit two more psychologists | Set up a weekly panel
    Lead officer | Head of SEND                   | J. Okafor
    Target date  | March 2026                     | Q2 2025/26
    Resources    | Within existing budget         | Two days of officer time

A person reads such a table by its first column: the cells there read as field headings (by
meaning, normalise/headers.read_heading), the first row does not, and the other columns hold
values, not headings. transposed_rows turns it round into a heading row and one row per action, so
the walker reads it like any plan table; a heading no field takes ('Resources') stays a column
whose cells go to leftovers under it. A table of one value column is an action form, read by
structure.vertical_form_rows; here there are two value columns or more.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planx.extract.model import Cell, Row, Table
from planx.normalise.columns import looks_like_ref
from planx.normalise.headers import DECENT, classify, read_header, read_heading
from planx.normalise.text import squash

# fields that say what is to be done, and fields that pin it down (who, when, how it stands)
_ACTION_FIELDS = {"action", "milestones", "objective", "outcome"}
_DETAIL_FIELDS = {"lead", "responsible", "due", "status", "rag", "progress", "measure"}
_MAX_LABEL_WORDS = 8


@dataclass
class Transposed:
    rows: list[Row]  # a heading row, then one row per action
    confidence: float  # how surely the table is transposed (0–1)
    why: str


def _label(cell: Cell | None) -> str:
    return squash(cell.text) if cell is not None else ""


def _reads_as_heading(text: str) -> tuple[str, float] | None:
    """(field, score) of a short cell that reads as a heading; field '' for a heading no field
    takes ('Resources'); None for a cell that is no heading."""
    if not text or len(text.split()) > _MAX_LABEL_WORDS or len(text) > 80:
        return None
    readings = read_heading(text)
    if not readings or readings[0].score < DECENT:
        return None
    return readings[0].field, readings[0].score


def _first_cells(table: Table) -> list[tuple[Row, Cell | None, list[Cell]]]:
    """(row, its first-column cell, its other cells holding text) for rows with text."""
    out = []
    for row in table.rows:
        filled = [c for c in row.cells if c.text.strip() and not c.merged_above]
        if not filled:
            continue
        first = filled[0] if filled[0].col == 0 else None
        out.append((row, first, [c for c in filled if c is not first]))
    return out


def _values_are_headings(rows: Sequence[tuple[Row, Cell | None, list[Cell]]]) -> bool:
    """Do the value columns hold headings too (two label | value pairs side by side, a normal
    heading row)? Then the table is no transposed plan."""
    values = [c for _, _, rest in rows for c in rest]
    labels = sum(1 for c in values if classify(c.text)[1] >= 85 and len(c.text.split()) <= 4
                 and not looks_like_ref(c.text))
    return labels > max(1, len(values) // 5)


def transposed_rows(table: Table) -> Transposed | None:
    """The table turned round (a heading row of the first column's labels, a row per value
    column), or None when the table is not transposed."""
    rows = _first_cells(table)
    width = max((r.width() for r in table.rows), default=0)
    if width < 3 or len(rows) < 3:
        return None
    # a row of one cell across the table (a title, a priority) is no label: it stays above
    banners = [row for row, first, rest in rows if first is not None and not rest and first.colspan >= 2]
    labelled = [(row, first, rest) for row, first, rest in rows if first is not None and row not in banners]
    # a row printed again whole, label and values, is the table's heading row repeated over a new page
    seen: set[tuple[str, ...]] = set()
    repeats = 0
    for row, first, rest in list(labelled):
        key = tuple(squash(c.text) for c in [first, *rest] if c is not None)
        if key in seen and len(rest) >= 2:
            labelled.remove((row, first, rest))
            repeats += 1
        seen.add(key)
    readings = [(_reads_as_heading(_label(first)), row, first, rest) for row, first, rest in labelled]
    fields = [r[0] for r, *_ in readings if r is not None and r[0]]
    known = sum(1 for r, *_ in readings if r is not None)
    if not (set(fields) & _ACTION_FIELDS) or len(set(fields) & _DETAIL_FIELDS) < 2 or len(fields) < 3:
        return None
    share = known / len(labelled)
    if share < 0.6 or len(fields) != len(set(fields)):
        return None  # a field named twice down the column: a list of forms, not one table
    first_row = table.rows[0]
    if read_header([(c.col, c.colspan, c.text) for c in first_row.cells]) is not None:
        return None  # the first row reads as headings: an ordinary table
    if _values_are_headings(labelled):
        return None
    value_cols = sorted({col for _, _, rest in labelled for c in rest for col in range(c.col, c.col + c.colspan)})
    if len(value_cols) < 2:
        return None
    page, line = first_row.page, first_row.line
    heads = [Cell(text=_label(first), col=i) for i, (_, first, _) in enumerate(labelled)]
    out = banners + [Row(heads, page, line)]
    for col in value_cols:
        cells = []
        for i, (_, _, rest) in enumerate(labelled):
            # a value merged across several actions' columns belongs to each of them
            cell = next((c for c in rest if c.col <= col < c.col + c.colspan), None)
            if cell is not None:
                cells.append(Cell(text=cell.text, col=i, fill=cell.fill))
        if cells:
            out.append(Row(cells, page, line))
    confidence = round(min(1.0, 0.5 + 0.1 * len(set(fields)) * share), 2)
    why = (f"headings down the first column ({', '.join(dict.fromkeys(fields))}), "
           f"{len(out) - 1 - len(banners)} actions across"
           + (f"; {repeats} row(s) printed again over a new page read once" if repeats else ""))
    return Transposed(out, confidence, why)


__all__ = ["Transposed", "transposed_rows"]
