"""A log that lists records of several kinds in one table, each row typed by a column of its own
(a RAID log: 'Type' = Risk, Assumption, Issue, Dependency or Action): only the rows typed as actions
are the plan's actions. A risk's mitigation or an issue's description is no action to track; a
reader filters the log by its type column. The other rows are set aside (leftovers), said once.

The evidence, all of it needed: a column whose filled body cells are each a kind of record and
nothing more (vocab.RECORD_KINDS), MIN_TYPED rows at least, two kinds at least, one of them an
action and one not. Rows whose cell there is no kind (the heading row, a title) stay as they are.
"""
from __future__ import annotations

from dataclasses import replace

from planx.extract.model import Block, RawDocument, Row, Table
from planx.normalise.severity import Note
from planx.normalise.text import fold
from planx.normalise.vocab import RECORD_KINDS

MIN_TYPED = 4  # rows typed by kind before the column reads as the rows' type


def _kind(row: Row, col: int) -> str:
    cell = next((c for c in row.cells if c.col == col), None)
    return fold(cell.text).strip(" .") if cell is not None else ""


def type_column(table: Table) -> int | None:
    """The column of a table that types its rows by kind of record (module note), else None."""
    columns = {c.col for r in table.rows for c in r.cells}
    for col in sorted(columns):
        kinds = [k for r in table.rows if (k := _kind(r, col))]
        typed = [k for k in kinds if k in RECORD_KINDS]
        if len(typed) < MIN_TYPED or len(kinds) - len(typed) > 2:  # (a heading and a title at most)
            continue
        if {RECORD_KINDS[k] for k in typed} == {True, False}:  # (so two kinds at least)
            return col
    return None


def typed_rows(raw: RawDocument) -> RawDocument:
    """The document with each typed log's rows of other kinds taken out of its table, into aside."""
    blocks: list[Block] = []
    aside = list(raw.aside)
    counts: dict[str, int] = {}
    for b in raw.blocks:
        if not isinstance(b, Table) or (col := type_column(b)) is None:
            blocks.append(b)
            continue
        kept = []
        for r in b.rows:
            kind = _kind(r, col)
            if RECORD_KINDS.get(kind, True):
                kept.append(r)
                continue
            counts[kind] = counts.get(kind, 0) + 1
            aside.append((" | ".join(c.text for c in r.cells if c.text.strip()),
                          f"a row the log's type column calls a {kind}, not an action", r.page, r.line))
        blocks.append(replace(b, rows=kept))
    if not counts:
        return raw
    out = replace(raw, blocks=blocks, aside=aside)
    said = ", ".join(f"{n} {k}" for k, n in counts.items())
    out.warnings = [*raw.warnings, Note(f"a log typing its rows by kind: only the rows typed as actions read, "
                                        f"{said} row(s) set apart")]
    return out
