"""Milestones set out in a table of their own, each row keyed to its action by the action's reference.

    | Ref | Action                | Lead  | Due    |     | No. | Action ref | Milestone        | Due      | Status |
    | 1.1 | Bring homes into use  | J Lee | Aug-26 |     | 1   | 1.1        | Survey completed | Oct 2025 | Done   |
    | 1.2 | Deliver new homes     | H Sha | Dec-26 |     | 2   | 1.1        | Homes let        | Mar 2026 | Late   |

A plan often prints its actions first (one table per area, perhaps) and their milestones after, in
one numbered list whose second column names the action each milestone belongs to. Read alone, the
milestone table's rows would be actions of their own (a milestones column beside no action is read
as the action) or kept aside, and the actions would have no milestones.

The evidence: a heading of the table names milestones and none names an action read by its words;
one column holds references that most rows share with the actions of plan tables printed before it
(several rows may name one action); of the other columns one holds dates, one perhaps a status, and
one the milestone's words. Each keyed row then becomes a row of a table nested in a new 'Milestones'
cell of its action's row ('Milestone; Due; Status' / 'Survey completed; Oct 2025; Done', as the
readers write a nested table: actions.nested_table), so the walker reads each action with its
milestones. The milestone table's running numbers go with them ('No.; Milestone; Due' / '1; Survey
completed; Oct 2025'): each milestone's `ref` as printed, so none is lost; rows whose reference no
plan prints stay a table of their own. The decision goes into the document's warnings.
"""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.model import Block, Cell, RawDocument, Table
from planx.normalise.columns import looks_like_rag, looks_like_status, looks_like_when
from planx.normalise.headers import classify
from planx.normalise.text import fold, squash
from planx.normalise.updates import PlanTables, plan_tables, table_width, tables_after_plans, with_merged

KEY_SHARE = 0.8  # of the milestone rows, the share whose reference a plan table prints
MIN_KEYED = 3  # at least this many rows keyed to actions
CONTENT_SHARE = 0.8  # of a column's filled cells, the share that must be dates (or statuses)
NESTED_SEP = "; "  # how the readers join a nested table's cells (actions.nested_table)
_RUNNING_NUMBER = re.compile(r"\d{1,4}\.?")


def _column(table: Table, col: int) -> list[str]:
    """The texts of one column's data rows, '' where a row has no cell there."""
    out = []
    for row in table.rows[1:]:
        cell = next((c for c in row.cells if c.col == col and not c.merged_above), None)
        out.append(squash(cell.text) if cell is not None else "")
    return out


def _share(texts: list[str], test) -> float:  # type: ignore[no-untyped-def]
    filled = [t for t in texts if t]
    return sum(1 for t in filled if test(t)) / len(filled) if filled else 0.0


def _names_milestones(label: str) -> bool:
    return classify(label)[0] == "milestones" or any(w.startswith("milestone") for w in fold(label).split())


def _roles(table: Table, refs: dict[str, tuple[int, int]]) -> dict[str, int] | None:
    """{'key', 'milestone', 'due', 'status'?, 'number'?: col} of a milestone table keyed to actions, or None."""
    if len(table.rows) < MIN_KEYED + 1:
        return None
    heads = {c.col: squash(c.text) for c in table.rows[0].cells if c.text.strip() and not c.merged_above}
    if len(heads) < 3 or not any(_names_milestones(h) for h in heads.values()):
        return None
    cols = {col: _column(table, col) for col in heads}
    keyed = {col: sum(1 for t in texts if t in refs) for col, texts in cols.items()}
    key = max(keyed, key=lambda c: keyed[c])
    rows = sum(1 for r in table.rows[1:] if any(c.text.strip() for c in r.cells))
    if keyed[key] < MIN_KEYED or keyed[key] < KEY_SHARE * rows:
        return None
    roles = {"key": key}
    rest = [c for c in cols if c != key]
    due = [c for c in rest if _share(cols[c], looks_like_when) >= CONTENT_SHARE]
    status = [c for c in rest if c not in due
              and _share(cols[c], lambda t: looks_like_status(t) or looks_like_rag(t)) >= CONTENT_SHARE]
    number = [c for c in rest if _share(cols[c], _RUNNING_NUMBER.fullmatch) == 1.0]
    if len(due) != 1 or len(status) > 1:
        return None
    words = [c for c in rest if c not in due and c not in status and c not in number]
    if not any(_names_milestones(heads[c]) for c in [*words, *number]):
        return None  # the milestones are named over the words or their running numbers ('Milestone')
    if not words:
        return None
    roles["due"] = due[0]
    if status:
        roles["status"] = status[0]
    if number:
        roles["number"] = number[0]
    roles["milestone"] = max(words, key=lambda c: sum(len(t) for t in cols[c]))
    if len(words) > 1:
        return None  # another column of words beside the milestone's: not a plain milestone list
    return roles


