"""Labels set sideways in a column of their own beside a borderless table: each the name of a group of
rows ('1  Front door and MASH' turned a quarter, set in a cell merged down beside its rows).

A ruled table takes its turned words where they fall in its cells (pdftables.ruled_tables). A borderless
table is found from its upright lines of text, and a turned label makes no line: read so, the label was
lost, and the rows it groups had no group. A person reads such a label as the first column of the rows
beside it: the rows between the rules drawn across the table above and below the label (a group's rows,
the rule over its first row), or, with no such rules, the rows the label stands beside. Each label
becomes a cell of a first column, merged down over its rows.
"""
from __future__ import annotations

from dataclasses import replace

from planx.extract.pdfgeom import Word
from planx.extract.pdfrules import Edge
from planx.extract.pdftables import FoundTable, GridCell

_BESIDE = 4.0  # ems: a label stands this near the table's left edge at most
_ACROSS = 0.8  # of the table's width: a rule this long runs across it (a group's rule)


def _rows_between(table: FoundTable, top: float, bottom: float) -> list[int]:
    """The rows whose middle lies between top and bottom."""
    edges = table.row_edges
    return [r for r in range(min(table.nrows, len(edges) - 1)) if top <= (edges[r] + edges[r + 1]) / 2 < bottom]


def _merged_beside(cells: list[GridCell], spans: list[list[int]]) -> list[GridCell]:
    """The cells of the column beside the labels (the table's own first) merged down over each group
    where only the group's first row prints one there ('Objective' printed once beside the label,
    blank on the group's other rows): a cell merged down over the group, as the label's is. Where
    any group prints more than that in the column, the column stays as read."""
    at = {(c.r, c.c): c for c in cells}
    if any(at.get((r, 1)) is not None and at[(r, 1)].text.strip() for rows in spans for r in rows[1:]) \
            or sum(1 for rows in spans if len(rows) > 1 and at.get((rows[0], 1)) is not None
                   and at[(rows[0], 1)].text.strip()) < 1:
        return cells
    out = []
    below = {r for rows in spans for r in rows[1:]}
    for c in cells:
        if c.c == 1 and c.r in below and c.rowspan == 1 and c.colspan == 1:
            continue  # (blank: inside the cell merged down over it)
        rows = next((rows for rows in spans if rows[0] == c.r), None)
        if c.c == 1 and rows is not None and c.rowspan == 1 and c.colspan == 1:
            c = replace(c, rowspan=len(rows))
        out.append(c)
    return out


def turned_labels_beside(table: FoundTable, turned: list[Word], edges: list[Edge]) -> FoundTable:
    """The table with a first column of the turned labels standing beside it, each cell merged down
    over the rows it groups; the table as it is when none stands there, or the rows they group
    cannot be told apart (two labels over one row)."""
    x0, top, x1, bottom = table.bbox
    if table.ruled or len(table.row_edges) != table.nrows + 1:
        return table
    labels = sorted((w for w in turned if w.x1 <= x0 + 1.0 and x0 - w.x1 <= _BESIDE * max(w.size, 1.0)
                     and top <= (w.top + w.bottom) / 2 <= bottom), key=lambda w: w.top)
    if not labels:
        return table
    rules = sorted({round((e["top"] + e["bottom"]) / 2, 1) for e in edges
                    if e["x1"] - e["x0"] > e["bottom"] - e["top"] and e["x1"] - e["x0"] >= _ACROSS * (x1 - x0)
                    and e["x0"] <= x0 + 0.2 * (x1 - x0) and top - 1.0 <= (e["top"] + e["bottom"]) / 2 <= bottom + 1.0})
    spans: list[list[int]] = []
    for w in labels:
        middle = (w.top + w.bottom) / 2
        above = max((y for y in rules if y <= middle), default=None)
        below = min((y for y in rules if y > middle), default=bottom + 1.0)
        rows = _rows_between(table, above, below) if above is not None else _rows_between(table, w.top, w.bottom)
        spans.append(rows)
    taken = [r for rows in spans for r in rows]
    if any(not rows for rows in spans) or len(taken) != len(set(taken)):
        return table
    cells = [replace(c, c=c.c + 1) for c in table.cells]
    for w, rows in zip(labels, spans, strict=True):
        cells.append(GridCell(rows[0], 0, len(rows), 1, w.text, None,
                              (w.x0, table.row_edges[rows[0]], w.x1, table.row_edges[rows[-1] + 1])))
    cells = _merged_beside(cells, spans)
    cells += [GridCell(r, 0, 1, 1, "", None, (x0, table.row_edges[r], x0, table.row_edges[r + 1]))
              for r in range(table.nrows) if r not in taken]  # (the heading row's: a column with no heading)
    left = max(w.x1 for w in labels)
    evidence = dict(table.evidence, turned_labels=len(labels))
    return replace(table, bbox=(min(w.x0 for w in labels), top, x1, bottom), cells=cells, ncols=table.ncols + 1,
                   col_edges=[(left + x0) / 2, *table.col_edges], col_gaps=[(left, x0), *table.col_gaps],
                   evidence=evidence)


def turned_in_rows(turned: list[Word], words: list[Word], ruled: list[tuple[float, float, float, float]]
                   ) -> tuple[list[Word], list[Word]]:
    """(the turned texts that stand inside a table's row, each as a word of its row; the others). A
    text stands in a row when upright text lies on either side of it in its band (a status cell set
    sideways between the due date and the comments), not only on one (a group's label beside the
    table: turned_labels_beside). A borderless table is found from lines of upright words, so each
    becomes one: a word of one line at the top of its cell, where the row's other cells start. Texts
    inside a ruled table (`ruled`: their boxes) are left to it: it reads them where they fall."""
    inner, others = [], []
    for t in turned:
        band = [w for w in words if w.top < t.bottom and w.bottom > t.top]
        loose = not any(b[0] <= (t.x0 + t.x1) / 2 <= b[2] and b[1] <= (t.top + t.bottom) / 2 <= b[3] for b in ruled)
        if loose and any(w.x1 <= t.x0 for w in band) and any(w.x0 >= t.x1 for w in band):
            inner.append(replace(t, bottom=t.top + t.size))
        else:
            others.append(t)
    return inner, others
