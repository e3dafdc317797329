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
from planx.normalise.text import squash, words_over

# fields that say what is to be done, and fields that pin it down (who, when, how it stands)
_ACTION_FIELDS = {"action", "milestones", "objective", "outcome"}
_DETAIL_FIELDS = {"lead", "responsible", "due", "status", "rag", "progress", "measure"}
_MAX_LABEL_WORDS = 8
# a value that reads as a heading of these fields is a value of its row ('In progress' under Status)
_OWN_VALUE = {"status": {"status", "progress"}, "rag": {"rag", "status", "progress"}}


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
    if not text or words_over(text, _MAX_LABEL_WORDS) or len(text) > 80:
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
    heading row)? Then the table is no transposed plan. A value that reads as the heading of its
    own row's field is a value of that field ('Workforce Development Lead' in the Lead row,
    'In progress' in the Status row), not a heading; a column of labels is one whose cells
    mostly read as headings."""
    def heading_like(label: Cell | None, cell: Cell) -> str:
        field, score, _ = classify(cell.text)
        if score < 85 or words_over(cell.text, 4) or looks_like_ref(cell.text):
            return ""
        own = _reads_as_heading(_label(label))
        if own is not None and {own[0], field} <= _OWN_VALUE.get(own[0], {own[0]}):
            return ""  # a value of its own row's field
        return field

    values = [(first, c) for _, first, rest in rows for c in rest]
    labels = sum(1 for first, c in values if heading_like(first, c))
    if labels > max(1, len(values) // 5):
        return True
    columns: dict[int, list[Cell]] = {}
    for _, _, rest in rows:
        for c in rest:
            columns.setdefault(c.col, []).append(c)
    return any(len(cells) >= 3 and sum(1 for c in cells if classify(c.text)[1] >= 85 and not words_over(c.text, 4))
               * 2 > len(cells) for cells in columns.values())


def _is_banner(first: Cell | None, rest: list[Cell]) -> bool:
    """A row of one cell (a title, a priority heading) is no label: across the table, or alone in
    the first column of a sheet's grid where it reads as no heading ('Priority 2: Reading')."""
    if first is None or rest:
        return False
    return first.colspan >= 2 or _reads_as_heading(_label(first)) is None


Labelled = list[tuple[Row, Cell, list[Cell]]]


def _sections(rows: list[tuple[Row, Cell | None, list[Cell]]]) -> list[tuple[list[Row], Labelled]]:
    """The table cut at its banner rows: (the banners above, the labelled rows) per section. A
    sheet holds one transposed table per area heading, each heading a row of the same grid."""
    out: list[tuple[list[Row], Labelled]] = [([], [])]
    for k, (row, first, rest) in enumerate(rows):
        if first is None:
            continue
        # a row of its first cell only, before the labels begin again, heads the next table
        # ('Theme 2 – Housing' reads as an area's heading, the rows under it again name fields)
        restarts = False
        if not rest and k + 1 < len(rows) and rows[k + 1][1] is not None:
            following = _reads_as_heading(_label(rows[k + 1][1]))
            named = {r[0] for r in (_reads_as_heading(_label(f)) for _, f, _ in out[-1][1]) if r is not None}
            restarts = following is not None and following[0] in named
        if _is_banner(first, rest) or restarts:
            if out[-1][1]:
                out.append(([], []))
            out[-1][0].append(row)
        else:
            out[-1][1].append((row, first, rest))
    return out


@dataclass
class _Section:
    rows: list[Row]
    fields: list[str]
    actions: int
    repeats: int
    share: float


def _turn_section(banners: list[Row], labelled: list[tuple[Row, Cell, list[Cell]]],
                  page: int, line: int) -> _Section | None:
    """One section turned round: its banners, a heading row of its labels, a row per value column."""
    # a row printed again whole, label and values, is the table's heading row repeated over a new page
    seen: set[tuple[str, ...]] = set()
    repeats = 0
    for row, first, rest in list(labelled):
        key = tuple(squash(c.text) for c in [first, *rest])
        if key in seen and len(rest) >= 2:
            labelled.remove((row, first, rest))
            repeats += 1
        seen.add(key)
    if not labelled:
        return None
    readings = [(_reads_as_heading(_label(first)), row, first, rest) for row, first, rest in labelled]
    fields = [r[0] for r, *_ in readings if r is not None and r[0]]
    known = sum(1 for r, *_ in readings if r is not None)
    if not (set(fields) & _ACTION_FIELDS) or len(set(fields) & _DETAIL_FIELDS) < 2 or len(fields) < 3:
        return None
    share = known / len(labelled)
    if share < 0.6 or len(fields) != len(set(fields)):
        return None  # a field named twice down the column: a list of forms, not one table
    if _values_are_headings(labelled):
        return None
    value_cols = sorted({col for _, _, rest in labelled for c in rest for col in range(c.col, c.col + c.colspan)})
    heads = [Cell(text=_label(first), col=i) for i, (_, first, _) in enumerate(labelled)]
    width = len(heads)
    out = [Row([Cell(text=_label(b.cells[0]) if b.cells else "", col=0, colspan=max(2, width))], b.page, b.line)
           if b.cells and b.cells[0].colspan < 2 else b for b in banners]
    out.append(Row(heads, page, line))
    actions = 0
    for col in value_cols:
        cells = []
        for i, (_, _, rest) in enumerate(labelled):
            # a value merged across several actions' columns belongs to each of them
            cell = next((c for c in rest if c.col <= col < c.col + c.colspan), None)
            if cell is not None:
                cells.append(Cell(text=cell.text, col=i, fill=cell.fill))
        if cells:
            out.append(Row(cells, page, line))
            actions += 1
    return _Section(out, fields, actions, repeats, share)


def transposed_rows(table: Table) -> Transposed | None:
    """The table turned round (a heading row of the first column's labels, a row per value
    column), or None when the table is not transposed. A grid of several such tables, each under
    its own heading row (a sheet with one table per area), is turned round section by section."""
    rows = _first_cells(table)
    width = max((r.width() for r in table.rows), default=0)
    if width < 3 or len(rows) < 3:
        return None
    first_row = table.rows[0]
    if read_header([(c.col, c.colspan, c.text) for c in first_row.cells]) is not None:
        return None  # the first row reads as headings: an ordinary table
    page, line = first_row.page, first_row.line
    sections = [(banners, labelled) for banners, labelled in _sections(rows) if labelled or banners]
    turned: list[_Section] = []
    trailing: list[Row] = []
    for banners, labelled in sections:
        if not labelled:
            trailing = banners  # headings under the last section, with nothing below
            continue
        section = _turn_section(banners, labelled, page, line)
        if section is None:
            return None  # every section must read as transposed
        turned.append(section)
    if not turned or max(s.actions for s in turned) < 2:
        return None
    out = [row for s in turned for row in s.rows] + trailing
    fields = list(dict.fromkeys(f for s in turned for f in s.fields))
    share = min(s.share for s in turned)
    repeats = sum(s.repeats for s in turned)
    actions = sum(s.actions for s in turned)
    confidence = round(min(1.0, 0.5 + 0.1 * len(set(fields)) * share), 2)
    why = (f"headings down the first column ({', '.join(fields)}), {actions} actions across"
           + (f" in {len(turned)} tables, each under its own heading row" if len(turned) > 1 else "")
           + (f"; {repeats} row(s) printed again over a new page read once" if repeats else ""))
    return Transposed(out, confidence, why)


__all__ = ["Transposed", "transposed_rows"]
