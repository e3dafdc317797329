"""A table a web page's text gives as lines, its cells set apart by spaced slashes.

    No. / ISSUE / THOSE INVOLVED … / FINAL COMPLETION DATE1 / Spring up Banner displayed / Staff … / 9.2.15
    2 / Modified Patients' Letters / Caroline Wallis and Joan Darke / 16.2.15
    3 / Location of P.P.G. Notice Board / To be agreed at the meeting on 27.1.15. … / 16.2.15

A page saved as text (a mirror's copy of a GP practice's action plan, a school's) prints each row of
its table as one line, the cells joined by ' / '. A reader sees the table by the lines alike: three
lines or more in a row with the same number of cells (three or more), their first cells numbered
1, 2, 3 …; the line above them, or the head of the first, with as many cells, is its heading row.
The text copy often runs the heading row into the first row with no line break between them
('… FINAL COMPLETION DATE1 / Spring up Banner …': the last heading ends in the row's number 1):
a line of twice the cells less one whose middle cell ends in that number is split there.

A slash inside a cell ('IT / Digital team') does not make a table: the lines must agree on their count
of cells and number their rows in order. The table so read goes to the table readers, which read its
heading row as any other (the evidence goes to the warnings).
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table

_SEP = re.compile(r"\s+/\s+")
_NUMBER = re.compile(r"^\s*(\d{1,3})\.?\s*$")
_RUN_IN = re.compile(r"^(?P<head>.*?[A-Za-z.)])(?P<n>\d{1,3})$", re.S)  # 'COMPLETION DATE1'
_MIN_ROWS = 3
_MIN_CELLS = 3


def _cells(text: str) -> list[str]:
    return [c.strip() for c in _SEP.split(text.strip())]


def _split_run_in(parts: list[str], k: int) -> tuple[list[str], list[str]] | None:
    """(heading cells, first row) of a line that ran the heading row into the first row."""
    if len(parts) != 2 * k - 1:
        return None
    m = _RUN_IN.match(parts[k - 1])
    if m is None or int(m.group("n")) != 1:
        return None
    return [*parts[:k - 1], m.group("head").strip()], [m.group("n"), *parts[k:]]


def _numbered(parts: list[str]) -> int | None:
    m = _NUMBER.match(parts[0])
    return int(m.group(1)) if m else None


def slash_tables(raw: RawDocument) -> RawDocument:
    """The document with each run of slash-separated numbered lines read as a table."""
    blocks = raw.blocks
    if not any(isinstance(b, Paragraph) and len(_SEP.findall(b.text)) >= _MIN_CELLS - 1 for b in blocks):
        return raw
    out: list[object] = []
    i = 0
    found = 0
    while i < len(blocks):
        got = _table_at(blocks, i)
        if got is None:
            out.append(blocks[i])
            i += 1
            continue
        rows, end, header_from = got
        if header_from < i:  # the heading row was the line before, already passed on
            out.pop()
        found += 1
        out.append(Table(rows=rows, page=rows[0].page, index=0))
        i = end
    if not found:
        return raw
    n = 0
    for k, b in enumerate(out):  # tables numbered again in order (as normalise/clauses.py does)
        if isinstance(b, Table):
            n += 1
            if b.index != n:
                out[k] = replace(b, index=n)
    warning = (f"{found} table(s) read from lines whose cells are set apart by ' / ' (rows numbered in order, "
               "each with the same number of cells)")
    return replace(raw, blocks=out, warnings=[*raw.warnings, warning])  # type: ignore[arg-type]


def _table_at(blocks: list, i: int) -> tuple[list[Row], int, int] | None:
    """(rows, end, index of the heading line) of a slash table whose first row (or the heading
    row run into it) is block i, or None."""
    b = blocks[i]
    if not isinstance(b, Paragraph):
        return None
    parts = _cells(b.text)
    header: list[str] | None = None
    header_from = i
    first: list[str] | None = None
    # the number of cells is the next lines' (a run-in heading line holds twice as many, less one)
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if not isinstance(nxt, Paragraph):
        return None
    k = len(_cells(nxt.text))
    if k < _MIN_CELLS:
        return None
    if len(parts) == k and _numbered(parts) == 1:
        first = parts
        above = blocks[i - 1] if i > 0 else None
        if isinstance(above, Paragraph) and len(_cells(above.text)) == k and _numbered(_cells(above.text)) is None:
            header, header_from = _cells(above.text), i - 1
    else:
        split = _split_run_in(parts, k)
        if split is None:
            return None
        header, first = split
    rows_cells = [first]
    j = i + 1
    while j < len(blocks):
        nb = blocks[j]
        if not isinstance(nb, Paragraph) or nb.heading:
            break
        cells = _cells(nb.text)
        if len(cells) != k or _numbered(cells) != len(rows_cells) + 1:
            break
        rows_cells.append(cells)
        j += 1
    if len(rows_cells) < _MIN_ROWS:
        return None
    rows: list[Row] = []
    if header is not None:
        hb = blocks[header_from]
        rows.append(Row(cells=[Cell(t, c) for c, t in enumerate(header)], page=hb.page, line=hb.line))
    for n, cells in enumerate(rows_cells):
        pb = blocks[i + n]
        rows.append(Row(cells=[Cell(t, c) for c, t in enumerate(cells)], page=pb.page, line=pb.line))
    return rows, j, header_from


__all__ = ["slash_tables"]
