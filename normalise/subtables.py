"""A heading spanning several sub-columns over a table nested in the cells below it → one cell a row.

An audit's management action plan prints each action's milestones as a small table inside the
action's 'Milestones' cell ('Milestone | By | Status', then a row a step). A PDF's rules show the
inner table's lines as columns and rows of the outer grid: the 'Milestones' heading spans the
sub-columns, the action's own row carries its other cells (or its cells stand beside the inner
heading row), and the rows below hold only the sub-table's cells while the action's cells run on
beside them (merged from above, or blank). A reader sees one cell holding a sub-table: its rows
are that cell's items.

The evidence is the shape, not the words of one document: a heading cell spans two columns or
more (not the whole row, which is a banner), and under it each outer row is followed by rows whose
cells outside the span are merged from above or blank. Each such group's cells under the span
are folded into the outer row's one cell as the readers of Word and HTML write a nested table (a
line a row, cells joined by '; ', the first line its headings), and the fold stands only when
every folded cell reads as a nested table of milestones (actions.nested_table: its first line
names the milestone and its date or status); otherwise the table is left as it was.
"""
from __future__ import annotations

from planx.extract.model import Cell, Row, Table


def _spans_of(table: Table) -> list[tuple[int, int, int]]:
    """(heading row index, first column, end column) of each heading that may stand over
    sub-columns, over a table at least one column wider than the span: a heading cell spanning
    two columns or more, or else a heading followed by columns whose headings are blank (a
    borderless page leaves the heading over the first sub-column only, 'Milestones' over
    'Milestone | By | Status')."""
    width = max((r.width() for r in table.rows), default=0)
    for k, row in enumerate(table.rows[:3]):
        if len(row.cells) < 2:
            continue  # a title or a banner row
        for c in row.cells:  # (a scan's headings printed white on a dark fill may read as nothing)
            if 2 <= c.colspan < width:
                return [(k, c.col, c.col + c.colspan)]
    out = []
    for k, row in enumerate(table.rows[:3]):
        if len(row.cells) < 3 or any(c.colspan > 1 for c in row.cells):
            continue
        cells = sorted(row.cells, key=lambda c: c.col)
        for i, c in enumerate(cells):
            if not c.text.strip():
                continue
            blank = 0
            while i + 1 + blank < len(cells) and not cells[i + 1 + blank].text.strip():
                blank += 1
            if blank and blank + 1 < width:
                out.append((k, c.col, c.col + blank + 1))
    return out


def _outer(row: Row, lo: int, hi: int) -> list[Cell]:
    return [c for c in row.cells if c.col + c.colspan <= lo or c.col >= hi]


def _inner(row: Row, lo: int, hi: int) -> list[Cell]:
    return [c for c in row.cells if lo <= c.col and c.col + c.colspan <= hi]


def _runs_on(row: Row, lo: int, hi: int) -> bool:
    """A row of the sub-table alone: nothing of its own outside the span, something inside it."""
    return (all(c.merged_above or not c.text.strip() for c in _outer(row, lo, hi))
            and any(c.text.strip() and not c.merged_above for c in _inner(row, lo, hi))
            and not any(c.col < lo < c.col + c.colspan or c.col < hi < c.col + c.colspan for c in row.cells))


def _lines(rows: list[Row], lo: int, hi: int) -> str:
    """The sub-table's rows as the readers write a nested table: a line a row, its cells joined by
    '; '; the first row with values gives the columns, a value in a column it leaves blank joins
    the column to its left."""
    texts = [{c.col: " ".join(c.text.split()) for c in _inner(r, lo, hi) if c.text.strip() and not c.merged_above}
             for r in rows]
    texts = [t for t in texts if t]
    if not texts:
        return ""
    cols = sorted(texts[0])
    out = []
    for t in texts:
        cells = {col: "" for col in cols}
        for col in sorted(t):
            home = max((c for c in cols if c <= col), default=cols[0])
            cells[home] = f"{cells[home]} {t[col]}".strip()
        out.append("; ".join(cells[c] for c in cols))
    return "\n".join(out)


def fold_subtables(table: Table) -> tuple[Table, str] | None:
    """The table with each sub-table under a spanning heading folded into its outer row's one
    cell, and a note of why; None when the table has no such shape (or a fold does not read as a
    nested table of milestones)."""
    for span in _spans_of(table):
        folded = _fold(table, *span)
        if folded is not None:
            return folded
    return None


def _fold(table: Table, head: int, lo: int, hi: int) -> tuple[Table, str] | None:
    """fold_subtables for the heading in row `head` over columns lo..hi-1."""
    from planx.normalise.actions import nested_table
    rows = table.rows
    heading_texts = [t.strip() for t in rows[head].texts()]
    # the table's rows, each kept as it is (None) or an outer row with the sub-table's rows under it
    entries: list[tuple[Row, list[Row] | None]] = [(r, None) for r in rows[:head + 1]]
    last: list[Row] | None = None  # the rows of the last sub-table: a page's repeated headings part it
    k = head + 1
    while k < len(rows):
        row = rows[k]
        end = k + 1
        while end < len(rows) and _runs_on(rows[end], lo, hi):
            end += 1
        if [t.strip() for t in row.texts()] == heading_texts:
            # the headings printed again over a new page: the sub-table broken by it goes on below them
            entries.append((row, None))
            if last is not None:
                last.extend(rows[k + 1:end])
            k = end if last is not None else k + 1
            continue
        own = [c for c in _outer(row, lo, hi) if c.text.strip() and not c.merged_above]
        if not own or end == k + 1:
            entries.append((row, None))
            last = None if own else last
            k += 1
            continue
        last = list(rows[k:end])
        entries.append((row, last))
        k = end
    out: list[Row] = []
    folded = 0
    for row, group in entries:
        if group is None:
            out.append(row)
            continue
        text = _lines(group, lo, hi)
        if nested_table(text) is None:
            return None
        cells = [c for c in row.cells if not (lo <= c.col and c.col + c.colspan <= hi)]
        cells.append(Cell(text=text, col=lo, colspan=hi - lo))
        out.append(Row(cells=sorted(cells, key=lambda c: c.col), page=row.page, line=row.line,
                       repeated_header=row.repeated_header))
        folded += 1
    if not folded:
        return None
    heading = " ".join(next(c.text for c in rows[head].cells if c.col == lo).split())
    note = (f"table {table.index}: the '{heading[:40]}' heading spans {hi - lo} sub-columns whose rows run on "
            f"under each outer row: read as a table nested in that cell ({folded} rows)")
    return Table(rows=out, page=table.page, index=table.index, lookup=table.lookup,
                 confidence=table.confidence), note


# a column is one of nested milestone tables when this share of its cells (and two at least) reads as one
NESTED_SHARE = 0.8


def nested_columns(rows: list[list[tuple[int, str, str | None]]], fields: dict[int, str]) -> dict[int, str]:
    """{col: 'milestones'} for each column no field was read in whose cells are tables of milestones
    nested in them (headed 'Milestone; By; Status'): a scan's heading over them may read as nothing,
    and their cells say what they hold."""
    from planx.normalise.actions import nested_table
    texts: dict[int, list[str]] = {}
    for row in rows:
        for col, text, _ in row:
            if text.strip() and col not in fields:
                texts.setdefault(col, []).append(text)
    return {col: "milestones" for col, cells in texts.items()
            if len(cells) >= 2 and sum(nested_table(t) is not None for t in cells) >= NESTED_SHARE * len(cells)}
