"""A rectangular grid of cells (a worksheet, a CSV file, an HTML table) → Table and Paragraphs.

Spreadsheets and HTML give every cell a place in a grid and say which ranges are merged;
this module turns that into the model every parser hands to normalise/ (extract/model.py):
a merged range is one cell with its spans, the rows below its first show it as
`merged_above` (as Word's vertical merges do), cells it covers to the right are left out,
empty rows and columns at the edges are trimmed, and the lines above the first row of
several cells (a sheet's title, its subtitle) become paragraphs, where a title is looked for.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planx.extract.model import Block, Cell, Paragraph, Row, Table


@dataclass(slots=True)
class GridCell:
    text: str = ""
    fill: str | None = None
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    size: float = 0.0  # font size in points, where the source says


@dataclass
class Grid:
    """Cells by (row, column), 0-based; lines[r] is the row's number in the source (1-based)."""
    cells: dict[tuple[int, int], GridCell]
    lines: list[int]
    header_rows: int = 0  # rows the source marks as headings (frozen panes, print titles, <thead>)

    def width(self) -> int:
        return max((c + cell.colspan for (_, c), cell in self.cells.items() if cell.text.strip()), default=0)


def block_chars(blocks: list[Block]) -> int:
    """Characters of text in the blocks (a merged cell counted once), for RawDocument.chars."""
    return sum(len(b.text) if isinstance(b, Paragraph) else
               sum(len(c.text) for r in b.rows for c in r.cells if not c.merged_above) for b in blocks)


def covered(cells: dict[tuple[int, int], GridCell]) -> dict[tuple[int, int], tuple[int, int]]:
    """Every position inside a merged range other than its first → the range's first position."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for (r, c), cell in cells.items():
        if cell.colspan > 1 or cell.rowspan > 1:
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if dr or dc:
                        out.setdefault((r + dr, c + dc), (r, c))
    return out


def grid_blocks(grid: Grid, page: int, index: int) -> list[Block]:
    """The grid as paragraphs (title lines above it) and one Table; [] when it holds no text."""
    width = grid.width()
    if width == 0:
        return []
    inside = covered(grid.cells)
    rows: list[Row] = []
    grid_row: list[int] = []  # each row's place in the grid
    for r, line in enumerate(grid.lines):
        cells: list[Cell] = []
        for c in range(width):
            origin = inside.get((r, c))
            if origin is not None:
                first = grid.cells[origin]
                if origin[1] == c and origin[0] < r:  # below a merge's first row, in its first column
                    cells.append(Cell(text=first.text, col=c, colspan=min(first.colspan, width - c), fill=first.fill,
                                      merged_above=True, bold=first.bold))
                continue
            cell = grid.cells.get((r, c)) or GridCell()
            cells.append(Cell(text=cell.text, col=c, colspan=min(cell.colspan, width - c), rowspan=cell.rowspan,
                              fill=cell.fill, bold=cell.bold and bool(cell.text.strip())))
        if any(cell.text.strip() for cell in cells if not cell.merged_above):
            rows.append(Row(cells=cells, page=page, line=line, repeated_header=r < grid.header_rows))
            grid_row.append(r)
    # lines above the first row of two cells or more: a title, a subtitle, a note (a sheet of
    # one column is all such lines); one the source marks as the table's heading (a <th> row of
    # <thead>) is a heading over the table ('Teaching (for example, CPD, …)' over its activities)
    paragraphs: list[Block] = []
    popped: list[tuple[Row, int, int]] = []  # (row, grid row, paragraphs before it)
    while rows and _one_cell(rows[0]):
        popped.append((rows[0], grid_row[0], len(paragraphs)))
        paragraphs += _as_paragraphs(rows[0], grid_row[0], grid, page)
        rows.pop(0)
        grid_row.pop(0)
    sections = _sections_over_headings(rows)
    if sections:
        # a sheet of sections, each its heading, its prose and its small table under the same
        # headings (a self-evaluation's judgement sections): the lines of one cell between a
        # table's last row and the headings printed again are the next section's text, as the
        # lines above the first table are, and each table is a table of its own
        blocks: list[Block] = list(paragraphs)
        start = 0
        for top, k in sections:
            blocks.append(Table(rows=rows[start:top], page=page, index=index))
            index += 1
            for j in range(top, k):
                blocks += _as_paragraphs(rows[j], grid_row[j], grid, page)
            start = k
        blocks.append(Table(rows=rows[start:], page=page, index=index))
        return blocks
    if popped and _bands_over_headings(rows):
        # the line just above the heading row is the first group's band: the table prints each later
        # group as a band row over its headings again ('Phase 2 – Our workforce' over '✓,Task,Owner')
        row, r, before = popped[-1]
        paragraphs = paragraphs[:before]
        rows.insert(0, row)
    return paragraphs + ([Table(rows=rows, page=page, index=index)] if rows else [])


def sections_apart(blocks: list[Block]) -> list[Block]:
    """The blocks with each table that holds several sections (a text rendering read the sections'
    lines of one cell into the table: _sections_over_headings, its heading row printed again)
    parted into tables and paragraphs: the lines of one cell before its heading row, between a
    section's last row and the headings printed again, and after its last row of several cells.
    Tables are numbered again in order."""
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, Table):
            out.append(block)
            continue
        rows = block.rows
        lead = 0
        while lead < len(rows) and _one_cell(rows[lead]):
            lead += 1
        body = rows[lead:]
        sections = _sections_over_headings(body)
        if not sections:
            out.append(block)
            continue
        end = len(body)
        while end > sections[-1][1] + 1 and _one_cell(body[end - 1]):
            end -= 1
        out += [p for row in rows[:lead] for p in _row_paragraphs(row)]
        start = 0
        for first, k in sections:
            out.append(Table(rows=body[start:first], page=body[start].page, index=0))
            out += [p for row in body[first:k] for p in _row_paragraphs(row)]
            start = k
        out.append(Table(rows=body[start:end], page=body[start].page, index=0))
        out += [p for row in body[end:] for p in _row_paragraphs(row)]
    return numbered_tables(out)


def numbered_tables(blocks: list[Any]) -> list[Any]:
    """The blocks with their tables numbered 1, 2, … in reading order (after a reader split one)."""
    n = 0
    for block in blocks:
        if isinstance(block, Table):
            n += 1
            block.index = n
    return blocks


def _row_paragraphs(row: Row) -> list[Block]:
    only = next(c for c in row.cells if c.text.strip())
    return [Paragraph(text=t.strip(), page=row.page, line=row.line) for t in only.text.split("\n") if t.strip()]


def _one_cell(row: Row) -> bool:
    return sum(1 for c in row.cells if c.text.strip()) == 1


def _as_paragraphs(row: Row, r: int, grid: Grid, page: int) -> list[Block]:
    """A row of one cell as paragraphs, a line each, with its cell's look."""
    only = next(c for c in row.cells if c.text.strip())
    look = grid.cells.get((r, only.col)) or GridCell()
    return [Paragraph(text=t.strip(), page=page, line=row.line, size=look.size, bold=look.bold,
                      heading=r < grid.header_rows) for t in only.text.split("\n") if t.strip()]


