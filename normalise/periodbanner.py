"""A timeline's months printed as a banner over the row that names its columns.

    IV PLAN AGA              | JULIO   | AGOSTO        | SEPTIEMBRE    | …
    Etapa | Actividad | Resp. | S 3 y 4 | S 1-2 | S 3-4 | S 1-2 | S 3-4 | …
    Etapa I. | 1. Identificar …  | ███ | ███   |       |       | …

A Gantt drawn in a spreadsheet often gives each month several columns (its weeks) and prints the
months in a row of their own, each spanning its weeks, over the row that heads the task list ('Stage |
Activity | Lead') and labels the weeks. Neither row alone is the table's heading row: the upper one
names no field but its periods (beside, at most, the plan's name over the task columns), the lower
one names the fields but its period columns only by week. Read together they are one heading row:
each column under a month is that month's period column, the others are headed by the lower row.

The evidence, all of it needed:
- the table's first row holds a run of period headings (periods.run_of_periods: months, quarters, in
  English or another language) to its last filled cell, and at most one cell before the run (a title);
- the row under it heads two columns or more outside the periods' columns;
- the two read together make a heading row (headers.read_header) with a column of actions.

The table is rebuilt with that one heading row; the title over the task columns becomes a line above
the table (it names the plan, not a column), and the week labels are kept aside, not lost.
"""
from __future__ import annotations

from dataclasses import replace

from planx.extract.model import Block, Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.headers import read_header
from planx.normalise.periods import run_of_periods
from planx.normalise.text import squash, words_over

# a heading of the lower row is short: a longer cell is data, and the rows are no heading rows
_HEADING_WORDS = 6
_MIN_HEADINGS = 2
_EVIDENCE_ROWS = 6


def _filled(row: Row) -> list[Cell]:
    return [c for c in row.cells if c.text.strip()]


def _banner(row: Row) -> tuple[Cell | None, list[Cell]] | None:
    """(title cell or None, period cells) of a row that is a banner of periods, else None."""
    cells = _filled(row)
    run = run_of_periods([squash(c.text) for c in cells])
    if not run or run[-1] != len(cells) - 1 or run[0] > 1:
        return None  # the periods run to the row's end, after one title at most
    return (cells[0] if run[0] == 1 else None), [cells[k] for k in run]


def _folded_row(banner: list[Cell], under: Row) -> tuple[Row, list[str]] | None:
    """(the one heading row, the week labels set aside) of a banner of periods over a row of headings;
    None when the row under it does not head columns of its own."""
    spans = {k: c for c in banner for k in range(c.col, c.col + c.colspan)}
    own = [c for c in _filled(under) if not any(k in spans for k in range(c.col, c.col + c.colspan))]
    if len(own) < _MIN_HEADINGS or any(words_over(c.text, _HEADING_WORDS) for c in own):
        return None
    fills = {c.col: c.fill for c in under.cells}
    periods = [Cell(squash(p.text), k, fill=fills.get(k) or p.fill, bold=p.bold) for k, p in sorted(spans.items())]
    weeks = [squash(c.text) for c in _filled(under) if c.col in spans]
    cells = sorted([replace(c) for c in own] + periods, key=lambda c: c.col)
    return Row(cells=cells, page=under.page, line=under.line, repeated_header=True), weeks


def fold_banner(table: Table) -> tuple[Table, str, list[str]] | None:
    """(the table under one heading row, the title printed over its task columns or '', the week
    labels set aside) of a table whose months are a banner over its heading row; None else."""
    if len(table.rows) < 3:
        return None
    found = _banner(table.rows[0])
    if found is None:
        return None
    title, banner = found
    folded = _folded_row(banner, table.rows[1])
    if folded is None:
        return None
    row, weeks = folded
    below = [[(c.col, c.text) for c in _filled(r)] for r in table.rows[2:2 + _EVIDENCE_ROWS]]
    header = read_header([(c.col, c.colspan, c.text) for c in row.cells], below=below, marked=True, first=True,
                         evidence=below)
    if header is None or "action" not in header.fields():
        return None
    return replace(table, rows=[row, *table.rows[2:]]), squash(title.text) if title else "", weeks


def fold_period_banners(raw: RawDocument) -> RawDocument:
    """The document with each table whose months are a banner over its heading row read under one
    heading row (see the module)."""
    blocks: list[Block] = []
    notes: list[str] = []
    aside = list(raw.aside)
    for b in raw.blocks:
        folded = fold_banner(b) if isinstance(b, Table) else None
        if folded is None or not isinstance(b, Table):
            blocks.append(b)
            continue
        table, title, weeks = folded
        top = b.rows[0]
        if title:
            blocks.append(Paragraph(title, top.page, top.line, bold=any(c.bold for c in top.cells)))
        blocks.append(table)
        if weeks:
            aside.append((" | ".join(weeks), "the weeks a timeline's month columns are split into", top.page,
                          top.line))
        notes.append(f"table {b.index}: its first row's periods ('{squash(top.cells[-1].text)}' the last) head the "
                     f"columns under them, the row below names the others: read as one heading row"
                     f"{f', its title {title!r} as a line above it' if title else ''}")
    if not notes:
        return raw
    return replace(raw, blocks=blocks, warnings=[*raw.warnings, *notes], aside=aside)
