"""A Gantt table's phase rows: a row whose span is exactly that of the task rows below it groups them.

A project's Gantt chart, kept as a table ('Task Name | Start Date | End Date'), lists a phase and then
its tasks, each a row of the same table:

    Literature Review      07/28/16  08/16/17
    Community Detection    07/28/16  01/18/17
    Active Modules         01/19/17  05/03/17
    Network Embedding      05/04/17  08/16/17
    GHSOM                  11/15/16  08/07/17
    …

Nothing but the dates says that 'Literature Review' is a phase: it starts when its first task starts,
ends when its last task ends, and every task between lies inside it. A reader takes such a row for
the heading of the rows it spans, not for a task of its own: the rows below are its tasks, in its
area. The evidence is the dates, never the words: the row's span is exactly that of two or more
consecutive rows after it (the first of them starting when it starts, none ending after it ends,
the last ending when it ends, none spanning it all: rows of the same dates are tasks run side by
side). The phase row's text is kept aside with the reason; its dates too.
"""
from __future__ import annotations

from collections.abc import Callable

from planx.normalise.dates import due_date
from planx.normalise.numdates import column_order
from planx.normalise.records import Action, Leftover
from planx.normalise.text import fold
from planx.normalise.vocab_tasks import TASK_START_HEADINGS

MIN_TASKS = 2  # a phase spans two tasks or more


def _starts(actions: list[Action], leftovers: list[Leftover]) -> dict[int, str]:
    """id(action) → its start date (ISO, a day), from the cell its table kept aside under a heading
    naming when a task starts ('Start Date', 'Begin')."""
    cells: dict[tuple[int, int], str] = {}
    for lo in leftovers:
        if lo.table and fold(lo.heading).strip(" :") in TASK_START_HEADINGS:
            cells.setdefault((lo.table, lo.line), lo.text)
    raw = {id(a): cells.get((a.table, a.line), "") for a in actions}
    out = {k: due_date(v) for k, v in raw.items() if v}
    if any(len(v) != 10 for v in out.values()):  # numbers run together from dates ('150323')?
        found = column_order([v for v in raw.values() if v])
        if found is None:
            return {}
        dates = iter(found[1])
        out = {k: next(dates).isoformat() for k, v in raw.items() if v}
    return {k: v for k, v in out.items() if len(v) == 10}


def phase_rows(actions: list[Action], leftovers: list[Leftover], keep_aside: Callable[[Action, str], None],
               warnings: list[str]) -> list[Action]:
    """The actions without the phase rows of each table (see the module's docstring); the tasks a
    phase row spans take its text as their area."""
    phases: set[int] = set()
    by_table: dict[int, list[Action]] = {}
    for a in actions:
        if a.table:
            by_table.setdefault(a.table, []).append(a)
    for table, rows in by_table.items():
        starts = _starts(rows, leftovers)
        if len(starts) < MIN_TASKS + 1:
            continue
        span = [(starts.get(id(a), ""), a.due_date if len(a.due_date) == 10 else "") for a in rows]
        read = 0
        k = 0
        while k < len(rows):
            start, end = span[k]
            tasks = 0
            if start and end:
                j = k + 1
                while j < len(rows) and span[j][0] and span[j][1] and start <= span[j][0] and span[j][1] <= end:
                    j += 1
                inside = span[k + 1:j]
                # exactly its tasks' span: the first starts with it, the last ends with it
                while inside and inside[-1][1] != end:
                    inside.pop()
                # … and none of them runs over the whole span: a task with the same dates runs beside
                # it (parallel tasks of one length), it is no part of it
                if len(inside) >= MIN_TASKS and inside[0][0] == start and (start, end) not in inside:
                    tasks = len(inside)
            if not tasks:
                k += 1
                continue
            phase = rows[k]
            for task in rows[k + 1:k + 1 + tasks]:
                if not task.area or task.area == phase.area:
                    task.area = phase.action
            phases.add(id(phase))
            keep_aside(phase, f"phase row over the {tasks} task rows its dates span (their area)")
            read += 1
            k += 1 + tasks
        if read:
            warnings.append(f"table {table}: {read} phase row(s) read as the area of the task rows below them: "
                            f"each starts with its first task and ends with its last")
    return [a for a in actions if id(a) not in phases]


__all__ = ["phase_rows"]