# a run of rows of one cell this long or longer just above the heading row printed again: a section's
# text (its heading, its judgement, its lines of prose) between two tables, no band over a group
SECTION_LINES = 2


def _sections_over_headings(rows: list[Row]) -> list[tuple[int, int]]:
    """[(first row of the section's lines, the heading row printed again under them)] where the
    table prints its heading row (its first row, of two cells or more) again further down, or a
    heading row of its own styled as the first is (all bold: an indicator table's headings, then
    an action table's), each time under SECTION_LINES rows of one cell or more, after rows of two
    cells or more; [] when a heading row printed again stands under fewer (a band naming its
    group: _bands_over_headings)."""
    if len(rows) < 3:
        return []
    head = _texts(rows[0])
    if len(head) < 2:
        return []
    styled = _bold_row(rows[0])
    out: list[tuple[int, int]] = []
    for k in range(2, len(rows)):
        again = _texts(rows[k]) == head
        if not again and not (styled and len(_texts(rows[k])) >= 2 and _bold_row(rows[k])):
            continue
        first = k
        while first > 1 and _one_cell(rows[first - 1]):
            first -= 1
        # a heading row of another table's ('Initials | Name | Role' under the log's 'Action owners')
        # needs only its caption over it; the table's own printed again needs a section's lines
        if k - first < (SECTION_LINES if again else 1) or (out and first <= out[-1][1] + 1):
            if again:
                return []
            continue  # (a bold row of the table's own: its totals, a heading row of a second level)
        out.append((first, k))
    return out


def _bold_row(row: Row) -> bool:
    """Are all the row's cells that hold text bold (a heading row's style)?"""
    cells = [c for c in row.cells if c.text.strip() and not c.merged_above]
    return bool(cells) and all(c.bold for c in cells)


def _texts(row: Row) -> tuple[str, ...]:
    return tuple(" ".join(c.text.split()).casefold() for c in row.cells if c.text.strip() and not c.merged_above)


def _bands_over_headings(rows: list[Row]) -> bool:
    """Does the table print its heading row (its first row, of two cells or more) again further down,
    each time just below a row of one cell: a band naming the group of rows that follows?"""
    if len(rows) < 3:
        return False
    head = _texts(rows[0])
    return len(head) >= 2 and any(_texts(rows[k]) == head and len(_texts(rows[k - 1])) == 1
                                  for k in range(2, len(rows)))
