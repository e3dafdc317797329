"""Dated update rows under an action: its progress history, not actions of their own.

A tracker often logs each action's progress as rows of their own beneath it, each holding a date
and a comment and nothing else:

    | Ref | Date       | Action / update                 | Owner   | Deadline | Status  |
    | 1.1 |            | Refresh the supervision policy  | Ann Lee | Mar-25   | Delayed |
    |     | 14/05/2024 | Draft shared with managers      |         |          |         |
    |     | 20/06/2024 | Consultation closed             |         |          |         |

A person reads the dated rows as the action's updates, the latest-dated one its progress (the log
may be printed oldest or newest first). Read as rows, each would be an action of its own with no
owner and no deadline.

The evidence: one column holds a date alone on those rows and is empty on the action rows; the
comment sits in the action column; nothing else on the row is filled; every such row follows an
action row (ref, owner, deadline … filled) or another such row; the date column is no deadline
column (its heading reads as no field: 'Date', 'Update date'). The latest update becomes the
action row's cell under a new 'Latest update' heading (read as progress); the earlier updates are
set aside, with their dates, as leftovers; the decision goes into the document's warnings. A table
that prints its own progress column is left as it is.
"""
from __future__ import annotations

from dataclasses import replace

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise.dates import PlanDate, date_spans
from planx.normalise.headers import read_header
from planx.normalise.text import squash

MIN_UPDATES = 2  # dated rows a table must hold before its rows read as updates
LATEST_HEADING = "Latest update"
_ACTION_SIDE = {"ref", "area_ref", "lead", "due", "status", "rag", "responsible"}  # what an action row fills


def _fields(table: Table) -> dict[int, str] | None:
    first = [c for c in table.rows[0].cells if c.text.strip() and not c.merged_above]
    below = [[(c.col, c.text) for c in r.cells if c.text.strip()] for r in table.rows[1:6]]
    header = read_header([(c.col, c.colspan, c.text) for c in first], below, first=True)
    if header is None:
        return None
    return {c.col: c.field for c in header.columns}


def _filled(row: Row) -> dict[int, str]:
    return {c.col: c.text for c in row.cells if c.text.strip() and not c.merged_above}


def date_alone(text: str) -> PlanDate | None:
    """The one date a cell holds and nothing else ('14/05/2024', '20 Jun 2024'), else None."""
    text = text.strip()
    spans = date_spans(text)
    if len(spans) != 1:
        return None
    start, end, date = spans[0]
    if date.month is None or (text[:start] + text[end:]).strip(" ,.:"):
        return None
    return date


def _repeats_heading(row: Row, heading: Row) -> bool:
    """Is the row the table's heading printed again (atop a page)?"""
    return row.repeated_header or [squash(t) for t in _filled(row).values()] == \
        [squash(t) for t in _filled(heading).values()]


def _update_rows(table: Table, action_col: int, date_col: int, fields: dict[int, str]
                 ) -> tuple[dict[int, tuple[int, PlanDate, str]], set[int]] | None:
    """({row number: (the action row's number, the date, the comment)}, the action rows that print a
    date of their own) of a table whose dated rows all follow an action row, or None when its rows do
    not read so. A heading repeated over a page's rows breaks no run of updates; an action row or two
    printing a date (a page's last rows drawn as one, an update run into its action) are borne, where
    most action rows leave the column empty."""
    out: dict[int, tuple[int, PlanDate, str]] = {}
    owner = -1
    actions = 0
    dated: set[int] = set()
    for n, row in enumerate(table.rows[1:], 1):
        filled = _filled(row)
        if _repeats_heading(row, table.rows[0]):
            continue
        if set(filled) == {date_col, action_col} and (date := date_alone(filled[date_col])):
            if owner < 0:
                return None  # a dated row under no action
            out[n] = (owner, date, squash(filled[action_col]))
            continue
        own = {fields.get(col, "") for col in filled} & _ACTION_SIDE
        owner = n if action_col in filled and own else -1
        actions += owner == n
        if date_col in filled:
            if owner != n:
                return None  # a date beside no action: the column is something else
            dated.add(n)
    if len(out) < MIN_UPDATES or len(dated) * 4 > actions:
        return None
    return out, dated


def _with_cell(row: Row, col: int, text: str) -> Row:
    """The row with its cell in column col holding text (a cell added where the row has none there)."""
    if any(c.col == col for c in row.cells):
        return replace(row, cells=[replace(c, text=text, merged_above=False) if c.col == col else c
                                   for c in row.cells])
    return replace(row, cells=sorted([*row.cells, Cell(text=text, col=col)], key=lambda c: c.col))


