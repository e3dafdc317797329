"""A column of a few labels repeated down the rows is a grouping, not the actions.

An export of a project board or a task list ('Title | Column | Labels | Assignees | Initiative |
Milestone', one row per card) heads a column with a word that may name what is done
('Initiative', 'Workstream', 'Project') while its cells are a handful of labels, each printed
again on many rows ('initiative:product', 'initiative:hr-process'). What each row is to do is said
in words of its own, on every row, in another column ('Title': a task's own name). A person reading
the table takes the labels for the theme the rows belong to and the row's own text for the task.

The evidence is the cells, not a list of headings: the column the headings chose holds few
different short values over many rows (printed again on each, or once over several) and no
instructions; beside it a column no heading gave a field
holds a different text of several words on (nearly) every row, and its heading does not rule the
action out (action_candidacy). The labels become the area; the row's own text the action. A heading
that names the action beyond doubt ('Action', 'Task name') is never overturned.
"""
from __future__ import annotations

from collections.abc import Sequence

from planx.normalise.banners import NUMBERED_TITLE
from planx.normalise.choose import SURE_ACTION_HEADING, Choice, instructions, names_action
from planx.normalise.columns import ColumnProfile
from planx.normalise.headers import DECENT, Column, action_candidacy, read_heading
from planx.normalise.text import fold
from planx.normalise.vocab_tasks import GROUP_HEADINGS

# the labels' column: over this many rows at least, this many rows to a value or more (a label printed
# again on each row of an export, or once over the rows it heads)
LABEL_ROWS = 6
LABEL_REPEATS = 5
LABEL_WORDS = 3.0  # … and a few words a cell at most
# the rows' own column: a different text in this share of its cells, of this many words on average
OWN_DISTINCT = 0.9
OWN_WORDS = 3.0
OWN_ROWS = 0.8  # … filled on this share of the rows at least


def labels(p: ColumnProfile, rows: int) -> bool:
    """A handful of short values over many rows (each printed again on its rows, or once over
    them), none an instruction."""
    return (rows >= LABEL_ROWS and p.cells >= 1 and p.distinct * LABEL_REPEATS <= rows and p.words <= LABEL_WORDS
            and instructions(p) < 0.3)


def own_text(p: ColumnProfile, rows: int) -> bool:
    """A text of several words of its own on (nearly) every row: what the row itself is."""
    return (p.cells >= OWN_ROWS * rows and p.distinct >= OWN_DISTINCT * p.cells and p.words >= OWN_WORDS
            and p.when < 0.3 and p.person < 0.3 and p.figure < 0.3)


def action_not_labels(columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int) -> Choice | None:
    """The column read as the action by a heading short of sure holds labels repeated down the rows,
    while a column kept aside holds each row's own words: that column is the action, the labels the
    area. None when the table has no such pair."""
    chosen = next((c for c in columns if c.field == "action"), None)
    if chosen is None or chosen.basis != "heading" or names_action(chosen.label) >= SURE_ACTION_HEADING:
        return None
    mine = profiles.get(chosen.col)
    if mine is None or not labels(mine, rows):
        return None
    rivals = [c for c in columns if c is not chosen and not c.field and c.label
              and action_candidacy(c.label)[0] > 0.0
              and (p := profiles.get(c.col)) is not None and own_text(p, rows)]
    if not rivals:
        return None
    rival = max(rivals, key=lambda c: (profiles[c.col].action, profiles[c.col].cells))
    theirs = profiles[rival.col]
    confidence = round((1 - mine.distinct / rows) * min(1.0, theirs.cells / rows), 2)
    return Choice({rival.col: "action", chosen.col: "area"}, confidence,
                  f"'{chosen.label}' holds {mine.distinct} short label(s) over {rows} rows, no instructions; "
                  f"'{rival.label}' a text of its own on {theirs.cells} of {rows} rows: the action, under "
                  f"'{chosen.label}' as the area")


# the tier above: each of the lower column's values falls under one of its labels on this share of rows
NESTED = 0.95


