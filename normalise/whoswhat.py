"""A column headed as the action that holds people's names, beside a column headed as who that holds
what is to be done: the headings sit one column off the cells they name.

A team's minutes print 'Next Steps: | Owner: | Due date:' over rows of 'Arlana Keen | Create this
week's meeting minutes and start risk analysis | 28th February 2019': the writer put the headings
in the wrong cells, or the names column lost its own heading. A person reading the rows sees at
once that the names are who does each thing and the phrases beside them what is done, whatever the
headings say. The reading by heading gives every action a person's name as its text and its task
as its lead. The cells decide: names under the action heading (every cell a person, a few words
each) and, under the who heading, phrases naming no one and much longer than the names, swap fields.
"""
from __future__ import annotations

from collections.abc import Sequence

from planx.normalise.choose import Choice
from planx.normalise.columns import ColumnProfile
from planx.normalise.headers import Column

NAMES_SHARE = 0.8  # the action column: this share of its cells name a person at least …
NAME_WORDS = 4.0  # … of this many words a cell at most
TASK_WORDS = 4.0  # the who column: this many words a cell on average at least …
NAMED_SHARE = 0.2  # … and fewer than this share of them naming who (and not what) …
PERSONISH_SHARE = 0.5  # … nor most of them reading as a person's name ('Second version of …' may, alone)
LONGER = 2.0  # … and this many times as long as the names


def _names(p: ColumnProfile) -> bool:
    return max(p.person, p.who) >= NAMES_SHARE and p.words <= NAME_WORDS


def _tasks(p: ColumnProfile, names: ColumnProfile) -> bool:
    return p.who < NAMED_SHARE and p.person < PERSONISH_SHARE and p.words >= max(TASK_WORDS, LONGER * names.words)


def action_and_who_swapped(columns: Sequence[Column], profiles: dict[int, ColumnProfile]) -> Choice | None:
    """The column read as the action holds names and the column read as who holds the tasks: each
    takes the other's field (see the module's docstring). None when the cells agree with the headings."""
    action = next((c for c in columns if c.field == "action"), None)
    who = next((c for c in columns if c.field in ("lead", "responsible")), None)
    if action is None or who is None:
        return None
    mine, theirs = profiles.get(action.col), profiles.get(who.col)
    if mine is None or theirs is None or not _names(mine) or not _tasks(theirs, mine):
        return None
    name = f"'{action.label}'" if action.label else f"column {action.col + 1}"
    other = f"'{who.label}'" if who.label else f"column {who.col + 1}"
    return Choice({action.col: who.field, who.col: "action"}, round(max(mine.person, mine.who), 2),
                  f"{name} holds people's names ({mine.words:.1f} words a cell) and {other} what is to be done "
                  f"({theirs.words:.1f} words a cell, no names): the headings sit one column off; "
                  f"{other} read as the actions, {name} as who")


__all__ = ["action_and_who_swapped"]