Keyed = tuple[str, str, str, str]  # a milestone's (number, words, due, status) as printed


def _nested(rows: list[Keyed], with_number: bool, with_status: bool) -> str:
    """A nested table's text: its heading line, then a line per milestone (its running number first
    where the table prints them)."""
    def cell(t: str) -> str:
        return t.replace(";", ",").replace("\n", " ")
    shown = [with_number, True, True, with_status]
    head = [h for h, on in zip(("No.", "Milestone", "Due", "Status"), shown, strict=True) if on]
    lines = [NESTED_SEP.join(head)]
    for row in rows:
        lines.append(NESTED_SEP.join(cell(t) for t, on in zip(row, shown, strict=True) if on))
    return "\n".join(lines)


def _unique_references(before: PlanTables) -> dict[str, tuple[int, int]]:
    """{reference: (plan table, row)} of the references printed by exactly one of the plan tables
    (one printed by two names no one action)."""
    refs: dict[str, tuple[int, int]] = {}
    seen: set[str] = set()
    for p, (_, keys, _) in before.items():
        for k, at_row in keys.items():
            if k in seen:
                refs.pop(k, None)
            else:
                refs[k] = (p, at_row)
            seen.add(k)
    return refs


def merge_keyed_milestones(raw: RawDocument) -> RawDocument:
    """The document with each keyed milestone table's rows set in their actions' rows (see above)."""
    blocks: list[Block] = list(raw.blocks)
    warnings: list[str] = []
    for i, b, before in tables_after_plans(blocks, plan_tables(blocks)):
        refs = _unique_references(before)
        if not refs:
            continue
        roles = _roles(b, refs)
        if roles is None:
            continue
        given: dict[tuple[int, int], list[Keyed]] = {}
        left = [b.rows[0]]
        for row in b.rows[1:]:
            texts = {c.col: squash(c.text) for c in row.cells if not c.merged_above}
            at = refs.get(texts.get(roles["key"], ""))
            if at is None or not texts.get(roles["milestone"]):
                if any(texts.values()):
                    left.append(row)
                continue
            given.setdefault(at, []).append((texts.get(roles["number"], "") if "number" in roles else "",
                                             texts[roles["milestone"]], texts.get(roles["due"], ""),
                                             texts.get(roles["status"], "") if "status" in roles else ""))
        with_status = "status" in roles and all(s for mine in given.values() for *_, s in mine)
        with_number = "number" in roles  # (a row printing none: an empty ref; a leading cell may be empty)
        named = []
        for p in sorted({p for p, _ in given}):
            plan = blocks[p]
            assert isinstance(plan, Table)
            width = table_width(plan)
            new_rows = [replace(plan.rows[0], cells=[*plan.rows[0].cells, Cell("Milestones", width)])]
            for n, row in enumerate(plan.rows[1:], 1):
                mine = given.get((p, n))
                extra = [Cell(_nested(mine, with_number, with_status), width)] if mine else []
                new_rows.append(replace(row, cells=[*row.cells, *extra]))
            blocks[p] = replace(plan, rows=new_rows)
            named.append(str(plan.index))
        blocks[i] = replace(b, rows=left if len(left) > 1 else [])
        heads = {c.col: squash(c.text) for c in b.rows[0].cells}
        n = sum(len(v) for v in given.values())
        warnings.append(f"table {b.index}: {n} milestone row(s) name actions of tables "
                        f"{', '.join(named)} by their "
                        f"reference ('{heads.get(roles['key'], '')}'): read as those actions' milestones"
                        + (f" (running numbers under '{heads.get(roles['number'], '')}' kept as their ref)"
                           if with_number else ""))
    return with_merged(raw, blocks, warnings)


__all__ = ["merge_keyed_milestones"]
