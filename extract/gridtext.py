"""Tables drawn with characters as grids ('+-----+-----+' rules, '|' between cells), as
reStructuredText, pandoc, Emacs org/table.el and many report writers print them:

    +------+-----------------------+-------------+
    | Ref  | Action                | Lead        |
    +======+=======================+=============+
    | 1.1  | Refresh the board's   | Head of     |
    |      | terms of reference    | Service     |
    +------+-----------------------+-------------+

The rules, not the lines, part the rows: every line between two rules belongs to one row, and a
cell's text wrapped over several lines is one cell (its lines kept as the cell's lines, as a Word
cell's are). The '+' of the top rule set the columns; a row line with no bar where a column starts
holds a cell spanning that column, and a rule left blank over a column ('|      +-------+') lets
the cell above run on into the next row (a merged cell). Read line by line as bar-parted rows,
each printed line would be a row of its own and every wrapped cell cut into pieces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from planx.extract.model import Cell, Row

# a rule of a grid: '+---+---+' (or '+===+===+' under the heading rows), of two columns or more; a
# rule may be left blank over a cell that runs on into the next row ('|     +------+')
_RULE = re.compile(r"^\s*[+|](?:(?:-+|=+| +)[+|]){2,}\s*$")
# the top rule: drawn across every column, no part left blank ('+------+------+------+')
_FULL_RULE = re.compile(r"^\s*\+(?:-+\+){2,}\s*$")
_MIN_RULED = 1  # segments at least drawn with '-' or '=' in a rule (an all-blank one is a row line)


@dataclass
class GridTable:
    """A grid drawn with characters: its first and last lines (0-based) and its rows."""
    start: int
    end: int
    rows: list[Row] = field(default_factory=list)


def _rule(line: str) -> bool:
    return bool(_RULE.match(line)) and "+" in line and \
        len(re.findall(r"[+|][-=]+(?=[+|])", line.strip())) >= _MIN_RULED


def _corners(line: str) -> list[int]:
    """The character columns of a full rule's '+' marks: where the grid's columns start and end."""
    return [i for i, ch in enumerate(line) if ch == "+"]


def _row_line(line: str, left: int, right: int) -> bool:
    """Is the line a row's line of a grid whose outer edges stand at these columns (a bar at both)?"""
    text = line.rstrip()
    return len(text) == right + 1 and text[left] == "|" and text[right] == "|" and not text[:left].strip()


def _ruled(rule: str, a: int, b: int) -> bool:
    """Does the rule draw a line over the span between corners a and b (not left blank there)?"""
    seg = rule[a + 1:b]
    return bool(seg) and set(seg) <= {"-", "=", "+"}


def _cell_text(parts: list[str]) -> str:
    """A cell's text from its printed lines: each line stripped, blank lines dropped, joined by a
    line break (a cell's lines, as a Word cell's; normalise/ joins wrapped prose)."""
    return "\n".join(p.strip() for p in parts if p.strip())


def _read_grid(lines: list[str], start: int, page: int) -> GridTable | None:
    corners = _corners(lines[start])
    if len(corners) < 3:
        return None
    left, right = corners[0], corners[-1]
    grid = GridTable(start, start)
    open_cells: dict[int, Cell] = {}  # column index → the cell running on into the next row
    rule = lines[start]
    k = start + 1
    while k < len(lines):
        body: list[str] = []
        while k < len(lines) and not _rule(lines[k]) and _row_line(lines[k], left, right):
            body.append(lines[k])
            k += 1
        if k >= len(lines) or not _rule(lines[k]) or not body:
            break  # no closing rule: the grid ended at the last one
        grid.rows.append(_grid_row(body, corners, rule, open_cells, page, start_line=k - len(body) + 1))
        rule = lines[k]
        grid.end = k
        k += 1
    return grid if grid.rows else None


def _grid_row(body: list[str], corners: list[int], rule_above: str, open_cells: dict[int, Cell],
              page: int, start_line: int) -> Row:
    """One row of the grid from its lines: a cell per span between bars that every line draws; a cell
    under a rule left blank goes on from the cell above (its text added there, this one merged above)."""
    bounds = [corners[0]] + [c for c in corners[1:-1] if all(len(ln) > c and ln[c] == "|" for ln in body)] \
        + [corners[-1]]
    cells: list[Cell] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        col = corners.index(a)
        span = corners.index(b) - col
        text = _cell_text([ln[a + 1:b] for ln in body])
        above = open_cells.get(col)
        if above is not None and not _ruled(rule_above, a, b) and above.colspan == span:
            if text:
                above.text = f"{above.text}\n{text}" if above.text else text
            above.rowspan += 1
            cells.append(Cell("", col, colspan=span, merged_above=True))
            continue
        cell = Cell(text, col, colspan=span)
        open_cells[col] = cell
        cells.append(cell)
    return Row(cells, page, start_line)


def grid_tables(lines: list[str]) -> dict[int, GridTable]:
    """The grids drawn with characters in the text, by their first line (0-based); a grid needs a
    full rule of two columns or more on top and one row closed by a rule below."""
    out: dict[int, GridTable] = {}
    page = 1
    k = 0
    while k < len(lines):
        line = lines[k]
        page += line.count("\f")
        if _FULL_RULE.match(line):
            grid = _read_grid(lines, k, page)
            if grid is not None:
                out[k] = grid
                k = grid.end + 1
                continue
        k += 1
    return out