def tier_above(columns: Sequence[Column], profiles: dict[int, ColumnProfile],
               by_col: dict[int, list[str]], rows: int) -> Choice | None:
    """Two headings name the same tier of a plan ('Ambition | Strategic objective | Action', both
    read as the objective): the surer one took the field, the other was kept aside. When the column
    kept aside stands left of the one that took it, holds a handful of short labels repeated down
    the rows, and every value of the other column falls under one of its labels (each objective
    under one ambition), it is the tier above: the area the rows are grouped in. Nothing when the
    table already has an area."""
    if any(c.field == "area" for c in columns):
        return None
    held = {c.field: c for c in columns if c.field}
    for c in sorted(columns, key=lambda c: c.col):
        if c.field or not c.label:
            continue
        mine = profiles.get(c.col)
        if mine is None or not labels(mine, rows):
            continue
        lost = [r.field for r in read_heading(c.label) if r.score >= DECENT and r.field in held
                and r.field in ("objective", "area", "outcome")]
        winner = held[lost[0]] if lost else None
        if winner is None or winner.col <= c.col:
            continue
        theirs = profiles.get(winner.col)
        if theirs is None or theirs.distinct <= mine.distinct:
            continue
        upper: dict[str, set[str]] = {}
        pairs = 0
        for top, low in zip(by_col.get(c.col, []), by_col.get(winner.col, []), strict=False):
            if top.strip() and low.strip():
                upper.setdefault(fold(low), set()).add(fold(top))
                pairs += 1
        nested = sum(1 for tops in upper.values() if len(tops) == 1)
        if pairs < LABEL_ROWS or not upper or nested < NESTED * len(upper):
            continue
        return Choice({c.col: "area"}, round(nested / len(upper), 2),
                      f"'{c.label}' holds {mine.distinct} short label(s) over {rows} rows, each of the "
                      f"{len(upper)} values of '{winner.label}' under one of them: the tier above, the area")
    return None


# a numbered tier's labels: each printed over this many rows at least on average
NUMBERED_REPEATS = 2


def numbered_tier(columns: Sequence[Column], by_col: dict[int, list[str]]) -> Choice | None:
    """The first column, read as the objective by its heading ('Aim', 'Objective'), holds a few
    numbered titles printed again down the rows ('1. Attendance', '1. Attendance', '2. Care leavers'),
    numbered 1, 2 … in order, left of the action column: the numbered groups the rows fall under,
    as a banner 'Priority 2: Care leavers' over them would be, the area (its number the area's
    reference). An objective written for each row is never repeated so. Nothing when the table
    already has an area."""
    if any(c.field == "area" for c in columns):
        return None
    action = next((c for c in columns if c.field == "action"), None)
    first = min((c for c in columns if by_col.get(c.col) and any(t.strip() for t in by_col[c.col])),
                key=lambda c: c.col, default=None)
    if action is None or first is None or first.field != "objective" or first.col >= action.col:
        return None
    cells = [t.strip() for t in by_col[first.col] if t.strip()]
    numbered = [NUMBERED_TITLE.match(t) for t in cells]
    if len(cells) < 2 * NUMBERED_REPEATS or not all(m is not None and m.group(1).isdigit() for m in numbered):
        return None
    refs = [int(m.group(1)) for m in numbered if m is not None]
    distinct = {fold(t) for t in cells}
    order = list(dict.fromkeys(refs))
    if len(order) < 2 or order != sorted(order) or len(distinct) != len(order) \
            or len(distinct) * NUMBERED_REPEATS > len(cells):
        return None
    return Choice({first.col: "area"}, round(1 - len(distinct) / len(cells), 2),
                  f"'{first.label}' holds {len(distinct)} numbered title(s) printed again over {len(cells)} rows "
                  f"left of the action: the numbered groups of the rows, the area")


# a task list's groups: each label on this many rows at least on average, and not people, dates,
# statuses or levels
GROUP_REPEATS = 3
NOT_LABELS = 0.3


def grouped_by_labels(columns: Sequence[Column], profiles: dict[int, ColumnProfile], rows: int) -> Choice | None:
    """A column kept aside under a heading that says only that it groups the rows ('Group', vocab_tasks
    GROUP_HEADINGS) holds a handful of short labels, each repeated over several rows, beside the
    action column: the group each row belongs to, the area. Not when the table has an area, nor when
    the labels are people (who a row is for or by), dates, statuses or levels."""
    if any(c.field == "area" for c in columns) or not any(c.field == "action" for c in columns):
        return None
    for c in columns:
        if c.field or fold(c.label).strip(" :") not in GROUP_HEADINGS:
            continue
        p = profiles.get(c.col)
        if p is None or p.cells < LABEL_ROWS or p.distinct < 2 or p.distinct * GROUP_REPEATS > p.cells \
                or p.words > LABEL_WORDS or instructions(p) >= 0.3:
            continue
        if max(p.person, p.who, p.when, p.status, p.rag, p.level, p.figure) >= NOT_LABELS:
            continue
        return Choice({c.col: "area"}, round(1 - p.distinct / p.cells, 2),
                      f"'{c.label}' groups the rows under {p.distinct} short label(s) over {p.cells} rows: the area")
    return None


__all__ = ["action_not_labels", "grouped_by_labels", "labels", "numbered_tier", "own_text", "tier_above"]
