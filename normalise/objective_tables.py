"""A small table naming an objective, printed over the table of its actions.

    Objective 1.2                          | Lead        | Budget
    Children are seen within five days     | A. Okafor   | £20,000

    Ref | Action                            | Owner       | Deadline | Status
    1   | Recruit two duty social workers   | Team Manager | Jun 2025 | On track

A plan set out objective by objective prints, over each action table, a table of one row whose
first heading names the objective ('Objective 1.2', 'Aim 2.1', 'Strategic objective 3') and whose
other columns say who answers for it and what it costs. A reader takes that row as the heading of
the actions below: its objective is theirs. The evidence, all of it needed: two rows (headings, one
row of values); the first heading reads as an objective (normalise/headers); no heading names an
action; the next block (past blank lines) is a table whose first row names an action column. The
row's other cells (the objective's own lead, its budget) have no field of an action: kept aside.
"""
from __future__ import annotations

from collections.abc import Sequence

from planx.extract.model import Block, Paragraph, Row, Table
from planx.normalise.headers import classify
from planx.normalise.text import squash


def _filled(table: Table) -> list[Row]:
    return [r for r in table.rows if any(c.text.strip() for c in r.cells)]


def _names_actions(table: Table) -> bool:
    rows = _filled(table)
    return bool(rows) and any(classify(squash(c.text))[0] == "action" for c in rows[0].cells if c.text.strip())


def objective_over_actions(blocks: Sequence[Block], table: Table) -> tuple[str, list[tuple[str, str, int]]] | None:
    """(the objective, [(heading, value, column)] of the row's other cells) when the table is an
    objective's own table over its action table (see the module's doc), else None."""
    rows = _filled(table)
    if len(rows) != 2 or len(rows[0].cells) < 2:
        return None
    heads = {c.col: squash(c.text) for c in rows[0].cells}
    first = min(heads)
    if classify(heads[first])[0] != "objective" or any(classify(h)[0] == "action" for h in heads.values() if h):
        return None
    at = next((i for i, b in enumerate(blocks) if isinstance(b, Table) and b.index == table.index), None)
    if at is None:
        return None
    after = next((b for b in blocks[at + 1:] if not (isinstance(b, Paragraph) and not b.text.strip())), None)
    if not isinstance(after, Table) or not _names_actions(after):
        return None
    values = {c.col: squash(c.text) for c in rows[1].cells}
    objective = values.get(first, "")
    if not objective:
        return None
    rest = [(heads.get(col, ""), text, col) for col, text in sorted(values.items()) if col != first and text]
    return objective, rest


__all__ = ["objective_over_actions"]
