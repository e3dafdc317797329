"""A small table of period columns under one action, rating it period by period.

    2.1  Recruit three additional coordinators
    Lead: J Smith    Target date: Mar 2026    Overall status: In progress

           | Q1 Apr–Jun 2025 | Q2 Jul–Sep 2025 | Q3 Oct–Dec 2025 | Q4 Jan–Mar 2026
    RAG    | Amber           | Green           |                 |
    Update | Scoping begun.  | Coordinators in post.

A quarterly progress report writes each action as a block of lines (read by normalise/lists.py)
and under it a table whose columns are the periods of the year and whose rows hold, for each
period, a RAG rating and an update. A reader takes the table as that action's record over the
year: each filled period is a rating labelled by its heading, the latest filled one the action's
RAG (normalise/actions.py), and the latest period's update its progress; the earlier updates are
kept aside.

The evidence is the shape, all of it needed: one row of headings naming a run of three periods or
more (periods.run_of_periods), an optional label column before them; a row whose filled cells under
the periods are all RAG words, letters or colours (periods.cell_kind); every other row below short
updates or blank. A table with any other column (an action, a lead) is a plan table of its own and
is not read here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from planx.extract.model import Table
from planx.normalise.periods import cell_kind, ocr_period_label, run_of_periods
from planx.normalise.text import squash

_MAX_LABEL_WORDS = 3  # a row's own label ('RAG', 'Update', 'Progress this quarter')


@dataclass
class PeriodRatings:
    labels: list[str]  # the period headings as printed
    ratings: list[tuple[str, str, str | None]]  # (label, RAG as printed, fill) for each filled period
    updates: list[tuple[str, str]] = field(default_factory=list)  # (label, update) for each filled period
    headings: list[str] = field(default_factory=list)  # the tables' own labels ('RAG', 'Update'): structure


def period_ratings(table: Table) -> PeriodRatings | None:
    """The ratings and updates a table of period columns gives one action, or None when the table is
    not of that shape (see the module's doc)."""
    rows = [r for r in table.rows if any(c.text.strip() or c.fill for c in r.cells)]
    if len(rows) < 2:
        return None
    head = rows[0]
    width = max(r.width() for r in rows)
    texts = [""] * width
    for c in head.cells:
        if c.col < width:
            texts[c.col] = squash(c.text)
    run = run_of_periods([ocr_period_label(t) for t in texts], horizons=False)
    if not run or run != list(range(run[0], run[-1] + 1)) or run[-1] != width - 1 or run[0] > 1:
        return None
    if run[0] == 1 and texts[0]:
        return None  # a column of its own beside the periods (an action's, a lead's): a plan table
    labels = [ocr_period_label(texts[i]) for i in run]
    headings: list[str] = []
    ratings: list[tuple[str, str, str | None]] = []
    updates: list[tuple[str, str]] = []
    rated = False
    for row in rows[1:]:
        cells = {c.col: c for c in row.cells}
        own = squash(cells[0].text) if run[0] == 1 and 0 in cells else ""
        if own and len(own.split()) > _MAX_LABEL_WORDS:
            return None
        under = [(labels[k], cells.get(i)) for k, i in enumerate(run)]
        kinds = [cell_kind(cell.text, cell.fill) if cell is not None else "" for _, cell in under]
        filled = [k for k in kinds if k]
        if not filled:
            continue
        if not rated and all(k in ("rag", "fill") for k in filled):
            for (label, cell), kind in zip(under, kinds, strict=True):
                if cell is not None and kind:
                    ratings.append((label, squash(cell.text), cell.fill))
            rated = True
        elif all(k == "text" or k == "rag" for k in filled):
            updates += [(label, squash(cell.text)) for label, cell in under if cell is not None and cell.text.strip()]
        else:
            return None
        if own:
            headings.append(own)
    if not ratings:
        return None
    return PeriodRatings(labels=labels, ratings=ratings, updates=updates, headings=headings)


__all__ = ["PeriodRatings", "period_ratings"]
