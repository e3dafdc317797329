"""Progress set out in a table of its own, keyed by the plan's references.

    | Ref | Key action                  | Owner  | Due    |        | Ref | Commentary          | Status      | RAG |
    | 1.1 | Bring empty homes into use  | J Lee  | Aug-21 |        | 1.2 | Scoping under way   | Not started | R/A |
    | 1.2 | Deliver affordable homes    | H Shaw | Dec-21 |        | 1.1 | Funding confirmed   | On track    | G   |

A plan often prints its actions once and reports on them in a second table ('Where we are',
'Progress update') that names each action only by its reference, perhaps sorted otherwise and
leaving some out. A person reads each update row as the position of the action with that
reference. Read alone, the update table has no action column, so its rows would be no actions
and their progress would be kept aside unread.

The evidence: the update table's heading row names a reference column and what is said of an
action (progress, status, RAG, a revised date) but no action; most of its references are
references of one plan table printed before it; the plan table has no such column filled already.
The update's cells are then set beside the plan's rows as columns of their own (under the update
table's headings), so the walker reads each action with its position; update rows whose reference
the plan does not print stay a table of their own. The decision goes into the document's warnings.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from planx.extract.model import Block, Cell, RawDocument, Row, Table
from planx.normalise.headers import read_header
from planx.normalise.text import squash

KEY_FIELDS = {"ref", "area_ref"}
UPDATE_FIELDS = {"progress", "status", "rag", "due"}  # what an update says of an action it names
MATCH_SHARE = 0.6  # of the update table's references, the share the plan table must print
MIN_MATCHED = 3


def _heading(table: Table) -> tuple[dict[int, str], dict[int, str]] | None:
    """({col: field}, {col: label}) of the table's first row read as headings, or None."""
    if len(table.rows) < 2:
        return None
    first = [c for c in table.rows[0].cells if c.text.strip() and not c.merged_above]
    below = [[(c.col, c.text) for c in r.cells if c.text.strip()] for r in table.rows[1:4]]
    header = read_header([(c.col, c.colspan, c.text) for c in first], below, first=True)
    if header is None:
        return None
    return {c.col: c.field for c in header.columns}, {c.col: squash(c.label) for c in header.columns}


def _keys(table: Table, col: int) -> dict[str, int]:
    """{reference as printed: row index} of the table's data rows (first occurrence)."""
    found: dict[str, int] = {}
    for k, row in enumerate(table.rows[1:], 1):
        cell = next((c for c in row.cells if c.col == col and not c.merged_above), None)
        if cell is not None and cell.text.strip():
            found.setdefault(squash(cell.text), k)
    return found


def _key_col(fields: dict[int, str]) -> int | None:
    cols = [col for col, f in fields.items() if f in KEY_FIELDS]
    return min(cols) if cols else None


PlanTables = dict[int, tuple[int, dict[str, int], dict[int, str]]]


def plan_tables(blocks: list[Block]) -> PlanTables:
    """{block index: (its reference column, {reference: row}, {col: field})} of the tables headed as
    a plan's actions with a reference column."""
    found: PlanTables = {}
    for i, b in enumerate(blocks):
        if not isinstance(b, Table):
            continue
        heading = _heading(b)
        if heading is None or "action" not in heading[0].values():
            continue
        col = _key_col(heading[0])
        if col is not None:
            found[i] = (col, _keys(b, col), heading[0])
    return found


def tables_after_plans(blocks: list[Block], plans: PlanTables) -> Iterator[tuple[int, Table, PlanTables]]:
    """(block index, table, the plan tables printed before it) of each table that is no plan table
    and follows one: the tables that may name a plan's actions by reference (an update, a milestone
    list). `blocks` is read as it stands at each step, so a caller may replace blocks as it goes."""
    for i, b in enumerate(blocks):
        if not isinstance(b, Table) or i in plans:
            continue
        before = {p: plan for p, plan in plans.items() if p < i}
        if before:
            yield i, b, before


def table_width(table: Table) -> int:
    """The first column past the table's cells: where a column set beside it goes."""
    return max((c.col + c.colspan for r in table.rows for c in r.cells), default=0)


def with_merged(raw: RawDocument, blocks: list[Block], warnings: list[str]) -> RawDocument:
    """The document with its merged blocks (a table emptied by the merge dropped) and the merge's
    warnings; the document itself when nothing merged."""
    if not warnings:
        return raw
    kept = [b for b in blocks if not (isinstance(b, Table) and not b.rows)]
    return replace(raw, blocks=kept, warnings=[*raw.warnings, *warnings])


def _filled(table: Table, col: int) -> bool:
    return any(c.col == col and c.text.strip() for r in table.rows[1:] for c in r.cells)


def merge_update_tables(raw: RawDocument) -> RawDocument:
    """The document with each update table's rows set beside the plan rows they name (see above)."""
    blocks = list(raw.blocks)
    plans = plan_tables(blocks)
    warnings: list[str] = []
    for i, b, before in tables_after_plans(blocks, plans):
        heading = _heading(b)
        if heading is None:
            continue
        fields, labels = heading
        col = _key_col(fields)
        said = {c for c, f in fields.items() if f in UPDATE_FIELDS}
        if col is None or not said or "action" in fields.values():
            continue
        keys = _keys(b, col)
        if not keys:
            continue
        p = max(before, key=lambda q: sum(1 for k in keys if k in before[q][1]))
        plan_col, plan_keys, plan_fields = before[p]
        matched = [k for k in keys if k in plan_keys]
        if len(matched) < MIN_MATCHED or len(matched) < MATCH_SHARE * len(keys):
            continue
        plan = blocks[p]
        assert isinstance(plan, Table)
        own = {f for c, f in plan_fields.items() if _filled(plan, c)}
        if own & {fields[c] for c in said}:
            continue  # the plan prints its own position: the second table is something else
        blocks[p], blocks[i] = _merged(plan, plan_keys, b, keys, col)
        warnings.append(f"table {b.index}: {len(matched)} of its {len(keys)} rows name actions of table "
                        f"{plan.index} by their reference ({' | '.join(labels[c] for c in sorted(said))}): "
                        f"read as those actions' position")
    return with_merged(raw, blocks, warnings)


def _merged(plan: Table, plan_keys: dict[str, int], update: Table, keys: dict[str, int], key_col: int
            ) -> tuple[Table, Table]:
    """(the plan table with the update's other columns beside it, the update rows it does not name)."""
    width = table_width(plan)
    moved = sorted({c.col for r in update.rows for c in r.cells if c.col != key_col})
    at = {col: width + k for k, col in enumerate(moved)}

    def beside(row: Row) -> list[Cell]:
        return [replace(c, col=at[c.col], colspan=1) for c in row.cells if c.col in at]

    rows = [replace(plan.rows[0], cells=[*plan.rows[0].cells, *beside(update.rows[0])])]
    by_row = {plan_keys[k]: keys[k] for k in keys if k in plan_keys}
    for n, row in enumerate(plan.rows[1:], 1):
        extra = beside(update.rows[by_row[n]]) if n in by_row else []
        rows.append(replace(row, cells=[*row.cells, *extra]))
    rest = [r for n, r in enumerate(update.rows[1:], 1) if n not in set(by_row.values())]
    left = replace(update, rows=[update.rows[0], *rest]) if rest else replace(update, rows=[])
    return replace(plan, rows=rows), left
