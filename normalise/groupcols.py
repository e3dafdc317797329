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

from planx.normalise.choose import SURE_ACTION_HEADING, Choice, instructions, names_action
from planx.normalise.columns import ColumnProfile
from planx.normalise.headers import Column, action_candidacy

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


__all__ = ["action_not_labels", "labels", "own_text"]