def _update_run_in(row: Row, action_col: int, date_col: int) -> tuple[Row, tuple[PlanDate, str] | None]:
    """An action row that prints a date alone in the updates' date column, where a page's last rows
    were drawn as one: the update's comment is the action cell's last lines, from the last line that
    opens in capitals (a wrapped action goes on in lower case: 'report' / 'themes to the board' /
    'Final version approved'). (The row without the update's text, (the date, the comment)); the row
    as it is and None where the cell does not part so."""
    filled = _filled(row)
    date = date_alone(filled.get(date_col, ""))
    lines = [ln.strip() for ln in filled.get(action_col, "").split("\n") if ln.strip()]
    starts = [k for k in range(1, len(lines)) if lines[k][:1].isupper()]
    if date is None or not starts:
        return row, None
    k = starts[-1]
    return _with_cell(row, action_col, "\n".join(lines[:k])), (date, squash(" ".join(lines[k:])))


def _folded(table: Table) -> tuple[Table, list[tuple[str, str, int, int]], int] | None:
    """(the table with its dated rows folded into their actions, the earlier updates set aside,
    how many rows were folded), or None when the table holds no dated update rows."""
    if len(table.rows) < 3:
        return None
    fields = _fields(table)
    if not fields:
        return None
    actions = [col for col, f in fields.items() if f == "action"]
    if len(actions) != 1:
        return None
    action_col = actions[0]
    for date_col, field_name in fields.items():
        # the dates' column: headed by no field ('Date') or as the update it dates ('Update date');
        # a table with a progress column of its own besides is left as it is
        if field_name not in ("", "progress") or date_col == action_col \
                or any(f == "progress" for c, f in fields.items() if c != date_col):
            continue
        found = _update_rows(table, action_col, date_col, fields)
        if found is None:
            continue
        updates, dated = found
        by_action: dict[int, list[tuple[int, PlanDate, str]]] = {}
        for n, (owner, date, text) in updates.items():
            by_action.setdefault(owner, []).append((n, date, text))
        # the dates' column, empty on every row left, holds the latest update under a heading saying so
        head = table.rows[0]
        rows = [_with_cell(head, date_col, LATEST_HEADING)]
        aside: list[tuple[str, str, int, int]] = []
        for n, row in enumerate(table.rows[1:], 1):
            if n in updates:
                continue
            if _repeats_heading(row, head):  # the heading printed again atop a page says so again
                rows.append(_with_cell(row, date_col, LATEST_HEADING))
                continue
            log = list(by_action.get(n, []))
            if n in dated:
                row, run_in = _update_run_in(row, action_col, date_col)
                if run_in is not None:  # the action's first update drawn into its row: one of its updates
                    log.insert(0, (n, *run_in))
                else:  # a date of its own on an action row: kept aside, not taken for an update
                    aside.append((squash(_filled(row)[date_col]), f"a date printed on the action row {n}, whose "
                                  f"column holds its updates' dates", row.page, row.line))
                row = _with_cell(row, date_col, "")
            if not log:
                rows.append(row)
                continue
            # the latest date wins; of two on one day, the one printed last
            last = max(range(len(log)), key=lambda k: (log[k][1].end_key(), k))
            rows.append(_with_cell(row, date_col, log[last][2]))
            ref = squash(next(iter(_filled(row).values()), ""))
            for k, (m, date, text) in enumerate(log):
                if k != last:
                    aside.append((f"{date.iso()}: {text}", f"an earlier dated update of the action in row "
                                  f"{n} ({ref})", table.rows[m].page, table.rows[m].line))
        return replace(table, rows=rows), aside, len(updates)
    return None


def fold_dated_updates(raw: RawDocument) -> RawDocument:
    """The document with each table's dated update rows folded into the action above (see above)."""
    blocks = list(raw.blocks)
    warnings: list[str] = []
    aside: list[tuple[str, str, int, int]] = []
    for i, b in enumerate(blocks):
        if not isinstance(b, Table):
            continue
        folded = _folded(b)
        if folded is None:
            continue
        blocks[i], kept, count = folded
        aside += kept
        warnings.append(f"table {b.index}: {count} row(s) holding only a date and a comment under an action "
                        f"read as that action's dated updates (the latest its progress, the earlier ones in leftovers)")
    if not warnings:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, *warnings], aside=[*raw.aside, *aside])
